// The algorithms issue's benchmarks: every SinergiAlgorithms family on the loaded
// registry's snapshot, with the parameters the peers' script uses for the same
// questions (igraph, NetworkX, Kùzu). Setup costs (snapshot, region hierarchy)
// are timed as their own rows.

import SinergiAlgorithms
import SinergiGraph

/// The algorithm benchmarks.
enum AlgorithmBenchmarks {
    /// The benchmarks on `subject`'s snapshot.
    static func all(_ subject: BenchSubject) -> [Benchmark] {
        let s = subject.snapshot
        let h = subject.hierarchy
        let key = { (n: NodeID) in subject.graph.key(of: n) }
        return [
            Benchmark(name: "snapshot", group: "setup") {
                "\(GraphSnapshot(subject.graph).relationshipCount) relationships"
            },
            Benchmark(name: "region-hierarchy", group: "setup") {
                let province = RegionHierarchy(s).region(of: subject.office, at: .province)
                return "office in \(province.map(key) ?? "no province")"
            },
            Benchmark(name: "reach-3hops", group: "algorithm") {
                let r = try Reach.within(s, from: [subject.office], maxHops: 3)
                return "\(r.count) nodes (source included)"
            },
            Benchmark(name: "synergy-gaps", group: "algorithm") {
                "\(SynergyGaps.perRegency(s, onlyGaps: true).count) regencies with a gap"
            },
            Benchmark(name: "unconnected", group: "algorithm") {
                "\(Unconnected.regions(s, hierarchy: h).count) regions"
            },
            Benchmark(name: "fragile-links", group: "algorithm") {
                let f = FragileLinks.find(s, nodeLabel: "Stakeholder")
                return "\(f.bridges.count) bridges, \(f.articulationPoints.count) articulation points"
            },
            Benchmark(name: "components", group: "algorithm") {
                let c = Components.weakly(s)
                return "\(c.count) components, largest \(c.largest >= 0 ? c.sizes[c.largest] : 0)"
            },
            Benchmark(name: "components-partners", group: "algorithm") {
                let c = Components.weakly(s, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
                return "\(c.count) components, \(c.isolates.count) isolates"
            },
            Benchmark(name: "lineage-top10", group: "algorithm") {
                let top = try Replication.lineage(s, hierarchy: h).prefix(10)
                return top.map { String($0.transitiveReplicators) }.joined(separator: ",")
            },
            Benchmark(name: "shortest-path", group: "algorithm") {
                let p = try ShortestPath.unweighted(s, from: subject.farVillageLibrary, to: subject.perpusnas)
                return "\(key(subject.farVillageLibrary)) → \(key(subject.perpusnas)): \(p?.hops ?? -1) hops"
            },
            Benchmark(name: "degree", group: "algorithm") {
                let d = Degree.compute(s)
                return best(d.values).map { "top \(key($0)) \(Int(d[$0]))" } ?? "empty"
            },
            Benchmark(name: "degree-top10", group: "algorithm") {
                Degree.compute(s).top(10).map { key($0.node) }.first ?? "empty"
            },
            Benchmark(name: "pagerank", group: "algorithm") {
                let pr = try PageRank.compute(s)
                return "\(pr.iterations) iterations, top \(best(pr.scores.values).map(key) ?? "none")"
            },
            Benchmark(name: "betweenness-32", group: "algorithm") {
                let b = try Betweenness.compute(s, samples: 32)
                return "top \(best(b.values).map(key) ?? "none")"
            },
            Benchmark(name: "spread-forecast", group: "algorithm") {
                let f = try Spread.forecast(s, seeds: subject.spreadSeeds, runs: 1000, seed: 2024)
                return "\(subject.spreadSeeds.count) seeds, expected \(Int(f.expectedSpread.rounded()))"
            },
            Benchmark(name: "best-seeds", group: "algorithm") {
                let picks = try Spread.bestSeeds(s, k: 5, candidates: subject.seedCandidates, runs: 100, seed: 2024)
                return
                    "\(subject.seedCandidates.count) candidates, spread \(Int((picks.last?.expectedSpread ?? 0).rounded()))"
            },
            Benchmark(name: "best-seeds-rr-villages", group: "algorithm") {
                // every village library of the country, k = 10, the stakeholder network, p = 0.1
                let network = CascadeParameters(types: StakeholderNetwork.types(subject.graph))
                let picks = try Spread.selectSeeds(
                    s, k: 10, candidates: subject.villageLibraries, cascade: network, seed: 2024)
                let c = picks.certificate
                return
                    "\(picks.candidates) candidates, spread \(Int(picks.expectedSpread.rounded())) "
                    + "(≥ \(Int((c?.spreadLowerBound ?? 0).rounded()))), guarantee "
                    + "\(Int(((c?.guarantee ?? 0) * 100).rounded()))%, \(c?.reverseReachableSets ?? 0) RR sets"
            },
            Benchmark(name: "calibrate", group: "algorithm") {
                let c = try Calibration.estimate(
                    s, cascade: CascadeParameters(types: StakeholderNetwork.types(subject.graph)))
                let e = c.estimates[0]
                let fit =
                    c.fit.map {
                        "; \($0.year): expected \(Int($0.expected.rounded())) (\(Int($0.lower95))–\(Int($0.upper95))), "
                            + "observed \($0.observed), unexplained \($0.unexplained)"
                    } ?? ""
                return
                    "p \(e.probability) (\(e.lower95)–\(e.upper95)), \(c.adoptions) explained, \(c.unexplained) not, "
                    + "years \(c.years), trials \(c.trials)\(fit)"
            },
            Benchmark(name: "calibrate-by-type", group: "algorithm") {
                let c = try Calibration.estimate(
                    s, cascade: CascadeParameters(types: StakeholderNetwork.types(subject.graph)), byType: true)
                return c.estimates.map {
                    "\($0.type ?? "?") \($0.probability) (\($0.lower95)–\($0.upper95)) n=\($0.exposures)"
                }
                .joined(separator: "; ") + (c.fit.map { "; fit \($0.expected) vs \($0.observed)" } ?? "")
            },
            Benchmark(name: "best-seeds-rr-villages-lt", group: "algorithm") {
                let network = CascadeParameters(
                    model: .linearThreshold, types: StakeholderNetwork.types(subject.graph))
                let picks = try Spread.selectSeeds(
                    s, k: 10, candidates: subject.villageLibraries, cascade: network, seed: 2024)
                let c = picks.certificate
                return
                    "\(picks.candidates) candidates, spread \(Int(picks.expectedSpread.rounded())), guarantee "
                    + "\(Int(((c?.guarantee ?? 0) * 100).rounded()))%, \(c?.reverseReachableSets ?? 0) RR sets"
            },
        ]
    }

    /// The node with the highest value (the smallest id among equals), as the peers' `max` finds it;
    /// `NodeScores.top(k)` sorts every scored node and is timed on its own (`degree-top10`).
    /// - Complexity: O(N).
    static func best(_ values: [Double]) -> NodeID? {
        var bestIndex = -1
        for (i, v) in values.enumerated() where bestIndex < 0 || v > values[bestIndex] { bestIndex = i }
        return bestIndex < 0 ? nil : NodeID(bestIndex)
    }
}
