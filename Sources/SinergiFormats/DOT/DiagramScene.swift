// What one diagram draws, resolved once: the nodes in key order with their DOT ids, the
// cluster tree, the relationships in output order and the recommended partnerships. The DOT
// exporter writes it; the HTML map lays it out with Graphviz and shows the same content.

import SinergiGraph

/// The resolved content of a diagram.
struct DiagramScene {
    let graph: PropertyGraph
    let options: DOTOptions
    /// Drawn nodes, sorted by key; node i is `n<i>` in DOT.
    let nodes: [NodeID]
    /// The position of each drawn node in `nodes`.
    let index: [NodeID: Int]
    /// The province / regency boxes.
    let tree: ClusterTree
    /// The innermost cluster of each node in a cluster (nodes at the root are absent).
    let clusterOf: [NodeID: String]
    /// Drawn relationships, sorted by start index, end index, type, key.
    let relationships: [RelationshipID]
    /// Recommended partnerships as index pairs (smaller first), without duplicates, sorted.
    let recommended: [(Int, Int)]

    /// Resolves `subset` (all of `graph` when nil) under `options`. Endpoints of recommended
    /// partnerships are drawn even when outside the subset; unknown keys are skipped.
    /// - Complexity: O((n + r) log(n + r)) plus O(n · h) to place n nodes in regions h levels deep.
    init(_ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?) {
        self.graph = graph
        self.options = options
        var (nodeIDs, relationshipIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        var pairs: [(NodeID, NodeID)] = []
        var extra: Set<NodeID> = []
        for pair in options.recommendedPartnerships {
            guard let a = graph.node(forKey: pair.first), let b = graph.node(forKey: pair.second), a != b else {
                continue
            }
            pairs.append((a, b))
            extra.insert(a)
            extra.insert(b)
        }
        if !extra.isEmpty { nodeIDs = Array(Set(nodeIDs).union(extra)) }
        nodeIDs = graph.sortedByKey(nodeIDs)
        var index: [NodeID: Int] = [:]
        for (i, id) in nodeIDs.enumerated() { index[id] = i }
        self.nodes = nodeIDs
        self.index = index
        let tree = ClusterTree.build(nodeIDs, in: graph, clustering: options.clustering)
        self.tree = tree
        var clusterOf: [NodeID: String] = [:]
        func walk(_ t: ClusterTree) {
            for n in t.nodes where !t.name.isEmpty { clusterOf[n] = t.name }
            t.children.forEach(walk)
        }
        walk(tree)
        self.clusterOf = clusterOf
        self.relationships = relationshipIDs.compactMap { r -> (Int, Int, String, String, RelationshipID)? in
            guard let s = index[graph.start(of: r)], let e = index[graph.end(of: r)] else { return nil }
            return (s, e, graph.type(of: r), graph.key(of: r), r)
        }.sorted { a, b in (a.0, a.1, a.2, a.3) < (b.0, b.1, b.2, b.3) }.map(\.4)
        var seen: Set<[Int]> = []
        var recommended: [(Int, Int)] = []
        for (a, b) in pairs {
            guard let i = index[a], let j = index[b] else { continue }
            let pair = (min(i, j), max(i, j))
            if seen.insert([pair.0, pair.1]).inserted { recommended.append(pair) }
        }
        self.recommended = recommended.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The DOT id of a drawn node.
    func dotID(_ i: Int) -> String { "n\(i)" }

    /// The drawn index of a relationship's start and end.
    func ends(_ r: RelationshipID) -> (Int, Int) {
        (index[graph.start(of: r)] ?? 0, index[graph.end(of: r)] ?? 0)
    }

    /// The innermost cluster name of a drawn node ("" for the root).
    func cluster(ofIndex i: Int) -> String { clusterOf[nodes[i]] ?? "" }

    /// The node's name, or its key when it has none.
    func title(_ id: NodeID) -> String { graph.property("name", of: id).stringValue ?? graph.key(of: id) }
}
