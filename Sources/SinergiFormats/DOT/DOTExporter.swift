// Graphviz DOT export of a stakeholder network: the diagram planners bring to
// Stakeholder Meetings. Deterministic: the same graph and options give the same bytes.

import SinergiGraph
import SinergiText

/// Writes a property graph (or part of it) as a Graphviz DOT diagram.
///
/// Nodes get synthetic ids `n0`, `n1`, … in sorted key order; every other string is a
/// quoted, escaped DOT string, so any name (quotes, backslashes, line breaks, DOT
/// keywords, `<b>` and `&`, emoji) comes out as typed. Every stakeholder kind has its own
/// shape and colour-blind-safe colour, every relationship type its own line (`DOTStyle`).
/// Nodes are boxed by the province (and regency) they are `LOCATED_IN`, rolled up along
/// `PART_OF`; many attendances or memberships from one box to one node are drawn as one
/// line; the boxes are arranged to fill the canvas (16:9 by default) and the legend sits
/// after the last of them. Every text the diagram adds is in `options.language`.
///
/// ```swift
/// var options = DOTOptions()
/// options.title = "Kepri network"
/// let dot = DOTExporter.export(graph, options: options)
/// try GraphvizRenderer().render(dot: dot, to: "kepri.svg")
/// ```
public enum DOTExporter {
    /// Above this many nodes a diagram is hard to read and slow to lay out; callers
    /// should warn (or draw a subset). Graphviz itself copes with more.
    public static let recommendedMaxNodes = 2_000

    /// Names are wrapped at about this many characters.
    public static let labelWrapWidth = 24

    /// The DOT text of `graph`, or of the part named by `subset`.
    ///
    /// Endpoints of `options.recommendedPartnerships` are drawn even when outside the
    /// subset; keys the graph does not have are skipped (see `unknownKeys`).
    /// - Complexity: O((n + r) log(n + r) + b²) for n nodes, r relationships and b boxes, plus
    ///   O(n · h) to place the nodes in regions h levels deep.
    public static func export(_ graph: PropertyGraph, options: DOTOptions = DOTOptions(), subset: GraphSubset? = nil)
        -> String
    {
        export(graph, options: options, subset: subset, packingBoxes: false)
    }

