// `sinergi template` with the real program and files: the list and the templates word for
// word (goldens, both languages), --delimiter and --bom, no overwrite without --force, and
// every template imported back as it is after an organizer filled a row.
import Foundation
import SinergiFormats
import SinergiTestSupport
import Testing

@Suite struct TemplateTests {
    static let indonesian = ["SINERGI_LANG": "id"]

    @Test func theListAndATemplateWordForWord() {
        GoldenTranscript.check("template-list", ["template"])
        GoldenTranscript.check("id/template-list", ["template"], environment: Self.indonesian)
        GoldenTranscript.check(
            "template-kemitraan-semicolon", ["template", "kemitraan", "-o", "-", "--delimiter", ";"])
        GoldenTranscript.check("id/template-unknown", ["template", "kehadrian"], environment: Self.indonesian)
    }

    @Test func aTemplateIsWrittenOnceAndReplacedOnlyWithForce() throws {
        let work = try ScratchFolder()
        let first = work.sinergi(["template", "kehadiran", "--bom", "--delimiter", "titik koma"])
        #expect(first.status == 0)
        #expect(
            first.stderr
                == "wrote kehadiran.csv: a header row of 10 columns\nhint: fill one row per record, then: "
                + "sinergi import -r <registry> --attendance kehadiran.csv --event '<name>'\n")
        let expected =
            [0xEF, 0xBB, 0xBF]
            + Array(
                "no;nama;jabatan;instansi;jenis instansi;kabupaten/kota;peran;kelompok peserta;nomor peserta;tanda tangan\n"
                    .utf8)
        #expect(work.bytes("kehadiran.csv") == expected)
        try work.write("kehadiran.csv", "diisi\n")
        let again = work.sinergi(["template", "attendance"], language: "id")
        #expect(again.status == 1)
        #expect(again.stderr == "galat: kehadiran.csv sudah ada (gunakan --force untuk menimpanya)\n")
        #expect(work.read("kehadiran.csv") == "diisi\n")
        let forced = work.sinergi(["template", "attendance", "--force", "--bom", "--delimiter", ";"])
        #expect(forced.status == 0)
        #expect(work.bytes("kehadiran.csv") == expected)
        let usage = work.sinergi(["template", "--delimiter", ":"])
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("error: option '--delimiter' must be one of: , ; tab |, not ':'\n"))
    }

    @Test func everyTemplateFilledWithARowImportsAsItIs() throws {
        let work = try ScratchFolder()
        #expect(work.sinergi(["init", "-r", "r.jsonl", "--province", "Sumut", "--level", "regency"]).status == 0)
        let rows: [(template: String, row: String, extra: [String])] = [
            (
                "peserta",
                "sumut/deli-serdang/dinas-perpustakaan;Dinas Perpustakaan Kabupaten;Dinas Perpustakaan Kabupaten Deli "
                    + "Serdang;Sumatera Utara;Kab. Deli Serdang;;;ya;\n"
                    + ";Bappeda;Bappeda Kabupaten Deli Serdang;;Deli Serdang;;;;\n"
                    + ";DPMPD;DPMD Kabupaten Deli Serdang;;Deli Serdang;;;tidak;\n", []
            ),
            ("pertemuan", ";SHM;SHM Sumatera Utara 2023;08/08/2023;Hotel Grand Mercure;Medan;Sumut;;\n", []),
            (
                "kehadiran",
                "1;Ibu Rina;Kepala Dinas;Dinas Perpustakaan Kabupaten Deli Serdang;Dinas Perpustakaan Kabupaten;"
                    + "Deli Serdang;peserta;pemangku kepentingan;3;\n", ["--event", "SHM Sumatera Utara 2023"]
            ),
            (
                "kemitraan",
                "Dinas Perpustakaan Kabupaten Deli Serdang;Deli Serdang;Bappeda Kabupaten Deli Serdang;Deli Serdang;"
                    + "advokasi;MoU;001/MoU/2023;08/08/2023;ditandatangani;APBD;01/09/2023;;SHM Sumatera Utara 2023;\n",
                []
            ),
            (
                "rtl",
                "Bappeda Kabupaten Deli Serdang;Deli Serdang;Menganggarkan perpustakaan desa;31/12/2023;direncanakan;"
                    + "SHM Sumatera Utara 2023;\n", []
            ),
            (
                "delegasi",
                "Bapak Hasan;Kepala Bidang;DPMD Kabupaten Deli Serdang;DPMPD;Deli Serdang;utusan;SHM Sumatera Utara 2023\n",
                []
            ),
        ]
        for (name, row, extra) in rows {
            // As an organizer saves it from Excel: semicolons and a byte-order mark.
            #expect(work.sinergi(["template", name, "--delimiter", ";", "--bom"]).status == 0)
            let file = name + ".csv"
            try work.write(file, bytes: (work.bytes(file) ?? []) + Array(row.utf8))
            guard let template = SpreadsheetTemplate.named(name) else {
                Issue.record("no template \(name)")
                continue
            }
            let imported = work.sinergi(["import", "-r", "r.jsonl", template.importOption, file] + extra)
            #expect(imported.status == 0, "\(name): \(imported)")
        }
        let stored = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "--format", "csv",
            "MATCH (a:Stakeholder)-[r]->(b) WHERE type(r) <> 'LOCATED_IN' RETURN a.name AS a, type(r) AS type, "
                + "b.name AS b, r.role AS role, r.position AS position, r.document AS document, r.signed AS signed, "
                + "r.budgetSource AS budget, r.what AS what, r.due AS due, r.status AS status ORDER BY type, a",
        ])
        #expect(
            stored.stdout == """
                a,type,b,role,position,document,signed,budget,what,due,status
                Bapak Hasan,ATTENDED,SHM Sumatera Utara 2023,delegate,,,,,,,
                Ibu Rina,ATTENDED,SHM Sumatera Utara 2023,participant,,,,,,,
                Bappeda Kabupaten Deli Serdang,COMMITS,SHM Sumatera Utara 2023,,,,,,Menganggarkan perpustakaan desa,\
                2023-12-31,planned
                Bapak Hasan,MEMBER_OF,DPMD Kabupaten Deli Serdang,,Kepala Bidang,,,,,,
                Ibu Rina,MEMBER_OF,Dinas Perpustakaan Kabupaten Deli Serdang,,Kepala Dinas,,,,,,
                Dinas Perpustakaan Kabupaten Deli Serdang,PARTNERS_WITH,Bappeda Kabupaten Deli Serdang,,,MoU,2023-08-08,\
                APBD,,,signed

                """, "\(stored)")
        let nodes = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "--format", "csv",
            "MATCH (n) WHERE n:Stakeholder OR n:Event RETURN n.name AS name, n.roleModel AS roleModel, "
                + "n.date AS date, n.city AS city ORDER BY name",
        ])
        #expect(
            nodes.stdout == """
                name,roleModel,date,city
                Bapak Hasan,,,
                Bappeda Kabupaten Deli Serdang,,,
                DPMD Kabupaten Deli Serdang,false,,
                Dinas Perpustakaan Kabupaten Deli Serdang,true,,
                Ibu Rina,,,
                SHM Sumatera Utara 2023,,2023-08-08,Medan

                """, "\(nodes)")
        #expect(work.sinergi(["check", "-r", "r.jsonl", "--strict"]).status == 0)
    }
}
