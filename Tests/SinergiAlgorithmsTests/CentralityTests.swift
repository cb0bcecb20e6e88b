// Degree, betweenness and PageRank by hand on graphs small enough to check on paper.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Centrality")
struct CentralityTests {
    @Test("Degree: in, out, both, self-loops, filters")
    func degree() throws {
        let b = try GraphBuilder.numbered(4, [(0, 1), (0, 2), (3, 0), (2, 2)])
        let s = b.snapshot
        #expect(Degree.compute(s, direction: .outgoing).values == [2, 0, 1, 1])
        #expect(Degree.compute(s, direction: .incoming).values == [1, 1, 2, 0])
        #expect(Degree.compute(s).values == [3, 1, 3, 1], "a self-loop counts twice, as in NetworkX")
        let third: Double = 1.0 / 3
        let expected: [Double] = [1, third, 1, third]
        #expect(Degree.compute(s, normalized: true).values == expected)
        #expect(Degree.compute(s, types: ["OTHER"]).values == [0, 0, 0, 0])
        let t = try TPBISExample.build()
        let d = Degree.compute(t.snapshot, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
        #expect(d.top(1) == [NodeScore(node: t.id("bintan/dinas-perpustakaan"), score: 4)])
        #expect(d[t.id("province/1")] == 0 && !d.scored[t.id("province/1").index])
    }

    @Test("Betweenness of a path and a star")
    func betweenness() throws {
        let path = try GraphBuilder.numbered(4, [(0, 1), (1, 2), (2, 3)]).snapshot
        #expect(try Betweenness.compute(path).values == [0, 2, 2, 0])
        #expect(try Betweenness.compute(path, normalized: true).values == [0, 2.0 / 3, 2.0 / 3, 0])
        // directed: 0→1→2→3 has pairs (0,2), (0,3) through 1 and (0,3), (1,3) through 2
        #expect(try Betweenness.compute(path, direction: .outgoing).values == [0, 2, 2, 0])
        #expect(
            try Betweenness.compute(path, direction: .outgoing, normalized: true).values == [0, 1.0 / 3, 1.0 / 3, 0])
        let star = try GraphBuilder.numbered(5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 0)]).snapshot
        #expect(try Betweenness.compute(star).values == [6, 0, 0, 0, 0], "the parallel 1–0 counts once")
        #expect(try Betweenness.compute(star, normalized: true).values[0] == 1)
        // a 4-cycle: two shortest paths between opposite corners, each middle gets half
        let cycle = try GraphBuilder.numbered(4, [(0, 1), (1, 2), (2, 3), (3, 0)]).snapshot
        #expect(try Betweenness.compute(cycle).values == [0.5, 0.5, 0.5, 0.5])
    }

    @Test("Sampled betweenness: deterministic for a seed, unbiased-ish, validated")
    func sampled() throws {
        let b = try SpreadTests.random(n: 200, m: 500, seed: 8)
        let s = b.snapshot
        let a = try Betweenness.compute(s, samples: 50, seed: 1)
        let again = try Betweenness.compute(s, samples: 50, seed: 1)
        #expect(a == again)
        let exact = try Betweenness.compute(s)
        let total = exact.values.reduce(0, +)
        let estimate = a.values.reduce(0, +)
        #expect(abs(estimate - total) / total < 0.2)
        #expect(throws: AlgorithmError.self) { try Betweenness.compute(s, samples: 1) }
    }

    @Test("PageRank: a two-cycle, a dangling node, damping 0")
    func pageRank() throws {
        let cycle = try GraphBuilder.numbered(2, [(0, 1), (1, 0)]).snapshot
        let c = try PageRank.compute(cycle, tolerance: 1e-12)
        #expect(c.scores.values == [0.5, 0.5] && c.converged)
        // 0 → 1 and 1 dangling: x0 = 0.075 + 0.425·x1, x0 + x1 = 1  ⇒  x0 = 0.5 / 1.425
        let dangling = try GraphBuilder.numbered(2, [(0, 1)]).snapshot
        let d = try PageRank.compute(dangling, tolerance: 1e-14, maxIterations: 1000)
        #expect(abs(d.scores.values[0] - 0.5 / 1.425) < 1e-12)
        #expect(abs(d.scores.values[1] - (1 - 0.5 / 1.425)) < 1e-12)
        let flat = try PageRank.compute(dangling, damping: 0)
        #expect(flat.scores.values == [0.5, 0.5] && flat.iterations == 1)
        let capped = try PageRank.compute(dangling, tolerance: 1e-15, maxIterations: 2)
        #expect(!capped.converged && capped.iterations == 2)
        #expect(throws: AlgorithmError.self) { try PageRank.compute(dangling, damping: 1.5) }
        #expect(throws: AlgorithmError.self) { try PageRank.compute(dangling, maxIterations: 0) }
        let empty = try PageRank.compute(GraphSnapshot(PropertyGraph()))
        #expect(empty.scores.values.isEmpty)
    }
}