    /// `export`; with `packingBoxes` (the layout pass of a boxed sfdp drawing) only the
    /// relationships inside each of `ClusterTree.afterLayout`'s boxes are written, without
    /// junction points, and an invisible anchor per box holds its nodes together, so sfdp lays
    /// out and packs each box on its own. With `pinned` (the drawing pass, for `neato -n2`)
    /// every node is written at the position the layout pass gave it, the region boxes around
    /// them first (see `pinnedDrawing`).
    static func export(
        _ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?, packingBoxes: Bool,
        pinned: MapLayout? = nil
    ) -> String {
        let scene = DiagramScene(graph, options: options, subset: subset)
        var (edges, junctions, bundles) = drawnEdges(scene)
        // The legend says whether lines are bundled, in the layout pass as in the drawing.
        let bundled = bundles || !junctions.isEmpty
        if packingBoxes {
            // A junction joins the boxes its lines come from: left out of the layout, placed
            // between its ends when drawn.
            let points = Set(junctions.map(\.id))
            edges.removeAll { points.contains($0.tail) || points.contains($0.head) }
            junctions = []
        }
        let sfdp = options.engine == .sfdp
        let labels = scene.nodes.map { nodeLabel($0, scene) }
        let sizes = scene.nodes.indices.map { i in
            estimatedSize(lines: labels[i], shape: nodeStyle(scene.nodes[i], graph).shape)
        }
        let legend = options.legend ? Legend(scene, edges: edges, bundles: bundled) : nil
        let plan = sfdp ? GridPlan() : planGrid(scene, edges: edges, sizes: sizes, legend: legend?.extent(options))
        for i in edges.indices where !plan.shapesRanks(edges[i].tailIndex, edges[i].headIndex) {
            edges[i].constrains = false
        }

        var out = DOTWriter()
        out.line("// Sinergi network diagram: \(scene.nodes.count) nodes, \(scene.relationships.count) relationships.")
        // A drawing at fixed positions (laid out by sfdp, boxed) is drawn where it is: neato -n2.
        let program = pinned == nil ? options.engine.rawValue : "neato -n2"
        out.line(
            "// Render: sinergi render diagram.dot -o diagram.png (or \(program) -Tsvg -o diagram.svg diagram.dot)")
        out.open("digraph \"sinergi\"")
        let at = pinned.map { PinnedPositions(layout: $0, scene: scene, edges: edges, junctions: junctions) }
        if let at {
            out.attributes("graph", pinnedGraphAttributes(options, scale: at.scale))
        } else {
            out.attributes("graph", graphAttributes(options, compound: bundles && !sfdp, nodes: scene.nodes.count))
        }
        out.attributes(
            "node",
            [
                ("fontname", "Helvetica"), ("fontsize", "10"), ("style", "filled"), ("margin", "0.1,0.05"),
                ("color", "#333333"),
            ].dot)
        out.attributes("edge", [("fontname", "Helvetica"), ("fontsize", "8"), ("arrowsize", "0.7")].dot)

        if let at { writeBoxOutlines(at, into: &out) }
        writeClusters(scene.tree, scene: scene, labels: labels, anchors: plan.anchors, pinned: at, into: &out)
        for j in junctions {
            out.attributes(
                j.id,
                [("shape", "point"), ("width", "0.08"), ("color", DiagramPalette.grey), ("label", "")].dot
                    + [("tooltip", .text(j.tooltip))] + (at?.pos(j.id) ?? []))
        }
        if let at { writeBoxNames(at, into: &out) }
        if packingBoxes {
            // Components packed as their bounding boxes, 36 points apart (more than a box's
            // padding and two lines of gap notes), so no box reaches into another.
            out.attributes("graph", [("pack", "36"), ("packmode", "graph")].dot)
            let boxes = ClusterTree.afterLayout(scene.nodes, in: graph)
            let box = boxes.boxNumbers(scene)
            edges.removeAll { box[$0.tailIndex] != box[$0.headIndex] }
            for (b, child) in boxes.children.enumerated() {
                let anchor = "box\(b)"
                out.attributes(anchor, [("shape", "point"), ("width", "0.01"), ("style", "invis"), ("label", "")].dot)
                for n in child.nodes {
                    if let i = scene.index[n] { out.edge(anchor, scene.dotID(i), [("style", "invis")].dot) }
                }
            }
        }
        for e in edges {
            out.edge(e.tail, e.head, e.constrains ? e.attributes : e.attributes + [("constraint", .text("false"))])
        }
        for (tail, head) in plan.orderingEdges { out.edge(tail, head, [("style", "invis")].dot) }
        legend?.write(after: plan.chainEnds, sfdp: sfdp, pinned: at?.legendAttributes ?? [], into: &out)
        out.close()
        return out.text
    }

    /// The keys named in `options` (gap regencies, recommended partnerships) that `graph` lacks, sorted.
    /// - Complexity: O(k log k) for k keys.
    public static func unknownKeys(in options: DOTOptions, graph: PropertyGraph) -> [String] {
        var keys = Set(options.gapRegencies)
        for p in options.recommendedPartnerships {
            keys.insert(p.first)
            keys.insert(p.second)
        }
        return keys.filter { graph.node(forKey: $0) == nil }.sorted()
    }

    static func graphAttributes(_ options: DOTOptions, compound: Bool, nodes: Int) -> [DOTAttribute] {
        var a: [(String, String)] = [("layout", options.engine.rawValue), ("charset", "UTF-8")]
        switch options.engine {
        case .dot:
            a += [
                ("rankdir", options.rankDirection.rawValue), ("newrank", "true"), ("nodesep", "0.3"),
                ("ranksep", "0.6"),
            ]
            if compound { a.append(("compound", "true")) }
        case .sfdp:
            a += sfdpAttributes(nodes: nodes)
        }
        if let canvas = options.canvas { a += canvasAttributes(canvas) }
        a += [("fontname", "Helvetica"), ("bgcolor", "#FFFFFF")]
        guard let title = options.title else { return (a + [("fontsize", "12")]).dot }
        return (a + [("fontsize", "22"), ("labelloc", "t")]).dot + [("label", .label(DOTText.wrap(title, width: 80)))]
    }

