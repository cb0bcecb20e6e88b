// The distinct-reach rewrite (RewritePasses.distinctReach) and its count-only mode:
// on random graphs with self-loops, parallel relationships and two types, the
// breadth-first answers equal those of path enumeration (the same query with the
// relationship named, which the pass does not take) for every direction, hop range
// and type filter — in particular whether the start node counts as its own end,
// which depends on a closed trail through it.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct DistinctReachTests {
    static let patterns = ["-[%R*1..%M]-", "-[%R*1..%M]->", "<-[%R*1..%M]-", "-[%R:X*1..%M]-", "-[%R:Y*..%M]->"]

    /// Runs `template` with the relationship anonymous (the rewrite) and named (enumeration).
    static func both(_ template: String, _ g: inout PropertyGraph) throws -> (fast: QueryResult, slow: QueryResult) {
        let fast = try QueryEngine.execute(template.replacingOccurrences(of: "%R", with: ""), on: &g)
        let slow = try QueryEngine.execute(template.replacingOccurrences(of: "%R", with: "r"), on: &g)
        return (fast, slow)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func countOnlyReachMatchesPathEnumeration(seed: UInt64) throws {
        var g = try ChainCountTests.graph(nodes: 24, relationships: 40, seed: seed, layered: false)
        for pattern in Self.patterns {
            for maxHops in 1...3 {
                let step = pattern.replacingOccurrences(of: "%M", with: String(maxHops))
                // One start, every start (the count is over the union), and an end with a label.
                for (start, end) in [
                    ("(a:A {name: 'g1'})", "(s)"), ("(a:A)", "(s)"), ("(a)", "(s:B)"), ("(a:A)", "(s {name: 'g2'})"),
                    ("(a:A)", "(s:B {name: 'g3'})"),
                ] {
                    let q = "MATCH \(start)\(step)\(end) RETURN count(DISTINCT s) AS n, count(DISTINCT s) + 1 AS m"
                    let (fast, slow) = try Self.both(q, &g)
                    #expect(fast.rows == slow.rows, "\(q) seed \(seed)")
                }
            }
        }
        // The end bound by an earlier clause: only that node counts.
        for pattern in Self.patterns {
            let step = pattern.replacingOccurrences(of: "%M", with: "2")
            let q = "MATCH (a:A), (s:B) WITH a, s MATCH (a)\(step)(s) RETURN count(DISTINCT s) AS n"
            let (fast, slow) = try Self.both(q, &g)
            #expect(fast.rows == slow.rows, "\(q) seed \(seed)")
        }
        let plan = try QueryEngine.execute("EXPLAIN MATCH (a:A)-[*1..3]-(s:B) RETURN count(DISTINCT s) AS n", on: &g)
        #expect(plan.plan?.contains("DistinctReachBFS") == true)
        #expect(plan.plan?.contains("counting distinct s") == true)
        #expect(plan.plan?.contains("HashAggregation") == false)
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func groupedReachMatchesPathEnumeration(seed: UInt64) throws {
        var g = try ChainCountTests.graph(nodes: 24, relationships: 45, seed: seed, layered: false)
        for pattern in Self.patterns {
            for maxHops in 1...4 {
                let step = pattern.replacingOccurrences(of: "%M", with: String(maxHops))
                // Per start: whether the start itself is counted depends on a closed trail through it.
                let q =
                    "MATCH (a)\(step)(s) RETURN id(a) AS a, count(DISTINCT s) AS n, collect(DISTINCT id(s)) AS targets"
                    + " ORDER BY a"
                let (fast, slow) = try Self.both(q, &g)
                #expect(fast.rows.count == slow.rows.count, "\(q) seed \(seed)")
                for (f, s) in zip(fast.rows, slow.rows) {
                    #expect(f[0] == s[0] && f[1] == s[1], "\(q) seed \(seed): \(f) vs \(s)")
                    // The same targets (collect's order is not defined), as many as counted.
                    guard case .list(let fastTargets) = f[2], case .list(let slowTargets) = s[2] else {
                        Issue.record("\(q) seed \(seed): targets are not lists: \(f[2]) / \(s[2])")
                        continue
                    }
                    #expect(Set(fastTargets) == Set(slowTargets), "\(q) seed \(seed): targets of \(f[0])")
                    #expect(f[1] == .int(Int64(fastTargets.count)), "\(q) seed \(seed): count of \(f[0])")
                }
            }
        }
    }

    @Test func startCountsOnlyThroughAClosedTrailWithinTheBound() throws {
        // a–b–c–a is a triangle (a closed trail of 3 hops through a); d hangs off a.
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", labels: ["N"], properties: ["name": "a"])
        let b = try g.addNode(key: "b", labels: ["N"])
        let c = try g.addNode(key: "c", labels: ["N"])
        let d = try g.addNode(key: "d", labels: ["N"])
        try g.addRelationship(type: "T", from: a, to: b)
        try g.addRelationship(type: "T", from: b, to: c)
        try g.addRelationship(type: "T", from: c, to: a)
        try g.addRelationship(type: "T", from: a, to: d)
        func count(_ q: String) throws -> Value? {
            try QueryEngine.execute(q, on: &g).rows.first?.first
        }
        // Within 2 hops there is no closed trail through a: b, c, d.
        #expect(try count("MATCH (x {name: 'a'})-[*1..2]-(s) RETURN count(DISTINCT s)") == .int(3))
        // Within 3 hops the triangle brings a back.
        #expect(try count("MATCH (x {name: 'a'})-[*1..3]-(s) RETURN count(DISTINCT s)") == .int(4))
        // Directed: a→b→c→a is a directed cycle of 3.
        #expect(try count("MATCH (x {name: 'a'})-[*1..3]->(s) RETURN count(DISTINCT s)") == .int(4))
        #expect(try count("MATCH (x {name: 'a'})<-[*1..2]-(s) RETURN count(DISTINCT s)") == .int(2))
        // Going to d and back reuses a relationship: not a trail.
        try g.removeRelationship(try #require(g.relationships.first { g.start(of: $0) == c }))
        #expect(try count("MATCH (x {name: 'a'})-[*1..5]-(s) RETURN count(DISTINCT s)") == .int(3))
        // A parallel relationship is a closed trail of 2.
        try g.addRelationship(type: "T", from: d, to: a)
        #expect(try count("MATCH (x {name: 'a'})-[*1..2]-(s) RETURN count(DISTINCT s)") == .int(4))
        #expect(try count("MATCH (x {name: 'a'})-[*1..2]->(s) RETURN count(DISTINCT s)") == .int(4))
        #expect(try count("MATCH (x {name: 'a'})-[*1..1]-(s) RETURN count(DISTINCT s)") == .int(2))
    }
}
