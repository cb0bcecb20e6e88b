// Every algorithm on a synthetic national-scale registry: at 2% scale the answers are
// compared with plain reference answers (NationalScaleReference: breadth-first search,
// remove-and-look-again), and timings are printed when SINERGI_BENCH is set (run in release:
// `SINERGI_BENCH=1 swift test -c release --filter NationalScale`). No timing assertions.
import Foundation
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("National scale")
struct NationalScaleTests {
    static let bench = ProcessInfo.processInfo.environment["SINERGI_BENCH"] != nil

    /// About `count` elements spread evenly over `items`.
    static func sample<T>(_ items: [T], _ count: Int) -> [T] {
        stride(from: 0, to: items.count, by: max(1, items.count / count)).map { items[$0] }
    }

    func timed<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        var result: T?
        let d = try clock.measure { result = try work() }
        if Self.bench { print("[bench] \(label): \(d)") }
        guard let result else { preconditionFailure("measure ran its body") }
        return result
    }

    @Test("Every algorithm runs and answers what the reference answers")
    func allAlgorithms() throws {
        let g = try timed("generate") { try NationalTPBISGraph.make(seed: 1, scale: Self.bench ? 1 : 0.02) }
        let partnerships = NationalScaleReference(g, types: ["PARTNERS_WITH"])
        let everything = NationalScaleReference(g, types: nil)
        let s = timed("snapshot") { GraphSnapshot(g) }
        if Self.bench { print("[bench] \(s.nodeCount) nodes, \(s.relationshipCount) relationships") }
        let perpusnas = try #require(g.node(forKey: "perpusnas"))
        let h = timed("region hierarchy") { RegionHierarchy(s) }
        let all = try timed("reach, unlimited, every type") { try Reach.within(s, from: [perpusnas]) }
        #expect(all.count == s.nodeCount)
        let partners = try timed("reach, 3 hops, PARTNERS_WITH") {
            try Reach.within(s, from: [perpusnas], maxHops: 3, types: ["PARTNERS_WITH"])
        }
        let within3 = partnerships.hops(from: [perpusnas], maxHops: 3)
        #expect(partners.count == within3.filter { $0 >= 0 }.count)
        #expect(partners.allSatisfy { Int(within3[$0.node.index]) == $0.hops })
        let byProvince = timed("counts by province") {
            Reach.countsByRegion(s, nodes: all.map(\.node), level: .province, hierarchy: h)
        }
        #expect(byProvince.count == 35)
        let far = try #require(g.node(forKey: "village/\(g.nodeCount(withLabel: "Village"))/perpustakaan"))
        let path = try timed("shortest path, unweighted") { try ShortestPath.unweighted(s, from: far, to: perpusnas) }
        #expect(path.map { Int32($0.hops) } == everything.hops(from: [far])[perpusnas.index])
        let weighted = try timed("shortest path, Dijkstra") {
            try ShortestPath.weighted(s, from: far, to: perpusnas, weightProperty: "km")
        }
        #expect(weighted?.cost == Double(path?.hops ?? -1))
        let comps = timed("components, PARTNERS_WITH") {
            Components.weakly(s, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
        }
        #expect(
            comps.count == NationalScaleReference(g, types: ["PARTNERS_WITH"], label: "Stakeholder").componentCount())
        let fragile = timed("bridges and articulation points") { FragileLinks.find(s, nodeLabel: "Stakeholder") }
        // Every bridge reported is one (a relationship to a node with no other is; others are
        // checked by removing them), and a sample of 300 other relationships are not; every
        // articulation point reported is one, leaving the pieces it says, and a sample of 300
        // other nodes are not.
        if !Self.bench {
            let stakeholders = NationalScaleReference(g, types: ["PARTNERS_WITH"], label: "Stakeholder")
            let bridges = Set(fragile.bridges.map(\.relationship))
            let edges = stakeholders.edges
            #expect(!bridges.isEmpty && bridges.count < edges.count)
            for (r, a, b) in edges where bridges.contains(r) {
                let leaf = stakeholders.degree(a) == 1 || stakeholders.degree(b) == 1
                #expect(leaf || stakeholders.isBridge(r, a, b), "relationship \(g.key(of: r)) is no bridge")
            }
            let kept = edges.filter { !bridges.contains($0.0) }
            for (r, a, b) in Self.sample(kept, 300) {
                #expect(!stakeholders.isBridge(r, a, b), "relationship \(g.key(of: r)) is a bridge")
            }
            let points = Dictionary(
                uniqueKeysWithValues: fragile.articulationPoints.map { ($0.node, $0.piecesAfterRemoval) })
            #expect(!points.isEmpty)
            for (x, reported) in points {
                #expect(stakeholders.piecesAfterRemoving(x) == reported, "node \(g.key(of: x))")
            }
            let others = stakeholders.members.filter { points[$0] == nil && stakeholders.degree($0) >= 2 }
            for x in Self.sample(others, 300) {
                #expect(stakeholders.piecesAfterRemoving(x) == 1, "node \(g.key(of: x)) is an articulation point")
            }
        }
        let gaps = timed("synergy gaps") { SynergyGaps.perRegency(s) }
        #expect(gaps.count == g.nodeCount(withLabel: "Regency"))
        let unconnected = timed("unconnected regions") {
            Unconnected.regions(s, types: ["PARTNERS_WITH"], hierarchy: h)
        }
        #expect(unconnected.allSatisfy { $0.reason == .noPathToRoot })
        let picks = try timed("recommended partnerships, k = 10") {
            try RecommendedPartnerships.suggest(s, k: 10, types: ["PARTNERS_WITH"], hierarchy: h)
        }
        #expect(picks.count == 10)
        #expect(picks.map(\.gain) == picks.map(\.gain).sorted(by: >))
        let lineage = try timed("replication lineage") { try Replication.lineage(s, hierarchy: h) }
        // One lineage per role model with a direct replicator; together they count every replication.
        let copies = g.relationships.filter { g.type(of: $0) == "REPLICATED_FROM" }
        #expect(Set(lineage.map(\.roleModel)) == Set(copies.map { g.end(of: $0) }))
        #expect(lineage.map(\.directReplicators).reduce(0, +) == copies.count)
        let cohorts = timed("replication by cohort") { Replication.byCohort(s) }
        #expect(cohorts.allSatisfy { $0.year.map { (2019...2023).contains($0) } ?? false })
        #expect(cohorts.map(\.replicators).reduce(0, +) == Set(copies.map { g.start(of: $0) }).count)
        let seeds = Array(g.nodes(withLabel: "VillageLibrary").prefix(10))
        let ic = try timed("IC forecast, 1,000 runs, 10 seeds, PARTNERS_WITH") {
            try Spread.forecast(s, seeds: seeds, runs: 1000, seed: 7, types: ["PARTNERS_WITH"])
        }
        // At least the seeds, at most what the seeds can reach at all.
        let reachablePartners = Double(partnerships.reachedCount(from: seeds))
        #expect(ic.expectedSpread >= 10 && ic.expectedSpread <= reachablePartners)
        let icAll = try timed("IC forecast, 1,000 runs, 10 seeds, every type") {
            try Spread.forecast(s, seeds: seeds, runs: 1000, seed: 7)
        }
        #expect(icAll.expectedSpread >= 10 && icAll.expectedSpread <= Double(everything.reachedCount(from: seeds)))
        let lt = try timed("LT forecast, 1,000 runs, 10 seeds, PARTNERS_WITH") {
            try Spread.forecast(s, seeds: seeds, model: .linearThreshold, runs: 1000, seed: 7, types: ["PARTNERS_WITH"])
        }
        #expect(lt.expectedSpread >= 10 && lt.expectedSpread <= reachablePartners)
        let candidates = Array(g.nodes(withLabel: "VillageLibrary").prefix(Self.bench ? 5000 : 300))
        let best = try timed("best 5 seeds (CELF), candidates \(candidates.count), 100 runs") {
            try Spread.bestSeeds(s, k: 5, candidates: candidates, runs: 100, seed: 7, types: ["PARTNERS_WITH"])
        }
        #expect(best.count == 5)
        let degree = timed("degree") { Degree.compute(s, types: ["PARTNERS_WITH"]) }
        let busiest = g.nodes.map { partnerships.degree($0) }.max() ?? 0
        #expect(degree.top(1).first?.score == Double(busiest))
        let pr = try timed("PageRank, PARTNERS_WITH undirected") {
            try PageRank.compute(s, types: ["PARTNERS_WITH"], direction: .both)
        }
        #expect(pr.converged)
        let bc = try timed("betweenness, 32 pivots") {
            try Betweenness.compute(s, types: ["PARTNERS_WITH"], samples: 32, seed: 1, nodeLabel: "Stakeholder")
        }
        #expect(bc.top(1).first.map { $0.score > 0 } ?? false)
    }
}
