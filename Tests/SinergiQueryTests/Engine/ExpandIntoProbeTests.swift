// The expand-into semi-join for EXISTS and pattern predicates between two bound
// nodes (ExpandIntoProbe): on random graphs with self-loops, parallel relationships,
// several labels and types, it answers exactly as the pattern matcher does (forced
// by a WHERE inside the subquery, or by a pattern comprehension), for every
// direction and type list; and only the shape it can answer is given to it.

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

    @Test func onlyTheSimpleShapeIsTaken() throws {
        func shape(_ text: String) throws -> ExpandIntoProbe? {
            let statement = try Parser.parse("MATCH \(text) RETURN 1")
            guard case .match(let m) = statement.query.first.clauses.first else { return nil }
            return ExpandIntoProbe.shape(of: PatternCompiler.compile(m.pattern, bound: ["a", "b"]))
        }
        #expect(try shape("(a)-[:T]->(b)") != nil)
        #expect(try shape("(a:L)-[:T|U]-(b:M)") != nil)
        #expect(try shape("(a)-[r:T]->(b)") == nil)  // a named relationship may be bound already
        #expect(try shape("(a)-[:T*1..2]->(b)") == nil)
        #expect(try shape("(a)-[:T {since: 1}]->(b)") == nil)
        #expect(try shape("(a {name: 'x'})-[:T]->(b)") == nil)
        #expect(try shape("(a)-[:T]->()") == nil)
        #expect(try shape("(a)-[:T]->(b)-[:T]->(c)") == nil)
        #expect(try shape("p = (a)-[:T]->(b)") == nil)
    }
}
