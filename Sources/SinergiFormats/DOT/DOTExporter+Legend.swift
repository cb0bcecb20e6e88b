// The legend of a diagram: the kinds and relationship types actually drawn, the highlight
// marks in use and any notes (what was left out). For `dot` it is a box after the last
// rank — beside the drawing, a column of real shape samples then one line sample per
// type; for `sfdp`, which draws no boxes, one compact table packed beside the drawing.

import SinergiGraph
import SinergiText

/// What a diagram's legend lists.
struct Legend {
    let language: Language
    let horizontal: Bool
    /// The kinds drawn, in legend order.
    var kinds: [DOTNodeStyle] = []
    /// Highlight marks: (id, label, attributes).
    var marks: [(id: String, label: String, attributes: [(String, String)])] = []
    /// Line samples: (caption, colour, attributes).
    var lines: [(caption: String, color: String, attributes: [(String, String)])] = []
    /// Lines of notes under the title.
    var notes: [String] = []

    /// Node samples per rank (a column in LR, a row in TB) before the legend wraps.
    static func samplesPerRank(horizontal: Bool) -> Int { horizontal ? 8 : 6 }

    init?(_ scene: DiagramScene, edges: [DrawnEdge], bundles: Bool) {
        let options = scene.options
        let graph = scene.graph
        language = options.language
        horizontal = options.rankDirection.isHorizontal
        kinds = Set(scene.nodes.compactMap { DOTStyle.kind(of: graph.labels(of: $0)) }).sorted {
            DOTStyle.legendOrder($0) < DOTStyle.legendOrder($1)
        }.map(DOTStyle.nodeStyle(kind:))
        if options.markRoleModels && scene.nodes.contains(where: { graph.property("roleModel", of: $0) == .bool(true) })
        {
            marks.append(
                (
                    "legend_role", DOTStyle.roleModelMark + " " + Message(.diagramRoleModel).text(language),
                    [("shape", "box"), ("fillcolor", DiagramPalette.white)] + DOTStyle.roleModelNode
                ))
        }
        let hasGapNode = scene.nodes.contains { options.gapRegencies.contains(graph.key(of: $0)) }
        if hasGapNode || !options.gapNotes.isEmpty {
            marks.append(
                (
                    "legend_gap", Message(.diagramGap).text(language),
                    [("shape", "box"), ("fillcolor", DiagramPalette.white), ("style", "filled,rounded")]
                        + DOTStyle.gapNode
                ))
        }
        let types = Set(scene.relationships.map { graph.type(of: $0) }).sorted {
            DOTStyle.legendOrder(type: $0) < DOTStyle.legendOrder(type: $1)
        }
        for type in types {
            let style = DOTStyle.edgeStyle(type: type)
            lines.append((style.caption(language), style.color, style.attributes))
        }
        if !scene.recommended.isEmpty {
            lines.append(
                (
                    Message(.diagramRecommended).text(language), DOTStyle.highlightColor,
                    DOTStyle.recommendedEdge.filter { $0.0 != "constraint" }
                ))
        }
        if bundles {
            lines.append(
                (
                    Message(.diagramBundle).text(language), DiagramPalette.grey,
                    [("style", "solid"), ("color", DiagramPalette.grey), ("penwidth", "1.6")]
                ))
        }
        notes = options.legendNotes
        guard !kinds.isEmpty || !marks.isEmpty || !lines.isEmpty || !notes.isEmpty else { return nil }
    }

    /// The estimated extent (along the ranks, across them) in inches.
    func extent(_ options: DOTOptions) -> (along: Double, cross: Double) {
        let samples = kinds.count + marks.count + (lines.isEmpty ? 0 : 1)
        let perRank = Self.samplesPerRank(horizontal: horizontal)
        let columns = max(1, (samples + perRank - 1) / perRank)
        let widest = (kinds.map { $0.caption(language).count } + marks.map { $0.label.count }).max() ?? 10
        let sample = DOTExporter.estimatedSize(lines: [String(repeating: "x", count: widest)], shape: "box")
        let lineWidth = lines.isEmpty ? 0 : (Double(lines.map(\.caption.count).max() ?? 0) * 0.075 + 0.9)
        let lineHeight = Double(lines.count) * 0.2
        if horizontal {
            return (
                Double(columns) * (max(sample.0, lineWidth) + 0.6) + 0.6,
                Double(min(samples, perRank)) * 0.7 + lineHeight + 0.8
            )
        }
        return (Double(columns) * 0.9 + 1.2, Double(min(samples, perRank)) * (sample.0 + 0.3) + 0.6)
    }

