// Every algorithm on a synthetic national-scale registry: sanity of the answers always
// (at 2% scale), and timings printed when SINERGI_BENCH is set (run in release:
// `SINERGI_BENCH=1 swift test -c release --filter NationalScale`). No timing assertions.
import Foundation
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("National scale")
struct NationalScaleTests {
    static let bench = ProcessInfo.processInfo.environment["SINERGI_BENCH"] != nil

    func timed<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        var result: T?
        let d = try clock.measure { result = try work() }
        if Self.bench { print("[bench] \(label): \(d)") }
        guard let result else { preconditionFailure("measure ran its body") }
        return result
    }

    @Test("Every algorithm runs and answers sensibly")
    func allAlgorithms() throws {
        let g = try timed("generate") { try NationalTPBISGraph.make(seed: 1, scale: Self.bench ? 1 : 0.02) }
        let s = timed("snapshot") { GraphSnapshot(g) }
        if Self.bench { print("[bench] \(s.nodeCount) nodes, \(s.relationshipCount) relationships") }
        let perpusnas = try #require(g.node(forKey: "perpusnas"))
        let h = timed("region hierarchy") { RegionHierarchy(s) }
        let all = try timed("reach, unlimited, every type") { try Reach.within(s, from: [perpusnas]) }
        #expect(all.count == s.nodeCount)
        let partners = try timed("reach, 3 hops, PARTNERS_WITH") {
            try Reach.within(s, from: [perpusnas], maxHops: 3, types: ["PARTNERS_WITH"])
        }
        #expect(partners.count > 100)
        let byProvince = timed("counts by province") {
            Reach.countsByRegion(s, nodes: all.map(\.node), level: .province, hierarchy: h)
        }
        #expect(byProvince.count == 35)
        let far = try #require(g.node(forKey: "village/\(g.nodeCount(withLabel: "Village"))/perpustakaan"))
        let path = try timed("shortest path, unweighted") { try ShortestPath.unweighted(s, from: far, to: perpusnas) }
        #expect(path != nil)
        let weighted = try timed("shortest path, Dijkstra") {
            try ShortestPath.weighted(s, from: far, to: perpusnas, weightProperty: "km")
        }
        #expect(weighted?.cost == Double(path?.hops ?? -1))
        let comps = timed("components, PARTNERS_WITH") {
            Components.weakly(s, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
        }
        #expect(comps.count >= 1)
        let fragile = timed("bridges and articulation points") { FragileLinks.find(s, nodeLabel: "Stakeholder") }
        #expect(!fragile.bridges.isEmpty && !fragile.articulationPoints.isEmpty)
        let gaps = timed("synergy gaps") { SynergyGaps.perRegency(s) }
        #expect(gaps.count == g.nodeCount(withLabel: "Regency"))
        let unconnected = timed("unconnected regions") {
            Unconnected.regions(s, types: ["PARTNERS_WITH"], hierarchy: h)
        }
        #expect(unconnected.allSatisfy { $0.reason == .noPathToRoot })
        let picks = try timed("recommended partnerships, k = 10") {
            try RecommendedPartnerships.suggest(s, k: 10, types: ["PARTNERS_WITH"], hierarchy: h)
        }
        #expect(picks.map(\.gain) == picks.map(\.gain).sorted(by: >))
        let lineage = try timed("replication lineage") { try Replication.lineage(s, hierarchy: h) }
        #expect(!lineage.isEmpty)
        let cohorts = timed("replication by cohort") { Replication.byCohort(s) }
        #expect(cohorts.allSatisfy { $0.year.map { (2019...2023).contains($0) } ?? false })
        let seeds = Array(g.nodes(withLabel: "VillageLibrary").prefix(10))
        let ic = try timed("IC forecast, 1,000 runs, 10 seeds, PARTNERS_WITH") {
            try Spread.forecast(s, seeds: seeds, runs: 1000, seed: 7, types: ["PARTNERS_WITH"])
        }
        #expect(ic.expectedSpread >= 10)
        let icAll = try timed("IC forecast, 1,000 runs, 10 seeds, every type") {
            try Spread.forecast(s, seeds: seeds, runs: 1000, seed: 7)
        }
        #expect(icAll.expectedSpread >= 10)
        let lt = try timed("LT forecast, 1,000 runs, 10 seeds, PARTNERS_WITH") {
            try Spread.forecast(s, seeds: seeds, model: .linearThreshold, runs: 1000, seed: 7, types: ["PARTNERS_WITH"])
        }
        #expect(lt.expectedSpread >= 10)
        let candidates = Array(g.nodes(withLabel: "VillageLibrary").prefix(Self.bench ? 5000 : 300))
        let best = try timed("best 5 seeds (CELF), candidates \(candidates.count), 100 runs") {
            try Spread.bestSeeds(s, k: 5, candidates: candidates, runs: 100, seed: 7, types: ["PARTNERS_WITH"])
        }
        #expect(best.count == 5)
        let degree = timed("degree") { Degree.compute(s, types: ["PARTNERS_WITH"]) }
        #expect(degree.top(1).first.map { $0.score > 10 } ?? false)
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
