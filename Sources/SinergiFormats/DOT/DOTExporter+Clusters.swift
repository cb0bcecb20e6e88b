// Writing the node statements of a diagram, nested in their province/regency clusters; a
// gap region's box gets a vermillion border and its gap notes under its name.

import SinergiGraph

extension DOTExporter {
    static func writeClusters(
        _ tree: ClusterTree, scene: DiagramScene, labels: [[String]], anchors: [String: [String]],
        pinned: PinnedPositions? = nil, into out: inout DOTWriter
    ) {
        let graph = scene.graph
        for child in tree.children {
            out.open("subgraph " + child.name)
            if let region = child.region {
                let key = graph.key(of: region)
                let title = DOTText.wrap(scene.title(region), width: 40)
                let isProvince = graph.hasLabel(region, "Province")
                let notes = scene.options.gapNotes[key] ?? []
                let isGap = scene.options.gapRegencies.contains(key) || !notes.isEmpty
                var attributes: [DOTAttribute]
                if notes.isEmpty {
                    attributes = [("label", .label(title))]
                } else {
                    let lines = title + notes.flatMap { DOTText.wrap($0, width: 40) }
                    attributes = [
                        ("label", .html(DOTHTML.lines(lines, color: DOTStyle.highlightColor, coloredFrom: title.count)))
                    ]
                }
                var look: [(String, String)] = [
                    ("style", isProvince ? "rounded,filled" : "rounded,dashed,filled"),
                    ("fillcolor", isProvince ? "#F5F5F5" : "#FFFFFF"),
                    ("color", isProvince ? "#777777" : "#AAAAAA"), ("fontsize", isProvince ? "14" : "11"),
                    ("labeljust", "l"), ("tooltip", key),
                ]
                if isGap { look = merge(merge(look, DOTStyle.gapCluster), [("style", "rounded,filled")]) }
                attributes += look.dot
                out.assignments(attributes)
            }
            writeClusters(child, scene: scene, labels: labels, anchors: anchors, pinned: pinned, into: &out)
            out.close()
        }
        for id in tree.nodes {
            guard let i = scene.index[id] else { continue }
            out.attributes(
                scene.dotID(i), nodeAttributes(id, lines: labels[i], scene: scene) + (pinned?.pos(scene.dotID(i)) ?? [])
            )
        }
        for anchor in anchors[tree.name] ?? [] {
            out.attributes(anchor, [("shape", "point"), ("style", "invis"), ("width", "0"), ("label", "")].dot)
        }
    }
}
