// Spread forecasts: exact cases (p = 0, p = 1), statistical sanity against hand-computed
// expectations, determinism for a seed, and CELF against plain greedy.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Spread")
struct SpreadTests {
    /// A seeded random graph: n nodes, m relationships.
    static func random(n: Int, m: Int, seed: UInt64) throws -> GraphBuilder {
        var rng = Xoshiro256StarStar(seed: seed)
        var edges: [(Int, Int)] = []
        for _ in 0..<m { edges.append((rng.nextInt(below: n), rng.nextInt(below: n))) }
        return try GraphBuilder.numbered(n, edges, type: "PARTNERS_WITH")
    }

    @Test("A star: expected spread 1 + 10p, each leaf p")
    func star() throws {
        let b = try GraphBuilder.numbered(11, (1...10).map { (0, $0) })
        let f = try Spread.forecast(
            b.snapshot, seeds: [NodeID(0)], runs: 20_000, seed: 11, direction: .outgoing, defaultProbability: 0.3)
        #expect(abs(f.expectedSpread - 4) < 0.1)
        #expect(
            f.confidenceInterval95.lowerBound < f.expectedSpread && f.expectedSpread < f.confidenceInterval95.upperBound
        )
        #expect(abs(f.standardDeviation - (10 * 0.3 * 0.7).squareRoot()) < 0.05)
        #expect(f.adoptionProbability[0] == 1)
        for leaf in 1...10 { #expect(abs(f.adoptionProbability[leaf] - 0.3) < 0.02) }
        #expect(f.adopters(minimumProbability: 0.5).map(\.node) == [NodeID(0)])
    }

    @Test("A chain: the second step has probability p²")
    func chain() throws {
        let b = try GraphBuilder.numbered(3, [(0, 1), (1, 2)])
        let f = try Spread.forecast(
            b.snapshot, seeds: [NodeID(0)], runs: 20_000, seed: 3, direction: .outgoing, defaultProbability: 0.5)
        #expect(abs(f.adoptionProbability[1] - 0.5) < 0.02)
        #expect(abs(f.adoptionProbability[2] - 0.25) < 0.02)
        #expect(abs(f.expectedSpread - 1.75) < 0.03)
    }

