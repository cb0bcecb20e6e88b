// The intake texts, word for word in both languages: a missing registry, init's refusals.
import SinergiCLI
import Testing

@Suite(.serialized) struct IntakeGoldenTests {
    static let indonesian = ["SINERGI_LANG": "id"]

    @Test func aMissingRegistryInBothLanguages() {
        GoldenTranscript.check(
            "id/error-stats-no-such-file", ["stats", "-r", "graphs/does-not-exist.jsonl"], environment: Self.indonesian)
    }

    @Test func initRefusalsInBothLanguages() {
        for (folder, environment) in [("", [String: String]()), ("id/", Self.indonesian)] {
            GoldenTranscript.check(
                folder + "init-unknown-province",
                ["init", "-r", "graphs/not-written.jsonl", "--province", "Sumatera Utar"], environment: environment)
            GoldenTranscript.check(
                folder + "init-existing-file", ["init", "-r", "graphs/tpbis.jsonl"], environment: environment)
        }
    }

    @Test func checkOfTheSHMDataModelInBothLanguages() {
        for (folder, environment) in [("", [String: String]()), ("id/", Self.indonesian)] {
            GoldenTranscript.check(
                folder + "check-shm-model", ["check", "-r", "Tests/SinergiCLITests/Fixtures/shm-model-problems.jsonl"],
                environment: environment)
        }
    }

    @Test func aRefusedImportInBothLanguages() {
        for (folder, environment) in [("", [String: String]()), ("id/", Self.indonesian)] {
            GoldenTranscript.check(
                folder + "import-refused",
                [
                    "import", "-r", "graphs/tpbis.jsonl", "--nodes", "Tests/SinergiCLITests/Fixtures/peserta-typos.csv",
                    "--dry-run",
                ], environment: environment)
        }
    }
}
