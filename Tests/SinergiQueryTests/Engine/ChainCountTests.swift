// The factorised chain-count rewrite (RewritePasses.chainCount): on random graphs
// with parallel relationships, self-loops, multi-label nodes and repeated types, its
// answers equal those of path enumeration (the same query with `WHERE true`, which
// the pass does not take), and the plan uses it only for the shapes it admits.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct ChainCountTests {
    /// A seeded random graph over labels A, B, C (some nodes with two) and types X, Y.
    static func graph(nodes: Int, relationships: Int, seed: UInt64, layered: Bool) throws -> PropertyGraph {
        var g = PropertyGraph()
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let labels = ["A", "B", "C"]
        var ids: [NodeID] = []
        for i in 0..<nodes {
            var ls = [labels[layered ? i % 3 : next() % 3]]
            if !layered && next() % 5 == 0 { ls.append(labels[next() % 3]) }
            ids.append(
                try g.addNode(key: "k\(i)", labels: Array(Set(ls)), properties: ["name": .string("g\(i % 4)")]))
        }
        for _ in 0..<relationships {
            var a = next() % nodes
            var b = layered ? a + 1 + 3 * (next() % 3) : next() % nodes
            if layered && b >= nodes { b = a }
            if !layered && next() % 10 == 0 { b = a }  // self-loop
            if layered && a > b { swap(&a, &b) }
            let type = next() % 2 == 0 ? "X" : "Y"
            try g.addRelationship(type: type, from: ids[a], to: ids[b])
            if next() % 8 == 0 { try g.addRelationship(type: type, from: ids[a], to: ids[b]) }  // parallel
        }
        return g
    }

    static let queries = [
        "MATCH (a:A)-[:X]->(:B)-[:X]->(c:C) %W RETURN c.name AS k, count(*) AS n ORDER BY k",
        "MATCH (a:A)-[:X]->()-[:Y]->(c) %W RETURN c.name AS k, count(*) AS n ORDER BY k",
        "MATCH (a:A)-[:X]-()-[:X]-(c) %W RETURN c.name AS k, count(*) AS n ORDER BY k",
        "MATCH (a)-[:X|Y]-(b)-[]-(c:B) %W RETURN c.name AS k, count(c) AS n ORDER BY k",
        "MATCH (a:A)-[:X]->()<-[:Y]-(c:C) %W RETURN a.name AS k, count(*) AS n ORDER BY k",
        "MATCH (a:A)-[r:X]->(b)-[s:X]->(c) %W RETURN count(r) AS n",
        "MATCH (a:A)-[]->(b)-[]->(c)-[]->(d) %W RETURN d AS k, count(*) AS n ORDER BY id(k)",
        "MATCH (a:Missing)-[:X]->(b) %W RETURN count(*) AS n",
        "MATCH (a:A {name: 'g1'})-[:X]->(b:B)-[:Y]->(c) %W RETURN toUpper(c.name) AS k, count(*) * 2 AS n ORDER BY k",
        // An unconstrained first node: counted from the second position's side.
        "MATCH (v:B)-[r]-() %W RETURN v.name AS k, count(r) AS n ORDER BY k",
        "MATCH ()-[:X]->(v:C) %W RETURN v AS k, count(*) AS n ORDER BY id(k)",
        "MATCH ()-[:Y]->(v:A) %W RETURN v AS k, count(*) AS n ORDER BY id(k)",
        "MATCH ()<-[:Y]-(v:A)-[:X]->(c:B) %W RETURN c.name AS k, count(*) AS n ORDER BY k",
        "MATCH ()-[:X|Y]-(v:A:B) %W RETURN v AS k, count(*) AS n ORDER BY id(k)",
    ]

    @Test(arguments: [false, true])
    func chainCountMatchesPathEnumeration(layered: Bool) throws {
        for seed in [1, 2, 3, 4] as [UInt64] {
            var g = try Self.graph(nodes: 60, relationships: 150, seed: seed, layered: layered)
            for q in Self.queries {
                let fast = try QueryEngine.execute(q.replacingOccurrences(of: "%W", with: ""), on: &g)
                let slow = try QueryEngine.execute(q.replacingOccurrences(of: "%W", with: "WHERE true"), on: &g)
                #expect(fast.rows == slow.rows, "\(q) seed \(seed) layered \(layered)")
            }
        }
    }

    @Test func planUsesChainCountOnlyForAdmittedShapes() throws {
        var g = try Self.graph(nodes: 10, relationships: 20, seed: 9, layered: true)
        func plan(_ q: String) throws -> String { try QueryEngine.execute("EXPLAIN " + q, on: &g).plan ?? "" }
        #expect(try plan("MATCH (a:A)-[:X]->(:B)-[:Y]->(c:C) RETURN c.name, count(*)").contains("ChainCount"))
        #expect(try plan("MATCH (a:A)-[:X]->(c) RETURN count(*)").contains("ChainCount"))
        #expect(try plan("MATCH (v:B)-[r]-() RETURN v.name, count(r)").contains("ChainCount"))
        // The projection reads an intermediate node, a DISTINCT count, a repeated name, a
        // variable length, a WHERE, an earlier binding: enumeration.
        #expect(try !plan("MATCH (a)-[:X]->(b)-[:X]->(c) RETURN b.name, count(*)").contains("ChainCount"))
        #expect(try !plan("MATCH (a)-[:X]->(b)-[:X]->(c) RETURN c.name, count(DISTINCT a)").contains("ChainCount"))
        #expect(try !plan("MATCH (a)-[:X]->(b)-[:X]->(a) RETURN count(*)").contains("ChainCount"))
        #expect(try !plan("MATCH (a)-[:X*1..2]->(c) RETURN count(*)").contains("ChainCount"))
        #expect(try !plan("MATCH (a)-[:X]->(c) WHERE a.name = c.name RETURN count(*)").contains("ChainCount"))
        #expect(try !plan("MATCH (a) WITH a MATCH (a)-[:X]->(c) RETURN count(*)").contains("ChainCount"))
        #expect(try !plan("OPTIONAL MATCH (a)-[:X]->(c) RETURN count(*)").contains("ChainCount"))
    }

    @Test func anIndexedFirstNodeIsSoughtNotScanned() throws {
        let q = "MATCH (a:A {name: 'g1'})-[:X]->(:B)-[:Y]->(c) RETURN c.name AS k, count(*) AS n ORDER BY k"
        for seed in [1, 2, 3] as [UInt64] {
            var plain = try Self.graph(nodes: 60, relationships: 150, seed: seed, layered: false)
            var indexed = plain
            indexed.createIndex(label: "A", property: "name")
            #expect(try QueryEngine.execute(q, on: &indexed).rows == QueryEngine.execute(q, on: &plain).rows)
            let plan = try QueryEngine.execute("EXPLAIN " + q, on: &indexed).plan ?? ""
            #expect(plan.contains("ChainCount") && plan.contains("from NodeIndexSeek(a:A {name})"), "\(plan)")
        }
    }
}
