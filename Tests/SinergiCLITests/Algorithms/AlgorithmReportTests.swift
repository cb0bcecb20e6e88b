// How the algorithm commands print their reports: in the run's language (columns, kinds,
// relationship phrases, next steps), plain values fitted to a width, and into a file with -o
// (format from its extension). Compared word for word with golden transcripts in both languages.
import Foundation
import SinergiCLI
import SinergiTestSupport
import Testing

@Suite(.serialized) struct AlgorithmReportTests {
    static let registry = ["-r", "graphs/tpbis.jsonl"]

    /// The reports in Indonesian, word for word.
    @Test func reportsInIndonesian() {
        let id = ["SINERGI_LANG": "id"]
        GoldenTranscript.check("id/gaps-tpbis", ["gaps", "--lang", "id"] + Self.registry)
        GoldenTranscript.check(
            "id/gaps-tpbis-recommend", ["gaps"] + Self.registry + ["--kind", "recommend", "--k", "2"],
            environment: ["SINERGI_LANG": "id", "COLUMNS": "160"])
        GoldenTranscript.check(
            "id/gaps-tpbis-unconnected", ["gaps"] + Self.registry + ["--kind", "unconnected", "--province", "Jambi"],
            environment: id)
        GoldenTranscript.check(
            "id/gaps-tpbis-fragile-top", ["gaps"] + Self.registry + ["--kind", "fragile", "--top", "3"],
            environment: id)
        GoldenTranscript.check(
            "id/gaps-tpbis-components", ["gaps"] + Self.registry + ["--kind", "components"], environment: id)
        GoldenTranscript.check("id/spread-tpbis", ["spread"] + Self.registry, environment: id)
        GoldenTranscript.check(
            "id/spread-tpbis-cohort", ["spread"] + Self.registry + ["--kind", "cohort"], environment: id)
        GoldenTranscript.check(
            "id/spread-tpbis-forecast-top",
            ["spread"] + Self.registry + ["--kind", "forecast", "--top", "4", "--runs", "200"], environment: id)
        GoldenTranscript.check(
            "id/spread-tpbis-best-seeds-by-province",
            ["spread"] + Self.registry + ["--kind", "best-seeds", "--k", "3", "--by", "province"], environment: id)
        GoldenTranscript.check(
            "id/reach-tpbis-by-label",
            ["reach"] + Self.registry + ["--from", "kepri/dinas-perpustakaan", "--by", "label"],
            environment: id)
        GoldenTranscript.check(
            "id/path-tpbis",
            ["path"] + Self.registry + ["--from", "kepri/bintan/toapaya-utara/perpustakaan-desa", "--to", "perpusnas"],
            environment: id)
        GoldenTranscript.check("id/centrality-tpbis", ["centrality"] + Self.registry + ["--top", "5"], environment: id)
    }

    /// What the issue asks of the gap report, said outright (the goldens hold the rest).
    @Test func theGapReportSpeaksThePeoplesWords() {
        let wide = ["COLUMNS": "200"]
        let gaps = GoldenTranscript.capture(["gaps", "--lang", "id"] + Self.registry, environment: wide)
        #expect(gaps.contains("| Langkah berikutnya"))
        #expect(gaps.contains("undang Bappeda dan DPMPD ke SHM berikutnya"), "\(gaps)")
        #expect(!gaps.contains("'"), "plain values, no literal quotes: \(gaps)")
        #expect(!gaps.contains("nextStep") && !gaps.contains("missingStakeholders"))
        let reach = GoldenTranscript.capture(
            ["reach", "--lang", "id", "--from", "kepri/bintan/dinas-perpustakaan", "--hops", "1"] + Self.registry,
            environment: wide)
        #expect(reach.contains("| Dinas Perpustakaan Kabupaten/Kota "), "\(reach)")
        #expect(!reach.contains("RegencyLibraryOffice"))
        let path = GoldenTranscript.capture(
            [
                "path", "--lang", "id", "--from", "kepri/bintan/dinas-perpustakaan", "--to", "kepri/bintan/bappeda",
                "--types", "PARTNERS_WITH", "--format", "csv",
            ] + Self.registry)
        #expect(path.contains(",bermitra dengan,"), "\(path)")
        // English reports read as English, the same way.
        let english = GoldenTranscript.capture(["gaps"] + Self.registry, environment: wide)
        #expect(english.contains("| invite Bappeda and DPMPD to the next SHM |"))
        #expect(english.contains("| Next step"))
    }

