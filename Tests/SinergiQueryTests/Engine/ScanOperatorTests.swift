// The scan's property filters: conjuncts `n.key = value` are tested on the node's
// encoded record before the node is bound. Every answer is checked against the same
// question written so that nothing is pushed down (`coalesce(n.key, null) = value`,
// which the general rules evaluate), over nodes with hostile values: integers and
// equal floats, large integers, NaN, canonically equal but differently encoded text,
// non-ASCII text, booleans, lists, nulls and missing properties; in statements that
// read (through the GraphReader) and in statements that write (through the graph).

import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiQuery

@Suite struct ScanOperatorTests {
    static let values: [Value] = [
        .int(1), .double(1), .double(1.5), .int(1 << 60), .double(Double(1 << 60)), .int((1 << 60) + 1),
        .double(.nan), .string("Bintan"), .string("bintan"), .string("é"), .string("e\u{301}"), .string("Ünï"),
        .string(""), .bool(true), .bool(false), .list([.int(1)]), .null,
    ]

    /// Nodes with every value under `k` (and some without `k`), half of them labelled `P`.
    func graph() throws -> PropertyGraph {
        var g = PropertyGraph()
        for (i, v) in Self.values.enumerated() {
            for copy in 0..<2 {
                var props: [String: Value] = ["i": .int(Int64(i))]
                if !v.isNull { props["k"] = v }
                _ = try g.addNode(labels: copy == 0 ? ["P"] : ["Q"], properties: props)
            }
        }
        _ = try g.addNode(labels: ["P"], properties: ["other": .int(1)])
        return g
    }

    func ids(_ q: String, _ v: Value, _ g: inout PropertyGraph) throws -> [Value] {
        try QueryEngine.execute(q, parameters: ["v": v], on: &g).rows.map { $0[0] }
    }

    @Test(arguments: ["MATCH (n {k: $v})", "MATCH (n:P {k: $v})", "MATCH (n:P) WHERE n.k = $v AND n.i >= 0"])
    func aFilterOnTheRecordFindsWhatTheGeneralRulesFind(match: String) throws {
        var g = try graph()
        let slow = match.replacingOccurrences(of: "{k: $v}", with: "").replacingOccurrences(
            of: "n.k = $v", with: "true")
        for v in Self.values {
            let fast = try ids(match + " RETURN id(n) ORDER BY id(n)", v, &g)
            let general = try ids(
                slow + (slow.contains("WHERE") ? " AND " : " WHERE ") + "coalesce(n.k, null) = $v "
                    + "RETURN id(n) ORDER BY id(n)", v, &g)
            #expect(fast == general, "\(match) with \(v)")
            // The same in a statement that writes (the scan reads the graph, not a reader).
            let writing = try ids(match + " SET n.seen = true RETURN id(n) ORDER BY id(n)", v, &g)
            #expect(writing == general, "\(match) with \(v), writing")
        }
    }

    @Test func aValueFromTheRowIsComputedOncePerRowAndAFailingValueFailsOnlyWithCandidates() throws {
        var g = try graph()
        let r = try QueryEngine.execute(
            "UNWIND [1, 'Bintan', 2] AS x MATCH (n:P) WHERE n.k = x RETURN x, id(n) ORDER BY id(n)", on: &g)
        #expect(r.rows.count == 3)  // 1 and 1.0 for x = 1, one Bintan
        // 1 / 0 fails as before when a node is a candidate, and not when none is.
        #expect(throws: QueryError.self) {
            _ = try QueryEngine.execute("MATCH (n:P) WHERE n.k = 1 / 0 RETURN n", on: &g)
        }
        let none = try QueryEngine.execute("MATCH (n:P:Q) WHERE n.k = 1 / 0 RETURN n", on: &g)
        #expect(none.rows.isEmpty)
    }

    @Test func anUnknownPropertyMatchesNothing() throws {
        var g = try graph()
        #expect(try ids("MATCH (n {nowhere: 1}) RETURN n", .null, &g).isEmpty)
        #expect(try ids("MATCH (n:P) WHERE n.k = $v RETURN n", .null, &g).isEmpty)
    }
}
