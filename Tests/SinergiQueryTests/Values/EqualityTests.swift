// Three-valued equality, with cases from the TCK's Comparison1, List3 and Null3.

import SinergiGraph
import Testing

@testable import SinergiQuery

/// One binary-operator case: two operands and the expected three-valued answer.
struct BinaryCase: Sendable, CustomTestStringConvertible {
    let lhs: Value
    let rhs: Value
    let expected: Bool?

    init(_ lhs: Value, _ rhs: Value, _ expected: Bool?) {
        self.lhs = lhs
        self.rhs = rhs
        self.expected = expected
    }

    var testDescription: String {
        "\(ValueFormatter.literal(lhs)) vs \(ValueFormatter.literal(rhs))"
    }
}

@Suite("CypherSemantics.equals")
struct EqualityTests {
    static let listCases: [BinaryCase] = [
        BinaryCase([1, 2], [1], false),
        BinaryCase([nil], [1], nil),
        BinaryCase(["a"], [1], false),
        BinaryCase([[1]], [[1], [nil]], false),
        BinaryCase([[1], [2]], [[1], [nil]], nil),
        BinaryCase([[1], [2, 3]], [[1], [nil]], false),
        BinaryCase([1, 2], "foo", false),
        BinaryCase([1], [1, nil], false),
        BinaryCase([1, 2], [nil, "foo"], false),
        BinaryCase([1, 2], [nil, 2], nil),
        BinaryCase([[1, 2], [1, 3]], [[1, 2], [nil, "foo"]], false),
        BinaryCase([[1, 2], ["foo", "bar"]], [[1, 2], [nil, "bar"]], nil),
    ]

    static let mapCases: [BinaryCase] = [
        BinaryCase([:], [:], true),
        BinaryCase(["k": true], ["k": true], true),
        BinaryCase(["k": 1], ["k": 1], true),
        BinaryCase(["k": 1.0], ["k": 1.0], true),
        BinaryCase(["k": "abc"], ["k": "abc"], true),
        BinaryCase(["k": "a", "l": 2], ["k": "a", "l": 2], true),
        BinaryCase([:], ["k": nil], false),
        BinaryCase(["k": nil], [:], false),
        BinaryCase(["k": 1], ["k": 1, "l": nil], false),
        BinaryCase(["k": nil, "l": 1], ["l": 1], false),
        BinaryCase(["k": nil], ["k": nil, "l": nil], false),
        BinaryCase(["k": nil], ["k": nil], nil),
        BinaryCase(["k": 1], ["k": nil], nil),
        BinaryCase(["k": 1, "l": nil], ["k": nil, "l": nil], nil),
        BinaryCase(["k": 1, "l": nil], ["k": nil, "l": 1], nil),
        BinaryCase(["k": 1, "l": nil], ["k": 1, "l": 1], nil),
    ]

    @Test("lists compare element-wise with null propagation (Comparison1 [6], List3)", arguments: listCases)
    func lists(c: BinaryCase) {
        #expect(CypherSemantics.equals(c.lhs, c.rhs) == c.expected)
        #expect(CypherSemantics.equals(c.rhs, c.lhs) == c.expected)
    }

    @Test("maps compare by key set, then values (Comparison1 [7])", arguments: mapCases)
    func maps(c: BinaryCase) {
        #expect(CypherSemantics.equals(c.lhs, c.rhs) == c.expected)
    }

    @Test("numbers compare across INTEGER and FLOAT; strings never equal numbers (Comparison1 [9])")
    func numbers() {
        #expect(CypherSemantics.equals(1.0, 1.0) == true)
        #expect(CypherSemantics.equals(1, 1.0) == true)
        #expect(CypherSemantics.equals("1.0", 1.0) == false)
        #expect(CypherSemantics.equals("1", 1) == false)
        #expect(CypherSemantics.equals(.int(4_611_686_018_427_387_905), .int(4_611_686_018_427_387_900)) == false)
        // Exact comparison: 2^53 + 1 is not the double 2^53.
        #expect(CypherSemantics.equals(.int(9_007_199_254_740_993), .double(9_007_199_254_740_992)) == false)
        #expect(CypherSemantics.equals(.int(9_007_199_254_740_992), .double(9_007_199_254_740_992)) == true)
    }

    @Test("NaN equals nothing, not even itself (Comparison1 [8])", arguments: [Value.int(1), 1.0, .double(.nan), "a"])
    func nan(other: Value) {
        #expect(CypherSemantics.equals(.double(.nan), other) == false)
        #expect(CypherSemantics.notEquals(.double(.nan), other) == true)
    }

    @Test("null makes equality unknown (Null3, Comparison1 [15], [16])")
    func null() {
        #expect(CypherSemantics.equals(nil, nil) == nil)
        #expect(CypherSemantics.notEquals(nil, nil) == nil)
        #expect(CypherSemantics.equals(1, nil) == nil)
    }

    @Test("entities by id, paths by their sequences (Comparison1 [4], [5], [14])")
    func entities() {
        #expect(CypherSemantics.equals(.node(NodeID(1)), .node(NodeID(1))) == true)
        #expect(CypherSemantics.equals(.node(NodeID(1)), .node(NodeID(2))) == false)
        #expect(CypherSemantics.equals(.relationship(RelationshipID(0)), .relationship(RelationshipID(0))) == true)
        #expect(CypherSemantics.equals(.node(NodeID(0)), .relationship(RelationshipID(0))) == false)
        let loop = PathValue(nodes: [NodeID(0), NodeID(0)], relationships: [RelationshipID(0)])
        #expect(CypherSemantics.equals(.path(loop), .path(loop)) == true)
        #expect(CypherSemantics.equals(.path(loop), .path(PathValue(start: NodeID(0)))) == false)
    }

    @Test("different types are unequal")
    func differentTypes() {
        #expect(CypherSemantics.equals(true, 1) == false)
        #expect(CypherSemantics.equals([], [:]) == false)
        #expect(CypherSemantics.equals(.date(CypherDate(daysSinceEpoch: 0)), "1970-01-01") == false)
    }
}
