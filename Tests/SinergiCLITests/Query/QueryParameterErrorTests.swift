// A statement that uses a parameter nobody gave: the error names it, its place (line,
// column, caret) and how to give it, in the run's language, before anything runs.
import Testing

@Suite struct QueryParameterErrorTests {
    static let statement = "MATCH (p:Province)\nWHERE p.name = $province\nRETURN p.name AS name"

    @Test func aMissingParameterIsNamedWithItsPlaceInBothLanguages() {
        GoldenTranscript.check(
            "error-query-missing-parameter",
            ["query", "-r", "graphs/tpbis.jsonl", "-p", "provinse='Jambi'", Self.statement])
        GoldenTranscript.check(
            "id/error-query-missing-parameter",
            ["--lang", "id", "query", "-r", "graphs/tpbis.jsonl", "-p", "provinse='Jambi'", Self.statement])
    }
}
