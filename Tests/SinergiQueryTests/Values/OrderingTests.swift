// The total ORDER BY order, with cases from ReturnOrderBy1 and WithOrderBy1.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("CypherSemantics.orderCompare")
struct OrderingTests {
    func sorted(_ values: [Value]) -> [Value] {
        values.sorted { CypherSemantics.orderCompare($0, $1) < 0 }
    }

    @Test("distinct types sort map < node < relationship < list < path < string < boolean < number < NaN < null")
    func acrossTypes() {
        let node = Value.node(NodeID(0))
        let rel = Value.relationship(RelationshipID(0))
        let path = Value.path(PathValue(nodes: [NodeID(0), NodeID(1)], relationships: [RelationshipID(0)]))
        let nan = Value.double(.nan)
        let input: [Value] = [node, rel, path, 1.5, ["list"], "text", nil, false, nan, ["a": "map"]]
        let result = sorted(input)
        let expected: [Value] = [["a": "map"], node, rel, ["list"], path, "text", false, 1.5, nan, nil]
        #expect(result.count == expected.count)
        for (r, e) in zip(result, expected) { #expect(GroupingKey(r) == GroupingKey(e)) }
    }

    @Test("lists sort element-wise, null elements last (WithOrderBy1 [9], [10])")
    func lists() {
        let input: [Value] = [[], ["a"], ["a", 1], [1], [1, "a"], [1, nil], [nil, 1], [nil, 2]]
        #expect(sorted(input.reversed()) == input)
        #expect(sorted([[2, 1], [1], [2]]) == [[1], [2], [2, 1]])
    }

    @Test("numbers interleave across INTEGER and FLOAT")
    func numbers() {
        #expect(sorted([3, 1.5, -2, 0.1, 2]) == [-2, 0.1, 1.5, 2, 3])
        #expect(CypherSemantics.orderCompare(1, 1.0) == 0)
        #expect(CypherSemantics.orderCompare(.double(.nan), .double(.nan)) == 0)
        #expect(CypherSemantics.orderCompare(.double(.infinity), .double(.nan)) < 0)
    }

    @Test("strings by code point; booleans false first; dates chronologically")
    func scalars() {
        #expect(sorted(["b", "B", "abc1", "a", "abc"]) == ["B", "a", "abc", "abc1", "b"])
        #expect(sorted([true, false]) == [false, true])
        let dates = [(1985, 5, 6), (1910, 5, 6), (1980, 10, 24)].map {
            Value.date(CypherDate(year: Int64($0.0), month: Int64($0.1), day: Int64($0.2))!)
        }
        #expect(sorted(dates) == [dates[1], dates[2], dates[0]])
        #expect(CypherSemantics.orderCompare(dates[0], "text") < 0)
    }

    @Test("agrees with compare wherever compare is defined (WithOrderBy1 [45])")
    func consistentWithCompare() {
        let groups: [[Value]] = [
            [351, -3_974_856, 93, -3, 123, 0, 3, -2, 20_934_587, 1],
            [351.5, -3_974_856.01, -3.203957, 123.0002, 123.0001, 0.01, 3.0],
            ["Sort", "order", " ", "should", "", "consistent", ", ", "!"],
            [[2, 2], [2, -2], [1, 2], [], [1], [300, 0], [1, -20], [2, -2, 100]],
        ]
        for values in groups {
            for a in values {
                for b in values {
                    let c = CypherSemantics.compare(a, b)
                    #expect(c == CypherSemantics.orderCompare(a, b).signum())
                }
            }
        }
    }

    @Test("maps order by size, then keys, then values; paths element-wise")
    func mapsAndPaths() {
        #expect(CypherSemantics.orderCompare(["a": 1], ["a": 1, "b": 2]) < 0)
        #expect(CypherSemantics.orderCompare(["a": 1], ["b": 0]) < 0)
        #expect(CypherSemantics.orderCompare(["a": 1], ["a": 2]) < 0)
        let short = Value.path(PathValue(start: NodeID(0)))
        let long = Value.path(PathValue(nodes: [NodeID(0), NodeID(1)], relationships: [RelationshipID(0)]))
        #expect(CypherSemantics.orderCompare(short, long) < 0)
        #expect(CypherSemantics.orderCompare(long, long) == 0)
    }
}
