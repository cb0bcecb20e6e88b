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
    private var afterLayout: Bool { HTMLMap.packsBoxes(scene.options) }

    /// The boxes of the cluster tree, outermost first: each encloses its nodes and sub-boxes.
    private func regions(_ tree: ClusterTree) -> [Value] {
        var out: [Value] = []
        _ = enclose(tree, into: &out)
        return out
    }

    /// The rectangle (x0, y0, x1, y1) around a cluster's content, appending its box (and its
    /// sub-clusters' after it) to `out`; nil when the cluster holds nothing placed.
    private func enclose(_ tree: ClusterTree, into out: inout [Value]) -> (Double, Double, Double, Double)? {
        let graph = scene.graph
        var rect: (Double, Double, Double, Double)?
        func add(_ r: (Double, Double, Double, Double)) {
            rect = rect.map { (min($0.0, r.0), min($0.1, r.1), max($0.2, r.2), max($0.3, r.3)) } ?? r
        }
        for n in tree.nodes {
            guard let i = scene.index[n] else { continue }
            let b = box(i)
            add((b.x - b.width / 2, b.y - b.height / 2, b.x + b.width / 2, b.y + b.height / 2))
        }
        let slot = out.count
        if tree.region != nil { out.append(.null) }
        for child in tree.children { if let r = enclose(child, into: &out) { add(r) } }
        guard let region = tree.region else { return rect }
        guard let inner = rect else {
            out.remove(at: slot)
            return nil
        }
        let key = graph.key(of: region)
        let notes = scene.options.gapNotes[key] ?? []
        let pad = 10.0
        // Boxes drawn after a large layout are read zoomed out: their names grow with them and
        // are written over the nodes, so the box needs no room above them (only the packing's
        // margin lies between two boxes).
        let font = afterLayout ? min(96, max(13, (inner.2 - inner.0) / 10).rounded()) : 13
        let top = (afterLayout ? pad : 22.0) + 13 * Double(notes.count)
        let outer = (inner.0 - pad, inner.1 - top, inner.2 + pad, inner.3 + pad)
        var m: [String: Value] = [
            "name": .string(scene.title(region)), "key": .string(key),
            "level": .string(graph.hasLabel(region, "Province") ? "province" : "regency"),
            "x": points(outer.0), "y": points(outer.1), "w": points(outer.2 - outer.0), "h": points(outer.3 - outer.1),
        ]
        if scene.options.gapRegencies.contains(key) || !notes.isEmpty { m["gap"] = .bool(true) }
        if !notes.isEmpty { m["notes"] = .list(notes.map(Value.string)) }
        if font != 13 { m["font"] = points(font) }
        out[slot] = .map(m)
        return outer
    }
}
