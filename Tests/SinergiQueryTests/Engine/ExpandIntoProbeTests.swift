// The expand-into semi-join for EXISTS and pattern predicates between two bound
// nodes (the subquery's plan is one ExpandInto that stops at its first row): on
// random graphs with self-loops, parallel relationships, several labels and types,
// it answers exactly as the general forms do (a WHERE inside the subquery, a
// pattern comprehension), for every direction and type list; and the plan shows it.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct ExpandIntoProbeTests {
    static let relationships = ["-[:X]->", "<-[:X]-", "-[:X|Y]-", "-[]-", "-[:Missing]-", "-[:Y|Missing]->"]
    static let ends = [("(a)", "(b)"), ("(a:A)", "(b:B)"), ("(a)", "(a)")]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func existsAndPatternPredicatesMatchTheMatcher(seed: UInt64) throws {
        var g = try ChainCountTests.graph(nodes: 18, relationships: 40, seed: seed, layered: false)
        for rel in Self.relationships {
            for (from, to) in Self.ends {
                let pattern = from + rel + to
                let order = "RETURN id(a) AS a, id(b) AS b ORDER BY a, b"
                let fast = [
                    "MATCH (a), (b) WHERE EXISTS { MATCH \(pattern) } \(order)",
                    "MATCH (a), (b) WHERE \(pattern.replacingOccurrences(of: "(a:A)", with: "(a)")) \(order)",
                    "MATCH (a), (b) WHERE NOT EXISTS { \(pattern) } \(order)",
                ]
                let slow = [
                    "MATCH (a), (b) WHERE EXISTS { MATCH \(pattern) WHERE true } \(order)",
                    "MATCH (a), (b) WHERE size([\(pattern.replacingOccurrences(of: "(a:A)", with: "(a)")) | 1]) > 0 \(order)",
                    "MATCH (a), (b) WHERE NOT EXISTS { \(pattern) WHERE true } \(order)",
                ]
                for (f, s) in zip(fast, slow) {
                    let quick = try QueryEngine.execute(f, on: &g)
                    let matched = try QueryEngine.execute(s, on: &g)
                    #expect(quick.rows == matched.rows, "\(f) seed \(seed)")
                }
            }
        }
    }

    @Test func boundEndsAreJoinedByExpandInto() throws {
        var g = try ChainCountTests.graph(nodes: 8, relationships: 10, seed: 4, layered: false)
        func plan(_ text: String) throws -> String {
            try QueryEngine.execute("EXPLAIN MATCH (a), (b) WHERE \(text) RETURN a", on: &g).plan ?? ""
        }
        for text in ["EXISTS { MATCH (a)-[:T]->(b) }", "(a:L)-[:T|U]-(b:M)", "NOT (a)-[:T*1..2]->(b)"] {
            let p = try plan(text)
            #expect(p.contains("Subquery"), "\(p)")
            #expect(!p.contains("AllNodesScan(anon)"), "\(p)")
        }
        #expect(try plan("EXISTS { MATCH (a)-[:T]->(b) }").contains("ExpandInto (a)-[anon:T]->(b)"))
        #expect(try plan("EXISTS { MATCH (a)-[:T]->(c) }").contains("Expand (a)-[anon:T]->(c)"))
    }
}
