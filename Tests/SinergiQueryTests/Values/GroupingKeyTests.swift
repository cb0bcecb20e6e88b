// openCypher equivalence for DISTINCT and grouping (Aggregation8, Return5, With5).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("GroupingKey")
struct GroupingKeyTests {
    func distinctCount(_ values: [Value]) -> Int { Set(values.map(GroupingKey.init)).count }

    @Test("null is equivalent to null, NaN to NaN")
    func nullAndNaN() {
        #expect(GroupingKey(nil) == GroupingKey(nil))
        #expect(GroupingKey(.double(.nan)) == GroupingKey(.double(.nan)))
        #expect(distinctCount([nil, nil, 1, nil]) == 2)
        #expect(distinctCount([.double(.nan), .double(.nan)]) == 1)
    }

    @Test("numbers are equivalent across INTEGER and FLOAT, with agreeing hashes")
    func numbers() {
        #expect(GroupingKey(1) == GroupingKey(1.0))
        #expect(GroupingKey(1).hashValue == GroupingKey(1.0).hashValue)
        #expect(GroupingKey(0) == GroupingKey(-0.0))
        #expect(GroupingKey(0).hashValue == GroupingKey(-0.0).hashValue)
        #expect(GroupingKey(1) != GroupingKey(1.5))
        #expect(distinctCount([1, 1.0, 2, 2.5, 2.5]) == 3)
        #expect(GroupingKey(.int(9_007_199_254_740_993)) != GroupingKey(.double(9_007_199_254_740_992)))
    }

    @Test("lists and maps by their elements, nulls inside included")
    func nested() {
        #expect(GroupingKey([1, nil]) == GroupingKey([1.0, nil]))
        #expect(GroupingKey(["name": [[1, 2], [1, 2]]]) == GroupingKey(["name": [[1, 2], [1, 2]]]))
        #expect(GroupingKey(["a": 1, "b": 2]).hashValue == GroupingKey(["b": 2, "a": 1]).hashValue)
        #expect(GroupingKey(["a": nil]) != GroupingKey([:]))
        #expect(GroupingKey([1]) != GroupingKey([1, 1]))
        #expect(distinctCount([["name": [1]], ["name": [1]], ["name": [2]]]) == 2)
    }

    @Test("different types are never equivalent")
    func types() {
        #expect(GroupingKey("1") != GroupingKey(1))
        #expect(GroupingKey(true) != GroupingKey(1))
        #expect(GroupingKey(.node(NodeID(1))) != GroupingKey(.relationship(RelationshipID(1))))
        #expect(GroupingKey(.node(NodeID(1))) == GroupingKey(.node(NodeID(1))))
    }
}
