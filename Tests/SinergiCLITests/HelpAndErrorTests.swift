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

    /// The same help in Indonesian, word for word.
    @Test(arguments: SinergiCommand.subcommands.map { $0.spec.name })
    func everySubcommandHasIndonesianHelp(_ name: String) {
        GoldenTranscript.check("id/help-\(name)", [name, "--help", "--lang", "id"])
        #expect(
            GoldenTranscript.transcript(["help", name], environment: ["SINERGI_LANG": "id"]).hasSuffix(
                GoldenTranscript.transcript([name, "--help", "--lang", "id"]).drop(while: { $0 != "\n" })))
    }

    /// `--lang`, then SINERGI_LANG, then the locale choose the language of the run.
    @Test func theLanguageIsChosenOnce() {
        GoldenTranscript.check("id/root-help", ["--lang", "id", "--help"])
        GoldenTranscript.check("id/root-unknown-subcommand", ["gap"], environment: ["SINERGI_LANG": "id"])
        GoldenTranscript.check("id/root-unknown-option", ["--frobnicate"], environment: ["LANG": "id_ID.UTF-8"])
        GoldenTranscript.check(
            "id/error-stats-unknown-option", ["stats", "-r", "graphs/tpbis.jsonl", "--bogus"],
            environment: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"])
        GoldenTranscript.check(
            "id/error-stats-bad-format", ["stats", "--lang=id", "-r", "graphs/tpbis.jsonl", "--format", "tabel"])
        GoldenTranscript.check("id/error-stats-missing-registry", ["stats"], environment: ["LANG": "id_ID.UTF-8"])
        GoldenTranscript.check("id/error-stats-missing-value", ["--lang", "id", "stats", "-r"])
        GoldenTranscript.check("error-unknown-language", ["--lang", "jawa", "stats"])
        // --lang wins over the environment; an English locale keeps English.
        GoldenTranscript.check(
            "error-stats-bad-format-en", ["stats", "--lang", "en", "-r", "x", "--format", "tabel"],
            environment: ["SINERGI_LANG": "id"])
        #expect(GoldenTranscript.transcript(["--version"], environment: ["LANG": "en_US.UTF-8"]).contains("sinergi 0"))
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
        GoldenTranscript.check("id/stats-tpbis", ["stats", "-r", "graphs/tpbis.jsonl", "--lang", "id"])
        GoldenTranscript.check("check-tpbis", ["check", "-r", "graphs/tpbis.jsonl"])
        GoldenTranscript.check(
            "check-fixture-warnings", ["check", "-r", "Tests/SinergiCLITests/Fixtures/schema-problems.jsonl"])
    }

    /// generate's errors in both languages; the province is read as people write it.
    @Test func generateErrorsInBothLanguages() {
        let misspelt = ["generate", "--scale", "province", "--province", "Sumatera Utar"]
        GoldenTranscript.check("error-generate-unknown-province", misspelt)
        GoldenTranscript.check("id/error-generate-unknown-province", misspelt + ["--lang", "id"])
        let badSeed = ["generate", "--scale", "program", "--seed", "-1"]
        GoldenTranscript.check("error-generate-bad-seed", badSeed)
        GoldenTranscript.check("id/error-generate-bad-seed", badSeed + ["--lang", "id"])
        GoldenTranscript.check(
            "id/error-generate-province-needs-scale",
            ["generate", "--scale", "national", "--province", "Sumut", "--lang", "id"])
    }
}
