// Reach: who can be reached from given stakeholders within a number of hops, and where
// those reached nodes are (counts by label and by region, regions reached).
import SinergiGraph
import SinergiText

/// Breadth-first reach from a set of nodes and summaries of what was reached.
///
/// ```swift
/// let from = [snapshot.graph.node(forKey: "kepri/dinas-perpustakaan")!]
/// let hits = try Reach.within(snapshot, from: from, maxHops: 2, types: ["PARTNERS_WITH"])
/// Reach.countsByLabel(snapshot, nodes: hits.map(\.node))
/// ```
public enum Reach {
    /// A node reached by `within`, with its hop distance from the nearest source.
    public struct ReachedNode: Equatable, Sendable {
        public var node: NodeID
        public var hops: Int

        public init(node: NodeID, hops: Int) {
            self.node = node
            self.hops = hops
        }
    }

    /// How many of the given nodes carry a label.
    public struct LabelCount: Equatable, Sendable {
        public var label: String
        public var count: Int

        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    /// How many of the given nodes lie in a region (`region` nil: in none at that level).
    public struct RegionCount: Equatable, Sendable {
        public var region: NodeID?
        public var count: Int

        public init(region: NodeID?, count: Int) {
            self.region = region
            self.count = count
        }
    }

    /// The regencies and villages a set of stakeholders is located in, with how many of
    /// the stakeholders are in each.
    public struct ReachedRegions: Equatable, Sendable {
        public var regencies: [RegionCount]
        public var villages: [RegionCount]
    }

