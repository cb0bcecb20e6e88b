// The region boxes drawn around a finished layout: each box encloses the nodes of its region
// (and its sub-regions' boxes) with a margin, room above for its name and gap notes. The HTML
// map draws them as SVG; a large picture laid out by sfdp (which draws no clusters) draws them
// as outlines at fixed positions. One geometry for both.

import SinergiGraph

/// The smallest rectangle holding what was added: left, top, right, bottom, in points; nil
/// until something is added.
struct LayoutExtent {
    private(set) var rect: (x0: Double, y0: Double, x1: Double, y1: Double)?

    /// Grows the extent to hold the rectangle from (`x0`, `y0`) to (`x1`, `y1`).
    /// - Complexity: O(1).
    mutating func add(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
        rect = rect.map { (min($0.x0, x0), min($0.y0, y0), max($0.x1, x1), max($0.y1, y1)) } ?? (x0, y0, x1, y1)
    }

    /// Grows the extent to hold a node's box (its centre and size).
    /// - Complexity: O(1).
    mutating func add(_ box: MapLayout.Box) {
        add(box.x - box.width / 2, box.y - box.height / 2, box.x + box.width / 2, box.y + box.height / 2)
    }
}

/// One region's box around laid-out nodes, in points with the origin at the top left.
struct RegionBox {
    /// The region, its name (or key) and key.
    var region: NodeID
    var name: String
    var key: String
    /// True for a province, false for a regency (or a smaller region).
    var isProvince: Bool
    /// True when the region is a gap (marked, or with gap notes).
    var isGap: Bool
    /// The gap notes written under the name.
    var notes: [String]
    /// The rectangle: left, top, right, bottom.
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    /// The name's font size in points (13 unless the box was drawn after a large layout).
    var font: Double

    /// The margin between a box and what it holds, in points.
    static let padding = 10.0
    /// The font size of a box's name and the height of one note line, in points.
    static let nameFont = 13.0

    /// The boxes of `tree`'s regions around the nodes' boxes (`place` gives the centre and
    /// size of drawn node i), outermost first, each before its sub-regions'; regions holding
    /// nothing placed have none. With `afterLayout` (boxes drawn around a layout made without
    /// them) the name grows with the box (a tenth of its width, 13 to 96 points) and is written
    /// over the nodes, so the box keeps no room above them for it.
    /// - Complexity: O(n + b) for n nodes and b regions.
    static func enclosing(
        _ tree: ClusterTree, scene: DiagramScene, afterLayout: Bool, place: (Int) -> MapLayout.Box
    ) -> [RegionBox] {
        var out: [RegionBox?] = []
        _ = enclose(tree, scene: scene, afterLayout: afterLayout, place: place, into: &out)
        return out.compactMap { $0 }
    }

    private static func enclose(
        _ tree: ClusterTree, scene: DiagramScene, afterLayout: Bool, place: (Int) -> MapLayout.Box,
        into out: inout [RegionBox?]
    ) -> (Double, Double, Double, Double)? {
        let graph = scene.graph
        var extent = LayoutExtent()
        for n in tree.nodes {
            guard let i = scene.index[n] else { continue }
            extent.add(place(i))
        }
        let slot = out.count
        if tree.region != nil { out.append(nil) }
        for child in tree.children {
            if let r = enclose(child, scene: scene, afterLayout: afterLayout, place: place, into: &out) {
                extent.add(r.0, r.1, r.2, r.3)
            }
        }
        guard let region = tree.region else { return extent.rect.map { ($0.x0, $0.y0, $0.x1, $0.y1) } }
        guard let inner = extent.rect else {
            out.remove(at: slot)
            return nil
        }
        let key = graph.key(of: region)
        let notes = scene.options.gapNotes[key] ?? []
        let pad = padding
        let font = afterLayout ? min(96, max(nameFont, (inner.2 - inner.0) / 10).rounded()) : nameFont
        let top = (afterLayout ? pad : 22.0) + nameFont * Double(notes.count)
        out[slot] = RegionBox(
            region: region, name: scene.title(region), key: key, isProvince: graph.hasLabel(region, "Province"),
            isGap: scene.options.gapRegencies.contains(key) || !notes.isEmpty, notes: notes,
            x0: inner.0 - pad, y0: inner.1 - top, x1: inner.2 + pad, y1: inner.3 + pad, font: font)
        return (inner.0 - pad, inner.1 - top, inner.2 + pad, inner.3 + pad)
    }
}