    @Test("p = 1 reaches everything reachable, p = 0 nothing")
    func exact() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let all = try Spread.forecast(
            s, seeds: [b.id("desa1/perpustakaan")], runs: 50, types: ["REPLICATED_FROM"], direction: .incoming,
            defaultProbability: 1)
        #expect(all.expectedSpread == 4 && all.standardDeviation == 0)
        #expect(all.confidenceInterval95 == 4...4)
        #expect(all.adoptionProbability[b.id("desa3/perpustakaan").index] == 1)
        let none = try Spread.forecast(
            s, seeds: b.ids(["desa1/perpustakaan", "perpusnas", "perpusnas"]), runs: 50, defaultProbability: 0)
        #expect(none.expectedSpread == 2 && none.seeds.count == 2)
    }

    @Test("Probabilities from a relationship property")
    func property() throws {
        var b = GraphBuilder()
        for k in ["s", "x", "y", "z"] { try b.node(k) }
        try b.link("PARTNERS_WITH", "s", "x", ["p": 1.0])
        try b.link("PARTNERS_WITH", "s", "y", ["p": 0])
        try b.link("PARTNERS_WITH", "s", "z")
        let f = try Spread.forecast(
            b.snapshot, seeds: [b.id("s")], runs: 200, direction: .outgoing, probabilityProperty: "p",
            defaultProbability: 1)
        #expect(f.adoptionProbability[b.id("x").index] == 1)
        #expect(f.adoptionProbability[b.id("y").index] == 0)
        #expect(f.adoptionProbability[b.id("z").index] == 1)
        try b.link("PARTNERS_WITH", "x", "y", ["p": 1.5])
        #expect(throws: AlgorithmError.self) {
            try Spread.forecast(b.snapshot, seeds: [b.id("s")], probabilityProperty: "p")
        }
    }

    @Test("Linear threshold: activation when active in-weights reach the threshold")
    func linearThreshold() throws {
        var b = try GraphBuilder.numbered(5, [(0, 2), (1, 2), (2, 3), (3, 4)])
        let half = try Spread.forecast(
            b.snapshot, seeds: [NodeID(0)], model: .linearThreshold, runs: 20_000, seed: 9, direction: .outgoing)
        #expect(abs(half.adoptionProbability[2] - 0.5) < 0.02)
        // 3 and 4 have one in-neighbour each (weight 1): they follow 2 exactly
        #expect(half.adoptionProbability[3] == half.adoptionProbability[2])
        #expect(half.adoptionProbability[4] == half.adoptionProbability[2])
        let both = try Spread.forecast(
            b.snapshot, seeds: [NodeID(0), NodeID(1)], model: .linearThreshold, runs: 500, direction: .outgoing)
        #expect(both.expectedSpread == 5)
        b = try GraphBuilder.numbered(3, [])
        try b.link("LINK", "0", "2", ["w": 0.2])
        try b.link("LINK", "1", "2", ["w": 0.8])
        let weighted = try Spread.forecast(
            b.snapshot, seeds: [NodeID(0)], model: .linearThreshold, runs: 20_000, seed: 5, direction: .outgoing,
            probabilityProperty: "w")
        #expect(abs(weighted.adoptionProbability[2] - 0.2) < 0.02)
    }

    @Test("A seed gives identical results; another seed different ones")
    func determinism() throws {
        let b = try Self.random(n: 300, m: 900, seed: 1)
        let s = b.snapshot
        let seeds = (0..<10).map { NodeID($0 * 7) }
        for model in CascadeModel.allCases {
            let a = try Spread.forecast(s, seeds: seeds, model: model, runs: 1000, seed: 2024)
            let again = try Spread.forecast(s, seeds: seeds, model: model, runs: 1000, seed: 2024)
            let other = try Spread.forecast(s, seeds: seeds, model: model, runs: 1000, seed: 2025)
            #expect(a == again)
            #expect(a.adoptionProbability != other.adoptionProbability)
            #expect(abs(a.expectedSpread - other.expectedSpread) < 4 * a.standardDeviation / 1000.0.squareRoot() + 0.5)
            #expect(a.expectedSpread >= 10)
        }
        // the adoption probabilities add up to the expected spread
        let f = try Spread.forecast(s, seeds: seeds, runs: 400, seed: 1)
        #expect(abs(f.adoptionProbability.reduce(0, +) - f.expectedSpread) < 1e-9)
    }

    @Test("Bad parameters are errors")
    func errors() throws {
        let b = try GraphBuilder.numbered(3, [(0, 1)])
        let s = b.snapshot
        #expect(throws: AlgorithmError.self) { try Spread.forecast(s, seeds: [NodeID(0)], runs: 0) }
        #expect(throws: AlgorithmError.self) { try Spread.forecast(s, seeds: [NodeID(0)], defaultProbability: 1.5) }
        #expect(throws: AlgorithmError.unknownNode(NodeID(UInt32(9)))) {
            try Spread.forecast(s, seeds: [NodeID(UInt32(9))])
        }
        #expect(throws: AlgorithmError.self) { try Spread.bestSeeds(s, k: -1) }
        #expect(try Spread.bestSeeds(s, k: 0).isEmpty)
    }

    @Test("Best seeds: two stars and a loner, with p = 1")
    func bestSeedsExact() throws {
        var edges = (1...5).map { (0, $0) }
        edges += (7...9).map { (6, $0) }
        let b = try GraphBuilder.numbered(11, edges)
        let picks = try Spread.bestSeeds(b.snapshot, k: 4, runs: 10, direction: .outgoing, defaultProbability: 1)
        #expect(picks.map(\.node) == [NodeID(0), NodeID(6), NodeID(10), NodeID(1)])
        #expect(picks.map(\.marginalGain) == [6, 4, 1, 0])
        #expect(picks.map(\.expectedSpread) == [6, 10, 11, 11])
    }

    @Test("CELF picks exactly what plain greedy picks", arguments: CascadeModel.allCases)
    func celfIsGreedy(model: CascadeModel) throws {
        let b = try Self.random(n: 60, m: 150, seed: 4)
        let s = b.snapshot
        let runs = 100
        let candidates = (0..<30).map { NodeID($0) }
        let picks = try Spread.bestSeeds(
            s, k: 3, candidates: candidates, model: model, runs: runs, seed: 77, defaultProbability: 0.2)
        var chosen: [NodeID] = []
        var current = 0.0
        for pick in picks {
            var best: (NodeID, Double)?
            for v in candidates where !chosen.contains(v) {
                let f = try Spread.forecast(
                    s, seeds: chosen + [v], model: model, runs: runs, seed: 77, defaultProbability: 0.2)
                if best == nil || f.expectedSpread > best?.1 ?? 0 { best = (v, f.expectedSpread) }
            }
            let (node, spread) = try #require(best)
            #expect(pick.node == node)
            #expect(abs(pick.marginalGain - (spread - current)) < 1e-9)
            #expect(abs(pick.expectedSpread - spread) < 1e-9)
            chosen.append(node)
            current = spread
        }
        #expect(picks.count == 3)
        #expect(picks.map(\.marginalGain) == picks.map(\.marginalGain).sorted(by: >), "gains never grow")
    }
}
