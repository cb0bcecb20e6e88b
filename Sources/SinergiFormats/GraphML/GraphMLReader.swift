// GraphML import: keys with their types and defaults, nodes, edges, read into an import
// batch; every problem is reported as `FILE:LINE: message` and nothing is imported unless
// all is well (the import room plans and applies the batch).

import SinergiGraph
import SinergiText

extension GraphML {
    /// A successful GraphML import.
    public struct ImportResult: Sendable {
        /// The base graph plus everything imported.
        public var graph: PropertyGraph
        /// The nodes created, in document order.
        public var createdNodes: [NodeID]
        /// The relationships created, in document order.
        public var createdRelationships: [RelationshipID]
    }

    /// Reads a GraphML document into (a copy of) `base`.
    ///
    /// The node key is the `<node id>`; labels come from the key with id `labels`
    /// (`:A:B`, as APOC writes it, or a JSON array); the relationship type from the key
    /// with id `label`, else `defaultRelationshipType`. Other keys become properties,
    /// typed by `attr.type` (`boolean`, `int`, `long`, `float`, `double`, `string`) and
    /// Sinergi's `<desc>sinergi.type=date|json</desc>` hint; `<default>` values apply.
    /// An edge without an id gets a generated key. Edges may name nodes of `base`.
    /// Hyperedges, ports and nested graphs are refused.
    ///
    /// - Throws: `ImportFailure` listing every problem; nothing is imported then.
    /// - Complexity: O(size of the document + n + r).
    public static func read(
        _ text: String, path: String = "graph.graphml", into base: PropertyGraph = PropertyGraph(),
        defaultRelationshipType: String = "RELATED"
    ) throws(ImportFailure) -> ImportResult {
        let batch = self.batch(text, path: path, defaultRelationshipType: defaultRelationshipType)
        let plan = ImportPlanner.plan(batch, into: base, options: .verbatim)
        let outcome = try plan.apply(to: base)
        return ImportResult(
            graph: outcome.graph, createdNodes: outcome.createdNodes, createdRelationships: outcome.createdRelationships
        )
    }

