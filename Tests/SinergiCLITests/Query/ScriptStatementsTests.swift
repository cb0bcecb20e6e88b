// The statements of a script keep the line and column they start at.
import Testing

@testable import SinergiCLI

@Suite struct ScriptStatementsTests {
    @Test func statementsKnowWhereTheyStart() {
        let script = "// header; with a semicolon in a comment\nRETURN 1;\n\n  RETURN 'a;b';  RETURN 3"
        let s = ScriptStatements.split(script)
        #expect(s.map(\.number) == [1, 2, 3])
        #expect(s.map(\.line) == [1, 4, 4])
        #expect(s.map(\.column) == [1, 3, 18])
        #expect(s[1].text == "RETURN 'a;b'")
        #expect(ScriptStatements.split("  ;\n;").isEmpty)
    }
}
