// Grouping by a node: the groups of nodes the statement found (kept by node id) and of nodes
// the statement made itself after its first row (past the id table, kept by hash) are the
// same groups the general rules make, every node once, whatever order its rows come in.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct AggregateOperatorTests {
    func graph() throws -> PropertyGraph {
        var g = PropertyGraph()
        var ids: [NodeID] = []
        for i in 0..<40 { ids.append(try g.addNode(key: "k\(i)", labels: ["P"], properties: ["i": .int(Int64(i))])) }
        // Node i links to the nodes 2i+1 and 2i+2 (a binary tree): degrees 1, 2 and 3.
        for i in 0..<40 {
            for j in [2 * i + 1, 2 * i + 2] where j < 40 { try g.addRelationship(type: "R", from: ids[i], to: ids[j]) }
        }
        return g
    }

    func rows(_ q: String, _ g: inout PropertyGraph) throws -> [[Value]] { try QueryEngine.execute(q, on: &g).rows }

    @Test func groupsOfNodesAreTheGroupsOfTheirIDs() throws {
        var g = try graph()
        // By the node, and by its id (an integer key, hashed as any value): the same groups.
        let byNode = try rows("MATCH (a:P)--() WITH a, count(*) AS d RETURN a.i AS i, d ORDER BY i", &g)
        let byID = try rows("MATCH (a:P)--() WITH a.i AS i, count(*) AS d RETURN i, d ORDER BY i", &g)
        #expect(byNode.count == 40)
        #expect(byNode == byID)
        #expect(byNode.first == [0, 2] && byNode[1] == [1, 3] && byNode.last == [39, 1])
        // Rows of one node far apart (each relationship from both ends, in relationship order).
        let scattered = try rows(
            "MATCH ()-[r]->() UNWIND [startNode(r), endNode(r)] AS a RETURN count(DISTINCT a) AS n, count(*) AS rows",
            &g)
        #expect(scattered == [[40, 78]])
        let unwound = "MATCH ()-[r]->() UNWIND [startNode(r), endNode(r)] AS a "
        let perNode = try rows(unwound + "WITH a, count(*) AS c RETURN a.i AS i, c ORDER BY i", &g)
        let perID = try rows(unwound + "WITH a.i AS i, count(*) AS c RETURN i, c ORDER BY i", &g)
        #expect(perNode.count == 40)
        #expect(perNode == perID)
        #expect(perNode == byNode)
    }

    @Test func nodesTheStatementMakesGroupAsWell() throws {
        var g = try graph()
        // The first row's node is made before the id table is taken; the later ones after it.
        let made = try rows(
            "UNWIND range(1, 6) AS i CREATE (n:New {i: i}) WITH n UNWIND [1, 2, 3] AS three "
                + "WITH n, count(*) AS c RETURN count(*) AS groups, collect(DISTINCT c) AS cs", &g)
        #expect(made == [[6, .list([3])]])
        // Found and made nodes in one grouping.
        let mixed = try rows(
            "MATCH (p:P) WHERE p.i < 3 CREATE (q:Q) WITH [p, q] AS both UNWIND both AS x UNWIND [1, 2] AS twice "
                + "WITH x, count(*) AS c RETURN count(*) AS groups, sum(c) AS rows", &g)
        #expect(mixed == [[6, 12]])
    }
}
