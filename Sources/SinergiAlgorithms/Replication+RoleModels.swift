// Role models, counted one way everywhere: the nodes marked `roleModel: true`. The lineage
// report starts from them (and from any node others copied that is neither marked nor a
// replicator itself, so no lineage is lost), and the forecast's default seeds are the same
// role models, so `spread`, `spread --kind forecast` and the procedures name the same number.
import SinergiGraph

/// The lineage of the role models, ready to print.
public struct LineageReport: Equatable, Sendable {
    /// One row per role model (or origin), most transitive replicators first (ties by id).
    public var lineages: [RoleModelLineage]
    /// How many of the rows are marked role models (`roleModel: true`).
    public var roleModels: Int
    /// How many rows are not marked role models (unmarked origins, or nodes asked for).
    public var unmarked: Int
    /// Replicators in the registry (in the province, when one was given).
    public var replicators: Int
}

extension Replication {
    /// The role models: nodes with `roleModel: true`, in id order.
    /// - Complexity: O(N).
    public static func roleModels(_ snapshot: GraphSnapshot) -> [NodeID] {
        snapshot.graph.nodes.filter { snapshot.graph.property("roleModel", of: $0) == .bool(true) }
    }

    /// Nodes others replicated from that are neither role models nor replicators: where a
    /// lineage starts without a marked role model. In id order.
    /// - Complexity: O(N + E).
    public static func unmarkedOrigins(_ snapshot: GraphSnapshot, type: String = "REPLICATED_FROM") -> [NodeID] {
        guard let t = snapshot.graph.typeID(named: type) else { return [] }
        var result: [NodeID] = []
        for v in 0..<snapshot.nodeCapacity where snapshot.contains(NodeID(v)) {
            var copied = false
            var copies = false
            for i in snapshot.inOffsets[v]..<snapshot.inOffsets[v + 1]
            where snapshot.relationshipTypes[snapshot.inRelationships[i].index] == t && snapshot.inSources[i].index != v
            {
                copied = true
                break
            }
            guard copied else { continue }
            for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1]
            where snapshot.relationshipTypes[snapshot.outRelationships[i].index] == t {
                copies = true
                break
            }
            if !copies, snapshot.graph.property("roleModel", of: NodeID(v)) != .bool(true) { result.append(NodeID(v)) }
        }
        return result
    }

    /// The lineage report: of the given role models, or by default of every role model and
    /// unmarked origin; only those in `province` when given, without the `excluded` ones.
    /// - Throws: `AlgorithmError.unknownNode` for an unknown role model.
    /// - Complexity: as `lineage`.
    public static func lineageReport(
        _ snapshot: GraphSnapshot, roleModels given: [NodeID]? = nil, province: NodeID? = nil,
        excluding excluded: [NodeID] = [], type: String = "REPLICATED_FROM", hierarchy: RegionHierarchy? = nil
    ) throws(AlgorithmError) -> LineageReport {
        if let given { try snapshot.requireLive(given) }
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let marked = Set(roleModels(snapshot))
        var models = given ?? (Array(marked) + unmarkedOrigins(snapshot, type: type)).sorted()
        let drop = Set(excluded)
        models = models.filter { !drop.contains($0) && RegionLookup.within($0, province: province, hierarchy: h) }
        let lineages = try lineage(snapshot, roleModels: models, type: type, hierarchy: h)
        let replicators = Replication.replicators(snapshot, type: type).filter {
            RegionLookup.within($0, province: province, hierarchy: h)
        }
        let markedCount = lineages.filter { marked.contains($0.roleModel) }.count
        return LineageReport(
            lineages: lineages, roleModels: markedCount, unmarked: lineages.count - markedCount,
            replicators: replicators.count)
    }
}
