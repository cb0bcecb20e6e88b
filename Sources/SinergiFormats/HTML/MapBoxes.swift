// The region boxes of a large HTML map, whose layout engine (sfdp) draws no clusters. Each box
// is laid out on its own: the layout DOT keeps only the relationships inside a box (plus an
// invisible anchor tying the box's nodes together), so sfdp lays the boxes out as separate
// components and packs them side by side, and the map boxes each one where it landed. The
// map still draws every relationship, between boxes too, from the positions.

import SinergiGraph

extension ClusterTree {
    /// Up to this many regencies a large map boxes each regency; above, each province.
    static let mostRegencyBoxes = 60

    /// One level of boxes for a map laid out without clusters: the regencies (and, for the
    /// nodes of a province outside its regencies, the province) when there are at most
    /// `mostRegencyBoxes` regencies, else the provinces. Nodes in no region stay at the root.
    /// - Complexity: O(n · h) for n nodes in regions h levels deep.
    static func afterLayout(_ nodes: [NodeID], in graph: PropertyGraph) -> ClusterTree {
        let nested = build(nodes, in: graph, clustering: .regency)
        let regencies = nested.children.reduce(0) { $0 + $1.children.count }
        var root = ClusterTree(region: nil)
        root.nodes = nested.nodes
        func all(_ t: ClusterTree) -> [NodeID] { t.nodes + t.children.flatMap(all) }
        func box(_ region: NodeID?, _ members: [NodeID]) {
            guard !members.isEmpty else { return }
            var b = ClusterTree(region: region)
            b.nodes = members
            b.name = "box_\(root.children.count)"
            root.children.append(b)
        }
        for child in nested.children {
            if regencies > mostRegencyBoxes {
                box(child.region, all(child))
            } else {
                box(child.region, child.nodes)
                for regency in child.children { box(regency.region, all(regency)) }
            }
        }
        return root
    }

    /// The box number of each drawn node (by its index in `scene.nodes`), -1 for none.
    /// - Complexity: O(n).
    func boxNumbers(_ scene: DiagramScene) -> [Int] {
        var numbers = [Int](repeating: -1, count: scene.nodes.count)
        for (b, child) in children.enumerated() {
            for n in child.nodes { if let i = scene.index[n] { numbers[i] = b } }
        }
        return numbers
    }
}
