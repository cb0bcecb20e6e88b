// Help and error texts, compared word for word with golden transcripts.
import SinergiCLI
import Testing

@Suite(.serialized) struct HelpAndErrorTests {
    @Test func rootHelpAndVersion() {
        GoldenTranscript.check("root-help", ["--help"])
        GoldenTranscript.check("root-no-arguments", [])
        GoldenTranscript.check("root-unknown-subcommand", ["frobnicate"])
        GoldenTranscript.check("root-unknown-option", ["--frobnicate"])
        #expect(GoldenTranscript.transcript(["--version"]).contains("sinergi \(SinergiCommand.version)\n"))
    }

    @Test(arguments: SinergiCommand.subcommands.map { $0.spec.name })
    func everySubcommandHasHelp(_ name: String) {
        GoldenTranscript.check("help-\(name)", [name, "--help"])
        GoldenTranscript.check("help-via-help-\(name)", ["help", name])
    }

    @Test func usageErrorsExit64() {
        GoldenTranscript.check("error-stats-missing-registry", ["stats"])
        GoldenTranscript.check("error-stats-unknown-option", ["stats", "-r", "graphs/tpbis.jsonl", "--bogus"])
        GoldenTranscript.check("error-stats-bad-format", ["stats", "-r", "graphs/tpbis.jsonl", "--format", "xml"])
        GoldenTranscript.check("error-stats-missing-value", ["stats", "-r"])
        GoldenTranscript.check("error-import-nothing", ["import", "-r", "x.jsonl"])
    }

    @Test func dataErrorsExit1() {
        GoldenTranscript.check("error-stats-no-such-file", ["stats", "-r", "graphs/does-not-exist.jsonl"])
        GoldenTranscript.check(
            "error-import-bad-line",
            ["import", "-r", "graphs/does-not-exist.jsonl", "Tests/SinergiCLITests/Fixtures/bad.jsonl"])
    }

    @Test func statsAndCheckOnTheTPBISRegistry() {
        GoldenTranscript.check("stats-tpbis", ["stats", "-r", "graphs/tpbis.jsonl"])
        GoldenTranscript.check("stats-tpbis-json", ["stats", "-r", "graphs/tpbis.jsonl", "--format", "json"])
        GoldenTranscript.check("check-tpbis", ["check", "-r", "graphs/tpbis.jsonl"])
        GoldenTranscript.check(
            "check-fixture-warnings", ["check", "-r", "Tests/SinergiCLITests/Fixtures/schema-problems.jsonl"])
    }
}
