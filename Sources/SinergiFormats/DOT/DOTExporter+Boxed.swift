// A large picture whose regions are boxed although its layout engine (sfdp) draws no
// clusters, in two passes: sfdp lays out each region box on its own and packs the boxes
// (`boxedLayoutDOT`, the same layout as the HTML map's); then the drawing DOT places every node
// where sfdp put it, draws an outline around each region's nodes and its name over them, and
// every relationship, between boxes too, as a straight line (`boxedDrawingDOT`, drawn by
// `neato -n2`, which keeps given positions).

import SinergiGraph

extension DOTOptions {
    /// True when the regions are boxed around a layout made without clusters: `sfdp` chosen
    /// for a diagram that asked for boxes (`boxesAfterLayout`).
    /// - Complexity: O(1).
    public var boxesAroundLayout: Bool { boxesAfterLayout && clustering == .none && engine == .sfdp }
}

extension DOTExporter {
    /// The layout pass of a boxed large diagram: only the relationships inside each region box,
    /// an invisible anchor per box, the boxes packed 36 points apart; run it with `sfdp -Tplain`.
    /// - Complexity: as `export`.
    public static func boxedLayoutDOT(_ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset? = nil)
        -> String
    {
        var o = options
        o.canvas = nil  // packed at their natural size; the drawing pass fits the canvas
        return export(graph, options: o, subset: subset, packingBoxes: true)
    }

    /// The drawing pass of a boxed large diagram at the positions of `layout` (the plain output
    /// of `boxedLayoutDOT`): every node pinned, an outline per region box beneath the nodes, the
    /// region names above them, junction points between their lines' ends, the legend where
    /// sfdp packed it, the title sized to stay readable once the drawing fills the canvas.
    /// Draw it with `GraphvizRenderer.render(…, positioned: true)` (`neato -n2`).
    /// - Complexity: as `export`, plus O(n + b) for the boxes.
    public static func boxedDrawingDOT(
        _ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset? = nil, layout: MapLayout
    ) -> String {
        export(graph, options: options, subset: subset, packingBoxes: false, pinned: layout)
    }

    /// The graph attributes of a drawing at fixed positions: nothing moved (no overlap removal,
    /// no packing), straight lines under the nodes, the canvas filled by scaling alone.
    static func pinnedGraphAttributes(_ options: DOTOptions, scale: Double) -> [DOTAttribute] {
        var a: [(String, String)] = [
            ("layout", "nop2"), ("charset", "UTF-8"), ("overlap", "true"), ("splines", "false"),
            ("outputorder", "edgesfirst"), ("pack", "false"),
        ]
        if let canvas = options.canvas {
            a += canvasAttributes(canvas).filter { $0.0 != "ratio" }
        }
        a += [("fontname", "Helvetica"), ("bgcolor", "#FFFFFF")]
        guard let title = options.title else { return a.dot }
        let size = (22 / scale).rounded()
        return (a + [("fontsize", inches(size)), ("labelloc", "t")]).dot
            + [("label", .label(DOTText.wrap(title, width: 80)))]
    }

    /// The region outlines, beneath every node.
    static func writeBoxOutlines(_ at: PinnedPositions, into out: inout DOTWriter) {
        for (k, box) in at.boxes.enumerated() {
            var look: [(String, String)] = [
                ("shape", "box"), ("style", box.isProvince ? "rounded" : "rounded,dashed"),
                ("color", box.isProvince ? "#777777" : "#999999"), ("penwidth", inches(at.line(2))),
                ("fixedsize", "true"), ("label", ""),
                ("width", inches((box.x1 - box.x0) / 72)), ("height", inches((box.y1 - box.y0) / 72)),
            ]
            if box.isGap { look = merge(look, [("color", DOTStyle.highlightColor), ("penwidth", inches(at.line(3)))]) }
            out.attributes(
                "box\(k)",
                look.dot + [("tooltip", .text(box.key))] + at.point((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))
        }
    }

    /// The region names (and gap notes), above every node, at the top of their outlines, on a
    /// translucent white ground that keeps them readable over the nodes.
    static func writeBoxNames(_ at: PinnedPositions, into out: inout DOTWriter) {
        for (k, box) in at.boxes.enumerated() {
            let font = at.nameFont(box)
            let noteFont = (font * 0.6).rounded()
            var markup = "<B>" + DOTHTML.escaped(box.name) + "</B>"
            // Notes wrapped to the box's width.
            let chars = max(24, Int((box.x1 - box.x0) / (0.55 * noteFont)))
            let notes = box.notes.flatMap { DOTText.wrap($0, width: chars) }
            for note in notes {
                markup +=
                    "<BR/><FONT COLOR=\"\(DOTStyle.highlightColor)\" POINT-SIZE=\"\(inches(noteFont))\">"
                    + DOTHTML.escaped(note) + "</FONT>"
            }
            let height = font * 1.2 + noteFont * 1.2 * Double(notes.count)
            out.attributes(
                "boxname\(k)",
                [
                    ("shape", "plaintext"), ("style", "filled"), ("fillcolor", "#FFFFFFB3"), ("color", "#FFFFFF00"),
                    ("fontsize", inches(font)), ("fontcolor", "#333333"),
                    ("margin", "0"), ("width", "0"), ("height", "0"),
                ].dot + [("label", .html(markup)), ("tooltip", .text(box.key))]
                    + at.point((box.x0 + box.x1) / 2, box.y0 + RegionBox.padding / 2 + height / 2))
        }
    }
}

/// Where the drawing pass puts everything: the nodes where the layout pass put them, the region
/// boxes around them, the junction points between their lines' ends; and the factor the
/// drawing is scaled by to fill the canvas, which the title, names and outlines are sized for.
struct PinnedPositions {
    /// Centres in points, y growing downwards, by DOT id.
    private var centres: [String: (Double, Double)] = [:]
    /// The drawing's height in points (Graphviz's y grows upwards).
    private let height: Double
    /// The region boxes (`ClusterTree.afterLayout`), outermost first.
    let boxes: [RegionBox]
    /// Final size ÷ layout size (1 without a canvas).
    let scale: Double

