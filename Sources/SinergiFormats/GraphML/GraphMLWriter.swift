// GraphML export: `<key>` declarations with typed attributes, nodes keyed by their
// external key, relationship type in the APOC-style `label` key. Deterministic.

import SinergiGraph

/// GraphML (http://graphml.graphdrawing.org) export and import.
///
/// ```swift
/// let xml = GraphML.write(graph)
/// let back = try GraphML.read(xml, path: "network.graphml").graph
/// ```
public enum GraphML {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    struct KeySpec: Hashable, Comparable {
        var domain: String  // "node" or "edge"
        var name: String
        var type: TypedAttribute

        static func < (a: KeySpec, b: KeySpec) -> Bool { (a.domain, a.name, a.type) < (b.domain, b.name, b.type) }
    }

    /// The GraphML document of `graph` (or the part named by `subset`).
    ///
    /// Keys: `labels` (node, `:A:B`), `label` (edge, the relationship type), then one key
    /// `d0`, `d1`, … per (node|edge, property name, type). Dates and lists/maps are
    /// strings whose key carries `<desc>sinergi.type=date</desc>` or `…=json`.
    /// - Complexity: O((n + r) · p + k log k) for p properties per entity and k keys.
    public static func write(_ graph: PropertyGraph, subset: GraphSubset? = nil) -> String {
        let (nodeIDs, relIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        let nodes = graph.sortedByKey(nodeIDs)
        let rels = graph.sortedByKey(relIDs)
        var specs: Set<KeySpec> = []
        for id in nodes {
            for (k, v) in graph.exportedProperties(of: id) {
                specs.insert(KeySpec(domain: "node", name: k, type: .of(v)))
            }
        }
        for id in rels {
            for (k, v) in graph.exportedProperties(of: id) {
                specs.insert(KeySpec(domain: "edge", name: k, type: .of(v)))
            }
        }
        let sortedSpecs = specs.sorted()
        var keyID: [KeySpec: String] = [:]
        for (i, s) in sortedSpecs.enumerated() { keyID[s] = "d\(i)" }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<!-- Written by Sinergi. Keys whose desc is sinergi.type=date hold YYYY-MM-DD dates;"
        out += " sinergi.type=json holds a JSON value (see docs/formats.md). -->\n"
        out += "<graphml xmlns=\"\(namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"\(namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        out += "  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n"
        out += "  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for s in sortedSpecs {
            out += "  <key id=\"\(keyID[s] ?? "")\" for=\"\(s.domain)\" attr.name=\"\(XMLEscaping.attribute(s.name))\""
            out += " attr.type=\"\(s.type.attrType)\""
            if let hint = s.type.hint {
                out += "><desc>sinergi.type=\(hint)</desc></key>\n"
            } else {
                out += "/>\n"
            }
        }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        func data(_ props: [String: Value], domain: String) -> String {
            var s = ""
            for k in props.keys.sorted() {
                guard let v = props[k], let id = keyID[KeySpec(domain: domain, name: k, type: .of(v))] else { continue }
                s += "<data key=\"\(id)\">\(XMLEscaping.text(TypedAttribute.text(v)))</data>"
            }
            return s
        }
        for id in nodes {
            out += "    <node id=\"\(XMLEscaping.attribute(graph.key(of: id)))\">"
            out += "<data key=\"labels\">\(XMLEscaping.text(LabelText.encode(graph.labels(of: id).sorted())))</data>"
            out += data(graph.exportedProperties(of: id), domain: "node")
            out += "</node>\n"
        }
        for id in rels {
            out += "    <edge id=\"\(XMLEscaping.attribute(graph.key(of: id)))\""
            out += " source=\"\(XMLEscaping.attribute(graph.key(of: graph.start(of: id))))\""
            out += " target=\"\(XMLEscaping.attribute(graph.key(of: graph.end(of: id))))\">"
            out += "<data key=\"label\">\(XMLEscaping.text(graph.type(of: id)))</data>"
            out += data(graph.exportedProperties(of: id), domain: "edge")
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
