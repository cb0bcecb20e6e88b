// Writes values as openCypher literal text, the way the TCK writes expected
// results: `null`, `true`, `1`, `1.5`, `'it\'s'`, `[1, 2]`, `{a: 1, b: 'x'}`
// (keys sorted), nodes `(:A:B {name: 'x'})`, relationships `[:T {k: 1}]`,
// paths `<(:A)-[:T]->(:B)<-[:U]-()>` and temporal values as quoted ISO 8601 strings
// `'2023-06-21'`, `'12:00+01:00'`, `'P1Y2M'`.
// The CLI's table output uses the same text.

import SinergiGraph

/// openCypher literal text for values.
public enum ValueFormatter {
    /// The literal text of a value; entities are looked up in `graph`.
    ///
    /// ```swift
    /// ValueFormatter.literal(["a": 1, "b": "x"], graph: g)  // "{a: 1, b: 'x'}"
    /// ValueFormatter.literal(.node(n), graph: g)            // "(:Person {name: 'Ana'})"
    /// ```
    /// - Complexity: O(n log n) in the size of the value (map keys and labels are sorted).
    public static func literal(_ value: Value, graph: PropertyGraph) -> String {
        var out = ""
        write(value, graph: graph, into: &out)
        return out
    }

    /// The literal text of a value that holds no entities (nodes, relationships and
    /// paths are written by id, e.g. `(#3)`).
    ///
    /// - Complexity: O(n log n) in the size of the value.
    public static func literal(_ value: Value) -> String {
        var out = ""
        write(value, graph: nil, into: &out)
        return out
    }

    /// The text `toString()` and string concatenation produce: strings as they are,
    /// numbers and booleans as literals, temporal values as ISO 8601 (`2023-06-21`,
    /// `P1Y2M`); other values as literals.
    ///
    /// - Complexity: O(n log n) in the size of the value.
    public static func text(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return value.temporalText ?? ""
        default: return literal(value)
        }
    }

    /// A string in single quotes with `\`, `'` and control characters escaped, as the
    /// query language writes a string literal (the syntax printer's spelling).
    ///
    /// - Complexity: O(n) in the string's length.
    public static func quoted(_ s: String) -> String { SyntaxPrinter.stringLiteral(s) }

    /// A map key or label: as is when it is a plain identifier, else in backticks.
    ///
    /// - Complexity: O(n) in the name's length.
    public static func name(_ s: String) -> String {
        var plain = !s.isEmpty
        for (i, scalar) in s.unicodeScalars.enumerated() {
            let letter = scalar.properties.isAlphabetic || scalar == "_"
            let digit = ("0"..."9").contains(scalar)
            if !(letter || (digit && i > 0)) {
                plain = false
                break
            }
        }
        if plain { return s }
        return "`" + s.replacingOccurrences(of: "`", with: "``") + "`"
    }

    static func write(_ value: Value, graph: PropertyGraph?, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += float(d)
        case .string(let s): out += quoted(s)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: out += quoted(value.temporalText ?? "")
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, graph: graph, into: &out)
            }
            out += "]"
        case .map(let entries):
            writeMap(entries, graph: graph, into: &out)
        case .node(let id):
            writeNode(id, graph: graph, into: &out)
        case .relationship(let id):
            out += "["
            writeRelationshipBody(id, graph: graph, into: &out)
            out += "]"
        case .path(let path):
            writePath(path, graph: graph, into: &out)
        }
    }

    static func writeMap(_ entries: [String: Value], graph: PropertyGraph?, into out: inout String) {
        out += "{"
        let keys = entries.keys.sorted { CypherSemantics.compareStrings($0, $1) < 0 }
        for (i, key) in keys.enumerated() {
            if i > 0 { out += ", " }
            out += name(key) + ": "
            write(entries[key] ?? .null, graph: graph, into: &out)
        }
        out += "}"
    }

    static func writeNode(_ id: NodeID, graph: PropertyGraph?, into out: inout String) {
        guard let graph else {
            out += "(#\(id.rawValue))"
            return
        }
        out += "("
        for label in graph.labels(of: id).sorted(by: { CypherSemantics.compareStrings($0, $1) < 0 }) {
            out += ":" + name(label)
        }
        let properties = graph.properties(of: id)
        if !properties.isEmpty {
            if out.last != "(" { out += " " }
            writeMap(properties, graph: graph, into: &out)
        }
        out += ")"
    }

    static func writeRelationshipBody(_ id: RelationshipID, graph: PropertyGraph?, into out: inout String) {
        guard let graph else {
            out += "#\(id.rawValue)"
            return
        }
        out += ":" + name(graph.type(of: id))
        let properties = graph.properties(of: id)
        if !properties.isEmpty {
            out += " "
            writeMap(properties, graph: graph, into: &out)
        }
    }

    static func writePath(_ path: PathValue, graph: PropertyGraph?, into out: inout String) {
        out += "<"
        for (i, node) in path.nodes.enumerated() {
            writeNode(node, graph: graph, into: &out)
            guard i < path.relationships.count else { break }
            let rel = path.relationships[i]
            // Traversed backwards when the relationship starts at the next node
            // (and does not also start here, as a self loop would).
            let forward = graph.map { $0.start(of: rel) == node } ?? true
            out += forward ? "-[" : "<-["
            writeRelationshipBody(rel, graph: graph, into: &out)
            out += forward ? "]->" : "]-"
        }
        out += ">"
    }
}
