// A canonical text form of a graph for equality checks in round-trip tests: keys,
// sorted labels, types, ends and properties with exact doubles (bit patterns).

import SinergiGraph

enum GraphCanonical {
    static func lines(_ g: PropertyGraph) -> [String] {
        var out: [String] = []
        for id in g.nodes {
            out.append("N \(g.key(of: id).exact) \(g.labels(of: id).sorted()) \(properties(g.properties(of: id)))")
        }
        for r in g.relationships {
            out.append(
                "R \(g.key(of: r).exact) \(g.type(of: r).exact) "
                    + "\(g.key(of: g.start(of: r)).exact)->\(g.key(of: g.end(of: r)).exact) "
                    + properties(g.properties(of: r)))
        }
        return out.sorted()
    }

    static func properties(_ p: [String: Value]) -> String {
        "{" + p.keys.sorted().map { "\($0.exact): \(value(p[$0] ?? .null))" }.joined(separator: ", ") + "}"
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .double(let d): return "double(\(d.bitPattern))"
        case .string(let s): return "string(\(s.exact))"
        case .list(let items): return "list[" + items.map(value).joined(separator: ", ") + "]"
        case .map(let m): return "map" + properties(m)
        default: return "\(v)"
        }
    }
}

extension String {
    /// The text with every scalar outside printable ASCII spelled `\u{X}`, quoted:
    /// canonically equivalent but differently encoded strings stay different.
    var exact: String {
        var out = "\""
        for s in unicodeScalars {
            if s.value >= 0x20 && s.value < 0x7F && s != "\\" && s != "\"" {
                out.unicodeScalars.append(s)
            } else {
                out += "\\u{" + String(s.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }
}
