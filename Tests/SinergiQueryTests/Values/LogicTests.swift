// Three-valued AND, OR, XOR, NOT (Boolean1–5, Null3).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("CypherSemantics boolean logic")
struct LogicTests {
    static let truth: [Value] = [true, false, nil]

    @Test("AND truth table (Boolean1 [1])")
    func and() throws {
        let expected: [Value] = [true, false, nil, false, false, false, nil, false, nil]
        var results: [Value] = []
        for a in Self.truth { for b in Self.truth { results.append(try CypherSemantics.and(a, b)) } }
        #expect(results == expected)
    }

    @Test("OR truth table (Boolean2 [1])")
    func or() throws {
        let expected: [Value] = [true, true, true, true, false, nil, true, nil, nil]
        var results: [Value] = []
        for a in Self.truth { for b in Self.truth { results.append(try CypherSemantics.or(a, b)) } }
        #expect(results == expected)
    }

    @Test("XOR truth table (Boolean3 [1])")
    func xor() throws {
        let expected: [Value] = [false, true, nil, true, false, nil, nil, nil, nil]
        var results: [Value] = []
        for a in Self.truth { for b in Self.truth { results.append(try CypherSemantics.xor(a, b)) } }
        #expect(results == expected)
    }

    @Test("NOT (Boolean4 [1])")
    func not() throws {
        #expect(try CypherSemantics.not(true) == false)
        #expect(try CypherSemantics.not(false) == true)
        #expect(try CypherSemantics.not(nil) == nil)
    }

    @Test(
        "non-booleans are InvalidArgumentType (Boolean1 [8])",
        arguments: [Value.int(123), 123.4, "foo", [], [true], ["x": []]])
    func nonBooleans(operand: Value) {
        for op in [BinaryOperator.and, .or, .xor] {
            do {
                _ = try CypherSemantics.binary(op, operand, true)
                Issue.record("expected a type error")
            } catch {
                #expect(error.kind == .typeError)
                #expect(error.code == .invalidArgumentType)
            }
        }
        #expect(throws: QueryError.self) { try CypherSemantics.not(operand) }
        #expect(throws: QueryError.self) { try CypherSemantics.and(false, operand) }
    }
}