    /// Every node within `maxHops` hops of any source (multi-source BFS), sources first
    /// with hops 0, then in breadth-first order.
    ///
    /// - Parameters:
    ///   - sources: start nodes (duplicates are ignored).
    ///   - maxHops: the largest distance reported (≥ 0); `Int.max` for no limit.
    ///   - types: relationship types to follow; nil follows every type.
    ///   - direction: `.outgoing`, `.incoming` or `.both` (undirected).
    ///   - nodeLabel: when given, only nodes with this label are reached (and so passed
    ///     through); the sources are always reached.
    /// - Throws: `AlgorithmError.unknownNode`, `.invalidParameter` for a negative `maxHops`.
    /// - Complexity: O(N + E_r) time, where E_r counts the relationships of the reached
    ///   nodes (an O(N) distance array is allocated once).
    public static func within(
        _ snapshot: GraphSnapshot, from sources: [NodeID], maxHops: Int = .max, types: [String]? = nil,
        direction: Direction = .both, nodeLabel: String? = nil
    ) throws(AlgorithmError) -> [ReachedNode] {
        try snapshot.requireLive(sources)
        guard maxHops >= 0 else { throw .invalidParameter(name: "maxHops", reason: Message(.algorithmsRuleZeroOrMore)) }
        let filter = types.map { snapshot.typeFilter($0) }
        // nodes outside the label start at -2: never reached
        var dist = [Int32](repeating: nodeLabel == nil ? -1 : -2, count: snapshot.nodeCapacity)
        if let nodeLabel {
            for v in snapshot.graph.nodes(withLabel: nodeLabel) where v.index < dist.count { dist[v.index] = -1 }
        }
        var queue: [Int32] = []
        for s in sources where dist[s.index] < 0 {
            dist[s.index] = 0
            queue.append(Int32(s.index))
        }
        let limit = Int32(clamping: maxHops)
        let n = snapshot.nodeCapacity
        var count = queue.count
        queue += [Int32](repeating: 0, count: n - count)
        snapshot.relationshipTypes.withUnsafeBufferPointer { typeOf in
            dist.withUnsafeMutableBufferPointer { dist in
                queue.withUnsafeMutableBufferPointer { queue in
                    var head = 0
                    while head < count {
                        let v = Int(queue[head])
                        head += 1
                        let d = dist[v]
                        if d >= limit { continue }
                        if direction != .incoming {
                            snapshot.outTargets.withUnsafeBufferPointer { targets in
                                snapshot.outRelationships.withUnsafeBufferPointer { rels in
                                    for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1] {
                                        if let filter, !filter.contains(typeOf[rels[i].index]) { continue }
                                        let w = targets[i].index
                                        if dist[w] == -1 {
                                            dist[w] = d + 1
                                            queue[count] = Int32(w)
                                            count += 1
                                        }
                                    }
                                }
                            }
                        }
                        if direction != .outgoing {
                            snapshot.inSources.withUnsafeBufferPointer { sources in
                                snapshot.inRelationships.withUnsafeBufferPointer { rels in
                                    for i in snapshot.inOffsets[v]..<snapshot.inOffsets[v + 1] {
                                        if let filter, !filter.contains(typeOf[rels[i].index]) { continue }
                                        let w = sources[i].index
                                        if dist[w] == -1 {
                                            dist[w] = d + 1
                                            queue[count] = Int32(w)
                                            count += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        queue.removeSubrange(count...)
        return queue.map { ReachedNode(node: NodeID(UInt32($0)), hops: Int(dist[Int($0)])) }
    }

    /// How many of `nodes` carry each label, most frequent first (ties by label name).
    /// A node with several labels counts once for each.
    /// - Complexity: O(k·l + L log L) for k nodes with l labels each and L distinct labels.
    public static func countsByLabel(_ snapshot: GraphSnapshot, nodes: [NodeID]) -> [LabelCount] {
        let names = snapshot.graph.labelNames
        var counts = [Int](repeating: 0, count: names.count)
        for v in nodes {
            for l in snapshot.graph.labelIDs(of: v) where l.index < counts.count { counts[l.index] += 1 }
        }
        var result: [LabelCount] = []
        for (i, c) in counts.enumerated() where c > 0 { result.append(LabelCount(label: names[i], count: c)) }
        result.sort { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        return result
    }

    /// How many of `nodes` lie in each region of `level` (a region node counts in itself;
    /// other nodes through LOCATED_IN and PART_OF), most first, ties by region id; nodes
    /// in no region of that level are counted under `region == nil`, listed last.
    /// - Parameter hierarchy: a precomputed `RegionHierarchy` to reuse; built when nil.
    /// - Complexity: O(N + E) when the hierarchy is built, then O(k + R log R).
    public static func countsByRegion(
        _ snapshot: GraphSnapshot, nodes: [NodeID], level: RegionLevel, hierarchy: RegionHierarchy? = nil
    ) -> [RegionCount] {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        return tally(nodes.map { h.region(of: $0, at: level) }, capacity: snapshot.nodeCapacity)
    }

    /// The regencies and villages the given stakeholders are located in (LOCATED_IN, then
    /// PART_OF upwards), each with how many of the stakeholders it holds. Stakeholders
    /// located in no village (e.g. a regency library office) reach only their regency.
    /// - Complexity: O(N + E) when the hierarchy is built, then O(k + R log R).
    public static func reachedRegions(
        _ snapshot: GraphSnapshot, stakeholders: [NodeID], hierarchy: RegionHierarchy? = nil
    ) -> ReachedRegions {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let regencies = tally(stakeholders.map { h.region(of: $0, at: .regency) }, capacity: snapshot.nodeCapacity)
        let villages = tally(stakeholders.map { h.region(of: $0, at: .village) }, capacity: snapshot.nodeCapacity)
        return ReachedRegions(
            regencies: regencies.filter { $0.region != nil }, villages: villages.filter { $0.region != nil })
    }

    static func tally(_ regions: [NodeID?], capacity: Int) -> [RegionCount] {
        var counts = [Int](repeating: 0, count: capacity)
        var seen: [NodeID] = []
        var none = 0
        for r in regions {
            guard let r else {
                none += 1
                continue
            }
            if counts[r.index] == 0 { seen.append(r) }
            counts[r.index] += 1
        }
        var result = seen.map { RegionCount(region: $0, count: counts[$0.index]) }
        result.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            return (a.region?.rawValue ?? 0) < (b.region?.rawValue ?? 0)
        }
        if none > 0 { result.append(RegionCount(region: nil, count: none)) }
        return result
    }
}
