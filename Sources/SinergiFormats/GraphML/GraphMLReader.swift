// GraphML import: keys with their types and defaults, nodes, edges; every problem is
// reported as `FILE:LINE: message` and nothing is imported unless all is well.

import SinergiGraph

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
        var problems: [ImportDiagnostic] = []
        func report(_ line: Int, _ message: String) {
            problems.append(ImportDiagnostic(file: path, line: line, message: message))
        }
        let root: XMLElementNode
        do {
            root = try XMLTreeParser.parse(text)
        } catch {
            throw ImportFailure(diagnostics: [ImportDiagnostic(file: path, line: error.line, message: error.message)])
        }
        guard root.localName == "graphml" else {
            throw ImportFailure(diagnostics: [
                ImportDiagnostic(file: path, line: root.line, message: "expected <graphml>, found <\(root.name)>")
            ])
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
                report(k.line, "<key> without an id")
                continue
            }
            let name = k.attributes["attr.name"] ?? id
            var hint: String?
            if let desc = k.child(named: "desc")?.text.trimmingASCIIWhitespace, desc.hasPrefix("sinergi.type=") {
                hint = String(desc.dropFirst("sinergi.type=".count))
            }
            let attrType = k.attributes["attr.type"] ?? "string"
            guard ["boolean", "int", "long", "float", "double", "string"].contains(attrType) else {
                report(k.line, "unknown attr.type '\(attrType)' in key '\(id)'")
                continue
            }
            var key = Key(
                domain: k.attributes["for"] ?? "all", name: name, type: TypedAttribute(attrType: attrType, hint: hint))
            if let d = k.child(named: "default") {
                switch key.type.value(d.text) {
                case .success(let v): key.defaultValue = v
                case .failure(let e): report(d.line, "\(e.message) in the default of key '\(id)'")
                }
            }
            if keys[id] != nil { report(k.line, "duplicate key id '\(id)'") }
            keys[id] = key
        }
        let graphs = root.children(named: "graph")
        guard let graphElement = graphs.first else {
            report(root.line, "no <graph> element")
            throw ImportFailure(diagnostics: problems)
        }
        if graphs.count > 1 { report(graphs[1].line, "more than one <graph>; only one is supported") }

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
                    report(d.line, "<data> without a key")
                    continue
                }
                guard let key = keys[keyID] else {
                    report(d.line, "unknown key '\(keyID)'")
                    continue
                }
                if !defaults.isEmpty { given.insert(keyID) }
                if domain == "node" && keyID == "labels" {
                    guard let parsed = LabelText.decode(d.text) else {
                        report(d.line, "bad labels '\(d.text)'")
                        continue
                    }
                    labels = parsed
                } else if domain == "edge" && keyID == "label" {
                    type = d.text
                } else {
                    switch key.type.value(d.text) {
                    case .success(let v): props[key.name] = v
                    case .failure(let e): report(d.line, "\(e.message) in key '\(keyID)'")
                    }
                }
            }
            for d in defaults where !given.contains(d.id) && (d.domain == domain || d.domain == "all") {
                if props[d.name] == nil { props[d.name] = d.value }
            }
            return (labels, type, props)
        }

        var nodes: [PendingNode] = []
        var nodeLine: [String: Int] = [:]
        var edges: [PendingRelationship] = []
        var edgeLine: [String: Int] = [:]
        for child in graphElement.children {
            switch child.localName {
            case "node":
                guard let id = child.attributes["id"], !id.isEmpty else {
                    report(child.line, "<node> without an id")
                    continue
                }
                for grandchild in child.children where grandchild.localName != "data" {
                    switch grandchild.localName {
                    case "graph": report(grandchild.line, "nested graphs are not supported")
                    case "port": report(grandchild.line, "ports are not supported")
                    default: break
                    }
                }
                if let first = nodeLine[id] {
                    report(child.line, "duplicate node id '\(id)' (first at line \(first))")
                    continue
                }
                if base.node(forKey: id) != nil {
                    report(child.line, "a node with key '\(id)' exists already in the graph")
                    continue
                }
                nodeLine[id] = child.line
                let (labels, _, props) = properties(of: child, domain: "node")
                nodes.append(
                    PendingNode(key: id, labels: labels ?? [], properties: props, file: path, line: child.line))
            case "edge":
                guard let source = child.attributes["source"], let target = child.attributes["target"] else {
                    report(child.line, "<edge> without source and target")
                    continue
                }
                let id = child.attributes["id"]
                if let id {
                    if let first = edgeLine[id] {
                        report(child.line, "duplicate edge id '\(id)' (first at line \(first))")
                        continue
                    }
                    if base.relationship(forKey: id) != nil {
                        report(child.line, "a relationship with key '\(id)' exists already in the graph")
                        continue
                    }
                    edgeLine[id] = child.line
                }
                let (_, type, props) = properties(of: child, domain: "edge")
                let t = type ?? defaultRelationshipType
                if t.isEmpty { report(child.line, "empty relationship type") }
                edges.append(
                    PendingRelationship(
                        key: id, type: t, start: source, end: target, properties: props, file: path, line: child.line))
            case "hyperedge": report(child.line, "hyperedges are not supported")
            case "data", "desc": break
            default: report(child.line, "unexpected <\(child.name)> in <graph>")
            }
        }
        for e in edges {
            for end in [e.start, e.end] where nodeLine[end] == nil && base.node(forKey: end) == nil {
                report(e.line, "edge refers to unknown node '\(end)'")
            }
        }
        guard problems.isEmpty else {
            throw ImportFailure(diagnostics: problems.sorted { $0.line < $1.line })
        }

        let added = try PendingImport(nodes: nodes, relationships: edges).apply(to: base)
        return ImportResult(
            graph: added.graph, createdNodes: added.createdNodes, createdRelationships: added.createdRelationships)
    }
}
