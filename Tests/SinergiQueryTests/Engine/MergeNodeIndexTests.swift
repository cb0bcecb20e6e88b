// MERGE of one node by its properties, looked up in the statement's MergeNodeIndex from
// the second row on: every answer is checked against the same MERGEs run one statement
// per row (where each MERGE runs the match plan's scan), including writes of the same
// statement that change the looked-up properties (ON CREATE SET, ON MATCH SET), labels
// that only some nodes carry, integers against equal floats, and values the index
// leaves to the scan.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct MergeNodeIndexTests {
    /// Every node's labels and properties, in id order: what two graphs must agree on.
    func contents(_ g: PropertyGraph) -> [String] {
        g.nodes.map { id in
            let props = g.properties(of: id).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return g.labels(of: id).sorted().joined(separator: ":") + " " + props.joined(separator: ",")
        }
    }

    /// Runs `merge` (reading `$i`) once for all of `values` (UNWIND, one statement) and once
    /// per value (one statement each); expects the same rows and the same graph. (The rows
    /// name nodes by id: a RETURN after writes reads properties once all rows are written.)
    func sameAsOneByOne(
        _ merge: String, _ values: [Value], start: PropertyGraph = PropertyGraph(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        var together = start
        let all = try QueryEngine.execute(
            "UNWIND $values AS i " + merge, parameters: ["values": .list(values)], on: &together)
        var apart = start
        var rows: [[Value]] = []
        for v in values {
            rows += try QueryEngine.execute("WITH $i AS i " + merge, parameters: ["i": v], on: &apart).rows
        }
        #expect(all.rows == rows, sourceLocation: sourceLocation)
        #expect(contents(together) == contents(apart), sourceLocation: sourceLocation)
    }

    @Test func repeatedValuesMatchWhatTheStatementCreated() throws {
        var g = PropertyGraph()
        let r = try QueryEngine.execute(
            "UNWIND [1, 2, 1, 3, 2, 1] AS i MERGE (n:P {k: i}) RETURN count(*) AS rows", on: &g)
        #expect(r.rows == [[.int(6)]])
        #expect(g.nodeCount == 3)
        try sameAsOneByOne("MERGE (n:P {k: i}) RETURN n.k AS k, id(n) AS id", [1, 2, 1, 3, 2, 1].map { .int($0) })
    }

    @Test func aKeyChangedByOnCreateSetIsFoundUnderItsNewValue() throws {
        // Each new node's k becomes 3, so the third MERGE finds both earlier nodes.
        var g = PropertyGraph()
        let r = try QueryEngine.execute(
            "UNWIND [1, 2, 3, 1] AS i MERGE (n:P {k: i}) ON CREATE SET n.k = 3 RETURN i, id(n) AS id", on: &g)
        #expect(r.rows.map { $0[0] } == [.int(1), .int(2), .int(3), .int(3), .int(1)])
        #expect(g.nodeCount == 3)
        try sameAsOneByOne(
            "MERGE (n:P {k: i}) ON CREATE SET n.k = 3 RETURN i, id(n) AS id", [1, 2, 3, 1, 3].map { .int($0) })
        try sameAsOneByOne(
            "MERGE (n:P {k: i}) ON CREATE SET n.k = i * 10 ON MATCH SET n.seen = coalesce(n.seen, 0) + 1 "
                + "RETURN id(n) AS id", [1, 10, 2, 1, 20, 20, 100].map { .int($0) })
    }

    @Test func onMatchSetCanMoveANodeAway() throws {
        try sameAsOneByOne(
            "MERGE (n:P {k: i}) ON MATCH SET n.k = n.k + 100 RETURN id(n) AS id",
            [1, 1, 1, 101, 2, 101].map { .int($0) })
    }

    @Test func labelsPropertiesAndNumbersFollowTheScan() throws {
        var start = PropertyGraph()
        _ = try QueryEngine.execute(
            "CREATE (:A {x: 1, y: 'a'}), (:A:B {x: 1.0, y: 'a'}), (:A:B {x: 2, y: 'b'}), (:B {x: 3, y: 'a'}), "
                + "(:A:B {x: 'Ünï', y: 'a'})", on: &start)
        let values: [Value] = [.int(1), .double(1), .int(2), .int(3), .string("Ünï"), .double(2.5), .int(3), .int(1)]
        try sameAsOneByOne("MERGE (n:A:B {x: i, y: 'a'}) RETURN id(n) AS id", values, start: start)
        try sameAsOneByOne("MERGE (n:B {x: i}) RETURN id(n) AS id", values, start: start)
        try sameAsOneByOne("MERGE (n {x: i}) RETURN id(n) AS id", values, start: start)
    }

    @Test func valuesTheIndexDoesNotLookUpTakeTheScan() throws {
        // Lists and dates are compared by the match plan; a null refuses the creation.
        let values: [Value] = [
            .list([.int(1), .int(2)]), .list([.int(1), .int(2)]), .int(7), .list([.int(1), .double(2)]), .int(7),
        ]
        try sameAsOneByOne("MERGE (n:L {v: i}) RETURN id(n) AS id", values)
        var g = PropertyGraph()
        #expect(throws: QueryError.self) {
            _ = try QueryEngine.execute("UNWIND [1, 2, null] AS i MERGE (n:P {k: i}) RETURN n", on: &g)
        }
        #expect(g.nodeCount == 0)
    }

    @Test func labelsAddedAndRemovedInTheStatementAreSeen() throws {
        var start = PropertyGraph()
        _ = try QueryEngine.execute("CREATE (:Q {k: 1}), (:Q {k: 2}), (:P {k: 2})", on: &start)
        // ON CREATE adds label Q to the new node; another statement row then MERGEs on :Q.
        try sameAsOneByOne(
            "MERGE (n:P {k: i}) ON CREATE SET n:Q WITH i MERGE (m:Q {k: i}) RETURN id(m) AS id",
            [1, 3, 3, 2, 4].map { .int($0) }, start: start)
        try sameAsOneByOne(
            "MERGE (n:Q {k: i}) REMOVE n:Q RETURN id(n) AS id", [1, 1, 2, 1, 5, 5].map { .int($0) }, start: start)
    }
}
