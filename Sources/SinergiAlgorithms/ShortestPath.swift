// Shortest paths between two nodes: unweighted (BFS) and weighted by a numeric
// relationship property (Dijkstra with a binary heap).
import SinergiGraph
import SinergiText

/// A path found by `ShortestPath`: nodes from source to target, the relationships
/// between them, and its total cost (hops for unweighted paths).
public struct WeightedPath: Equatable, Sendable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]
    public var cost: Double

    /// The number of relationships on the path.
    public var hops: Int { relationships.count }

    public init(nodes: [NodeID], relationships: [RelationshipID], cost: Double) {
        self.nodes = nodes
        self.relationships = relationships
        self.cost = cost
    }
}

/// Shortest paths on a snapshot.
///
/// ```swift
/// let p = try ShortestPath.unweighted(snapshot, from: a, to: b, types: ["PARTNERS_WITH"])
/// let q = try ShortestPath.weighted(snapshot, from: a, to: b, weightProperty: "distanceKm")
/// ```
public enum ShortestPath {
    /// A path with the fewest relationships from `source` to `target`, or nil when none.
    ///
    /// A bidirectional breadth-first search: each round expands, one whole level at a time, the
    /// side whose frontier has fewer relationships to follow, and remembers only the nodes it
    /// touches (sparse maps, nothing of the graph's size is allocated), so a short path between
    /// a village library and a hub such as Perpusnas costs microseconds.
    /// - Parameter nodeLabel: when given, the path passes only through nodes with this label
    ///   (the two ends need not carry it).
    /// - Throws: `AlgorithmError.unknownNode`.
    /// - Complexity: O(N + E) worst case; typically the neighbourhoods of the two ends up to
    ///   half the path length each.
    public static func unweighted(
        _ snapshot: GraphSnapshot, from source: NodeID, to target: NodeID, types: [String]? = nil,
        direction: Direction = .both, nodeLabel: String? = nil
    ) throws(AlgorithmError) -> WeightedPath? {
        try snapshot.requireLive([source, target])
        if source == target { return WeightedPath(nodes: [source], relationships: [], cost: 0) }
        let filter = types.map { snapshot.typeFilter($0) }
        let through = nodeLabel.map { snapshot.graph.nodes(withLabel: $0) }
        let backward: Direction = direction == .outgoing ? .incoming : direction == .incoming ? .outgoing : .both
        // node → (parent, relationship, depth) on each side.
        var forwardTree: [Int32: (parent: Int32, via: Int32, depth: Int32)] = [Int32(source.index): (-1, -1, 0)]
        var backwardTree: [Int32: (parent: Int32, via: Int32, depth: Int32)] = [Int32(target.index): (-1, -1, 0)]
        var forwardFrontier: [Int32] = [Int32(source.index)]
        var backwardFrontier: [Int32] = [Int32(target.index)]
        func work(_ frontier: [Int32], _ d: Direction) -> Int {
            var total = 0
            for v in frontier {
                let n = NodeID(Int(v))
                if d != .incoming { total += snapshot.outDegree(of: n) }
                if d != .outgoing { total += snapshot.inDegree(of: n) }
            }
            return total
        }
        typealias Tree = [Int32: (parent: Int32, via: Int32, depth: Int32)]
        /// Expands one whole level of `tree`'s frontier along `d`; returns the best meeting with `other`.
        func expand(_ frontier: inout [Int32], _ tree: inout Tree, along d: Direction, meeting other: Tree)
            -> (meet: Int32, length: Int32)?
        {
            var next: [Int32] = []
            var best: (meet: Int32, length: Int32)?
            for v in frontier {
                let depth = (tree[v]?.depth ?? 0) + 1
                snapshot.forEachNeighbor(of: NodeID(Int(v)), direction: d, types: filter) { w, r in
                    let wi = Int32(w.index)
                    guard tree[wi] == nil else { return }
                    if let through, !through.contains(w), w != source, w != target { return }
                    tree[wi] = (v, Int32(r.index), depth)
                    next.append(wi)
                    if let o = other[wi], best.map({ depth + o.depth < $0.length }) ?? true {
                        best = (wi, depth + o.depth)
                    }
                }
            }
            frontier = next
            return best
        }
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            let best =
                work(forwardFrontier, direction) <= work(backwardFrontier, backward)
                ? expand(&forwardFrontier, &forwardTree, along: direction, meeting: backwardTree)
                : expand(&backwardFrontier, &backwardTree, along: backward, meeting: forwardTree)
            if let best {
                var nodes: [NodeID] = []
                var rels: [RelationshipID] = []
                var v = best.meet
                while let step = forwardTree[v], step.parent >= 0 {
                    nodes.append(NodeID(Int(v)))
                    rels.append(RelationshipID(Int(step.via)))
                    v = step.parent
                }
                nodes.append(NodeID(Int(v)))
                nodes.reverse()
                rels.reverse()
                v = best.meet
                while let step = backwardTree[v], step.parent >= 0 {
                    rels.append(RelationshipID(Int(step.via)))
                    v = step.parent
                    nodes.append(NodeID(Int(v)))
                }
                return WeightedPath(nodes: nodes, relationships: rels, cost: Double(rels.count))
            }
        }
        return nil
    }

    /// A path of least total weight from `source` to `target` (Dijkstra), or nil when none.
    ///
    /// Each relationship's weight is its numeric property `weightProperty` (integer or
    /// float); relationships without it weigh `defaultWeight`, or are refused when that is nil.
    /// With `nodeLabel`, only through nodes with that label (the two ends need not carry it).
    /// - Throws: `AlgorithmError.unknownNode`; `.invalidPropertyValue` for a negative,
    ///   non-finite or non-numeric weight met on the way; `.invalidParameter` for a bad default.
    /// - Complexity: O((N + E) log N) worst case; stops when `target` is settled.
    public static func weighted(
        _ snapshot: GraphSnapshot, from source: NodeID, to target: NodeID, weightProperty: String,
        defaultWeight: Double? = 1, types: [String]? = nil, direction: Direction = .both, nodeLabel: String? = nil
    ) throws(AlgorithmError) -> WeightedPath? {
        try snapshot.requireLive([source, target])
        var search = try Dijkstra(snapshot, weightProperty: weightProperty, defaultWeight: defaultWeight, types: types)
        search.through = nodeLabel.map { snapshot.graph.nodes(withLabel: $0) }
        try search.run(from: source.index, until: target.index, direction: direction)
        guard search.dist[target.index].isFinite else { return nil }
        return path(to: target.index, parent: search.parent, via: search.via, cost: search.dist[target.index])
    }

    /// The least total weight from `source` to every node (`Double.infinity` when
    /// unreachable), indexed by node id. Weights as in `weighted`.
    /// - Complexity: O((N + E) log N).
    public static func weightedDistances(
        _ snapshot: GraphSnapshot, from source: NodeID, weightProperty: String, defaultWeight: Double? = 1,
        types: [String]? = nil, direction: Direction = .both
    ) throws(AlgorithmError) -> [Double] {
        try snapshot.requireLive([source])
        var search = try Dijkstra(snapshot, weightProperty: weightProperty, defaultWeight: defaultWeight, types: types)
        try search.run(from: source.index, until: -1, direction: direction)
        return search.dist
    }

    static func path(to t: Int, parent: [Int32], via: [Int32], cost: Double?) -> WeightedPath {
        var nodes: [NodeID] = [NodeID(t)]
        var rels: [RelationshipID] = []
        var v = t
        while parent[v] >= 0 {
            rels.append(RelationshipID(Int(via[v])))
            v = Int(parent[v])
            nodes.append(NodeID(v))
        }
        nodes.reverse()
        rels.reverse()
        return WeightedPath(nodes: nodes, relationships: rels, cost: cost ?? Double(rels.count))
    }
}

