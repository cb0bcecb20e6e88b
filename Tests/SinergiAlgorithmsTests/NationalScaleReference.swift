// Plain reference answers for the national-scale checks, computed on the PropertyGraph (not the
// snapshot the algorithms read) with the simplest methods: breadth-first search, and "remove it
// and look again" for bridges and articulation points.
import SinergiGraph

/// The simplest correct answers, for comparing with the algorithms' exact figures.
struct NationalScaleReference {
    let graph: PropertyGraph
    /// Neighbours per node index (both directions) over the chosen types, among the chosen
    /// nodes, one entry per relationship, self-loops left out.
    private var neighbours: [[(node: Int32, relationship: RelationshipID)]]
    /// The nodes taking part, in id order.
    let members: [NodeID]

    /// The network of relationships of `types` (every type when nil) among nodes with
    /// `label` (every node when nil), followed both ways.
    init(_ graph: PropertyGraph, types: Set<String>?, label: String? = nil) {
        self.graph = graph
        members = graph.nodes.filter { label == nil || graph.hasLabel($0, label!) }
        var isMember = [Bool](repeating: false, count: graph.nodeCapacity)
        for m in members { isMember[m.index] = true }
        neighbours = Array(repeating: [], count: graph.nodeCapacity)
        for r in graph.relationships where types?.contains(graph.type(of: r)) ?? true {
            let a = graph.start(of: r)
            let b = graph.end(of: r)
            guard a != b, isMember[a.index], isMember[b.index] else { continue }
            neighbours[a.index].append((Int32(b.index), r))
            neighbours[b.index].append((Int32(a.index), r))
        }
    }

    /// Hops from `sources` to every node (by index; -1 when not reached within `maxHops`),
    /// leaving out the node `without` and the relationship `skipping`.
    func hops(
        from sources: [NodeID], maxHops: Int = .max, without: NodeID? = nil, skipping: RelationshipID? = nil
    ) -> [Int32] {
        var dist = [Int32](repeating: -1, count: neighbours.count)
        let banned = without.map { Int32($0.index) } ?? -1
        var frontier: [Int32] = []
        for s in sources where Int32(s.index) != banned && dist[s.index] < 0 {
            dist[s.index] = 0
            frontier.append(Int32(s.index))
        }
        var level: Int32 = 0
        while !frontier.isEmpty && Int(level) < maxHops {
            level += 1
            var next: [Int32] = []
            for u in frontier {
                for (v, r) in neighbours[Int(u)] where v != banned && dist[Int(v)] < 0 && r != skipping {
                    dist[Int(v)] = level
                    next.append(v)
                }
            }
            frontier = next
        }
        return dist
    }

    /// How many nodes `hops(from:…)` reaches.
    func reachedCount(from sources: [NodeID], maxHops: Int = .max) -> Int {
        hops(from: sources, maxHops: maxHops).reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
    }

    /// The number of connected pieces among the members (isolated members count one each).
    func componentCount() -> Int {
        var seen = [Bool](repeating: false, count: neighbours.count)
        var count = 0
        for m in members where !seen[m.index] {
            count += 1
            for (i, d) in hops(from: [m]).enumerated() where d >= 0 { seen[i] = true }
        }
        return count
    }

    /// True when removing relationship `r` (between `a` and `b`) disconnects `a` from `b`.
    func isBridge(_ r: RelationshipID, _ a: NodeID, _ b: NodeID) -> Bool {
        hops(from: [a], skipping: r)[b.index] < 0
    }

    /// Into how many pieces the neighbours of `x` fall once `x` is removed.
    func piecesAfterRemoving(_ x: NodeID) -> Int {
        var left = Set(neighbours[x.index].map(\.node))
        var pieces = 0
        while let n = left.min() {
            pieces += 1
            let dist = hops(from: [NodeID(Int(n))], without: x)
            left = left.filter { dist[Int($0)] < 0 }
        }
        return pieces
    }

    /// Every relationship of the network, once, as (relationship, start, end), in id order.
    var edges: [(RelationshipID, NodeID, NodeID)] {
        var out: [(RelationshipID, NodeID, NodeID)] = []
        for (a, list) in neighbours.enumerated() {
            for (b, r) in list where a < Int(b) { out.append((r, NodeID(a), NodeID(Int(b)))) }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// The number of relationships of `node` in the network (both directions).
    func degree(_ node: NodeID) -> Int { neighbours[node.index].count }
}
