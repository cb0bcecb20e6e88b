// Replication spread: who replicated the programme from whom (REPLICATED_FROM, from the
// replicator village library to its role model), per role model, province and cohort.
import SinergiGraph

/// How far one role model's example has spread.
public struct RoleModelLineage: Equatable, Sendable {
    /// The role model.
    public var roleModel: NodeID
    /// Nodes that replicated from it directly.
    public var directReplicators: Int
    /// Nodes that replicated from it directly or through others (itself excluded).
    public var transitiveReplicators: Int
    /// The longest chain of replication below it (1: only direct replicators).
    public var generations: Int
    /// The distinct provinces of its transitive replicators, in id order.
    public var provinces: [NodeID]
}

/// A count of replicators in one group (a province, or a cohort year).
public struct ReplicationCount: Equatable, Sendable {
    /// The province node (for `byProvince`); nil when the replicators are in none.
    public var province: NodeID?
    /// The cohort year (for `byCohort`); nil when no year is recorded.
    public var year: Int?
    /// Replicators in the group.
    public var replicators: Int
}

/// Replication lineage and summaries.
///
/// A *replicator* is a node with at least one outgoing REPLICATED_FROM relationship; its
/// end is the role model it copied.
///
/// ```swift
/// let top = try Replication.lineage(snapshot).prefix(10)   // widest-spreading role models
/// Replication.byCohort(snapshot)                          // replicators per year
/// ```
public enum Replication {
    /// The lineage of each role model: nodes with direct replicators, or the given ones.
    /// Sorted by transitive replicators, most first (ties by id).
    /// - Throws: `AlgorithmError.unknownNode` for an unknown role model.
    /// - Complexity: O(N + E) to prepare, then O(Σ reach) — one breadth-first search over
    ///   incoming REPLICATED_FROM per role model, each bounded by what it reaches.
    public static func lineage(
        _ snapshot: GraphSnapshot, roleModels: [NodeID]? = nil, type: String = "REPLICATED_FROM",
        hierarchy: RegionHierarchy? = nil
    ) throws(AlgorithmError) -> [RoleModelLineage] {
        if let roleModels { try snapshot.requireLive(roleModels) }
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let filter = snapshot.typeFilter([type])
        let replicatedFrom = Adjacency(snapshot, direction: .incoming, types: filter, selfLoops: .drop, simple: true)
        let n = snapshot.nodeCapacity
        let models =
            roleModels?.map(\.index) ?? (0..<n).filter { replicatedFrom.offsets[$0 + 1] > replicatedFrom.offsets[$0] }
        var mark = [UInt32](repeating: 0, count: n)
        var depth = [Int32](repeating: 0, count: n)
        var provinceMark = [UInt32](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var result: [RoleModelLineage] = []
        var stamp: UInt32 = 0
        for m in models {
            stamp += 1
            mark[m] = stamp
            depth[m] = 0
            queue[0] = Int32(m)
            var count = 1
            var head = 0
            var generations: Int32 = 0
            var provinces: [NodeID] = []
            while head < count {
                let v = Int(queue[head])
                head += 1
                for i in replicatedFrom.offsets[v]..<replicatedFrom.offsets[v + 1] {
                    let w = Int(replicatedFrom.targets[i])
                    if mark[w] == stamp { continue }
                    mark[w] = stamp
                    depth[w] = depth[v] + 1
                    generations = max(generations, depth[w])
                    queue[count] = Int32(w)
                    count += 1
                    let p = h.regionIndex(w, .province)
                    if p >= 0, provinceMark[p] != stamp {
                        provinceMark[p] = stamp
                        provinces.append(NodeID(p))
                    }
                }
            }
            result.append(
                RoleModelLineage(
                    roleModel: NodeID(m), directReplicators: replicatedFrom.offsets[m + 1] - replicatedFrom.offsets[m],
                    transitiveReplicators: count - 1, generations: Int(generations), provinces: provinces.sorted()))
        }
        result.sort {
            $0.transitiveReplicators != $1.transitiveReplicators
                ? $0.transitiveReplicators > $1.transitiveReplicators : $0.roleModel < $1.roleModel
        }
        return result
    }

    /// Replicators per province (through LOCATED_IN and PART_OF), most first (ties by id);
    /// replicators in no province are counted under `province == nil`, listed last.
    /// - Complexity: O(N + E).
    public static func byProvince(
        _ snapshot: GraphSnapshot, type: String = "REPLICATED_FROM", hierarchy: RegionHierarchy? = nil
    ) -> [ReplicationCount] {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let counts = Reach.tally(
            replicators(snapshot, type: type).map { h.region(of: $0, at: .province) }, capacity: snapshot.nodeCapacity)
        return counts.map { ReplicationCount(province: $0.region, year: nil, replicators: $0.count) }
    }

    /// Replicators per cohort year, in increasing year order, replicators without a year last.
    ///
    /// A replicator's year is the earliest found on its REPLICATED_FROM relationships —
    /// `since` (a date, a `YYYY-MM-DD` string, or an integer year) or `cohort` (an integer
    /// year) — and otherwise on the node itself (`cohort`, then `since`, read the same way).
    /// - Complexity: O(N + E) plus the property look-ups of the replicators.
    /// - Parameter province: only replicators in this Province node.
    public static func byCohort(
        _ snapshot: GraphSnapshot, type: String = "REPLICATED_FROM", province: NodeID? = nil,
        hierarchy: RegionHierarchy? = nil
    ) -> [ReplicationCount] {
        let filter = snapshot.typeFilter([type])
        var years: [Int: Int] = [:]
        var unknown = 0
        let h = province == nil ? nil : (hierarchy ?? RegionHierarchy(snapshot))
        for v in replicators(snapshot, type: type) {
            if let h, !RegionLookup.within(v, province: province, hierarchy: h) { continue }
            if let year = replicationYear(snapshot, v, filter: filter) {
                years[year, default: 0] += 1
            } else {
                unknown += 1
            }
        }
        var result = years.keys.sorted().map { ReplicationCount(province: nil, year: $0, replicators: years[$0] ?? 0) }
        if unknown > 0 { result.append(ReplicationCount(province: nil, year: nil, replicators: unknown)) }
        return result
    }

    /// The year replicator `v` replicated, as `byCohort` reads it: the earliest year on its
    /// `filter` relationships (`since`, then `cohort`), else on the node (`cohort`, then `since`).
    /// - Complexity: O(deg v) property look-ups.
    static func replicationYear(_ snapshot: GraphSnapshot, _ v: NodeID, filter: TypeFilter) -> Int? {
        var year: Int?
        snapshot.forEachNeighbor(of: v, direction: .outgoing, types: filter) { _, r in
            let props = snapshot.graph.properties(of: r)
            if let y = cohortYear(props["since"]) ?? cohortYear(props["cohort"]) { year = min(year ?? y, y) }
        }
        return year ?? nodeYear(snapshot, v)
    }

    /// The year on a node itself: `cohort`, then `since` (read as `cohortYear` reads them).
    /// - Complexity: O(1) property look-ups.
    static func nodeYear(_ snapshot: GraphSnapshot, _ v: NodeID) -> Int? {
        cohortYear(snapshot.graph.property("cohort", of: v)) ?? cohortYear(snapshot.graph.property("since", of: v))
    }

    /// The replicators (nodes with an outgoing `type` relationship), in id order.
    /// - Complexity: O(N + E).
    public static func replicators(_ snapshot: GraphSnapshot, type: String = "REPLICATED_FROM") -> [NodeID] {
        guard let t = snapshot.graph.typeID(named: type) else { return [] }
        var result: [NodeID] = []
        for v in 0..<snapshot.nodeCapacity {
            for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1]
            where snapshot.relationshipTypes[snapshot.outRelationships[i].index] == t {
                result.append(NodeID(v))
                break
            }
        }
        return result
    }

    /// The year a `since`/`cohort` value names: the year of a date or date-time, an integer, or a string
    /// parsed as a date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
    static func cohortYear(_ value: Value?) -> Int? {
        if let day = value?.localDate { return Int(day.year) }
        switch value {
        case .int(let i)?: return Int(i)
        case .double(let d)? where d.isFinite && abs(d) < 1e9 && Double(Int(d)) == d: return Int(d)
        case .string(let s)?: return CypherDate(parsing: s).map { Int($0.year) }
        default: return nil
        }
    }
}
