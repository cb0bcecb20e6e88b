// The inequality operators, with cases from the TCK's Comparison2 and Comparison3.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("CypherSemantics.compare")
struct ComparisonTests {
    static let listCases: [BinaryCase] = [
        BinaryCase([1, 0], [1], true),
        BinaryCase([1, nil], [1], true),
        BinaryCase([1, 2], [1, nil], nil),
        BinaryCase([1, "a"], [1, nil], nil),
        BinaryCase([1, 2], [3, nil], false),
    ]

    @Test("lists compare lexicographically (Comparison2 [4])", arguments: listCases)
    func lists(c: BinaryCase) {
        #expect(CypherSemantics.compare(.greaterOrEqual, c.lhs, c.rhs) == c.expected)
    }

    @Test("NaN makes every inequality false, but null against other types (Comparison2 [5])")
    func nan() {
        let nan = Value.double(.nan)
        for other in [Value.int(1), 1.0, nan] {
            for op in [CypherSemantics.ComparisonOperator.less, .lessOrEqual, .greater, .greaterOrEqual] {
                #expect(CypherSemantics.compare(op, nan, other) == false)
            }
        }
        #expect(CypherSemantics.compare(.greater, nan, "a") == nil)
        #expect(CypherSemantics.compare(nan, 1) == nil)
    }

    @Test("numbers and strings are incomparable (Comparison2 [6])")
    func numbersAndStrings() {
        #expect(CypherSemantics.compare(.less, 1.0, 1.0) == false)
        #expect(CypherSemantics.compare(.less, 1, 1.0) == false)
        #expect(CypherSemantics.compare(.less, "1.0", 1.0) == nil)
        #expect(CypherSemantics.compare(.less, "1", 1) == nil)
    }

    @Test("across types only numbers compare (Comparison2 [3])")
    func acrossTypes() {
        let values: [Value] = [
            .node(NodeID(0)), .relationship(RelationshipID(0)), .path(PathValue(start: NodeID(0))), "", 1, 3.14,
            true, nil, [], [:],
        ]
        var trueResults: [(Value, Value)] = []
        for (i, lhs) in values.enumerated() {
            for (j, rhs) in values.enumerated() where i != j && CypherSemantics.compare(.less, lhs, rhs) == true {
                trueResults.append((lhs, rhs))
            }
        }
        #expect(trueResults.count == 1)
        #expect(trueResults.first.map { $0.0 == 1 && $0.1 == 3.14 } == true)
    }

    @Test("strings, booleans and dates compare within their type (Comparison3)")
    func scalars() {
        #expect(CypherSemantics.compare(.less, "a", "b") == true)
        #expect(CypherSemantics.compare(.lessOrEqual, "c", "c") == true)
        #expect(CypherSemantics.compare(.less, "B", "a") == true)
        #expect(CypherSemantics.compare(.less, false, true) == true)
        let d1 = Value.date(CypherDate(year: 1910, month: 5, day: 6)!)
        let d2 = Value.date(CypherDate(year: 1980, month: 10, day: 24)!)
        #expect(CypherSemantics.compare(.less, d1, d2) == true)
        #expect(CypherSemantics.compare(.less, .int(.max), .double(9_223_372_036_854_775_808.0)) == true)
        #expect(CypherSemantics.compare(.greater, 2, 1.5) == true)
        #expect(CypherSemantics.compare(d1, d1) == 0)
    }

    @Test("maps, nodes and null are incomparable")
    func incomparable() {
        #expect(CypherSemantics.compare(.less, ["a": 1], ["a": 2]) == nil)
        #expect(CypherSemantics.compare(.less, .node(NodeID(0)), .node(NodeID(1))) == nil)
        #expect(CypherSemantics.compare(.less, nil, 1) == nil)
    }
}
