// The lines of a diagram: one per relationship, except that many-to-one edges of a bundled
// type (attendance, membership) become one line from a box, one line into a box, or a fan
// into a junction point, labelled with how many relationships it stands for.

import SinergiGraph
import SinergiText

/// One line to write, between two DOT nodes.
struct DrawnEdge {
    /// DOT ids of the ends.
    var tail: String
    var head: String
    /// The drawn nodes the line joins in the layout's eyes (for a junction, the source or the target).
    var tailIndex: Int
    var headIndex: Int
    /// Attributes, without `constraint` (added by the layout when the edge crosses blocks).
    var attributes: [DOTAttribute]
    /// False when the edge must not shape the ranks (recommended partnerships).
    var constrains = true
}

/// A point where several lines meet before one goes on (clustering none, or sources outside boxes).
struct JunctionNode {
    var id: String
    var tooltip: String
}

extension DOTExporter {
    /// The lines of the scene: relationships (bundled where `options` says) and recommended
    /// partnerships, in a deterministic order, plus the junction points they need.
    /// - Complexity: O(r log r) for r drawn relationships.
    static func drawnEdges(_ scene: DiagramScene) -> (edges: [DrawnEdge], junctions: [JunctionNode], bundles: Bool) {
        let graph = scene.graph
        let options = scene.options
        var used = [Bool](repeating: false, count: scene.relationships.count)
        var edges: [DrawnEdge] = []
        var junctions: [JunctionNode] = []
        var bundles = false
        let minimum = max(2, options.bundleMinimum)

        struct GroupKey: Hashable {
            var type: String
            var cluster: String
            var node: Int
        }
        func group(_ key: (Int, RelationshipID) -> GroupKey?) -> [(GroupKey, [Int])] {
            var groups: [GroupKey: [Int]] = [:]
            for (i, r) in scene.relationships.enumerated() where !used[i] {
                if let k = key(i, r) { groups[k, default: []].append(i) }
            }
            return groups.filter { $0.value.count >= minimum }.sorted { a, b in
                (a.value[0], a.key.type) < (b.value[0], b.key.type)
            }.map { ($0.key, $0.value) }
        }
        func bundled(_ r: RelationshipID) -> Bool {
            options.bundleMinimum > 0 && !options.unbundledTypes.contains(graph.type(of: r))
        }

        // Many to one (several members of one box to one node outside it), then one to many
        // (one node to several members of one box it is outside of).
        for manyToOne in [true, false] {
            for (key, members) in group({ _, r in
                guard bundled(r) else { return nil }
                let (s, e) = scene.ends(r)
                let (many, one) = manyToOne ? (s, e) : (e, s)
                let box = scene.cluster(ofIndex: many)
                guard s != e, !box.isEmpty, !ClusterTree.contains(box, scene.cluster(ofIndex: one)) else { return nil }
                return GroupKey(type: graph.type(of: r), cluster: box, node: one)
            }) {
                members.forEach { used[$0] = true }
                let ends = members.map { scene.ends(scene.relationships[$0]) }
                let member = (manyToOne ? ends.map(\.0) : ends.map(\.1)).min() ?? 0
                edges.append(
                    bundle(
                        scene, type: key.type, count: members.count, tail: manyToOne ? member : key.node,
                        head: manyToOne ? key.node : member, box: (manyToOne ? "ltail" : "lhead", key.cluster)))
                bundles = true
            }
        }
        // Many to one outside any box: a fan into a junction point, then one line on.
        for (key, members) in group({ _, r in
            guard bundled(r) else { return nil }
            let (s, e) = scene.ends(r)
            guard s != e, scene.cluster(ofIndex: s).isEmpty else { return nil }
            return GroupKey(type: graph.type(of: r), cluster: "", node: e)
        }) {
            members.forEach { used[$0] = true }
            let junction = JunctionNode(
                id: "j\(junctions.count)", tooltip: Vocabulary.relationshipNoun(key.type, options.language))
            junctions.append(junction)
            let style = DOTStyle.edgeStyle(type: key.type)
            let fan = DOTExporter.merge(style.attributes, [("arrowhead", "none")]).dot
            for m in members {
                let s = scene.ends(scene.relationships[m]).0
                edges.append(
                    DrawnEdge(
                        tail: scene.dotID(s), head: junction.id, tailIndex: s, headIndex: key.node,
                        attributes: fan + [("tooltip", .text(key.type))]))
            }
            var last = bundle(scene, type: key.type, count: members.count, tail: key.node, head: key.node, box: nil)
            last.tail = junction.id
            last.tailIndex = members.map { scene.ends(scene.relationships[$0]).0 }.min() ?? key.node
            edges.append(last)
        }
        // Every other relationship on its own.
        for (i, r) in scene.relationships.enumerated() where !used[i] {
            let (s, e) = scene.ends(r)
            let type = graph.type(of: r)
            var attributes = DOTStyle.edgeStyle(type: type).attributes.dot
            attributes.append(("tooltip", .text(type)))
            if options.edgeLabels {
                attributes.append(
                    ("label", .label([edgeLabel(type: type, properties: graph.exportedProperties(of: r), options)])))
            }
            edges.append(
                DrawnEdge(
                    tail: scene.dotID(s), head: scene.dotID(e), tailIndex: s, headIndex: e, attributes: attributes))
        }
        let tooltip = Message(.diagramRecommended).text(options.language)
        for (a, b) in scene.recommended {
            edges.append(
                DrawnEdge(
                    tail: scene.dotID(a), head: scene.dotID(b), tailIndex: a, headIndex: b,
                    attributes: (DOTStyle.recommendedEdge.filter { $0.0 != "constraint" } + [("tooltip", tooltip)]).dot,
                    constrains: false))
        }
        return (edges, junctions, bundles)
    }