    /// The `sfdp` settings for a graph of `nodes` nodes: overlap removal by prism (with no
    /// removal passes, only scaling, above `recommendedMaxNodes`, where passes take long and
    /// the picture is only an overview), straight edges drawn first, a fixed random start,
    /// components packed.
    /// - Complexity: O(1).
    public static func sfdpAttributes(nodes: Int) -> [(String, String)] {
        [
            ("overlap", nodes > recommendedMaxNodes ? "prism0" : "prism"), ("outputorder", "edgesfirst"),
            ("splines", "false"), ("start", "1"), ("pack", "true"),
        ]
    }

    /// `size`, `ratio` and `dpi` for a canvas: the drawing is scaled to fill it. (`ratio=fill`
    /// only ever spreads node positions apart in one direction, never pushes them together,
    /// so nothing overlaps; then the whole drawing is scaled to the size.)
    /// - Complexity: O(1).
    public static func canvasAttributes(_ canvas: DiagramCanvas) -> [(String, String)] {
        let dpi = Double(DiagramCanvas.dpi)
        return [
            ("size", inches(Double(canvas.width) / dpi) + "," + inches(Double(canvas.height) / dpi) + "!"),
            ("ratio", "fill"), ("dpi", String(DiagramCanvas.dpi)),
        ]
    }

    /// A length with at most 4 decimals and no trailing zeros (deterministic text).
    static func inches(_ x: Double) -> String {
        let scaled = (x * 10_000).rounded()
        let whole = Int(scaled) / 10_000
        var fraction = String(Int(scaled) % 10_000)
        while fraction.count < 4 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    /// The style of a node's kind.
    static func nodeStyle(_ id: NodeID, _ graph: PropertyGraph) -> DOTNodeStyle {
        DOTStyle.kind(of: graph.labels(of: id)).map(DOTStyle.nodeStyle(kind:))
            ?? DOTStyle.otherNodeStyle(kind: "")
    }

    /// The label lines of a node: its name wrapped (★ first for a role model), then its kind.
    static func nodeLabel(_ id: NodeID, _ scene: DiagramScene) -> [String] {
        let graph = scene.graph
        var lines = DOTText.wrap(scene.title(id), width: labelWrapWidth)
        if scene.options.markRoleModels && graph.property("roleModel", of: id) == .bool(true) {
            lines[0] = DOTStyle.roleModelMark + " " + lines[0]
        }
        if let kind = DOTStyle.kind(of: graph.labels(of: id)) {
            lines.append("(" + DOTStyle.nodeStyle(kind: kind).caption(scene.options.language) + ")")
        }
        return lines
    }

    /// The attributes of one drawn node.
    static func nodeAttributes(_ id: NodeID, lines: [String], scene: DiagramScene) -> [DOTAttribute] {
        let graph = scene.graph
        let key = graph.key(of: id)
        var a: [(String, String)] = []
        if let kind = DOTStyle.kind(of: graph.labels(of: id)) {
            let style = DOTStyle.nodeStyle(kind: kind)
            a += [("shape", style.shape), ("fillcolor", style.fill), ("fontcolor", style.fontColor)]
            if !style.extraStyle.isEmpty { a.append(("style", "filled," + style.extraStyle)) }
        } else {
            a += [("shape", "box"), ("fillcolor", DiagramPalette.white), ("style", "filled,rounded")]
        }
        if scene.options.markRoleModels && graph.property("roleModel", of: id) == .bool(true) {
            a = merge(a, DOTStyle.roleModelNode)
        }
        if scene.options.gapRegencies.contains(key) { a = merge(a, DOTStyle.gapNode) }
        return [("label", .label(lines))] + a.dot + [("tooltip", .text(key))]
    }

    /// `base` with every attribute of `extra` set (replacing the same name).
    static func merge(_ base: [(String, String)], _ extra: [(String, String)]) -> [(String, String)] {
        var out = base
        for (k, v) in extra {
            if let i = out.firstIndex(where: { $0.0 == k }) { out[i].1 = v } else { out.append((k, v)) }
        }
        return out
    }
}
