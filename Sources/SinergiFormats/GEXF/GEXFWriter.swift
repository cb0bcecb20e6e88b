// GEXF 1.3 export (http://gexf.net/1.3) for Gephi and NetworkX: typed attributes,
// node colours by stakeholder kind, and partnership `since`/`until` as edge spells.

import SinergiGraph

/// GEXF 1.3 export.
///
/// ```swift
/// let xml = GEXF.write(graph)   // open in Gephi, or networkx.read_gexf
/// ```
public enum GEXF {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// Node attribute holding the labels (`:A:B`, as in GraphML).
    public static let labelsAttribute = "labels"
    /// Node attribute holding the stakeholder kind used for colouring.
    public static let kindAttribute = "nodeKind"
    /// Edge attribute holding the relationship type (GEXF's own `type` means directed/undirected).
    public static let relationshipTypeAttribute = "relationshipType"

    private struct AttributeSpec: Hashable, Comparable {
        var title: String
        var type: TypedAttribute
        static func < (a: AttributeSpec, b: AttributeSpec) -> Bool { (a.title, a.type) < (b.title, b.type) }
    }

    /// The GEXF document of `graph` (or the part named by `subset`).
    ///
    /// Every edge is directed (`defaultedgetype="directed"`) and carries the
    /// relationship type in the `relationshipType` attribute and as its `label`. A
    /// relationship with a `since` and/or `until` date (or date-time: its day) gets a spell
    /// `<spell start="since" end="until"/>`; the graph is then `mode="dynamic"` with
    /// `timeformat="date"`. Property types map as in GraphML (dates and lists/maps as
    /// strings: `YYYY-MM-DD` and JSON). Node colours follow the diagram palette (`DOTStyle`).
    /// - Complexity: O((n + r) · p + a log a) for p properties per entity and a attributes.
    public static func write(_ graph: PropertyGraph, subset: GraphSubset? = nil) -> String {
        let (nodeIDs, relIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        let nodes = graph.sortedByKey(nodeIDs)
        let rels = graph.sortedByKey(relIDs)
        let string = TypedAttribute(attrType: "string")
        var nodeSpecs: Set<AttributeSpec> = []
        var edgeSpecs: Set<AttributeSpec> = []
        for id in nodes {
            for (k, v) in graph.exportedProperties(of: id) { nodeSpecs.insert(AttributeSpec(title: k, type: .of(v))) }
        }
        var spells: [RelationshipID: (String?, String?)] = [:]
        for id in rels {
            let props = graph.exportedProperties(of: id)
            for (k, v) in props { edgeSpecs.insert(AttributeSpec(title: k, type: .of(v))) }
            let since = spellDate(props["since"])
            let until = spellDate(props["until"])
            if since != nil || until != nil { spells[id] = (since, until) }
        }
        let nodeStructural = [
            AttributeSpec(title: labelsAttribute, type: string), AttributeSpec(title: kindAttribute, type: string),
        ]
        let edgeStructural = [AttributeSpec(title: relationshipTypeAttribute, type: string)]
        let nodeAttributes = nodeStructural + nodeSpecs.subtracting(nodeStructural).sorted()
        let edgeAttributes = edgeStructural + edgeSpecs.subtracting(edgeStructural).sorted()
        var nodeAttributeID: [AttributeSpec: Int] = [:]
        for (i, s) in nodeAttributes.enumerated() { nodeAttributeID[s] = i }
        var edgeAttributeID: [AttributeSpec: Int] = [:]
        for (i, s) in edgeAttributes.enumerated() { edgeAttributeID[s] = i }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"\(namespace)\" xmlns:viz=\"\(namespace)/viz\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"\(namespace) \(namespace)/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>Sinergi</creator>\n"
        out += "    <description>TPBIS stakeholder network; attributes typed as in docs/formats.md</description>\n"
        out += "  </meta>\n"
        out +=
            spells.isEmpty
            ? "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
            : "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
        func declare(_ specs: [AttributeSpec], _ klass: String) {
            out += "    <attributes class=\"\(klass)\" mode=\"static\">\n"
            for (i, s) in specs.enumerated() {
                out += "      <attribute id=\"\(i)\" title=\"\(XMLEscaping.attribute(s.title))\""
                out += " type=\"\(s.type.attrType)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        declare(nodeAttributes, "node")
        declare(edgeAttributes, "edge")
        func attvalue(_ id: Int?, _ text: String) -> String {
            guard let id else { return "" }
            return "          <attvalue for=\"\(id)\" value=\"\(XMLEscaping.attribute(text))\"/>\n"
        }
        out += "    <nodes>\n"
        for id in nodes {
            let props = graph.exportedProperties(of: id)
            let labels = graph.labels(of: id).sorted()
            let kind = DOTStyle.kind(of: labels)
            let label = props["name"]?.stringValue ?? graph.key(of: id)
            out +=
                "      <node id=\"\(XMLEscaping.attribute(graph.key(of: id)))\" label=\"\(XMLEscaping.attribute(label))\">\n"
            out += "        <attvalues>\n"
            out += attvalue(0, LabelText.encode(labels))
            if let kind { out += attvalue(1, kind) }
            for k in props.keys.sorted() {
                guard let v = props[k] else { continue }
                out += attvalue(nodeAttributeID[AttributeSpec(title: k, type: .of(v))], TypedAttribute.text(v))
            }
            out += "        </attvalues>\n"
            let fill = kind.map { DOTStyle.nodeStyle(kind: $0).fill } ?? "#FFFFFF"
            let (r, g, b) = rgb(fill)
            out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for id in rels {
            let props = graph.exportedProperties(of: id)
            let type = graph.type(of: id)
            out += "      <edge id=\"\(XMLEscaping.attribute(graph.key(of: id)))\""
            out += " source=\"\(XMLEscaping.attribute(graph.key(of: graph.start(of: id))))\""
            out += " target=\"\(XMLEscaping.attribute(graph.key(of: graph.end(of: id))))\""
            out += " label=\"\(XMLEscaping.attribute(type))\">\n"
            out += "        <attvalues>\n"
            out += attvalue(0, type)
            for k in props.keys.sorted() {
                guard let v = props[k] else { continue }
                out += attvalue(edgeAttributeID[AttributeSpec(title: k, type: .of(v))], TypedAttribute.text(v))
            }
            out += "        </attvalues>\n"
            if let (since, until) = spells[id] {
                out += "        <spells>\n          <spell"
                if let since { out += " start=\"\(since)\"" }
                if let until { out += " end=\"\(until)\"" }
                out += "/>\n        </spells>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// `YYYY-MM-DD` of a date, local date-time or date-time (its local day), or of a
    /// string that parses as a date or a date-time, else nil.
    static func spellDate(_ value: Value?) -> String? {
        switch value {
        case .string(let s)?: return TemporalParser.dateTime(s)?.date?.description
        case let v?: return v.localDate?.description
        default: return nil
        }
    }

    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0xFFFFFF
        return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
    }
}
