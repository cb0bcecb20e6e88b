// Query notifications with the real program and files: a read naming a label, type or
// property the registry has never seen warns on stderr with the nearest name and a caret
// (also under -q, in both languages); a write of a new name one typo from a known one is
// refused with exit 1 and the registry byte-identical, unless --allow names it; a far-away
// new name only warns; scripts, --single-transaction and the shell check the same way.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct QueryNotificationTests {
    /// A registry of Kepri's regencies with one library office, in a scratch folder.
    func kepri() throws -> ScratchFolder {
        let work = try ScratchFolder()
        let made = work.sinergi(["init", "-r", "r.jsonl", "--province", "Kepri", "--level", "regency"])
        #expect(made.status == 0, "\(made)")
        let office = work.sinergi([
            "query", "-q", "-r", "r.jsonl",
            "MATCH (k:Regency {name: 'Kota Batam'}) CREATE (:Stakeholder:RegencyLibraryOffice "
                + "{name: 'Dinas Perpustakaan Kota Batam'})-[:LOCATED_IN]->(k)",
        ])
        #expect(office.status == 0 && office.stderr.isEmpty, "\(office)")
        return work
    }

    @Test func aReadOfUnknownNamesWarnsWithTheNearestNameEvenUnderQuiet() throws {
        let work = try kepri()
        let read = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "--format", "csv",
            "MATCH (o:RegencyLibaryOffice)-[:LOCATED_IN]->(k) RETURN o.nama AS name",
        ])
        #expect(read.status == 0)
        #expect(read.stdout == "name\n")
        #expect(
            read.stderr == """
                warning: label 'RegencyLibaryOffice' is not in the registry: this pattern matches nothing; did you mean \
                'RegencyLibraryOffice'? (UnknownLabelWarning)
                  at line 1, column 10
                MATCH (o:RegencyLibaryOffice)-[:LOCATED_IN]->(k) RETURN o.nama AS name
                         ^
                warning: property 'nama' is not in the registry: it reads as null; did you mean 'name'? \
                (UnknownPropertyKeyWarning)
                  at line 1, column 59
                MATCH (o:RegencyLibaryOffice)-[:LOCATED_IN]->(k) RETURN o.nama AS name
                                                                          ^

                """, "\(read)")
        let id = work.sinergi(
            ["query", "-q", "-r", "r.jsonl", "MATCH (o)-[:PARTNER_WITH]-(b) RETURN count(*) AS n"], language: "id")
        #expect(id.status == 0)
        #expect(
            id.stderr == """
                peringatan: jenis relasi 'PARTNER_WITH' tidak ada di registri: pola ini tidak cocok dengan apa pun \
                (UnknownRelationshipTypeWarning)
                  pada baris 1, kolom 13
                MATCH (o)-[:PARTNER_WITH]-(b) RETURN count(*) AS n
                            ^

                """, "\(id)")
    }

    @Test func aWriteOfAMisspeltNewNameIsRefusedAndTheRegistryIsByteIdentical() throws {
        let work = try kepri()
        let before = work.bytes("r.jsonl")
        let create = "MATCH (o:RegencyLibraryOffice), (k:Regency {name: 'Kota Batam'}) CREATE (o)-[:LOCATD_IN]->(k)"
        let refused = work.sinergi(["query", "-r", "r.jsonl", create])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr == """
                error: relationship type 'LOCATD_IN' is new to the registry and looks like a misspelling of \
                'LOCATED_IN'; --allow LOCATD_IN writes it (MisspeltRelationshipType)
                  at line 1, column 79
                \(create)
                                                                                              ^
                The registry was left as it was.

                """, "\(refused)")
        #expect(work.bytes("r.jsonl") == before)
        let id = work.sinergi(
            ["query", "-r", "r.jsonl", "MATCH (o:RegencyLibraryOffice) SET o.nmae = 'x'"], language: "id")
        #expect(id.status == 1)
        #expect(
            id.stderr.hasPrefix(
                "galat: properti 'nmae' belum ada di registri dan tampaknya salah ketik dari 'name'; --allow nmae tetap "
                    + "menuliskannya (MisspeltPropertyKey)\n  pada baris 1, kolom 38\n"), "\(id)")
        #expect(id.stderr.hasSuffix("Registri tidak diubah.\n"))
        #expect(work.bytes("r.jsonl") == before)
        // Named with --allow, the same write goes through (and is then a known name).
        let allowed = work.sinergi(["query", "-q", "-r", "r.jsonl", "--allow", "LOCATD_IN", create])
        #expect(allowed.status == 0 && allowed.stderr.isEmpty, "\(allowed)")
        let types = work.sinergi(["query", "-q", "-r", "r.jsonl", "--format", "csv", "CALL db.relationshipTypes()"])
        #expect(types.stdout == "relationshipType\nLOCATD_IN\nLOCATED_IN\nPART_OF\n", "\(types)")
    }

    @Test func aGenuinelyNewNameWarnsAndIsWritten() throws {
        let work = try kepri()
        let write = work.sinergi([
            "query", "-r", "r.jsonl", "MATCH (o:RegencyLibraryOffice) SET o.telepon = '0778', o:Patron",
        ])
        #expect(write.status == 0)
        // Patron is in the TPBIS schema: its first use is no news; telepon is news but no typo.
        #expect(
            write.stderr.hasPrefix(
                "warning: property 'telepon' is new to the registry; this statement adds it (NewPropertyKeyWarning)\n"
                    + "  at line 1, column 38\n"), "\(write)")
        #expect(write.stderr.contains("1 property set, 1 label added, committed as transaction 3"))
        let read = work.sinergi(["query", "-r", "r.jsonl", "-q", "MATCH (p:Patron) RETURN p.telepon"])
        #expect(read.status == 0 && read.stderr.isEmpty, "\(read)")
    }

    @Test func aScriptIsCheckedStatementByStatementAndAsOneTransaction() throws {
        let work = try kepri()
        let before = work.bytes("r.jsonl")
        try work.write(
            "s.cypher",
            "MATCH (o:RegencyLibraryOffice) SET o:Komunitas;\nMATCH (k:Komunitas)\nSET k.nmae = 'x';\n")
        // As one transaction: the misspelt write in statement 2 keeps statement 1 from applying;
        // statement 2's read of Komunitas, which statement 1 adds, is no news.
        let together = work.sinergi(["query", "-r", "r.jsonl", "-f", "s.cypher", "--single-transaction"])
        #expect(together.status == 1)
        #expect(
            together.stderr == """
                warning: label 'Komunitas' is new to the registry; this statement adds it (NewLabelWarning)
                  at line 1, column 38 of s.cypher (statement 1)
                MATCH (o:RegencyLibraryOffice) SET o:Komunitas
                                                     ^
                error: property 'nmae' is new to the registry and looks like a misspelling of 'name'; --allow nmae \
                writes it (MisspeltPropertyKey)
                  at line 3, column 7 of s.cypher (statement 2)
                SET k.nmae = 'x'
                      ^
                The registry was left as it was.

                """, "\(together)")
        #expect(work.bytes("r.jsonl") == before)
        // Statement by statement: the first runs, the second is not run and says so.
        let each = work.sinergi(["query", "-r", "r.jsonl", "-q", "-f", "s.cypher"])
        #expect(each.status == 1)
        #expect(each.stderr.hasSuffix("statement 2 (line 2) was not run\n"), "\(each)")
        let labels = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "--format", "csv", "MATCH (k:Komunitas) RETURN k.nmae",
        ])
        #expect(labels.stdout == "k.nmae\n\n", "\(labels)")
    }

    @Test func theShellRefusesTheSameWayAndKeepsGoing() throws {
        let work = try kepri()
        let before = work.bytes("r.jsonl")
        let shell = work.sinergi(
            ["shell", "-r", "r.jsonl", "--format", "csv"],
            input: "MATCH (o:Stakeholder) SET o:RegencyLibraryOfice;\nMATCH (o:Stakeholder) RETURN count(*) AS n;\n")
        #expect(shell.status == 1)
        #expect(shell.stdout == "n\n1\n")
        #expect(
            shell.stderr.hasPrefix(
                "error: label 'RegencyLibraryOfice' is new to the registry and looks like a misspelling of "
                    + "'RegencyLibraryOffice'; --allow RegencyLibraryOfice writes it (MisspeltLabel)\n"), "\(shell)")
        #expect(work.bytes("r.jsonl") == before)
    }
}

