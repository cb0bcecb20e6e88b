// The data block of the HTML map: kinds and relationship types with their colours and names,
// the region boxes (with the gaps and their notes), the nodes at their Graphviz positions with
// their properties, the relationships with their years, the recommended partnerships and the
// viewer's texts, as one JSON value the viewer reads (Viewer/map.js).

import SinergiGraph
import SinergiText

/// The content of one map as a JSON-ready value.
struct MapData {
    let scene: DiagramScene
    let layout: MapLayout
    let title: String

    private var language: Language { scene.options.language }

    /// The whole data block: object keys are sorted when encoded, numbers are whole points.
    /// - Complexity: O((n + r) log(n + r)) plus the size of the properties.
    var value: Value {
        let graph = scene.graph
        var resolver = ClusterTree.RegionResolver(graph: graph)
        var kinds: [String] = []
        var kindIndex: [String: Int] = [:]
        var nodeValues: [Value] = []
        for (i, id) in scene.nodes.enumerated() {
            let kind = DOTStyle.kind(of: graph.labels(of: id)) ?? ""
            if kindIndex[kind] == nil {
                kindIndex[kind] = kinds.count
                kinds.append(kind)
            }
            let place = resolver.placement(of: id)
            nodeValues.append(node(i, id, kind: kindIndex[kind] ?? 0, place: place))
        }
        // Kinds in legend order; nodes point at them by position.
        let ordered = kinds.sorted { DOTStyle.legendOrder($0) < DOTStyle.legendOrder($1) }
        let position = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        nodeValues = nodeValues.map { v in
            guard case .map(var m) = v, case .int(let k)? = m["kind"] else { return v }
            m["kind"] = .int(Int64(position[kinds[Int(k)]] ?? 0))
            return .map(m)
        }
        var types = Array(Set(scene.relationships.map { graph.type(of: $0) }))
        types.sort { DOTStyle.legendOrder(type: $0) < DOTStyle.legendOrder(type: $1) }
        let typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        var texts: [String: Value] = [:]
        for (name, key) in HTMLMap.viewerTexts { texts[name] = .string(Message(key).text(language)) }
        return .map([
            "lang": .string(language.rawValue), "title": .string(title), "texts": .map(texts),
            "width": points(layout.width), "height": points(layout.height),
            "kinds": .list(ordered.map(kindValue)), "types": .list(types.map(typeValue)),
            "regions": .list(regions(boxTree)), "nodes": .list(nodeValues),
            "links": .list(scene.relationships.map { link($0, type: typeIndex[graph.type(of: $0)] ?? 0) }),
            "recommended": .list(scene.recommended.map { .list([.int(Int64($0.0)), .int(Int64($0.1))]) }),
            "notes": .list(scene.options.legendNotes.map(Value.string)),
        ])
    }

    private func points(_ x: Double) -> Value { .int(Int64(x.rounded())) }

    private func box(_ i: Int) -> MapLayout.Box {
        layout.boxes[scene.dotID(i)] ?? MapLayout.Box(x: 40, y: 20, width: 54, height: 36)
    }

    private func kindValue(_ kind: String) -> Value {
        let style = kind.isEmpty ? DOTStyle.otherNodeStyle(kind: "") : DOTStyle.nodeStyle(kind: kind)
        return .map([
            "kind": .string(kind), "text": .string(kind.isEmpty ? "–" : style.caption(language)),
            "fill": .string(style.fill), "font": .string(style.fontColor), "shape": .string(style.shape),
        ])
    }

    private func typeValue(_ type: String) -> Value {
        let style = DOTStyle.edgeStyle(type: type)
        return .map([
            "type": .string(type), "text": .string(style.caption(language)), "color": .string(style.color),
            "style": .string(style.lineStyle),
        ])
    }