    /// One line standing for `count` relationships of `type`, clipped at a box when `box` is given.
    static func bundle(
        _ scene: DiagramScene, type: String, count: Int, tail: Int, head: Int, box: (String, String)?
    ) -> DrawnEdge {
        let language = scene.options.language
        let style = DOTStyle.edgeStyle(type: type)
        var attributes = DOTExporter.merge(style.attributes, [("penwidth", "1.6")]).dot
        if let box { attributes.append((box.0, .text(box.1))) }
        let mark = "×" + MessageTemplate.render("{n}", arguments: ["n": .count(count)], language: language)
        if scene.options.edgeLabels {
            attributes.append(("label", .label([style.caption(language) + " " + mark])))
        } else {
            attributes.append(("xlabel", .label([mark])))
        }
        attributes.append(("tooltip", .text(Message(.diagramBundleTooltip, ["count": .count(count)]).text(language))))
        return DrawnEdge(
            tail: scene.dotID(tail), head: scene.dotID(head), tailIndex: tail, headIndex: head, attributes: attributes)
    }

    /// The label of one relationship: its phrase, a partnership's kind, and its years.
    static func edgeLabel(type: String, properties: [String: Value], _ options: DOTOptions) -> String {
        let language = options.language
        var text = DOTStyle.edgeStyle(type: type).caption(language)
        if case .string(let kind)? = properties["kind"], !kind.isEmpty { text += ": " + kind }
        var years: [String] = []
        if let since = year(properties["since"]) {
            years.append(Message(.diagramSince, ["year": .int(since)]).text(language))
        }
        if let until = year(properties["until"]) {
            years.append(Message(.diagramUntil, ["year": .int(until)]).text(language))
        }
        if !years.isEmpty { text += " (" + years.joined(separator: ", ") + ")" }
        return text
    }

    /// The year of a date or date-time value, or of a text that starts with one (`2023-08-08…`).
    static func year(_ value: Value?) -> Int? {
        if let d = value?.localDate { return Int(d.year) }
        switch value {
        case .string(let s)?:
            let digits = s.prefix(4)
            guard digits.count == 4, digits.allSatisfy(\.isNumber) else { return nil }
            return Int(digits)
        default: return nil
        }
    }
}
