// A value as the TCK writes it in result tables: primitives, lists, maps and
// graph elements described by their labels/type and properties (the TCK never
// names entity ids). Both the expected cells and the actual results are
// brought into this shape and compared through `canonical`.

/// A TCK result value.
indirect enum TCKValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    /// `(:L1:L2 {k: v})`.
    case node(labels: [String], properties: [String: TCKValue])
    /// `[:T {k: v}]`.
    case relationship(type: String, properties: [String: TCKValue])
    /// `<(a)-[r]->(b)<-[s]-(c)>`: the first node, then each step.
    case path(start: TCKValue, steps: [TCKPathStep])
}

/// One hop of a path: the relationship, whether it points forward, and the node reached.
struct TCKPathStep: Equatable, Sendable {
    var relationship: TCKValue
    /// True for `-[..]->`, false for `<-[..]-`.
    var forward: Bool
    var node: TCKValue
}

extension TCKValue {
    /// A normal form for comparison and for messages: maps sorted by key, labels sorted,
    /// floats in Swift's shortest round-trip form, and, when `ignoringListOrder`, list
    /// elements sorted by their own canonical text (multiset comparison).
    ///
    /// - Complexity: O(n log n) in the size of the value.
    func canonical(ignoringListOrder: Bool = false) -> String {
        var out = ""
        write(into: &out, ignoringListOrder: ignoringListOrder)
        return out
    }

    private func write(into out: inout String, ignoringListOrder: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += Self.floatText(d)
        case .string(let s): out += Self.quoted(s)
        case .list(let items):
            var parts = items.map { $0.canonical(ignoringListOrder: ignoringListOrder) }
            if ignoringListOrder { parts.sort() }
            out += "[" + parts.joined(separator: ", ") + "]"
        case .map(let entries):
            out += Self.mapText(entries, ignoringListOrder: ignoringListOrder)
        case .node(let labels, let properties):
            out += "(" + labels.sorted().map { ":" + $0 }.joined()
            if !properties.isEmpty {
                out += (labels.isEmpty ? "" : " ") + Self.mapText(properties, ignoringListOrder: ignoringListOrder)
            }
            out += ")"
        case .relationship(let type, let properties):
            out += "[:" + type
            if !properties.isEmpty { out += " " + Self.mapText(properties, ignoringListOrder: ignoringListOrder) }
            out += "]"
        case .path(let start, let steps):
            out += "<"
            start.write(into: &out, ignoringListOrder: ignoringListOrder)
            for step in steps {
                out += step.forward ? "-" : "<-"
                step.relationship.write(into: &out, ignoringListOrder: ignoringListOrder)
                out += step.forward ? "->" : "-"
                step.node.write(into: &out, ignoringListOrder: ignoringListOrder)
            }
            out += ">"
        }
    }

    private static func mapText(_ entries: [String: TCKValue], ignoringListOrder: Bool) -> String {
        let parts = entries.keys.sorted().map { key in
            "\(key): " + (entries[key] ?? .null).canonical(ignoringListOrder: ignoringListOrder)
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// `NaN`, `Inf`, `-Inf`, or Swift's shortest text that reads back as the same double.
    ///
    /// Floats are equal when their values are (IEEE `==`), so `-0.0` is written `0.0`
    /// (Literals5 [9] expects `0.0` for `RETURN -0.0`); NaN is equal to NaN here.
    static func floatText(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "Inf" }
        if d == 0 { return "0.0" }
        return "\(d)"
    }

    /// A single-quoted string with `\` and `'` escaped and control characters spelled out.
    static func quoted(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
