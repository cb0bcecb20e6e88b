// The read-only snapshot algorithms and the query executor run on: CSR adjacency both ways.

/// An immutable view of a `PropertyGraph` with compressed-sparse-row adjacency in both
/// directions.
///
/// For node `v`, its outgoing relationships are `outRelationships[outOffsets[v] ..< outOffsets[v + 1]]`
/// and their end nodes `outTargets[…]` over the same range; likewise `in…` for incoming
/// relationships and their start nodes. Within a node, relationships are in increasing
/// id order. Arrays are indexed by dense ids up to the graph's capacity; removed nodes
/// simply have no relationships.
///
/// Trade-off (as petgraph's `Csr`): neighbour scans are contiguous and cache-friendly
/// and cost nothing to allocate, but the snapshot must be rebuilt after changes.
///
/// - Complexity: building is O(N + E) time and memory for capacity N and E.
public struct GraphSnapshot: Sendable {
    /// The graph this snapshot was taken of (labels, properties, keys).
    public let graph: PropertyGraph
    /// Offsets into `outTargets`/`outRelationships`; `nodeCapacity + 1` entries.
    public let outOffsets: [Int]
    /// End node of each outgoing relationship, grouped by start node.
    public let outTargets: [NodeID]
    /// Outgoing relationship ids, grouped by start node.
    public let outRelationships: [RelationshipID]
    /// Offsets into `inSources`/`inRelationships`; `nodeCapacity + 1` entries.
    public let inOffsets: [Int]
    /// Start node of each incoming relationship, grouped by end node.
    public let inSources: [NodeID]
    /// Incoming relationship ids, grouped by end node.
    public let inRelationships: [RelationshipID]
    /// The type of each relationship id (`UInt32.max` for removed ones).
    public let relationshipTypes: [TypeID]

    /// Takes a snapshot of `graph`.
    /// - Complexity: O(N + E).
    public init(_ graph: PropertyGraph) {
        self.graph = graph
        let n = graph.nodeCapacity
        let m = graph.relationshipCapacity
        let starts = graph.store.relationshipStart
        let ends = graph.store.relationshipEnd
        let rawTypes = graph.store.relationshipType
        var outCount = [Int](repeating: 0, count: n + 1)
        var inCount = [Int](repeating: 0, count: n + 1)
        for r in 0..<m where rawTypes[r] != PropertyGraph.none {
            outCount[Int(starts[r]) + 1] += 1
            inCount[Int(ends[r]) + 1] += 1
        }
        for i in 0..<n {
            outCount[i + 1] += outCount[i]
            inCount[i + 1] += inCount[i]
        }
        let live = outCount[n]
        var outT = [NodeID](repeating: NodeID(UInt32(0)), count: live)
        var outR = [RelationshipID](repeating: RelationshipID(UInt32(0)), count: live)
        var inS = [NodeID](repeating: NodeID(UInt32(0)), count: live)
        var inR = [RelationshipID](repeating: RelationshipID(UInt32(0)), count: live)
        var outPos = outCount
        var inPos = inCount
        for r in 0..<m where rawTypes[r] != PropertyGraph.none {
            let s = Int(starts[r])
            let e = Int(ends[r])
            let o = outPos[s]
            outT[o] = NodeID(ends[r])
            outR[o] = RelationshipID(r)
            outPos[s] = o + 1
            let i = inPos[e]
            inS[i] = NodeID(starts[r])
            inR[i] = RelationshipID(r)
            inPos[e] = i + 1
        }
        outOffsets = outCount
        inOffsets = inCount
        outTargets = outT
        outRelationships = outR
        inSources = inS
        inRelationships = inR
        relationshipTypes = rawTypes.map { TypeID($0) }
    }

    /// One more than the largest node id.
    @inlinable public var nodeCapacity: Int { outOffsets.count - 1 }

    /// One more than the largest relationship id.
    @inlinable public var relationshipCapacity: Int { relationshipTypes.count }

    /// The number of live nodes.
    public var nodeCount: Int { graph.nodeCount }

    /// The number of live relationships.
    public var relationshipCount: Int { outTargets.count }

    /// True when `id` names a live node.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: NodeID) -> Bool { graph.contains(id) }

    /// End nodes of the node's outgoing relationships.
    /// - Complexity: O(1).
    @inlinable public func outNeighbors(of v: NodeID) -> ArraySlice<NodeID> {
        outTargets[outOffsets[v.index]..<outOffsets[v.index + 1]]
    }

    /// Start nodes of the node's incoming relationships.
    /// - Complexity: O(1).
    @inlinable public func inNeighbors(of v: NodeID) -> ArraySlice<NodeID> {
        inSources[inOffsets[v.index]..<inOffsets[v.index + 1]]
    }

    /// The node's outgoing relationships.
    /// - Complexity: O(1).
    @inlinable public func outgoing(of v: NodeID) -> ArraySlice<RelationshipID> {
        outRelationships[outOffsets[v.index]..<outOffsets[v.index + 1]]
    }

    /// The node's incoming relationships.
    /// - Complexity: O(1).
    @inlinable public func incoming(of v: NodeID) -> ArraySlice<RelationshipID> {
        inRelationships[inOffsets[v.index]..<inOffsets[v.index + 1]]
    }

    /// Out-degree.
    /// - Complexity: O(1).
    @inlinable public func outDegree(of v: NodeID) -> Int { outOffsets[v.index + 1] - outOffsets[v.index] }

    /// In-degree.
    /// - Complexity: O(1).
    @inlinable public func inDegree(of v: NodeID) -> Int { inOffsets[v.index + 1] - inOffsets[v.index] }

    /// Calls `body(neighbour, relationship)` for each relationship of `v` in `direction`
    /// whose type passes `types` (nil means every type). Undirected visits outgoing then
    /// incoming; a self-loop is visited once per direction.
    /// - Complexity: O(deg(v)).
    @inlinable public func forEachNeighbor(
        of v: NodeID, direction: Direction, types: TypeFilter? = nil, _ body: (NodeID, RelationshipID) -> Void
    ) {
        if direction != .incoming {
            for i in outOffsets[v.index]..<outOffsets[v.index + 1] {
                let r = outRelationships[i]
                if let types, !types.contains(relationshipTypes[r.index]) { continue }
                body(outTargets[i], r)
            }
        }
        if direction != .outgoing {
            for i in inOffsets[v.index]..<inOffsets[v.index + 1] {
                let r = inRelationships[i]
                if let types, !types.contains(relationshipTypes[r.index]) { continue }
                body(inSources[i], r)
            }
        }
    }

    /// A filter admitting the named relationship types (unknown names admit nothing).
    /// - Complexity: O(t).
    public func typeFilter(_ names: [String]) -> TypeFilter {
        TypeFilter(names.compactMap { graph.typeID(named: $0) }, typeCount: graph.typeTable.count)
    }
}

/// A set of relationship types, tested in O(1).
public struct TypeFilter: Sendable {
    @usableFromInline let admitted: [Bool]

    /// A filter admitting `types` out of `typeCount` known types.
    public init(_ types: [TypeID], typeCount: Int) {
        var a = [Bool](repeating: false, count: typeCount)
        for t in types where t.index < typeCount { a[t.index] = true }
        admitted = a
    }

    /// True when `type` is admitted.
    /// - Complexity: O(1).
    @inlinable public func contains(_ type: TypeID) -> Bool { type.index < admitted.count && admitted[type.index] }
}
