// Fragile links: bridges and articulation points of a network (iterative Tarjan), each
// with how many stakeholders it would cut off.
import SinergiGraph

/// Partnerships and stakeholders the network hangs on: removing a bridge (a relationship)
/// or an articulation point (a node) splits its component.
///
/// Relationships are treated as undirected; parallel relationships between the same two
/// nodes are never bridges; self-loops are ignored.
///
/// ```swift
/// let f = FragileLinks.find(snapshot)       // over PARTNERS_WITH
/// f.bridges.first?.cutOff                   // stakeholders the worst bridge would cut off
/// ```
public struct FragileLinks: Equatable, Sendable {
    /// A relationship whose removal disconnects its component.
    public struct Bridge: Equatable, Sendable {
        /// The relationship.
        public var relationship: RelationshipID
        /// Its start node.
        public var start: NodeID
        /// Its end node.
        public var end: NodeID
        /// Nodes on the smaller side once it is removed.
        public var cutOff: Int
        /// Nodes in the component it belongs to.
        public var componentSize: Int
    }

    /// A node whose removal disconnects its component.
    public struct ArticulationPoint: Equatable, Sendable {
        /// The node.
        public var node: NodeID
        /// Nodes outside the largest remaining piece once it is removed.
        public var cutOff: Int
        /// How many pieces its component falls into without it.
        public var piecesAfterRemoval: Int
        /// Nodes in the component it belongs to.
        public var componentSize: Int
    }

    /// Bridges, most cut off first (ties by relationship id).
    public var bridges: [Bridge]
    /// Articulation points, most cut off first (ties by node id).
    public var articulationPoints: [ArticulationPoint]

    /// Finds the bridges and articulation points of the network of `types` relationships
    /// among the nodes carrying `nodeLabel` (all nodes when nil), by Tarjan's low-link
    /// depth-first search with an explicit stack (no recursion, so depth is unbounded).
    /// - Parameter types: relationship types of the network; nil means every type.
    /// - Complexity: O(N + E) time and memory.
    public static func find(
        _ snapshot: GraphSnapshot, types: [String]? = ["PARTNERS_WITH"], nodeLabel: String? = nil
    ) -> FragileLinks {
        let mask = snapshot.liveMask(label: nodeLabel)
        let adj = Adjacency(
            snapshot, direction: .both, types: types.map { snapshot.typeFilter($0) }, nodeMask: mask,
            selfLoops: .drop)
        let n = adj.nodeCapacity
        var state = [TarjanState](repeating: TarjanState(), count: n)
        // the DFS stack keeps each node's arc cursor, so the hot loop touches only the
        // stack top and the neighbour's state
        var stack: [TarjanFrame] = []
        var order: [Int32] = []
        var bridges: [Bridge] = []
        var points: [ArticulationPoint] = []
        var time: Int32 = 0
        for root in 0..<n where mask[root] && state[root].disc < 0 {
            let firstBridge = bridges.count
            order.removeAll(keepingCapacity: true)
            state[root].disc = time
            state[root].low = time
            time += 1
            state[root].size = 1
            stack.append(
                TarjanFrame(node: Int32(root), parentRel: -1, next: adj.offsets[root], end: adj.offsets[root + 1]))
            order.append(Int32(root))
            while !stack.isEmpty {
                let t = stack.count - 1
                let v = Int(stack[t].node)
                let i = stack[t].next
                if i < stack[t].end {
                    stack[t].next = i + 1
                    let w = Int(adj.targets[i])
                    let r = adj.relationships[i]
                    if r == stack[t].parentRel { continue }
                    let dw = state[w].disc
                    if dw < 0 {
                        state[w].disc = time
                        state[w].low = time
                        time += 1
                        state[w].size = 1
                        stack.append(
                            TarjanFrame(node: Int32(w), parentRel: r, next: adj.offsets[w], end: adj.offsets[w + 1]))
                        order.append(Int32(w))
                    } else if dw < state[v].low {
                        state[v].low = dw
                    }
                } else {
                    let parentRel = stack[t].parentRel
                    stack.removeLast()
                    guard t > 0 else { continue }
                    let p = Int(stack[t - 1].node)
                    let child = state[v]
                    if child.low < state[p].low { state[p].low = child.low }
                    state[p].size += child.size
                    if child.low > state[p].disc {
                        let rel = RelationshipID(UInt32(parentRel))
                        let start = snapshot.graph.start(of: rel)
                        bridges.append(
                            Bridge(
                                relationship: rel, start: start, end: start == NodeID(p) ? NodeID(v) : NodeID(p),
                                cutOff: Int(child.size), componentSize: 0))
                    }
                    if child.low >= state[p].disc {
                        state[p].separatedSum += child.size
                        state[p].separatedCount += 1
                        if child.size > state[p].separatedMax { state[p].separatedMax = child.size }
                    }
                }
            }
            let c = Int(state[root].size)
            for b in firstBridge..<bridges.count {
                bridges[b].componentSize = c
                bridges[b].cutOff = min(bridges[b].cutOff, c - bridges[b].cutOff)
            }
            for u32 in order {
                let u = Int(u32)
                let st = state[u]
                let isRoot = u == root
                guard isRoot ? st.separatedCount >= 2 : st.separatedCount >= 1 else { continue }
                let rest = isRoot ? 0 : c - 1 - Int(st.separatedSum)
                let largest = max(Int(st.separatedMax), rest)
                points.append(
                    ArticulationPoint(
                        node: NodeID(u), cutOff: c - 1 - largest,
                        piecesAfterRemoval: Int(st.separatedCount) + (rest > 0 ? 1 : 0), componentSize: c))
            }
        }
        bridges.sort { $0.cutOff != $1.cutOff ? $0.cutOff > $1.cutOff : $0.relationship < $1.relationship }
        points.sort { $0.cutOff != $1.cutOff ? $0.cutOff > $1.cutOff : $0.node < $1.node }
        return FragileLinks(bridges: bridges, articulationPoints: points)
    }

    public init(bridges: [Bridge], articulationPoints: [ArticulationPoint]) {
        self.bridges = bridges
        self.articulationPoints = articulationPoints
    }
}

/// Tarjan's per-node state, kept together so one cache line serves each visit.
struct TarjanState {
    var disc: Int32 = -1
    var low: Int32 = 0
    var size: Int32 = 0
    var separatedSum: Int32 = 0
    var separatedMax: Int32 = 0
    var separatedCount: Int32 = 0
}

/// One node on the DFS stack: the relationship it was reached by and its arc cursor.
struct TarjanFrame {
    var node: Int32
    var parentRel: Int32
    var next: Int
    var end: Int
}