    /// Tables fit the width: COLUMNS when set, else 100 columns off a terminal; a long cell
    /// wraps onto further lines of its row instead of widening the table. (A table with more
    /// columns than the width holds at 8 characters each stays that wide: 8 columns need 89.)
    @Test(arguments: [nil, "60", "80", "160"])
    func tablesFitTheWidth(_ columns: String?) {
        let environment = columns.map { ["COLUMNS": $0] } ?? [:]
        let width = columns.flatMap { Int($0) } ?? 100
        for arguments in [
            ["gaps"], ["gaps", "--kind", "recommend", "--k", "2"], ["spread"], ["centrality", "--top", "5"],
            ["reach", "--from", "perpusnas", "--hops", "1"],
        ] {
            for language in ["en", "id"] {
                let text = GoldenTranscript.capture(
                    arguments + Self.registry + ["--lang", language], environment: environment)
                let lines = text.split(separator: "\n")
                let columns = lines.first.map { $0.filter { $0 == "+" }.count - 1 } ?? 0
                let fits = max(width, 11 * columns + 1)
                #expect(!lines.isEmpty)
                for line in lines { #expect(line.count <= fits, "\(arguments) \(language) at \(width): \(line)") }
            }
        }
        // the recommendation's reason wraps: the row takes several lines
        let recommend = GoldenTranscript.capture(["gaps", "--kind", "recommend", "--k", "1"] + Self.registry)
        #expect(recommend.split(separator: "\n").count > 8)
        // the same report as CSV keeps each row on one line
        let csv = GoldenTranscript.capture(
            ["gaps", "--kind", "recommend", "--k", "1", "--format", "csv"] + Self.registry)
        #expect(csv.split(separator: "\n").count == 2)
    }

    /// `-o FILE` writes the rows into the file, in the format of its extension unless --format
    /// says otherwise; standard output stays empty; the registry is never the target.
    @Test func outputGoesToAFile() throws {
        let folder = TemporaryFolder()
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        let csv = folder.path("celah.csv")
        let transcript = GoldenTranscript.transcript(["gaps", "-r", registry, "--lang", "id", "-o", csv])
        #expect(transcript.contains("exit: 0\n--- stdout\n--- stderr\n"), "\(transcript)")
        #expect(transcript.hasSuffix("\(csv) ditulis\n"))
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(
            rows.first
                == "Provinsi,Kabupaten/Kota,Sudah tercatat,Pemangku kepentingan belum tercatat,Kemitraan belum terjalin,Langkah berikutnya"
        )
        #expect(rows.count == 10)
        let markdown = folder.path("pusat.md")
        _ = GoldenTranscript.capture(["centrality", "-r", registry, "--top", "3", "-o", markdown])
        let md = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(md.hasPrefix("| Rank | Key | Name | Kind | Score |\n| --- |"), "\(md)")
        // --format wins over the extension; JSON keeps the identifiers programs address
        let json = folder.path("reach.txt")
        _ = GoldenTranscript.capture(
            ["reach", "-r", registry, "--from", "perpusnas", "--hops", "0", "--format", "json", "-o", json])
        #expect(try String(contentsOfFile: json, encoding: .utf8).hasPrefix(#"[{"key":"perpusnas","name":"#))
        // every algorithm command takes -o
        for (command, extra) in [
            ("path", ["--from", "perpusnas", "--to", "kepri/dinas-perpustakaan"]), ("spread", []),
            ("reach", ["--from", "perpusnas"]),
        ] {
            let file = folder.path("\(command).tsv")
            _ = GoldenTranscript.capture([command, "-r", registry, "-o", file] + extra)
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\t"), "\(command)")
        }
        // an extension that names no format, and the registry itself, are refused
        GoldenTranscript.check("error-gaps-output-unknown-extension", ["gaps"] + Self.registry + ["-o", "celah.png"])
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let refused = GoldenTranscript.transcript(["gaps", "-r", registry, "-o", registry])
        #expect(refused.contains("exit: 1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
    }
}