    /// - Complexity: O(n + e + b) for n nodes, e lines and b boxes.
    init(layout: MapLayout, scene: DiagramScene, edges: [DrawnEdge], junctions: [JunctionNode]) {
        height = layout.height
        let legend = layout.boxes["legend"]
        let options = scene.options
        // The canvas left for the drawing, in points: the legend at its own size beside it, the
        // title above.
        let canvas = options.canvas.map { c -> (Double, Double) in
            let dpi = Double(DiagramCanvas.dpi)
            return (
                Double(c.width) / dpi * 72 - (legend.map { $0.width + 10 } ?? 0),
                Double(c.height) / dpi * 72 - (options.title == nil ? 0 : 36)
            )
        }
        // The nodes, spread apart in one direction (never pushed together) until the drawing
        // has the shape of that canvas, as `ratio=fill` does for one sfdp layout.
        var nodes: [String: MapLayout.Box] = [:]
        for i in scene.nodes.indices { if let b = layout.boxes[scene.dotID(i)] { nodes[scene.dotID(i)] = b } }
        var extent = LayoutExtent()
        for b in nodes.values { extent.add(b) }
        if let canvas, let e = extent.rect, e.x1 > e.x0, e.y1 > e.y0, canvas.0 > 0, canvas.1 > 0 {
            let aspect = canvas.0 / canvas.1
            let w = e.2 - e.0
            let h = e.3 - e.1
            let fx = max(1, aspect * h / w)
            let fy = max(1, w / (aspect * h))
            for (id, b) in nodes {
                nodes[id]?.x = e.0 + (b.x - e.0) * fx
                nodes[id]?.y = e.1 + (b.y - e.1) * fy
            }
        }
        for (id, b) in nodes { centres[id] = (b.x, b.y) }
        let fallback = MapLayout.Box(x: 0, y: 0, width: 0, height: 0)
        boxes = RegionBox.enclosing(
            ClusterTree.afterLayout(scene.nodes, in: scene.graph), scene: scene, afterLayout: true,
            place: { nodes[scene.dotID($0)] ?? fallback })
        // A junction sits a third of the way from the middle of its fan's tails to its head.
        let ids = Set(junctions.map(\.id))
        var tails: [String: [(Double, Double)]] = [:]
        var heads: [String: (Double, Double)] = [:]
        for e in edges {
            if ids.contains(e.head), let c = centres[e.tail] { tails[e.head, default: []].append(c) }
            if ids.contains(e.tail), let c = centres[e.head] { heads[e.tail] = c }
        }
        for j in junctions {
            guard let from = tails[j.id], !from.isEmpty else { continue }
            let mx = from.reduce(0) { $0 + $1.0 } / Double(from.count)
            let my = from.reduce(0) { $0 + $1.1 } / Double(from.count)
            let to = heads[j.id] ?? (mx, my)
            centres[j.id] = (mx + (to.0 - mx) / 3, my + (to.1 - my) / 3)
        }
        // The drawing's extent now: the nodes and boxes (not the legend, which moves beside them).
        extent = LayoutExtent()
        for b in nodes.values { extent.add(b) }
        for b in boxes { extent.add(b.x0, b.y0, b.x1, b.y1) }
        let e = extent.rect ?? (0, 0, layout.width, layout.height)
        let width = max(1, e.2 - e.0)
        let tall = max(1, e.3 - e.1)
        let gap = 0.02 * width
        scale = canvas.map { max(0.001, min($0.0 / (width + gap), $0.1 / tall)) } ?? 1
        if let legend {
            centres["legend"] = (e.2 + gap + legend.width / scale / 2, e.1 + legend.height / scale / 2)
        }
    }

    /// The legend's position and font size: beside the drawing, at its own size once scaled.
    var legendAttributes: [DOTAttribute] {
        pos("legend") + [("fontsize", .text(DOTExporter.inches((10 / scale).rounded())))]
    }

    /// The `pos` attribute of a DOT id, empty when the layout did not place it.
    func pos(_ id: String) -> [DOTAttribute] {
        guard let c = centres[id] else { return [] }
        return point(c.0, c.1)
    }

    /// The `pos` attribute of a point (points, y downwards), in Graphviz's coordinates.
    func point(_ x: Double, _ y: Double) -> [DOTAttribute] {
        [("pos", .text(Self.number(x) + "," + Self.number(height - y) + "!"))]
    }

    /// A line `points` thick once the drawing is scaled (at least that thick unscaled).
    func line(_ points: Double) -> Double { max(points, points / scale) }

    /// A box name's font: its own size kept between 14 and 22 points on the canvas, and no
    /// wider than the box.
    func nameFont(_ box: RegionBox) -> Double {
        let fits = (box.x1 - box.x0) / (0.6 * Double(max(1, box.name.count)))
        return max(1, min(fits, max(14 / scale, min(box.font, 22 / scale)))).rounded()
    }

    /// A coordinate with one decimal (deterministic text; negative values allowed).
    static func number(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return sign + String(a / 10) + (a % 10 == 0 ? "" : "." + String(a % 10))
    }
}
