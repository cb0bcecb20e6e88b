// Imports never guess silently, shown with real processes and files: rows without a kind,
// unknown labels and types, missing names, misspelt columns are refused as FILE:LINE with
// the nearest name; importing twice never duplicates; --on-conflict works for every format;
// --dry-run shows the plan and writes nothing.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct ImportGuessesNothingTests {
    /// A registry of Sumatera Utara's regions and a stakeholder, in a scratch folder.
    func sumut() throws -> ScratchFolder {
        let work = try ScratchFolder()
        let made = work.sinergi(["init", "-r", "r.jsonl", "--province", "Sumut", "--level", "regency"])
        #expect(made.status == 0, "\(made)")
        return work
    }

    @Test func theIssuesSpreadsheetImportsAsItIsAndRowsWithoutAKindAreRefused() throws {
        let work = try sumut()
        // The header of the issue: kunci, jenis, nama, tingkat — now read as key, kind, name, level.
        try work.write(
            "peserta.csv",
            "kunci,jenis,nama,tingkat,kabupaten\n"
                + "sumut/karo/bappeda,Bappeda,Bappeda Kabupaten Karo,kabupaten,Karo\n"
                + ",DPMD,DPMD Kabupaten Asahan,kabupaten,Kab. Asahan\n")
        let ok = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "peserta.csv"])
        #expect(ok.status == 0, "\(ok)")
        #expect(
            ok.stderr
                // Transaction 2: init's signed creation of r.jsonl is transaction 1.
                == "imported into r.jsonl: 2 nodes and 2 relationships created, 0 replaced, 0 skipped (transaction 2)\n"
        )
        let rows = work.sinergi([
            "query", "-r", "r.jsonl", "-q", "--format", "csv",
            "MATCH (s:Stakeholder)-[:LOCATED_IN]->(r) RETURN s.name AS name, labels(s) AS labels, r.name AS regency ORDER BY name",
        ])
        #expect(
            rows.stdout
                == "name,labels,regency\nBappeda Kabupaten Karo,\"Stakeholder, Bappeda\",Kabupaten Karo\n"
                + "DPMD Kabupaten Asahan,\"Stakeholder, DPMPD\",Kabupaten Asahan\n", "\(rows)")
        // A file with :ID but no :LABEL: every row is refused, the registry is left as it was.
        let before = work.bytes("r.jsonl")
        try work.write("no-label.csv", ":ID,name\nx,Komunitas X\n")
        let refused = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "no-label.csv"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: no-label.csv:2: the row has no kind: fill the ':LABEL' column (e.g. Bappeda, Dinas "
                + "Perpustakaan Kabupaten), or give a :LABEL column\nThe registry was left as it was.\n")
        #expect(work.bytes("r.jsonl") == before)
    }

    /// A spreadsheet with the office's own column names imports as it is through a mapping
    /// file: without it, "Asal Kabupaten" is kept as a property of its own name and links no
    /// regency; with it, the column is the regency. A mapping to a meaning the importer does
    /// not know but looks like a known one (`nmae`) is refused at the mapping's line, with the
    /// nearest name, and nothing is written.
    @Test func aMappingFileNamesTheSpreadsheetsOwnColumns() throws {
        let work = try sumut()
        try work.write(
            "lembaga.csv",
            "Nama Lembaga;Jenis Lembaga;Asal Kabupaten;Keterangan\n"
                + "Bappeda Kabupaten Karo;Bappeda;Karo;hadir di SHM 2023\n"
                + "Dinas Perpustakaan Kabupaten Asahan;Dinas Perpustakaan Kabupaten;Kab. Asahan;\n")
        let unmapped = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "lembaga.csv", "--dry-run"])
        #expect(unmapped.stderr.contains("2 nodes and 0 relationships created"), "\(unmapped)")

        try work.write("peta.csv", "kolom,arti\nAsal Kabupaten,kabupaten\n")
        let ok = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "lembaga.csv", "--mapping", "peta.csv"])
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.stderr.contains("2 nodes and 2 relationships created"), "\(ok)")
        let rows = work.sinergi([
            "query", "-r", "r.jsonl", "-q", "--format", "csv",
            "MATCH (s:Stakeholder)-[:LOCATED_IN]->(r) RETURN s.name AS name, labels(s) AS labels, r.name AS regency, s.note AS note ORDER BY name",
        ])
        #expect(
            rows.stdout
                == "name,labels,regency,note\nBappeda Kabupaten Karo,\"Stakeholder, Bappeda\",Kabupaten Karo,hadir di SHM 2023\n"
                + "Dinas Perpustakaan Kabupaten Asahan,\"Stakeholder, RegencyLibraryOffice\",Kabupaten Asahan,\n",
            "\(rows)")

        try work.write("salah.csv", "kolom,arti\nNama Lembaga,nmae\n")
        let before = work.bytes("r.jsonl")
        let bad = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "lembaga.csv", "--mapping", "salah.csv"])
        #expect(bad.status == 1)
        #expect(
            bad.stderr.hasPrefix(
                "error: salah.csv:2: 'nmae' is no column meaning the importer knows; did you mean 'name'?"),
            "\(bad)")
        #expect(work.bytes("r.jsonl") == before)
    }

    /// A keyed row with a regency column, imported again, is already there; placed in another
    /// regency, it is refused with both places.
    @Test func aKeyedRowsRegionIsPartOfWhatIsCompared() throws {
        let work = try sumut()
        try work.write("k.csv", "kunci,jenis,nama,kabupaten\nsumut/karo/bappeda,Bappeda,Bappeda Kabupaten Karo,Karo\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--nodes", "k.csv"]).status == 0)
        let again = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "k.csv"])
        #expect(again.status == 0 && again.stderr.contains("1 already there (nothing changed)"), "\(again)")
        try work.write(
            "k2.csv", "kunci,jenis,nama,kabupaten\nsumut/karo/bappeda,Bappeda,Bappeda Kabupaten Karo,Asahan\n")
        let before = work.bytes("r.jsonl")
        let moved = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "k2.csv"])
        #expect(moved.status == 1)
        #expect(
            moved.stderr.hasPrefix(
                #"error: k2.csv:2: node 'sumut/karo/bappeda' exists in the registry already with other values: LOCATED_IN ["regency/"#
            ), "\(moved)")
        #expect(work.bytes("r.jsonl") == before)
    }

    @Test func misspeltKindsLabelsTypesAndColumnsAreRefusedWithTheNearestName() throws {
        let work = try sumut()
        try work.write(
            "a.csv",
            ":ID,:LABEL,name\nk1,Stakeholder;RegencyLibary,Dinas Perpustakaan Kabupaten Karo\nk2,Stakeholder;Bappeda,\n"
        )
        let labels = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "a.csv"])
        #expect(labels.status == 1)
        #expect(
            labels.stderr
                == "error: a.csv:2: unknown label 'RegencyLibary' in column ':LABEL' (not in the TPBIS schema; --allow "
                + "RegencyLibary keeps it, --schema none takes any); did you mean 'RegencyLibraryOffice'?\n"
                + "error: a.csv:3: Stakeholder needs 'name', and the row has none\nThe registry was left as it was.\n")
        try work.write("b.csv", "jenis,nmae\nBapeda,Bappeda Kabupaten Karo\n")
        let kinds = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "b.csv"], language: "id")
        #expect(kinds.status == 1)
        #expect(
            kinds.stderr
                == "galat: b.csv:2: kolom 'jenis' berisi 'Bapeda', yang tidak dikenal; maksud Anda 'Bappeda'?\n"
                + "Registri tidak diubah.\n", "\(kinds)")
        try work.write("c.csv", "jenis,nmae\nBappeda,Bappeda Kabupaten Karo\n")
        let column = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "c.csv", "--schema", "none"])
        #expect(column.status == 1)
        #expect(
            column.stderr
                == "error: c.csv:2: column 'nmae' names a property the registry does not have and looks like a "
                + "misspelling (--allow nmae keeps it); did you mean 'name'?\nThe registry was left as it was.\n")
        // Asked for explicitly, a new name is taken as it is.
        try work.write("d.csv", ":ID,:LABEL,name\nk1,Stakeholder;RegencyLibary,X\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--nodes", "d.csv", "--allow", "RegencyLibary"]).status == 0)
        try work.write("e.csv", ":START_ID,:END_ID,:TYPE\nk1,k1,PARTNER_WITH\n")
        let type = work.sinergi(["import", "-r", "r.jsonl", "--relationships", "e.csv"])
        #expect(type.status == 1)
        #expect(type.stderr.contains("unknown relationship type 'PARTNER_WITH' in column ':TYPE'"), "\(type)")
        #expect(type.stderr.contains("did you mean 'PARTNERS_WITH'?"), "\(type)")
    }

    /// An attendance sheet's role and seat group are read in the sheet's words and stored in the
    /// schema's (`penyelenggara` → `organizer`, `tim sinergi` → `synergy team`); a misspelt one is
    /// refused at its line, naming the sheet's own column (`peran`, `kelompok`), not the property.
    @Test func attendanceRolesAndSeatGroupsAreReadInTheSheetsWords() throws {
        let work = try sumut()
        try work.write(
            "peserta.csv",
            "jenis;nama;kabupaten/kota;tanggal\nDinas Perpustakaan Kabupaten;Dinas Perpustakaan Kabupaten Karo;Karo;\n"
                + "SHM;SHM Sumatera Utara 2023;;08/08/2023\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--nodes", "peserta.csv"]).status == 0)
        let header = "no;nama;instansi;kabupaten/kota;peran;kelompok\n"
        try work.write(
            "salah.csv",
            header + "1;Ibu Rina;Dinas Perpustakaan Kabupaten Karo;Karo;pesrta;tim sinergi\n"
                + "2;Pak Budi;Dinas Perpustakaan Kabupaten Karo;Karo;peserta;pemangku kepentingn\n")
        let before = work.read("r.jsonl")
        let refused = work.sinergi(
            ["import", "-r", "r.jsonl", "--attendance", "salah.csv", "--event", "SHM Sumatera Utara 2023"],
            language: "id")
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "galat: salah.csv:2: kolom 'peran' berisi 'pesrta', yang bukan salah satu dari 'organizer', "
                + "'opener', 'speaker', 'participant', 'official' atau 'delegate'; maksud Anda 'peserta'?\n"
                + "galat: salah.csv:3: kolom 'kelompok' berisi 'pemangku kepentingn', yang bukan salah satu dari "
                + "'synergy team', 'stakeholder', 'facilitator', 'role model' atau 'patron'; maksud Anda "
                + "'pemangku kepentingan'?\nRegistri tidak diubah.\n", "\(refused)")
        #expect(work.read("r.jsonl") == before)
        try work.write(
            "hadir.csv",
            header + "1;Ibu Rina;Dinas Perpustakaan Kabupaten Karo;Karo;penyelenggara;Tim Sinergi\n"
                + "2;Pak Budi;Dinas Perpustakaan Kabupaten Karo;Karo;peserta;pemangku kepentingan\n")
        let imported = work.sinergi(
            ["import", "-r", "r.jsonl", "--attendance", "hadir.csv", "--event", "SHM Sumatera Utara 2023"])
        #expect(imported.status == 0, "\(imported)")
        let rows = work.sinergi([
            "query", "-r", "r.jsonl", "--format", "csv",
            "MATCH (p:Person)-[a:ATTENDED]->() RETURN p.name, a.role, a.seatGroup ORDER BY p.name",
        ])
        #expect(
            rows.stdout
                == "p.name,a.role,a.seatGroup\nIbu Rina,organizer,synergy team\nPak Budi,participant,stakeholder\n")
    }

    @Test func importingTwiceNeverDuplicatesAndOnConflictWorksForEveryFormat() throws {
        let work = try sumut()
        try work.write(
            "s.csv",
            "nama,jenis,kabupaten\nDinas Perpustakaan Kabupaten Karo,Dinas Perpustakaan Kabupaten,Karo\n"
                + "Bappeda Kabupaten Karo,Bappeda,Karo\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--nodes", "s.csv"]).status == 0)
        // The same stakeholders again are already there; one with another value is refused, naming both.
        let nodesAgain = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "s.csv"])
        #expect(nodesAgain.status == 0, "\(nodesAgain)")
        #expect(nodesAgain.stderr.contains("2 already there (nothing changed)"), "\(nodesAgain)")
        try work.write("s2.csv", "nama,jenis,kabupaten,sebagai role model\nBappeda Kabupaten Karo,Bappeda,Karo,ya\n")
        let roleModel = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "s2.csv"])
        #expect(roleModel.status == 1)
        #expect(
            roleModel.stderr.contains(
                "s2.csv:2: 'Bappeda Kabupaten Karo' is in the registry already as 'n2' (same kind, name and region) "
                    + "with other values: roleModel null in the registry, true in the file"), "\(roleModel)")
        // Partnerships without a key column, named by name within a region.
        try work.write(
            "p.csv",
            "pihak 1,pihak 2,kabupaten,jenis\nDinas Perpustakaan Kabupaten Karo,Bappeda Kabupaten Karo,Karo,MoU\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "p.csv"]).status == 0)
        // The same sheet again is already there: nothing changes, and nothing is refused.
        let again = work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "p.csv"])
        #expect(again.status == 0, "\(again)")
        #expect(again.stderr.hasSuffix("0 replaced, 0 skipped, 1 already there (nothing changed)\n"), "\(again)")
        // The same partnership with other values is refused, naming both, until the user chooses.
        try work.write(
            "p-pks.csv",
            "pihak 1,pihak 2,kabupaten,jenis\nDinas Perpustakaan Kabupaten Karo,Bappeda Kabupaten Karo,Karo,PKS\n")
        let otherKind = work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "p-pks.csv"])
        #expect(otherKind.status == 1)
        #expect(otherKind.stderr.contains("is in the registry already as 'r"), "\(otherKind)")
        #expect(
            otherKind.stderr.contains(#"with other values: kind "MoU" in the registry, "PKS" in the file"#),
            "\(otherKind)")
        let skipped = work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "p-pks.csv", "--on-conflict", "skip"])
        #expect(skipped.status == 0)
        #expect(
            skipped.stderr.hasSuffix("0 nodes and 0 relationships created, 0 replaced, 1 skipped (nothing changed)\n"))
        // The same partnership written the other way round is the same partnership.
        try work.write(
            "q.csv", "pihak 1,pihak 2,kabupaten\nBappeda Kabupaten Karo,Dinas Perpustakaan Kabupaten Karo,Karo\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "q.csv"]).status == 1)
        let count = work.sinergi([
            "query", "-r", "r.jsonl", "-q", "--format", "csv", "MATCH ()-[p:PARTNERS_WITH]->() RETURN count(p) AS n",
        ])
        #expect(count.stdout == "n\n1\n")
        #expect(work.sinergi(["check", "-r", "r.jsonl"]).stdout.hasSuffix("no problems\n"))
        // Replace, for CSV, JSON lines and GraphML alike.
        try work.write(
            "p2.csv",
            "pihak 1,pihak 2,kabupaten,jenis\nDinas Perpustakaan Kabupaten Karo,Bappeda Kabupaten Karo,Karo,PKS\n")
        #expect(
            work.sinergi(["import", "-r", "r.jsonl", "--partnerships", "p2.csv", "--on-conflict", "replace"]).status
                == 0)
        try work.write(
            "x.jsonl",
            #"{"type":"node","id":"x","labels":["Stakeholder","Partner"],"properties":{"name":"Komunitas X"}}"# + "\n")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "x.jsonl"]).status == 0)
        // The same node again is already there; the same key with other values is a conflict.
        let sameNode = work.sinergi(["import", "-r", "r.jsonl", "x.jsonl"])
        #expect(sameNode.status == 0, "\(sameNode)")
        #expect(sameNode.stderr.contains("1 already there (nothing changed)"), "\(sameNode)")
        try work.write(
            "x2.jsonl",
            #"{"type":"node","id":"x","labels":["Stakeholder","Partner"],"properties":{"name":"Komunitas Y"}}"# + "\n")
        let differs = work.sinergi(["import", "-r", "r.jsonl", "x2.jsonl"])
        #expect(differs.status == 1)
        #expect(
            differs.stderr.contains(
                #"node 'x' exists in the registry already with other values: name "Komunitas X" in the registry, "Komunitas Y" in the file"#
            ), "\(differs.stderr)")
        #expect(work.sinergi(["import", "-r", "r.jsonl", "x2.jsonl", "--on-conflict", "replace"]).status == 0)
        try work.write(
            "x.graphml",
            #"<graphml><key id="labels" for="node" attr.name="labels" attr.type="string"/><key id="n" for="node" attr.name="name" attr.type="string"/>"#
                + #"<graph><node id="x"><data key="labels">:Partner:Stakeholder</data><data key="n">Komunitas Z</data></node></graph></graphml>"#
        )
        #expect(work.sinergi(["import", "-r", "r.jsonl", "x.graphml"]).status == 1)
        #expect(work.sinergi(["import", "-r", "r.jsonl", "x.graphml", "--on-conflict", "skip"]).status == 0)
        #expect(work.sinergi(["import", "-r", "r.jsonl", "x.graphml", "--on-conflict", "replace"]).status == 0)
        let final = work.sinergi([
            "query", "-r", "r.jsonl", "-q", "--format", "csv",
            "MATCH (x {name: 'Komunitas Z'}) MATCH ()-[p:PARTNERS_WITH]->() RETURN elementId(x) AS x, p.kind AS kind",
        ])
        #expect(final.stdout == "x,kind\nx,PKS\n", "\(final)")
    }

    @Test func aDryRunShowsThePlanAndWritesNothing() throws {
        let work = try sumut()
        try work.write("s.csv", "nama;jenis;kabupaten;role model\nBappeda Kabupaten Karo;Bappeda;Karo;ya\n")
        let before = work.bytes("r.jsonl")
        let dry = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "s.csv", "--dry-run"])
        #expect(dry.status == 0)
        #expect(
            dry.stdout
                == "create  s.csv:2: node n1 (Stakeholder:Bappeda) 'Bappeda Kabupaten Karo'\n"
                + "create  s.csv:2: n1 LOCATED_IN 'Kabupaten Karo'\n", "\(dry)")
        #expect(dry.stderr == "dry run, nothing written: 1 node and 1 relationship created, 0 replaced, 0 skipped\n")
        #expect(work.bytes("r.jsonl") == before)
        let id = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "s.csv", "--dry-run"], language: "id")
        #expect(id.stdout.hasPrefix("buat    s.csv:2: simpul n1 (Stakeholder:Bappeda) 'Bappeda Kabupaten Karo'\n"))
        #expect(id.stderr == "uji coba, tidak ada yang ditulis: 1 simpul dan 1 relasi dibuat, 0 diganti, 0 dilewati\n")
    }

    @Test func aFileThatIsNotUTF8IsRefusedAtItsLine() throws {
        let work = try sumut()
        // "Bappeda Kabupaten Karo" then a Windows-1252 é on line 3.
        try work.write(
            "w.csv",
            bytes: Array("nama,jenis\nBappeda Kabupaten Karo,Bappeda\nCaf".utf8) + [0xE9] + Array(",Partner\n".utf8))
        let run = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "w.csv"])
        #expect(run.status == 1)
        #expect(
            run.stderr == "error: w.csv:3: the file is not UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')\n")
    }
}