    private func node(_ i: Int, _ id: NodeID, kind: Int, place: (province: NodeID?, regency: NodeID?)) -> Value {
        let graph = scene.graph
        let b = box(i)
        let key = graph.key(of: id)
        var m: [String: Value] = [
            "key": .string(key), "name": .string(scene.title(id)), "kind": .int(Int64(kind)),
            "x": points(b.x), "y": points(b.y), "w": points(b.width), "h": points(b.height),
            "lines": .list(DOTExporter.nodeLabel(id, scene).map(Value.string)),
            "props": .list(properties(graph.properties(of: id), leaving: ["name"])),
        ]
        if let p = place.province { m["province"] = .string(scene.title(p)) }
        if let r = place.regency {
            m["regency"] = .string(scene.title(r))
            if let notes = scene.options.gapNotes[graph.key(of: r)], !notes.isEmpty {
                m["gapNotes"] = .list(notes.map(Value.string))
            }
        }
        if scene.options.gapRegencies.contains(key) { m["gap"] = .bool(true) }
        if graph.property("roleModel", of: id) == .bool(true) { m["roleModel"] = .bool(true) }
        if let since = DOTExporter.year(graph.property("since", of: id)) { m["since"] = .int(Int64(since)) }
        return .map(m)
    }

    /// Property name and text pairs, sorted by name.
    private func properties(_ properties: [String: Value], leaving: Set<String>) -> [Value] {
        properties.keys.sorted().filter { !leaving.contains($0) }.compactMap { name in
            guard let v = properties[name], !v.isNull else { return nil }
            return .list([.string(name), .string(TypedAttribute.text(v))])
        }
    }

    private func link(_ r: RelationshipID, type: Int) -> Value {
        let graph = scene.graph
        let (s, t) = scene.ends(r)
        let p = graph.properties(of: r)
        var shown: [Value] = []
        if case .string(let kind)? = p["kind"], !kind.isEmpty { shown.append(.list([.string("kind"), .string(kind)])) }
        var m: [String: Value] = ["s": .int(Int64(s)), "t": .int(Int64(t)), "type": .int(Int64(type))]
        if let since = DOTExporter.year(p["since"]) {
            m["since"] = .int(Int64(since))
            shown.append(
                .list([.string("since"), .string(Message(.diagramSince, ["year": .int(since)]).text(language))]))
        }
        if let until = DOTExporter.year(p["until"]) {
            m["until"] = .int(Int64(until))
            shown.append(
                .list([.string("until"), .string(Message(.diagramUntil, ["year": .int(until)]).text(language))]))
        }
        if case .string(let role)? = p["role"], !role.isEmpty { shown.append(.list([.string("role"), .string(role)])) }
        m["props"] = .list(shown)
        return .map(m)
    }

    /// The regions boxed: the diagram's clusters, or, for an engine that draws none, the
    /// regions it laid out one by one (`ClusterTree.afterLayout`).
    /// - Complexity: O(n · h) for n nodes in regions h levels deep.
    var boxTree: ClusterTree { afterLayout ? ClusterTree.afterLayout(scene.nodes, in: scene.graph) : scene.tree }

    /// True when the boxes are drawn around a layout made without them (`boxTree`).
    private var afterLayout: Bool { scene.options.boxesAroundLayout }

    /// The boxes of the cluster tree, outermost first: each encloses its nodes and sub-boxes.
    private func regions(_ tree: ClusterTree) -> [Value] {
        RegionBox.enclosing(tree, scene: scene, afterLayout: afterLayout, place: box).map { r in
            var m: [String: Value] = [
                "name": .string(r.name), "key": .string(r.key), "level": .string(r.isProvince ? "province" : "regency"),
                "x": points(r.x0), "y": points(r.y0), "w": points(r.x1 - r.x0), "h": points(r.y1 - r.y0),
            ]
            if r.isGap { m["gap"] = .bool(true) }
            if !r.notes.isEmpty { m["notes"] = .list(r.notes.map(Value.string)) }
            if r.font != RegionBox.nameFont { m["font"] = points(r.font) }
            return .map(m)
        }
    }
}
