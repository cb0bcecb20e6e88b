// IN, the string predicates, =~ and the binary/unary dispatch (List5, Null3, String8–10).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("CypherSemantics operators")
struct OperatorTests {
    static let inCases: [BinaryCase] = [
        BinaryCase(3, [1, 2, 3], true),
        BinaryCase(1, ["1", 2], false),
        BinaryCase([1, 2], [1, [1, "2"]], false),
        BinaryCase([1], [1, 2], false),
        BinaryCase([1], [1, 2, [1]], true),
        BinaryCase([1, 2], [1, [2, 1]], false),
        BinaryCase([[1, 2], [3, 4]], [5, [[1, 2], [3, 4]]], true),
        BinaryCase(nil, [nil], nil),
        BinaryCase([nil], [[nil]], nil),
        BinaryCase([nil], [nil], nil),
        BinaryCase([1], [[1, nil]], false),
        BinaryCase(3, [1, nil, 3], true),
        BinaryCase(4, [1, nil, 3], nil),
        BinaryCase([1, 2], [[nil, "foo"], [1, 2]], true),
        BinaryCase([1, 2], [[nil, 2]], nil),
        BinaryCase([1, 2, nil], [1, [1, 2, nil]], nil),
        BinaryCase([], [[]], true),
        BinaryCase([], [], false),
        BinaryCase([], [1, 2, nil], nil),
        BinaryCase(nil, nil, nil),
        BinaryCase(nil, [], false),
        BinaryCase(5, [1, 2, 3, nil], nil),
    ]

    @Test("IN uses three-valued equality (List5, Null3 [4])", arguments: inCases)
    func isIn(c: BinaryCase) throws {
        #expect(try CypherSemantics.isIn(c.lhs, c.rhs) == CypherSemantics.value(c.expected))
    }

    @Test("IN on a non-list is a type error")
    func inNonList() {
        #expect(throws: QueryError.self) { try CypherSemantics.isIn(1, 123) }
    }

    @Test("string predicates are null unless both sides are strings (String8–10)")
    func stringPredicates() {
        #expect(CypherSemantics.startsWith("ABCDEF", "ABC") == true)
        #expect(CypherSemantics.startsWith("AB", "ABC") == false)
        #expect(CypherSemantics.startsWith("", "") == true)
        #expect(CypherSemantics.endsWith("ABCDEF", "DEF") == true)
        #expect(CypherSemantics.endsWith("abcdef", "DEF") == false)
        #expect(CypherSemantics.contains("ABCDEF", "CD") == true)
        #expect(CypherSemantics.contains("Foo\nFoo", "\n") == true)
        #expect(CypherSemantics.contains("", "") == true)
        let operands: [Value] = [1, 3.14, true, [], [:], nil]
        for a in operands {
            for b in operands {
                #expect(CypherSemantics.startsWith(a, b) == nil)
                #expect(CypherSemantics.endsWith(a, b) == nil)
                #expect(CypherSemantics.contains(a, b) == nil)
            }
        }
        #expect(CypherSemantics.contains("abc", nil) == nil)
    }

    @Test("=~ matches the whole string")
    func regex() throws {
        #expect(try CypherSemantics.regexMatch("abc", "a.c") == true)
        #expect(try CypherSemantics.regexMatch("abcd", "a.c") == false)
        #expect(try CypherSemantics.regexMatch("ABC", "(?i)abc") == true)
        #expect(try CypherSemantics.regexMatch(nil, "a") == nil)
        #expect(throws: QueryError.self) { try CypherSemantics.regexMatch("a", "(") }
    }

    @Test("binary and unary dispatch to the right operation")
    func dispatch() throws {
        #expect(try CypherSemantics.binary(.equal, 1, 1.0) == true)
        #expect(try CypherSemantics.binary(.notEqual, nil, 1) == nil)
        #expect(try CypherSemantics.binary(.less, 1, 3.14) == true)
        #expect(try CypherSemantics.binary(.greaterOrEqual, [1, 2], [1, nil]) == nil)
        #expect(try CypherSemantics.binary(.add, "a", "b") == "ab")
        #expect(try CypherSemantics.binary(.power, 2, 2) == 4.0)
        #expect(try CypherSemantics.binary(.in, 1, [1]) == true)
        #expect(try CypherSemantics.binary(.startsWith, "ab", "a") == true)
        #expect(try CypherSemantics.unary(.minus, 2) == -2)
        #expect(try CypherSemantics.unary(.plus, 2.5) == 2.5)
        #expect(try CypherSemantics.unary(.not, false) == true)
    }
}

@Suite("RegexCache")
struct RegexCacheTests {
    @Test("patterns compile once and invalid ones give nil")
    func cache() {
        let cache = RegexCache()
        let first = cache.regex(for: "K.b")
        #expect(first != nil)
        #expect(cache.regex(for: "K.b") === first)
        #expect(cache.regex(for: "(") == nil)
        for i in 0..<300 { _ = cache.regex(for: "p\(i)") }
        #expect(cache.regex(for: "p299") != nil)
    }
}
