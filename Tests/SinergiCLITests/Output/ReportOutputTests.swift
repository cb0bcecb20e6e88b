// `-o FILE` on the commands that print one report (stats, log, diff): the file holds exactly
// what standard output would have held, in the format its extension names unless --format says
// otherwise; an extension that names none of the command's formats, and the registry itself,
// are refused and nothing is written.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct ReportOutputTests {
    static let tpbis = "graphs/tpbis.jsonl"
    static let history = "Tests/SinergiCLITests/Fixtures/history/deli-serdang.jsonl"

    /// Each command's file equals its standard output for the same format.
    @Test(arguments: [
        (["stats", "-r", tpbis], "isi.json", ["--format", "json"]),
        (["stats", "-r", tpbis], "isi.txt", []),
        (["log", "-r", history], "riwayat.jsonl", ["--format", "jsonl"]),
        (["log", "-r", history], "riwayat.txt", []),
        (["diff", "-r", history, "--from", "2"], "beda.jsonl", ["--format", "jsonl"]),
        (["diff", "-r", history, "--from", "2"], "beda.txt", []),
    ])
    func theFileHoldsWhatStandardOutputWould(command: [String], file: String, format: [String]) throws {
        let folder = TemporaryFolder()
        let path = folder.path(file)
        let expected = GoldenTranscript.capture(command + format)
        #expect(!expected.isEmpty)
        let transcript = GoldenTranscript.transcript(command + ["-o", path])
        #expect(transcript.contains("exit: 0\n--- stdout\n--- stderr\n"), "\(transcript)")
        #expect(transcript.contains("wrote \(path)\n"), "\(transcript)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    /// --format wins over the extension.
    @Test func formatWinsOverTheExtension() throws {
        let folder = TemporaryFolder()
        let path = folder.path("isi.txt")
        _ = GoldenTranscript.transcript(["stats", "-r", Self.tpbis, "--format", "json", "-o", path])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"nodes":605,"#))
    }

    /// An extension no format of the command has is refused in both languages, naming the
    /// command's own formats; the registry is never the target; git's driver has no file.
    @Test func wrongTargetsAreRefused() throws {
        GoldenTranscript.check("error-stats-output-unknown-extension", ["stats", "-r", Self.tpbis, "-o", "isi.csv"])
        GoldenTranscript.check(
            "id/error-log-output-unknown-extension", ["log", "-r", Self.history, "-o", "riwayat.xlsx"],
            environment: ["SINERGI_LANG": "id"])
        GoldenTranscript.check(
            "error-diff-git-output", ["diff", "--git", "-o", "x.txt", "a", "b", "c", "d", "e", "f", "g"])
        let folder = TemporaryFolder()
        let registry = folder.path("r.jsonl")
        try FileManager.default.copyItem(
            atPath: GoldenTranscript.repositoryRoot.path + "/" + Self.tpbis, toPath: registry)
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        let refused = GoldenTranscript.transcript(["stats", "-r", registry, "--format", "json", "-o", registry])
        #expect(refused.contains("exit: 1"), "\(refused)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
    }
}
