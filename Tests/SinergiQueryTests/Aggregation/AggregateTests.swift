// Aggregates over value lists, with cases from the TCK's Aggregation1–8.

import SinergiGraph
import Testing

@testable import SinergiQuery

/// Runs aggregate `name` over `values` (and `parameter` on every row).
func aggregate(_ name: String, _ values: [Value], distinct: Bool = false, parameter: Value = .null) throws(QueryError)
    -> Value
{
    guard var acc = Aggregates.make(name, distinct: distinct) else {
        throw ValueMessages.unknownFunction(name)
    }
    for v in values { try acc.add(v, parameter: parameter) }
    return acc.result()
}

@Suite("Aggregates")
struct AggregateTests {
    @Test("registry")
    func registry() {
        #expect(Aggregates.isAggregate("COUNT"))
        #expect(Aggregates.isAggregate("percentileDisc"))
        #expect(!Aggregates.isAggregate("size"))
        #expect(Aggregates.arity(of: "percentileCont") == 2...2)
        #expect(Aggregates.make("nope", distinct: false) == nil)
    }

    @Test("count skips nulls, count(*) does not (Aggregation1)")
    func count() throws {
        #expect(try aggregate("count", [33, nil, 42]) == 2)
        #expect(try aggregate("count", []) == 0)
        var star = Aggregates.makeCountStar()
        for v: Value in [nil, 1, nil] { try star.add(v) }
        #expect(star.result() == 3)
    }

    @Test("min and max use the global order (Aggregation2)")
    func minMax() throws {
        #expect(try aggregate("max", [1, 2, 0, nil, -1]) == 2)
        #expect(try aggregate("min", [1, 2, 0, nil, -1]) == -1)
        #expect(try aggregate("max", [1.0, 2.0, 0.5, nil]) == 2.0)
        #expect(try aggregate("min", [1.0, 2.0, 0.5, nil]) == 0.5)
        #expect(try aggregate("max", [1, 2.0, 5, nil, 3.2, 0.1]) == 5)
        #expect(try aggregate("min", [1, 2.0, 5, nil, 3.2, 0.1]) == 0.1)
        #expect(try aggregate("max", ["a", "b", "B", nil, "abc", "abc1"]) == "b")
        #expect(try aggregate("min", ["a", "b", "B", nil, "abc", "abc1"]) == "B")
        #expect(try aggregate("max", [[1], [2], [2, 1]]) == [2, 1])
        #expect(try aggregate("min", [[1], [2], [2, 1]]) == [1])
        #expect(try aggregate("max", [1, "a", nil, [1, 2], 0.2, "b"]) == 1)
        #expect(try aggregate("min", [1, "a", nil, [1, 2], 0.2, "b"]) == [1, 2])
        #expect(try aggregate("max", [nil]) == nil)
    }

    @Test("sum stays INTEGER until a FLOAT arrives (Aggregation3)")
    func sum() throws {
        #expect(try aggregate("sum", [33, nil, 42]) == 75)
        #expect(try aggregate("sum", (1_000_000..<1_003_000).map { Value.int($0) }) == 3_004_498_500)
        #expect(try aggregate("sum", [1, 0.5]) == 1.5)
        #expect(try aggregate("sum", []) == 0)
        #expect(try aggregate("sum", [0.1, 0.2, 0.3]) == 0.6)
        do {
            _ = try aggregate("sum", [.int(.max), 1])
            Issue.record("expected overflow")
        } catch {
            #expect(error.code == .integerOverflow)
        }
        #expect(throws: QueryError.self) { try aggregate("sum", ["a"]) }
    }

    @Test("avg is FLOAT, null when empty")
    func avg() throws {
        #expect(try aggregate("avg", [1, 2, 3, nil]) == 2.0)
        #expect(try aggregate("avg", [1, 2.5]) == 1.75)
        #expect(try aggregate("avg", []) == nil)
        #expect(try aggregate("avg", [.int(.max), .int(.max)]) == .double(Double(Int64.max)))
        #expect(throws: QueryError.self) { try aggregate("avg", [true]) }
    }

    @Test("collect skips nulls (Aggregation5)")
    func collect() throws {
        #expect(try aggregate("collect", [nil]) == [])
        #expect(try aggregate("collect", [1, nil, "a", 1]) == [1, "a", 1])
    }

    @Test("DISTINCT uses equivalence and ignores nulls (Aggregation8, Return5)")
    func distinct() throws {
        #expect(try aggregate("count", [nil], distinct: true) == 0)
        #expect(try aggregate("collect", [nil, nil], distinct: true) == [])
        #expect(try aggregate("collect", [nil, 1, nil], distinct: true) == [1])
        #expect(try aggregate("collect", [42, 43, 42, 44], distinct: true) == [42, 43, 44])
        #expect(try aggregate("count", [["name": [1, 2]], ["name": [1, 2]]], distinct: true) == 1)
        #expect(try aggregate("count", [1, 1.0, 2], distinct: true) == 2)
        #expect(try aggregate("sum", [1, 1, 2], distinct: true) == 3)
    }

    @Test("stDev and stDevP")
    func standardDeviation() throws {
        let values: [Value] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(try aggregate("stDevP", values) == 2.0)
        let sample = try aggregate("stDev", values).doubleValue ?? 0
        #expect(Swift.abs(sample - 2.138089935299395) < 1e-12)
        #expect(try aggregate("stDev", [1]) == 0.0)
        #expect(try aggregate("stDevP", []) == 0.0)
    }

    @Test("percentiles (Aggregation6 [1], [2])", arguments: [(0.0, 10.0), (0.5, 20.0), (1.0, 30.0)])
    func percentiles(p: Double, expected: Double) throws {
        let prices: [Value] = [10.0, 20.0, 30.0]
        #expect(try aggregate("percentileDisc", prices, parameter: .double(p)) == .double(expected))
        #expect(try aggregate("percentileCont", prices, parameter: .double(p)) == .double(expected))
    }

    @Test("percentile interpolation and discrete choice")
    func percentileDetails() throws {
        #expect(try aggregate("percentileCont", [1, 2, 3, 4], parameter: 0.5) == 2.5)
        #expect(try aggregate("percentileDisc", [1, 2, 3, 4], parameter: 0.5) == 2)
        #expect(try aggregate("percentileDisc", [4, 1, 3, 2], parameter: 0.9) == 4)
        #expect(try aggregate("percentileCont", [], parameter: 0.5) == nil)
    }

    @Test(
        "percentile outside [0, 1] is NumberOutOfRange (Aggregation6 [3]–[5])",
        arguments: [Value.int(1000), -1, 1.1, 3])
    func percentileRange(p: Value) {
        for name in ["percentileCont", "percentileDisc"] {
            do {
                _ = try aggregate(name, [10.0], parameter: p)
                Issue.record("expected NumberOutOfRange")
            } catch {
                #expect(error.kind == .argumentError)
                #expect(error.code == .numberOutOfRange)
            }
        }
    }
}
