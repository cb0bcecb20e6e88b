// Export as a Cypher script: the statements that recreate the registry in a server engine
// (Neo4j, Memgraph, FalkorDB). One statement per line, ended by `;`, so the script can be
// fed to cypher-shell as is or split into single queries by a client that sends one at a
// time. Every entity keeps its registry key in `sinergiKey`; relationships find their ends
// by that key under an index on the end's first label. Deterministic: the same graph always
// gives the same script.

import SinergiGraph

/// A graph written as openCypher statements.
///
/// ```swift
/// let script = try CypherScript.write(graph)
/// // CREATE INDEX FOR (n:Region) ON (n.sinergiKey);
/// // CREATE (:Region:Province {sinergiKey: 'province/1', code: 'ID-AC', name: 'Aceh', regionId: 1});
/// // MATCH (a:Region {sinergiKey: 'regency/1101'}), (b:Region {sinergiKey: 'province/1'})
/// //   CREATE (a)-[:PART_OF {sinergiKey: 'part_of/regency/1101'}]->(b);
/// ```
public enum CypherScript {
    /// The property that carries an entity's registry key in the script.
    public static let keyProperty = "sinergiKey"

    /// Why a graph cannot be written as a script without losing something.
    public enum WriteError: Error, Equatable, Sendable {
        /// An entity already has a property named `sinergiKey`, which the script needs for the key.
        case keyPropertyTaken(entity: String)
    }

    /// What the script holds, for the summary a command prints.
    public struct Script: Sendable {
        /// The statements, one per line, each ended by `;`.
        public var text: String
        /// Nodes and relationships written.
        public var nodes: Int
        public var relationships: Int
        /// How many property values are maps (Neo4j and FalkorDB store no map as a property)
        /// and how many are zoned times or date-times (FalkorDB has no `time` or `datetime`).
        public var mapValues: Int
        public var zonedTemporalValues: Int
    }

    /// The script that recreates `graph` (or the part of it named by `subset`).
    ///
    /// First an index on `sinergiKey` for every label a node is looked up by (its first
    /// label), then one `CREATE` per node in key order, then one `MATCH … CREATE` per
    /// relationship in key order. Strings are single-quoted with `\`, `'`, newline, carriage
    /// return and tab escaped; temporal values are calls of their constructor
    /// (`date('2023-06-21')`); labels, types and property names are backtick-quoted when
    /// they are not plain identifiers.
    /// - Throws: `WriteError.keyPropertyTaken` when an entity has a `sinergiKey` property.
    /// - Complexity: O((n + r) · p log p) for p properties per entity, plus sorting by key.
    public static func write(_ graph: PropertyGraph, subset: GraphSubset? = nil) throws(WriteError) -> Script {
        let (nodeIDs, relationshipIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        let nodes = graph.sortedByKey(Array(nodeIDs))
        let relationships = graph.sortedByKey(Array(relationshipIDs))
        var counts = ValueCounts()

        var anchors: Set<String> = []
        for n in nodes { if let first = graph.labels(of: n).first { anchors.insert(first) } }
        var out = "// Written by Sinergi: \(nodes.count) nodes, \(relationships.count) relationships.\n"
        out += "// One statement per line; each entity keeps its registry key in `\(keyProperty)`.\n"
        for label in anchors.sorted() {
            out += "CREATE INDEX FOR (n:\(name(label))) ON (n.\(keyProperty));\n"
        }
        for n in nodes {
            let key = graph.key(of: n)
            let properties = graph.exportedProperties(of: n)
            if properties[keyProperty] != nil { throw .keyPropertyTaken(entity: key) }
            out += "CREATE (" + graph.labels(of: n).map { ":" + name($0) }.joined()
            out += " " + map(key: key, properties, counts: &counts) + ");\n"
        }
        for r in relationships {
            let key = graph.key(of: r)
            let properties = graph.exportedProperties(of: r)
            if properties[keyProperty] != nil { throw .keyPropertyTaken(entity: key) }
            out +=
                "MATCH " + lookup("a", graph.start(of: r), in: graph) + ", " + lookup("b", graph.end(of: r), in: graph)
            out += " CREATE (a)-[:" + name(graph.type(of: r)) + " " + map(key: key, properties, counts: &counts)
            out += "]->(b);\n"
        }
        return Script(
            text: out, nodes: nodes.count, relationships: relationships.count, mapValues: counts.maps,
            zonedTemporalValues: counts.zoned)
    }

    struct ValueCounts {
        var maps = 0
        var zoned = 0
    }

    /// `(a:Label {sinergiKey: 'key'})`, by the node's first label (the one indexed).
    private static func lookup(_ variable: String, _ node: NodeID, in graph: PropertyGraph) -> String {
        let label = graph.labels(of: node).first.map { ":" + name($0) } ?? ""
        return "(\(variable)\(label) {\(keyProperty): \(string(graph.key(of: node)))})"
    }

    /// `{sinergiKey: 'key', a: 1, b: 'x'}` with the other names sorted.
    private static func map(key: String, _ properties: [String: Value], counts: inout ValueCounts) -> String {
        var out = "{\(keyProperty): " + string(key)
        for name in properties.keys.sorted() {
            guard let value = properties[name] else { continue }
            out += ", " + self.name(name) + ": " + literal(value, counts: &counts)
        }
        return out + "}"
    }

    /// A value as an openCypher expression every server engine reads the same way.
    static func literal(_ value: Value, counts: inout ValueCounts) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        // -2⁶³ has no literal: 9223372036854775808 does not fit before the sign applies.
        case .int(let i): return i == .min ? "-9223372036854775807 - 1" : String(i)
        case .double(let d): return float(d)
        case .string(let s): return string(s)
        case .list(let items): return "[" + items.map { literal($0, counts: &counts) }.joined(separator: ", ") + "]"
        case .map(let m):
            counts.maps += 1
            let entries = m.keys.sorted().map { name($0) + ": " + literal(m[$0] ?? .null, counts: &counts) }
            return "{" + entries.joined(separator: ", ") + "}"
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            if case .time = value { counts.zoned += 1 }
            if case .dateTime = value { counts.zoned += 1 }
            return (TemporalKind(of: value)?.rawValue ?? "") + "(" + string(value.temporalText ?? "") + ")"
        case .node, .relationship, .path: return "null"  // never stored as a property
        }
    }

    /// A float literal: always with a point or an exponent (without `+`, which openCypher's
    /// grammar has no place for); infinities and NaN as the divisions that give them.
    static func float(_ d: Double) -> String {
        if d.isNaN { return "0.0 / 0.0" }
        if d.isInfinite { return d < 0 ? "-1.0 / 0.0" : "1.0 / 0.0" }
        var text = d.description.replacingOccurrences(of: "e+", with: "e")
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }

    /// A single-quoted string with `\`, `'`, newline, carriage return and tab escaped. Other
    /// control characters are written as they are (the line stays one line): FalkorDB's parser
    /// keeps a `\u0001` escape as its six characters, while every engine reads the character
    /// itself. Only NUL, which a C parser would take for the end, is written `\u0000`.
    static func string(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}": out += "\\u0000"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// A label, type or property name: as is when it is a plain identifier, else in backticks.
    static func name(_ s: String) -> String {
        var plain = !s.isEmpty
        for (i, scalar) in s.unicodeScalars.enumerated() {
            let letter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
            let digit = ("0"..."9").contains(scalar)
            if !(letter || (digit && i > 0)) {
                plain = false
                break
            }
        }
        return plain ? s : "`" + s.replacingOccurrences(of: "`", with: "``") + "`"
    }
}
