// Weakly connected components and isolates (union-find with path halving).
import SinergiGraph

/// The weakly connected components of a snapshot, optionally restricted to some
/// relationship types and to the nodes carrying one label.
///
/// ```swift
/// let c = Components.weakly(snapshot, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
/// c.count, c.sizes[c.largest], c.isolates
/// ```
public struct Components: Equatable, Sendable {
    /// The component of each node id (numbered 0 ..< count in order of their smallest
    /// node id), or -1 for nodes left out (removed, or without `nodeLabel`).
    public var componentOf: [Int32]
    /// The number of nodes in each component.
    public var sizes: [Int]
    /// The included nodes with no admitted relationship to an included node (degree 0;
    /// as in NetworkX, a node with a self-loop is not an isolate).
    public var isolates: [NodeID]

    /// The number of components (isolates included, each its own component).
    public var count: Int { sizes.count }

    /// The index of the largest component (the first of equal ones); -1 when empty.
    public var largest: Int {
        var best = -1
        for (i, s) in sizes.enumerated() where best < 0 || s > sizes[best] { best = i }
        return best
    }

    /// The component of `node`, nil when it was left out.
    /// - Complexity: O(1).
    public func component(of node: NodeID) -> Int? {
        guard node.index < componentOf.count, componentOf[node.index] >= 0 else { return nil }
        return Int(componentOf[node.index])
    }

    /// The members of each component, each list in increasing id order.
    /// - Complexity: O(N).
    public func members() -> [[NodeID]] {
        var lists = [[NodeID]](repeating: [], count: sizes.count)
        for (i, c) in componentOf.enumerated() where c >= 0 { lists[Int(c)].append(NodeID(i)) }
        return lists
    }

    public init(componentOf: [Int32], sizes: [Int], isolates: [NodeID]) {
        self.componentOf = componentOf
        self.sizes = sizes
        self.isolates = isolates
    }

    /// The weakly connected components: relationships are followed in both directions.
    ///
    /// - Parameters:
    ///   - types: relationship types that connect; nil means every type.
    ///   - nodeLabel: when given, only nodes with this label take part (relationships to
    ///     other nodes are ignored).
    /// - Complexity: O(N + E·α(N)) time, O(N) memory.
    public static func weakly(_ snapshot: GraphSnapshot, types: [String]? = nil, nodeLabel: String? = nil)
        -> Components
    {
        let mask = snapshot.liveMask(label: nodeLabel)
        let filter = types.map { snapshot.typeFilter($0) }
        return weakly(snapshot, filter: filter, mask: mask)
    }

    static func weakly(_ snapshot: GraphSnapshot, filter: TypeFilter?, mask: [Bool]) -> Components {
        let n = snapshot.nodeCapacity
        var parent = [Int32](repeating: 0, count: n)
        for i in 0..<n { parent[i] = Int32(i) }
        var linked = [Bool](repeating: false, count: n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != Int32(x) {
                let gp = parent[Int(parent[x])]
                parent[x] = gp
                x = Int(gp)
            }
            return x
        }
        let typeOf = snapshot.relationshipTypes
        for v in 0..<n where mask[v] {
            for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1] {
                if let filter, !filter.contains(typeOf[snapshot.outRelationships[i].index]) { continue }
                let w = snapshot.outTargets[i].index
                guard mask[w] else { continue }
                linked[v] = true
                linked[w] = true
                let a = find(v)
                let b = find(w)
                if a != b {
                    // the smaller root wins, so roots are each component's smallest id
                    if a < b { parent[b] = Int32(a) } else { parent[a] = Int32(b) }
                }
            }
        }
        var componentOf = [Int32](repeating: -1, count: n)
        var sizes: [Int] = []
        var isolates: [NodeID] = []
        for v in 0..<n where mask[v] {
            let r = find(v)
            if r == v {
                componentOf[v] = Int32(sizes.count)
                sizes.append(0)
            } else {
                componentOf[v] = componentOf[r]
            }
            sizes[Int(componentOf[v])] += 1
            if !linked[v] { isolates.append(NodeID(v)) }
        }
        return Components(componentOf: componentOf, sizes: sizes, isolates: isolates)
    }
}
