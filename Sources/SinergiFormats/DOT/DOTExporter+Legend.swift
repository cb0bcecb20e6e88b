// The legend cluster of a diagram: the kinds and relationship types actually drawn,
// plus the highlight marks in use.

import SinergiGraph

extension DOTExporter {
    /// Node samples per legend column.
    static let legendRows = 6

    static func writeLegend(
        graph: PropertyGraph, nodes: [NodeID], relationships: [RelationshipID], options: DOTOptions,
        hasRecommended: Bool, into out: inout DOTWriter
    ) {
        let kinds = Set(nodes.compactMap { DOTStyle.kind(of: graph.labels(of: $0)) }).sorted {
            DOTStyle.legendOrder($0) < DOTStyle.legendOrder($1)
        }
        let types = Set(relationships.map { graph.type(of: $0) }).sorted {
            DOTStyle.legendOrder(type: $0) < DOTStyle.legendOrder(type: $1)
        }
        let hasRoleModel =
            options.markRoleModels && nodes.contains { graph.exportedProperties(of: $0)["roleModel"] == .bool(true) }
        let hasGap = nodes.contains { options.gapRegencies.contains(graph.key(of: $0)) }
        guard !kinds.isEmpty || !types.isEmpty || hasRoleModel || hasGap || hasRecommended else { return }

        out.open("subgraph cluster_legend")
        out.assignments(
            [("label", .label(["Legend"]))]
                + [
                    ("style", "rounded,filled"), ("fillcolor", "#FFFFFF"), ("color", "#777777"), ("fontsize", "12"),
                    ("labeljust", "l"), ("tooltip", "legend"),
                ].dot)
        // Node samples: the kinds, then the highlight marks, in columns of `legendRows`.
        var samples: [(id: String, attributes: [DOTAttribute])] = []
        for (i, kind) in kinds.enumerated() {
            let style = DOTStyle.nodeStyle(kind: kind)
            var a: [(String, String)] = [
                ("shape", style.shape), ("fillcolor", style.fill), ("fontcolor", style.fontColor),
            ]
            if !style.extraStyle.isEmpty { a.append(("style", "filled," + style.extraStyle)) }
            samples.append(("legend_k\(i)", [("label", .label([style.caption]))] + a.dot + [("tooltip", .text(kind))]))
        }
        if hasRoleModel {
            samples.append(
                (
                    "legend_role",
                    [("label", .label([DOTStyle.roleModelMark + " role model"]))]
                        + ([("shape", "box"), ("fillcolor", "#FFFFFF")] + DOTStyle.roleModelNode).dot
                ))
        }
        if hasGap {
            samples.append(
                (
                    "legend_gap",
                    [("label", .label(["gap"]))]
                        + ([("shape", "box"), ("fillcolor", "#FFFFFF")] + DOTStyle.gapNode).dot
                ))
        }
        for sample in samples { out.attributes(sample.id, sample.attributes) }
        // Invisible edges put sample i + rows one rank after sample i: columns of `legendRows`.
        for i in samples.indices where i >= legendRows {
            out.edge(samples[i - legendRows].id, samples[i].id, [("style", "invis")].dot)
        }
        var edges: [(caption: String, attributes: [(String, String)])] = types.map {
            let style = DOTStyle.edgeStyle(type: $0)
            return (style.caption, style.attributes)
        }
        if hasRecommended {
            edges.append(("recommended partnership", DOTStyle.recommendedEdge.filter { $0.0 != "constraint" }))
        }
        // Line samples sit in their own two ranks after the last column of node samples.
        let anchor = samples.isEmpty ? nil : samples[(samples.count - 1) / legendRows * legendRows].id
        for (i, edge) in edges.enumerated() {
            let point: [DOTAttribute] = [("shape", "point"), ("width", "0.06"), ("fillcolor", "#333333")].dot
            out.attributes("legend_e\(i)a", [("label", .label([""]))] + point)
            out.attributes("legend_e\(i)b", [("label", .label([""]))] + point)
            out.edge("legend_e\(i)a", "legend_e\(i)b", [("label", .label([edge.caption]))] + edge.attributes.dot)
            if let anchor { out.edge(anchor, "legend_e\(i)a", [("style", "invis")].dot) }
        }
        out.close()
    }
}