    /// Reads a GraphML document into an import batch (nodes keyed by `<node id>`, edges by
    /// `<edge id>` or keyless, ends by key), with every problem of the document itself.
    ///
    /// - Complexity: O(size of the document).
    public static func batch(_ text: String, path: String, defaultRelationshipType: String = "RELATED") -> ImportBatch {
        var batch = ImportBatch()
        batch.files = [path]
        func report(_ line: Int, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
            batch.diagnostics.append(ImportDiagnostic(file: path, line: line, key, arguments))
        }
        let root: XMLElementNode
        do {
            root = try XMLTreeParser.parse(text)
        } catch {
            report(error.line, .verbatim, ["text": .text(error.message)])
            return batch
        }
        guard root.localName == "graphml" else {
            report(root.line, .graphmlNotGraphML, ["found": .text(root.name)])
            return batch
        }
        struct Key {
            var domain: String
            var name: String
            var type: TypedAttribute
            var defaultValue: Value?
        }
        var keys: [String: Key] = [:]
        for k in root.children(named: "key") {
            guard let id = k.attributes["id"] else {
                report(k.line, .graphmlKeyWithoutID)
                continue
            }
            let name = k.attributes["attr.name"] ?? id
            var hint: String?
            if let desc = k.child(named: "desc")?.text.trimmingASCIIWhitespace, desc.hasPrefix("sinergi.type=") {
                hint = String(desc.dropFirst("sinergi.type=".count))
            }
            let attrType = k.attributes["attr.type"] ?? "string"
            guard ["boolean", "int", "long", "float", "double", "string"].contains(attrType) else {
                report(k.line, .graphmlUnknownAttrType, ["type": .text(attrType), "key": .text(id)])
                continue
            }
            var key = Key(
                domain: k.attributes["for"] ?? "all", name: name, type: TypedAttribute(attrType: attrType, hint: hint))
            if let d = k.child(named: "default") {
                switch key.type.value(d.text) {
                case .success(let v): key.defaultValue = v
                case .failure(let e):
                    report(d.line, .graphmlBadDefault, ["detail": .message(e.message), "key": .text(id)])
                }
            }
            if keys[id] != nil { report(k.line, .graphmlDuplicateKeyID, ["key": .text(id)]) }
            keys[id] = key
        }
        let graphs = root.children(named: "graph")
        guard let graphElement = graphs.first else {
            report(root.line, .graphmlNoGraph)
            return batch
        }
        if graphs.count > 1 { report(graphs[1].line, .graphmlSeveralGraphs) }

        let defaults: [(id: String, domain: String, name: String, value: Value)] = keys.sorted { $0.key < $1.key }
            .compactMap { id, key in key.defaultValue.map { (id, key.domain, key.name, $0) } }
        func properties(of element: XMLElementNode, domain: String) -> (
            labels: [String]?, type: String?, [String: Value]
        ) {
            var labels: [String]?
            var type: String?
            var props: [String: Value] = [:]
            var given: Set<String> = []
            for d in element.children where d.localName == "data" {
                guard let keyID = d.attributes["key"] else {
                    report(d.line, .graphmlDataWithoutKey)
                    continue
                }
                guard let key = keys[keyID] else {
                    report(d.line, .graphmlUnknownKey, ["key": .text(keyID)])
                    continue
                }
                if !defaults.isEmpty { given.insert(keyID) }
                if domain == "node" && keyID == "labels" {
                    guard let parsed = LabelText.decode(d.text) else {
                        report(d.line, .graphmlBadLabels, ["text": .text(d.text)])
                        continue
                    }
                    labels = parsed
                } else if domain == "edge" && keyID == "label" {
                    type = d.text
                } else {
                    switch key.type.value(d.text) {
                    case .success(let v): props[key.name] = v
                    case .failure(let e):
                        report(d.line, .graphmlBadData, ["detail": .message(e.message), "key": .text(keyID)])
                    }
                }
            }
            for d in defaults where !given.contains(d.id) && (d.domain == domain || d.domain == "all") {
                if props[d.name] == nil { props[d.name] = d.value }
            }
            return (labels, type, props)
        }

        var nodeLine: [String: Int] = [:]
        var edgeLine: [String: Int] = [:]
        for child in graphElement.children {
            switch child.localName {
            case "node":
                guard let id = child.attributes["id"], !id.isEmpty else {
                    report(child.line, .graphmlNodeWithoutID)
                    continue
                }
                for grandchild in child.children where grandchild.localName != "data" {
                    switch grandchild.localName {
                    case "graph": report(grandchild.line, .graphmlNestedGraph)
                    case "port": report(grandchild.line, .graphmlPort)
                    default: break
                    }
                }
                if let first = nodeLine[id] {
                    report(child.line, .graphmlDuplicateNode, ["id": .text(id), "line": .int(first)])
                    continue
                }
                nodeLine[id] = child.line
                let (labels, _, props) = properties(of: child, domain: "node")
                batch.nodes.append(
                    ImportedNode(
                        key: id, labels: labels ?? [], properties: props,
                        place: ImportPlace(file: path, line: child.line)))
            case "edge":
                guard let source = child.attributes["source"], let target = child.attributes["target"] else {
                    report(child.line, .graphmlEdgeWithoutEnds)
                    continue
                }
                let id = child.attributes["id"]
                if let id {
                    if let first = edgeLine[id] {
                        report(child.line, .graphmlDuplicateEdge, ["id": .text(id), "line": .int(first)])
                        continue
                    }
                    edgeLine[id] = child.line
                }
                let (_, type, props) = properties(of: child, domain: "edge")
                let t = type ?? defaultRelationshipType
                if t.isEmpty {
                    report(child.line, .graphmlEmptyType)
                    continue
                }
                batch.relationships.append(
                    ImportedRelationship(
                        key: id, type: t, start: .key(source, space: "", column: "source"),
                        end: .key(target, space: "", column: "target"), properties: props,
                        place: ImportPlace(file: path, line: child.line)))
            case "hyperedge": report(child.line, .graphmlHyperedge)
            case "data", "desc": break
            default: report(child.line, .graphmlUnexpected, ["element": .text(child.name)])
            }
        }
        batch.diagnostics = batch.diagnostics.enumerated().sorted {
            ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }
        .map(\.element)
        return batch
    }
}
