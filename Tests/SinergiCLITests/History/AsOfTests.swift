// `--as-of TX|DATE` on the read commands, against a real registry built by signed transactions
// (init, two SHMs, an edit written in another offset, a delete), in both languages; a statement
// that writes is refused and leaves the file byte-identical.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct AsOfTests {
    static let id = ["SINERGI_LANG": "id"]

    /// Checks `history/NAME` in English and `id/history/NAME` in Indonesian.
    static func inBothLanguages(
        _ name: String, _ arguments: [String], in folder: ScratchFolder,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        GoldenTranscript.check(
            "history/" + name, arguments, directory: folder.url, sourceLocation: sourceLocation)
        GoldenTranscript.check(
            "id/history/" + name, arguments, environment: id, directory: folder.url, sourceLocation: sourceLocation)
    }

    /// The registry `kepri.jsonl` in a scratch folder, written by five signed transactions:
    /// 1 init (1 Aug), 2 SHM Bintan (7 Aug: library office, Bappeda, their partnership),
    /// 3 DPMPD Bintan (8 Aug 23:30 WIB), 4 DPMPD renamed (9 Aug 00:15 WITA — an instant before
    /// transaction 3, but 9 August on its writer's clock), 5 Bappeda deleted (10 Aug).
    static func kepri() throws -> ScratchFolder {
        let work = try ScratchFolder()
        let steps: [(date: String, arguments: [String])] = [
            (
                "2023-08-01T08:00:00+07:00",
                [
                    "init", "-r", "kepri.jsonl", "--province", "Kepri", "--level", "regency", "--author",
                    "Admin Perpusnas",
                ]
            ),
            (
                "2023-08-07T09:00:00+07:00",
                [
                    "query", "-r", "kepri.jsonl", "--author", "Siti Rahma", "--message", "SHM Bintan",
                    """
                    MATCH (r:Regency {name: 'Kabupaten Bintan'})
                    CREATE (o:Stakeholder:RegencyLibraryOffice {name: 'Dinas Perpustakaan Kabupaten Bintan'})
                             -[:LOCATED_IN]->(r),
                           (b:Stakeholder:Bappeda {name: 'Bappeda Kabupaten Bintan'})-[:LOCATED_IN]->(r),
                           (o)-[:PARTNERS_WITH {since: date('2023-08-07')}]->(b)
                    """,
                ]
            ),
            (
                "2023-08-08T23:30:00+07:00",
                [
                    "query", "-r", "kepri.jsonl", "--author", "Rudi Hartono", "--message", "DPMPD Bintan",
                    """
                    MATCH (r:Regency {name: 'Kabupaten Bintan'}), (o:RegencyLibraryOffice)
                    CREATE (d:Stakeholder:DPMPD {name: 'DPMPD Kabupaten Bintan'})-[:LOCATED_IN]->(r),
                           (o)-[:PARTNERS_WITH {since: date('2023-08-08')}]->(d)
                    """,
                ]
            ),
            (
                "2023-08-09T00:15:00+08:00",
                [
                    "query", "-r", "kepri.jsonl", "--author", "Budi",
                    "MATCH (d:DPMPD) SET d.name = 'Dinas PMD Kabupaten Bintan', d.phone = '0812-7000-222'",
                ]
            ),
            (
                "2023-08-10T16:30:00+07:00",
                [
                    "query", "-r", "kepri.jsonl", "--author", "Siti Rahma", "--message", "Bappeda dicatat dua kali",
                    "MATCH (b:Bappeda) DETACH DELETE b",
                ]
            ),
        ]
        for step in steps {
            let run = GoldenTranscript.transcript(
                step.arguments, environment: ["SINERGI_DATE": step.date], directory: work.url)
            #expect(run.contains("\nexit: 0\n"), "\(run)")
        }
        return work
    }

    @Test func readCommandsShowTheRegistryAsItWas() throws {
        let work = try Self.kepri()
        let dir = work.url
        Self.inBothLanguages("as-of-stats-2", ["stats", "-r", "kepri.jsonl", "--as-of", "2"], in: work)
        // 8 August on the writers' clocks: transaction 3 (23:30 WIB), not 4 (00:15 WITA on the 9th).
        GoldenTranscript.check(
            "history/as-of-query-date",
            [
                "query", "-r", "kepri.jsonl", "--as-of", "2023-08-08", "--format", "csv", "--quiet",
                "MATCH (s:Stakeholder) RETURN s.name AS name, s.phone AS phone ORDER BY name",
            ], directory: dir)
        Self.inBothLanguages("as-of-gaps", ["gaps", "-r", "kepri.jsonl", "--as-of", "2023-08-07"], in: work)
        GoldenTranscript.check(
            "history/as-of-export-4",
            ["export", "-r", "kepri.jsonl", "--as-of", "4", "--query", "MATCH (s:Stakeholder) RETURN s"],
            directory: dir)
        GoldenTranscript.check(
            "history/as-of-brief-3",
            ["brief", "-r", "kepri.jsonl", "--as-of", "3", "--region", "Bintan", "--no-diagram"],
            directory: dir)
        GoldenTranscript.check(
            "history/as-of-reach",
            ["reach", "-r", "kepri.jsonl", "--as-of", "2", "--from", "n1", "--hops", "1"], directory: dir)
    }

    @Test func asOfEveryPointAgreesWithTheReplay() throws {
        let work = try Self.kepri()
        func stakeholders(_ point: String) -> String {
            GoldenTranscript.transcript(
                [
                    "query", "-r", "kepri.jsonl", "--as-of", point, "--format", "csv",
                    "MATCH (s:Stakeholder) RETURN count(s) AS n",
                ], directory: work.url)
        }
        #expect(stakeholders("1").contains("--- stdout\nn\n0\n"))
        #expect(stakeholders("2").contains("--- stdout\nn\n2\n"))
        #expect(stakeholders("3").contains("--- stdout\nn\n3\n"))
        #expect(stakeholders("5").contains("--- stdout\nn\n2\n"))
        #expect(stakeholders("2023-08-09").contains("--- stdout\nn\n3\n"))
        // An instant: 2023-08-08T16:20Z lies after transaction 4 (16:15Z) but before 3 (16:30Z).
        // It names the last transaction at or before it, 4, and a journal is replayed in order,
        // never skipping: 3 is in that state too.
        #expect(stakeholders("2023-08-08T16:20:00Z").contains("as of transaction 4 "))
        #expect(stakeholders("2023-08-08T16:10:00Z").contains("as of transaction 2 "))
        let now = GoldenTranscript.transcript(
            ["stats", "-r", "kepri.jsonl", "--format", "json"], directory: work.url)
        let asOfLast = GoldenTranscript.transcript(
            ["stats", "-r", "kepri.jsonl", "--format", "json", "--as-of", "5"], directory: work.url)
        func stdout(_ transcript: String) -> String {
            transcript.components(separatedBy: "--- stdout\n").last?.components(separatedBy: "--- stderr").first ?? ""
        }
        #expect(stdout(now) == stdout(asOfLast) && !stdout(now).isEmpty, "\(now)\n\(asOfLast)")
    }

    @Test func pointsTheRegistryDoesNotKeepAreErrors() throws {
        let work = try Self.kepri()
        let dir = work.url
        Self.inBothLanguages("error-as-of-beyond", ["stats", "-r", "kepri.jsonl", "--as-of", "9"], in: work)
        Self.inBothLanguages(
            "error-as-of-before-creation", ["gaps", "-r", "kepri.jsonl", "--as-of", "2023-07-31"], in: work)
        GoldenTranscript.check(
            "history/error-as-of-bad-point", ["stats", "-r", "kepri.jsonl", "--as-of", "kemarin"], directory: dir)
        // A registry whose first transaction wrote its first entities was empty before it.
        let fresh = try ScratchFolder()
        _ = GoldenTranscript.transcript(
            ["query", "-r", "r.jsonl", "--create", "CREATE (:Stakeholder:Bappeda {name: 'Bappeda A'})"],
            environment: ["SINERGI_DATE": "2023-08-07T09:00:00+07:00"], directory: fresh.url)
        let before = GoldenTranscript.transcript(
            ["stats", "-r", "r.jsonl", "--as-of", "2023-08-06", "--format", "json"], directory: fresh.url)
        #expect(before.contains(#"{"nodes":0,"relationships":0,"#), "\(before)")
        #expect(before.contains("as of the snapshot r.jsonl starts with, before its first transaction\n"), "\(before)")
    }

    @Test func aWriteAsOfThePastIsRefusedAndWritesNothing() throws {
        let work = try Self.kepri()
        let dir = work.url
        let before = work.bytes("kepri.jsonl")
        Self.inBothLanguages(
            "error-as-of-write",
            ["query", "-r", "kepri.jsonl", "--as-of", "2", "MATCH (b:Bappeda) SET b.phone = '0771-1'"], in: work)
        GoldenTranscript.check(
            "history/error-as-of-create",
            ["query", "-r", "kepri.jsonl", "--as-of", "2", "--create", "MATCH (n) RETURN count(n)"],
            directory: dir)
        let shell = GoldenTranscript.transcript(
            ["shell", "-r", "kepri.jsonl", "--as-of", "3"],
            input: "MATCH (d:DPMPD) RETURN d.name;\nMATCH (d:DPMPD) DETACH DELETE d;\n", directory: dir)
        #expect(shell.contains("'DPMPD Kabupaten Bintan'"), "\(shell)")
        #expect(shell.contains("error: --as-of 3 shows the registry as it was"), "\(shell)")
        #expect(shell.contains("\nexit: 1\n"), "\(shell)")
        #expect(work.bytes("kepri.jsonl") == before)
        // The write commands have no --as-of.
        let imported = GoldenTranscript.transcript(
            ["import", "-r", "kepri.jsonl", "--as-of", "2", "x.jsonl"], directory: dir)
        #expect(imported.contains("\nexit: 64\n"), "\(imported)")
        #expect(work.bytes("kepri.jsonl") == before)
    }
}
