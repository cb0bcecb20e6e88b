// Writing the node statements of a diagram, nested in their province/regency clusters.

import SinergiGraph

extension DOTExporter {
    static func writeClusters(
        _ tree: ClusterTree, depth: Int, prefix: String, graph: PropertyGraph, options: DOTOptions,
        dotID: [NodeID: String], into out: inout DOTWriter
    ) {
        for (i, child) in tree.children.enumerated() {
            let name = prefix + "_\(i)"
            out.open("subgraph " + name)
            if let region = child.region {
                let title = graph.exportedProperties(of: region)["name"]?.stringValue ?? graph.key(of: region)
                let isProvince = graph.hasLabel(region, "Province")
                var attributes: [DOTAttribute] = [("label", .label(DOTText.wrap(title, width: 40)))]
                attributes +=
                    [
                        ("style", isProvince ? "rounded,filled" : "rounded,dashed,filled"),
                        ("fillcolor", isProvince ? "#F5F5F5" : "#FFFFFF"),
                        ("color", isProvince ? "#777777" : "#AAAAAA"), ("fontsize", isProvince ? "14" : "11"),
                        ("labeljust", "l"), ("tooltip", graph.key(of: region)),
                    ].dot
                out.assignments(attributes)
            }
            writeClusters(
                child, depth: depth + 1, prefix: name, graph: graph, options: options, dotID: dotID, into: &out)
            out.close()
        }
        for id in tree.nodes {
            guard let n = dotID[id] else { continue }
            out.attributes(n, nodeAttributes(id, in: graph, options: options))
        }
    }
}