    /// Writes the legend; for `dot` after the nodes named in `chainEnds`.
    /// `pinned`: the position attribute of the sfdp legend in a drawing at fixed positions.
    func write(after chainEnds: [String], sfdp: Bool, pinned: [DOTAttribute] = [], into out: inout DOTWriter) {
        if sfdp {
            out.attributes(
                "legend",
                [("shape", "plain"), ("style", "solid"), ("fillcolor", "#FFFFFF")].dot
                    + [("label", .html(table())), ("tooltip", .text(title))] + pinned)
            return
        }
        out.open("subgraph cluster_legend")
        var header = [title] + notes
        header = header.flatMap { DOTText.wrap($0, width: 44) }
        out.assignments(
            [("label", .label(header))]
                + [
                    ("style", "rounded,filled"), ("fillcolor", "#FFFFFF"), ("color", "#777777"), ("fontsize", "12"),
                    ("labeljust", "l"), ("tooltip", title),
                ].dot)
        out.attributes(
            "legend_in",
            [("shape", "point"), ("style", "invis"), ("width", "0"), ("label", ""), ("ordering", "out")].dot)
        var samples: [String] = []
        for (i, style) in kinds.enumerated() {
            var a: [(String, String)] = [
                ("shape", style.shape), ("fillcolor", style.fill), ("fontcolor", style.fontColor),
            ]
            if !style.extraStyle.isEmpty { a.append(("style", "filled," + style.extraStyle)) }
            let id = "legend_k\(i)"
            out.attributes(
                id, [("label", .label([style.caption(language)]))] + a.dot + [("tooltip", .text(style.kind))])
            samples.append(id)
        }
        for mark in marks {
            out.attributes(mark.id, [("label", .label([mark.label]))] + mark.attributes.dot)
            samples.append(mark.id)
        }
        // The lines in one table: an edge label would make dot double every rank of the
        // whole drawing, and line samples between points do not keep their order.
        if !lines.isEmpty {
            out.attributes(
                "legend_lines",
                [("shape", "plain"), ("style", "solid"), ("fillcolor", "#FFFFFF")].dot
                    + [("label", .html(lineTable())), ("tooltip", .text(title))])
            samples.append("legend_lines")
        }
        // One rank after the anchor (a column in LR), wrapping after `samplesPerRank`. With
        // `ordering=out` the anchor's edges keep their order: left to right in TB, which LR
        // turns into bottom to top, so a column is written bottom first.
        let perRank = Self.samplesPerRank(horizontal: horizontal)
        let first = Array(samples.prefix(perRank))
        for sample in horizontal ? first.reversed() : first {
            out.edge("legend_in", sample, [("style", "invis")].dot)
        }
        for i in samples.indices where i >= perRank {
            out.edge(samples[i - perRank], samples[i], [("style", "invis")].dot)
        }
        out.close()
        for end in chainEnds { out.edge(end, "legend_in", [("style", "invis")].dot) }
    }

    var title: String { Message(.diagramLegend).text(language) }

    /// A line in text: its stroke in its colour and style, then its arrowhead.
    static func stroke(_ attributes: [(String, String)]) -> String {
        func value(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }
        let style = value("style") ?? "solid"
        let heavy = (Double(value("penwidth") ?? "1") ?? 1) >= 2
        var text: String
        switch style {
        case "dashed": text = heavy ? "╍╍╍╍" : "╌╌╌╌"
        case "dotted": text = "┈┈┈┈"
        case "bold": text = "━━━━"
        default: text = heavy ? "━━━━" : "────"
        }
        if value("dir") != "none" {
            switch value("arrowhead") ?? "normal" {
            case "none": break
            case "odiamond": text += "◇"
            case "onormal": text += "▷"
            default: text += "▶"
            }
        }
        return text
    }

    /// The rows of the line samples: stroke, caption.
    func lineRows() -> String {
        lines.map { line in
            "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(line.color)\">\(Self.stroke(line.attributes))</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTHTML.escaped(line.caption))</TD></TR>"
        }.joined()
    }

    /// The line samples as one Graphviz HTML table.
    func lineTable() -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">" + lineRows() + "</TABLE>"
    }

    /// The legend as one Graphviz HTML table (for `sfdp`): a colour swatch per kind, then the lines.
    func table() -> String {
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(DOTHTML.escaped(title))</B></TD></TR>"
        for note in notes { rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(DOTHTML.escaped(note))</TD></TR>" }
        for style in kinds {
            rows +=
                "<TR><TD BGCOLOR=\"\(style.fill)\" WIDTH=\"24\"> </TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTHTML.escaped(style.caption(language)))</TD></TR>"
        }
        for mark in marks {
            let color = mark.attributes.first { $0.0 == "color" }?.1 ?? "#333333"
            rows +=
                "<TR><TD BORDER=\"2\" COLOR=\"\(color)\" WIDTH=\"24\"> </TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTHTML.escaped(mark.label))</TD></TR>"
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">"
            + rows + lineRows() + "</TABLE>"
    }
}