/// Dijkstra's state: distances, parents, and relationship weights read lazily (each
/// relationship's property is looked up at most once and cached in a dense array).
struct Dijkstra {
    let snapshot: GraphSnapshot
    let property: String
    let defaultWeight: Double?
    let filter: TypeFilter?
    /// When set, only these nodes (and the target) are entered.
    var through: NodeSet?
    var weights: [Double]
    var dist: [Double]
    var parent: [Int32]
    var via: [Int32]

    init(_ snapshot: GraphSnapshot, weightProperty: String, defaultWeight: Double?, types: [String]?)
        throws(AlgorithmError)
    {
        if let d = defaultWeight, !(d >= 0 && d.isFinite) {
            throw .invalidParameter(name: "defaultWeight", reason: Message(.algorithmsRuleFiniteNonNegative))
        }
        self.snapshot = snapshot
        self.property = weightProperty
        self.defaultWeight = defaultWeight
        self.filter = types.map { snapshot.typeFilter($0) }
        weights = [Double](repeating: .nan, count: snapshot.relationshipCapacity)
        dist = [Double](repeating: .infinity, count: snapshot.nodeCapacity)
        parent = [Int32](repeating: -1, count: snapshot.nodeCapacity)
        via = [Int32](repeating: -1, count: snapshot.nodeCapacity)
    }

    mutating func weight(_ r: Int) throws(AlgorithmError) -> Double {
        let cached = weights[r]
        if !cached.isNaN { return cached }
        let value = snapshot.graph.property(property, of: RelationshipID(r))
        let w: Double
        if value.isNull {
            guard let d = defaultWeight else {
                throw .invalidPropertyValue(
                    relationship: RelationshipID(r), property: property, reason: Message(.algorithmsValueMissing))
            }
            w = d
        } else {
            guard let x = value.doubleValue, x >= 0, x.isFinite else {
                throw .invalidPropertyValue(
                    relationship: RelationshipID(r), property: property,
                    reason: Message(.algorithmsValueNotFiniteNonNegative))
            }
            w = x
        }
        weights[r] = w
        return w
    }

    mutating func run(from s: Int, until t: Int, direction: Direction) throws(AlgorithmError) {
        var heap = MinHeap(capacity: 64)
        var settled = [Bool](repeating: false, count: snapshot.nodeCapacity)
        dist[s] = 0
        heap.push(0, Int32(s))
        let typeOf = snapshot.relationshipTypes
        while let (d, item) = heap.pop() {
            let v = Int(item)
            if settled[v] { continue }
            settled[v] = true
            if v == t { return }
            /// Relaxes the relationship `r` from `v` to `w`.
            func relax(_ r: Int, _ w: Int) throws(AlgorithmError) {
                if let filter, !filter.contains(typeOf[r]) { return }
                if settled[w] { return }
                if let through, w != t, !through.contains(NodeID(w)) { return }
                let nd = d + (try weight(r))
                if nd < dist[w] {
                    dist[w] = nd
                    parent[w] = Int32(v)
                    via[w] = Int32(r)
                    heap.push(nd, Int32(w))
                }
            }
            if direction != .incoming {
                for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1] {
                    try relax(snapshot.outRelationships[i].index, snapshot.outTargets[i].index)
                }
            }
            if direction != .outgoing {
                for i in snapshot.inOffsets[v]..<snapshot.inOffsets[v + 1] {
                    try relax(snapshot.inRelationships[i].index, snapshot.inSources[i].index)
                }
            }
        }
    }
}
