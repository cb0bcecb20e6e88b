// The data every benchmark runs on: the loaded registry graph, its snapshot and
// region hierarchy, and the fixed nodes the benchmarks start from (chosen by
// rules the peers' script applies to the same file, so both answer the same question).

import SinergiAlgorithms
import SinergiGraph

/// The loaded graph and the nodes the benchmarks use. A class, so the query
/// benchmarks' closures share the one graph `QueryEngine.execute` takes inout.
final class BenchSubject {
    /// The registry graph (queries run on it; `var` because `QueryEngine.execute` takes it inout).
    var graph: PropertyGraph
    /// Its read-only snapshot (algorithms run on it).
    let snapshot: GraphSnapshot
    /// The region hierarchy, built once as the algorithms guide recommends.
    let hierarchy: RegionHierarchy
    /// The provincial library office the reach benchmarks start from.
    let office: NodeID
    /// Its `name` property (the queries select it by name).
    let officeName: String
    /// The source of the shortest-path benchmark: the last VillageLibrary in id (file) order
    /// that is neither a beneficiary nor a replicator (so Perpusnas does not fund it directly).
    let farVillageLibrary: NodeID
    /// The target of the shortest-path benchmark: the Perpusnas node.
    let perpusnas: NodeID
    /// Ten spread seeds: the first ten role-model village libraries in id order.
    let spreadSeeds: [NodeID]
    /// Candidates for best seeds: the beneficiary village libraries of the office's province.
    let seedCandidates: [NodeID]
    /// Every village library (the national candidates of best seeds by RR sets).
    let villageLibraries: [NodeID]

    init(
        graph: PropertyGraph, snapshot: GraphSnapshot, hierarchy: RegionHierarchy, office: NodeID,
        officeName: String, farVillageLibrary: NodeID, perpusnas: NodeID, spreadSeeds: [NodeID],
        seedCandidates: [NodeID]
    ) {
        self.graph = graph
        self.snapshot = snapshot
        self.hierarchy = hierarchy
        self.office = office
        self.officeName = officeName
        self.farVillageLibrary = farVillageLibrary
        self.perpusnas = perpusnas
        self.spreadSeeds = spreadSeeds
        self.seedCandidates = seedCandidates
        self.villageLibraries = Array(graph.nodes(withLabel: "VillageLibrary"))
    }

    /// The office key used unless another is given.
    static let defaultOfficeKey = "kepri/dinas-perpustakaan"

    /// Picks the nodes; nil with a message when the registry lacks them (not a TPBIS registry).
    /// - Complexity: O(N + E).
    static func make(graph: PropertyGraph, officeKey: String = defaultOfficeKey) -> Result<
        BenchSubject, BenchOptionsError
    > {
        let snapshot = GraphSnapshot(graph)
        let hierarchy = RegionHierarchy(snapshot)
        guard let office = graph.node(forKey: officeKey) else {
            return .failure(BenchOptionsError("the registry has no node '\(officeKey)'"))
        }
        guard case .string(let officeName) = graph.property("name", of: office) else {
            return .failure(BenchOptionsError("'\(officeKey)' has no name"))
        }
        let libraries = Array(graph.nodes(withLabel: "VillageLibrary"))
        let outside = libraries.last {
            graph.property("beneficiary", of: $0) != .bool(true) && graph.property("replicator", of: $0) != .bool(true)
        }
        guard let far = outside else {
            return .failure(BenchOptionsError("the registry has no VillageLibrary outside the programme"))
        }
        guard let perpusnas = graph.nodes(withLabel: "Perpusnas").first(where: { _ in true }) else {
            return .failure(BenchOptionsError("the registry has no Perpusnas node"))
        }
        let seeds = Array(libraries.lazy.filter { graph.property("roleModel", of: $0) == .bool(true) }.prefix(10))
        let province = hierarchy.region(of: office, at: .province)
        let candidates = libraries.filter {
            graph.property("beneficiary", of: $0) == .bool(true) && hierarchy.region(of: $0, at: .province) == province
        }
        return .success(
            BenchSubject(
                graph: graph, snapshot: snapshot, hierarchy: hierarchy, office: office, officeName: officeName,
                farVillageLibrary: far, perpusnas: perpusnas, spreadSeeds: seeds, seedCandidates: candidates))
    }
}