extension QueryNotificationTests {
    /// A node created without a label is no stakeholder and no region: the write warns with
    /// its place in both languages, and a node bound before (or one with a label) does not.
    @Test func aNodeWrittenWithoutALabelWarnsAtItsPlace() throws {
        let work = try kepri()
        let unlabelled = work.sinergi([
            "query", "-q", "-r", "r.jsonl",
            "MATCH (o:RegencyLibraryOffice) CREATE (o)-[:PARTNERS_WITH]->({name: 'Komunitas Literasi Batam'})",
        ])
        #expect(unlabelled.status == 0, "\(unlabelled)")
        #expect(
            unlabelled.stderr == """
                warning: this node has no label, so it is written as no kind of stakeholder or region \
                ('sinergi check' reports it); give it one, e.g. (:Bappeda {name: …}) (UnlabelledNodeWarning)
                  at line 1, column 61
                MATCH (o:RegencyLibraryOffice) CREATE (o)-[:PARTNERS_WITH]->({name: 'Komunitas Literasi Batam'})
                                                                            ^

                """, "\(unlabelled)")
        let id = work.sinergi(["query", "-q", "-r", "r.jsonl", "CREATE ()"], language: "id")
        #expect(
            id.stderr.hasPrefix(
                "peringatan: simpul ini tidak berlabel, sehingga ditulis bukan sebagai jenis pemangku kepentingan"),
            "\(id)")
        let check = work.sinergi(["check", "-r", "r.jsonl"])
        #expect((check.stdout + check.stderr).components(separatedBy: "has no label").count == 3, "\(check)")
        let labelled = work.sinergi([
            "query", "-q", "-r", "r.jsonl",
            "MATCH (o:RegencyLibraryOffice) CREATE (o)-[:PARTNERS_WITH]->(:Stakeholder:Partner {name: 'Komunitas X'})",
        ])
        #expect(labelled.status == 0 && labelled.stderr.isEmpty, "\(labelled)")
    }
}
