// Tests for syntax errors: TCK codes, the location of the offending token
// (checked with ⟨n⟩ markers) and the rendered message with its caret line.

import Testing

@testable import SinergiQuery

@Suite("Diagnostics")
struct DiagnosticsTests {
    func error(_ source: String) -> QueryError? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "errors point at the offending token",
        arguments: [
            ("MATCH (n ⟨x⟩RETURN n", QueryErrorCode.unexpectedSyntax),
            ("MATCH (n) ⟨x⟩RETRUN n", .unexpectedSyntax),
            ("RETURN 1 +⟨x⟩", .unexpectedSyntax),
            ("RETURN [1, ⟨x⟩, 2]", .unexpectedSyntax),
            ("RETURN\n  ⟨x⟩9223372h54775808", .invalidNumberLiteral),
            ("RETURN ⟨x⟩0x", .invalidNumberLiteral),
            ("RETURN ⟨x⟩9223372036854775808", .integerOverflow),
            ("RETURN ⟨x⟩-9223372036854775809", .integerOverflow),
            ("RETURN ⟨x⟩1.34E999", .floatingPointOverflow),
            ("RETURN '⟨x⟩\\uH'", .invalidUnicodeLiteral),
            ("RETURN 42 ⟨x⟩— 41", .invalidUnicodeCharacter),
            ("RETURN 1⟨x⟩#2", .unexpectedSyntax),
            ("MATCH (a)-[:T⟨x⟩..]->(b) RETURN a", .invalidRelationshipPattern),
            ("MATCH (a)-[:T*⟨x⟩-2]->(b) RETURN a", .invalidRelationshipPattern),
            ("RETURN {⟨x⟩1B2c3e67: 1}", .unexpectedSyntax),
            ("MATCH (n) RETURN n UNION ⟨x⟩", .unexpectedSyntax),
            ("⟨x⟩WHERE true", .unexpectedSyntax),
        ])
    func located(marked: String, code: QueryErrorCode) throws {
        let (source, at) = syntaxMarkers(marked)
        let e = try #require(error(source))
        #expect(e.code == code)
        #expect(e.kind == .syntaxError)
        #expect(e.phase == .compileTime)
        #expect(e.location == at["x"])
    }

    @Test("rendering shows the message, the code, the line and a caret")
    func rendering() throws {
        let source = "MATCH (n)\nRETURN n.name +"
        let e = try #require(error(source))
        #expect(
            e.render(source: source) == """
                error: expected an expression, found end of input (SyntaxError.UnexpectedSyntax)
                  at line 2, column 16
                RETURN n.name +
                               ^
                """)
        let bare = QueryError(kind: .typeError, phase: .runtime, code: .invalidArgumentValue, message: "bad")
        #expect(bare.render(source: source) == "error: bad (TypeError.InvalidArgumentValue)")
    }

    @Test("every TCK code has its TCK spelling")
    func codeSpellings() {
        #expect(QueryErrorCode.undefinedVariable.rawValue == "UndefinedVariable")
        #expect(QueryErrorCode.variableAlreadyBound.rawValue == "VariableAlreadyBound")
        #expect(QueryErrorKind.constraintVerificationFailed.rawValue == "ConstraintVerificationFailed")
        #expect(QueryErrorCode.allCases.count == Set(QueryErrorCode.allCases.map(\.rawValue)).count)
    }
}
