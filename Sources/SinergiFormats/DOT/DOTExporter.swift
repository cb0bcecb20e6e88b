// Graphviz DOT export of a stakeholder network: the diagram planners bring to
// Stakeholder Meetings. Deterministic: the same graph and options give the same bytes.

import SinergiGraph

/// Writes a property graph (or part of it) as a Graphviz DOT diagram.
///
/// Nodes get synthetic ids `n0`, `n1`, … in sorted key order; every other string is a
/// quoted, escaped DOT string, so any name (quotes, backslashes, line breaks, DOT
/// keywords, `<b>` and `&`, emoji) comes out as typed. Shapes and Okabe–Ito colours
/// follow the stakeholder kind, line styles the relationship type (`DOTStyle`).
/// Nodes are boxed by the province (and regency) they are `LOCATED_IN`, rolled up
/// along `PART_OF`.
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
    /// - Complexity: O((n + r) log(n + r)) plus O(n · h) to place n nodes in regions h levels deep.
    public static func export(_ graph: PropertyGraph, options: DOTOptions = DOTOptions(), subset: GraphSubset? = nil)
        -> String
    {
        var (nodeIDs, relationshipIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        var recommended: [(NodeID, NodeID)] = []
        var extra: Set<NodeID> = []
        for pair in options.recommendedPartnerships {
            guard let a = graph.node(forKey: pair.first), let b = graph.node(forKey: pair.second) else { continue }
            recommended.append((a, b))
            extra.insert(a)
            extra.insert(b)
        }
        if !extra.isEmpty { nodeIDs = Array(Set(nodeIDs).union(extra)) }
        nodeIDs = graph.sortedByKey(nodeIDs)
        var dotIndex: [NodeID: Int] = [:]
        var dotID: [NodeID: String] = [:]
        for (i, id) in nodeIDs.enumerated() {
            dotIndex[id] = i
            dotID[id] = "n\(i)"
        }

        var out = DOTWriter()
        out.line(
            "// Sinergi network diagram: \(nodeIDs.count) nodes, \(relationshipIDs.count) relationships."
        )
        out.line("// Render: \(options.engine.rawValue) -Tsvg -o diagram.svg diagram.dot")
        out.open("digraph \"sinergi\"")
        out.attributes("graph", graphAttributes(options))
        out.attributes(
            "node",
            [
                ("fontname", "Helvetica"), ("fontsize", "10"), ("style", "filled"), ("margin", "0.1,0.05"),
                ("color", "#333333"),
            ].dot)
        out.attributes("edge", [("fontname", "Helvetica"), ("fontsize", "8"), ("arrowsize", "0.7")].dot)

        // Nodes, inside their clusters.
        let tree = ClusterTree.build(nodeIDs, in: graph, clustering: options.clustering)
        writeClusters(tree, depth: 0, prefix: "cluster", graph: graph, options: options, dotID: dotID, into: &out)

        // Relationships.
        let sorted = relationshipIDs.compactMap { r -> (Int, Int, String, String, RelationshipID)? in
            guard let s = dotIndex[graph.start(of: r)], let e = dotIndex[graph.end(of: r)] else { return nil }
            return (s, e, graph.type(of: r), graph.key(of: r), r)
        }.sorted { a, b in (a.0, a.1, a.2, a.3) < (b.0, b.1, b.2, b.3) }
        for (si, ei, type, _, r) in sorted {
            let (s, e) = ("n\(si)", "n\(ei)")
            var attributes = DOTStyle.edgeStyle(type: type).attributes.dot
            attributes.append(("tooltip", .text(type)))
            if options.edgeLabels {
                attributes.append(
                    ("label", .label([edgeLabel(type: type, properties: graph.exportedProperties(of: r))])))
            }
            out.edge(s, e, attributes)
        }
        let pairs = recommended.compactMap { a, b -> (String, String)? in
            guard let s = dotID[a], let e = dotID[b] else { return nil }
            return numeric(s) <= numeric(e) ? (s, e) : (e, s)
        }
        var seenPairs: Set<String> = []
        for (s, e) in pairs.sorted(by: { (numeric($0.0), numeric($0.1)) < (numeric($1.0), numeric($1.1)) })
        where seenPairs.insert(s + " " + e).inserted {
            out.edge(s, e, (DOTStyle.recommendedEdge + [("tooltip", "recommended partnership")]).dot)
        }

        if options.legend {
            writeLegend(
                graph: graph, nodes: nodeIDs, relationships: relationshipIDs, options: options,
                hasRecommended: !pairs.isEmpty, into: &out)
        }
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

    static func graphAttributes(_ options: DOTOptions) -> [DOTAttribute] {
        var a: [(String, String)] = [("layout", options.engine.rawValue), ("charset", "UTF-8")]
        switch options.engine {
        case .dot:
            a += [
                ("rankdir", options.rankDirection.rawValue), ("newrank", "true"), ("nodesep", "0.3"),
                ("ranksep", "0.6"),
            ]
        case .sfdp:
            a += [("overlap", "prism"), ("outputorder", "edgesfirst"), ("splines", "false"), ("start", "1")]
        }
        a += [("fontname", "Helvetica")]
        guard let title = options.title else { return (a + [("fontsize", "12")]).dot }
        return (a + [("fontsize", "18"), ("labelloc", "t")]).dot + [("label", .label(DOTText.wrap(title, width: 80)))]
    }

    /// The attributes of one drawn node.
    static func nodeAttributes(_ id: NodeID, in graph: PropertyGraph, options: DOTOptions) -> [DOTAttribute] {
        let labels = graph.labels(of: id)
        let kind = DOTStyle.kind(of: labels)
        let style = kind.map(DOTStyle.nodeStyle(kind:))
        let props = graph.exportedProperties(of: id)
        let key = graph.key(of: id)
        let name = props["name"]?.stringValue ?? key
        let roleModel = options.markRoleModels && props["roleModel"] == .bool(true)
        var lines = DOTText.wrap(name, width: labelWrapWidth)
        if roleModel { lines[0] = DOTStyle.roleModelMark + " " + lines[0] }
        if let style { lines.append("(" + style.caption + ")") }
        var a: [(String, String)] = []
        if let style {
            a += [("shape", style.shape), ("fillcolor", style.fill), ("fontcolor", style.fontColor)]
            if !style.extraStyle.isEmpty { a.append(("style", "filled," + style.extraStyle)) }
        } else {
            a += [("shape", "box"), ("fillcolor", "#FFFFFF"), ("style", "filled,rounded")]
        }
        if roleModel { a = merge(a, DOTStyle.roleModelNode) }
        if options.gapRegencies.contains(key) { a = merge(a, DOTStyle.gapNode) }
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

    static func edgeLabel(type: String, properties: [String: Value]) -> String {
        var text = DOTStyle.edgeStyle(type: type).caption
        if let d = properties["since"]?.localDate { text += " (since \(d.year))" }
        return text
    }

    /// The number in a synthetic id `n12`, for numeric ordering.
    static func numeric(_ dotID: String) -> Int { Int(dotID.dropFirst()) ?? 0 }
}
