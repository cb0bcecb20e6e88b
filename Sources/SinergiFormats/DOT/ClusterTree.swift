// Which province and regency box every drawn node goes in. A stakeholder or event
// belongs to the region it is LOCATED_IN; a region rolls up via PART_OF (or LOCATED_IN)
// Village → District → Regency → Province.

import SinergiGraph

/// The nested clusters of a diagram: the root holds nodes outside every region.
struct ClusterTree {
    /// The region node this cluster stands for (nil for the root).
    var region: NodeID?
    /// Nodes directly in this cluster, in the order given to `build` (sorted by key).
    var nodes: [NodeID] = []
    /// Sub-clusters, sorted by region key.
    var children: [ClusterTree] = []
    /// The DOT subgraph name: `cluster_0`, `cluster_0_1`, … by position (empty for the root).
    var name = ""

    static let regionLabels = ["Province", "Regency", "District", "Village"]
    private static let maximumHops = 16

    /// Groups `nodes` by province (and, for `.regency`, by regency inside province).
    /// - Complexity: O(n · h) for h region levels, with results cached per region.
    static func build(_ nodes: [NodeID], in graph: PropertyGraph, clustering: DOTOptions.Clustering) -> ClusterTree {
        var root = ClusterTree(region: nil)
        guard clustering != .none else {
            root.nodes = nodes
            return root
        }
        var resolver = RegionResolver(graph: graph)
        // province key → (province, direct nodes, regency → nodes)
        var byProvince: [NodeID: (direct: [NodeID], regencies: [NodeID: [NodeID]])] = [:]
        var orphanRegencies: [NodeID: [NodeID]] = [:]
        for id in nodes {
            let place = resolver.placement(of: id)
            switch (place.province, clustering == .regency ? place.regency : nil) {
            case (let p?, let r?): byProvince[p, default: ([], [:])].regencies[r, default: []].append(id)
            case (let p?, nil): byProvince[p, default: ([], [:])].direct.append(id)
            case (nil, let r?): orphanRegencies[r, default: []].append(id)
            case (nil, nil): root.nodes.append(id)
            }
        }
        func byKey(_ a: NodeID, _ b: NodeID) -> Bool { graph.key(of: a) < graph.key(of: b) }
        for p in byProvince.keys.sorted(by: byKey) {
            guard let entry = byProvince[p] else { continue }
            var cluster = ClusterTree(region: p, nodes: entry.direct)
            for r in entry.regencies.keys.sorted(by: byKey) {
                cluster.children.append(ClusterTree(region: r, nodes: entry.regencies[r] ?? []))
            }
            root.children.append(cluster)
        }
        for r in orphanRegencies.keys.sorted(by: byKey) {
            root.children.append(ClusterTree(region: r, nodes: orphanRegencies[r] ?? []))
        }
        root.assignNames(prefix: "cluster")
        return root
    }

    /// Names every sub-cluster by its position under `prefix`.
    private mutating func assignNames(prefix: String) {
        for i in children.indices {
            children[i].name = prefix + "_\(i)"
            children[i].assignNames(prefix: children[i].name)
        }
    }

    /// Every node of this cluster and its sub-clusters.
    /// - Complexity: O(n) in the nodes of the subtree.
    var allNodes: [NodeID] { nodes + children.flatMap(\.allNodes) }

    /// True when the cluster named `inner` is this one's name or lies inside it (names are
    /// prefixes of their sub-clusters' names). The root (empty name) contains every cluster.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer.isEmpty || inner == outer || inner.hasPrefix(outer + "_")
    }

    /// Finds a node's province and regency, caching per region node.
    struct RegionResolver {
        let graph: PropertyGraph
        var cache: [NodeID: (province: NodeID?, regency: NodeID?)] = [:]

        init(graph: PropertyGraph) { self.graph = graph }

        func isRegion(_ id: NodeID) -> Bool { ClusterTree.regionLabels.contains { graph.hasLabel(id, $0) } }

        /// The first end node (by key) of the node's outgoing relationships of `types`,
        /// preferring region nodes.
        func parent(of id: NodeID, types: Set<String>) -> NodeID? {
            let ends = graph.outgoing(of: id).filter { types.contains(graph.type(of: $0)) }.map { graph.end(of: $0) }
                .filter { $0 != id }
            let sorted = ends.sorted { graph.key(of: $0) < graph.key(of: $1) }
            return sorted.first(where: isRegion) ?? sorted.first
        }

        mutating func placement(of id: NodeID) -> (province: NodeID?, regency: NodeID?) {
            let start = isRegion(id) ? id : parent(of: id, types: ["LOCATED_IN"])
            guard let start else { return (nil, nil) }
            return regionPlacement(of: start)
        }

        mutating func regionPlacement(of region: NodeID) -> (province: NodeID?, regency: NodeID?) {
            if let known = cache[region] { return known }
            var province: NodeID?
            var regency: NodeID?
            var current: NodeID? = region
            var visited: Set<NodeID> = []
            var hops = 0
            while let c = current, hops < ClusterTree.maximumHops, visited.insert(c).inserted {
                if regency == nil, graph.hasLabel(c, "Regency") { regency = c }
                if graph.hasLabel(c, "Province") {
                    province = c
                    break
                }
                current = parent(of: c, types: ["PART_OF", "LOCATED_IN"])
                hops += 1
            }
            cache[region] = (province, regency)
            return (province, regency)
        }
    }
}
