// CSV that Excel opens as it is, with the real program: --delimiter ';' and --bom on query
// and the reports, lists without quotes inside, dates as ISO dates; refused with any other
// format. And gaps on a registry without regions says what to do, in both languages.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct ExcelCSVTests {
    @Test func queryCSVForExcelHasABOMSemicolonsAndNoQuotesInsideValues() throws {
        let work = try ScratchFolder()
        #expect(work.sinergi(["init", "-r", "r.jsonl", "--province", "Kepri", "--level", "regency"]).status == 0)
        let made = work.sinergi([
            "query", "-q", "-r", "r.jsonl",
            "CREATE (:Event:SHM {name: 'SHM Kepri', date: date('2023-08-08')})",
        ])
        #expect(made.status == 0, "\(made)")
        let rows = work.sinergi([
            "query", "-q", "-r", "r.jsonl", "-o", "shm.csv", "--delimiter", ";", "--bom",
            "MATCH (e:Event) RETURN e.name AS name, e.date AS date, labels(e) AS labels",
        ])
        #expect(rows.status == 0, "\(rows)")
        #expect(
            work.bytes("shm.csv")
                == [0xEF, 0xBB, 0xBF] + Array("name;date;labels\nSHM Kepri;2023-08-08;Event, SHM\n".utf8))
        let report = work.sinergi(["gaps", "-r", "r.jsonl", "-q", "--format", "csv", "--bom"])
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("\u{FEFF}Province,Regency/city,"), "\(report)")
        let refused = work.sinergi(["query", "-r", "r.jsonl", "--bom", "RETURN 1"])
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("error: --bom goes with --format csv (or an output file ending in .csv)\n"))
    }

    @Test func gapsOnARegistryWithoutRegionsSaysWhatToDo() throws {
        let work = try ScratchFolder()
        let made = work.sinergi([
            "query", "-q", "--create", "-r", "e.jsonl",
            "CREATE (:Stakeholder:RegencyLibraryOffice {name: 'Dinas Perpustakaan Kota Batam'})",
        ])
        #expect(made.status == 0, "\(made)")
        let en = work.sinergi(["gaps", "-r", "e.jsonl"])
        #expect(en.status == 1)
        #expect(en.stdout.isEmpty)
        #expect(
            en.stderr
                == "error: e.jsonl holds no regions: synergy gaps are counted per regency (kabupaten/kota), and this "
                + "registry has none\nhint: start from a registry of regions, 'sinergi init -r NEW.jsonl --province "
                + "NAME', and import the stakeholders into it with their kabupaten/kota: 'sinergi import -r NEW.jsonl "
                + "--nodes peserta.csv' (see 'sinergi template peserta' and docs/tutorial.md)\n")
        let id = work.sinergi(["gaps", "-r", "e.jsonl", "--province", "Kepri"], language: "id")
        #expect(id.status == 1)
        #expect(
            id.stderr.hasPrefix(
                "galat: e.jsonl tidak memuat wilayah: celah sinergi dihitung per kabupaten/kota, dan registri ini "
                    + "tidak memiliki satu pun\n"), "\(id)")
    }
}