extension ImportGuessesNothingTests {
    /// The issue's sheet `kunci,jenis,nama,tingkat`: the level is read in the sheet's words and
    /// stored in the schema's; a level that is none of them is refused naming the sheet's column.
    @Test func levelsAreReadInTheSheetsWords() throws {
        let work = try sumut()
        try work.write(
            "t.csv",
            "kunci,jenis,nama,tingkat,kabupaten\nb1,Bappeda,Bappeda Kabupaten Karo,Kabupaten/Kota,Karo\n"
                + "b2,Bappeda,Bappeda Provinsi Sumatera Utara,tingkat provinsi,\n")
        let run = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "t.csv"])
        #expect(run.status == 0, "\(run)")
        let levels = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "--format", "csv",
            "MATCH (b:Bappeda) RETURN b.name, b.level ORDER BY b.name",
        ])
        #expect(
            levels.stdout
                == "b.name,b.level\nBappeda Kabupaten Karo,regency\nBappeda Provinsi Sumatera Utara,province\n")
        try work.write("u.csv", "kunci,jenis,nama,tingkat\nb3,Bappeda,Bappeda Kecamatan X,kecamatan\n")
        let before = work.read("r.jsonl")
        let refused = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "u.csv"], language: "id")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix(
                "galat: u.csv:2: kolom 'tingkat' berisi 'kecamatan', yang bukan salah satu dari 'national', "
                    + "'province', 'regency' atau 'village'"), "\(refused)")
        #expect(work.read("r.jsonl") == before)
    }
}
