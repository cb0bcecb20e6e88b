// Building DOT text line by line with indentation: statements, attribute lists, edges.

/// An attribute value: plain text (quoted and escaped) or a label of lines (also
/// entity-escaped, lines joined by `\n`).
enum DOTValue {
    case text(String)
    case label([String])
}

/// One `name=value` attribute.
typealias DOTAttribute = (name: String, value: DOTValue)

extension Array where Element == (String, String) {
    /// Plain-text attributes.
    var dot: [DOTAttribute] { map { ($0.0, .text($0.1)) } }
}

/// A small DOT text builder; every attribute value is written as a quoted string.
struct DOTWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ s: String) {
        text += String(repeating: "    ", count: depth) + s + "\n"
    }

    mutating func open(_ header: String) {
        line(header + " {")
        depth += 1
    }

    mutating func close() {
        depth -= 1
        line("}")
    }

    static func attributeList(_ attributes: [DOTAttribute]) -> String {
        attributes.map { a in
            switch a.value {
            case .text(let s): return a.name + "=" + DOTText.quoted(s)
            case .label(let lines): return a.name + "=" + DOTText.label(lines)
            }
        }.joined(separator: ", ")
    }

    /// `kind [a="1", b="2"];` for `graph`, `node`, `edge` or a node id.
    mutating func attributes(_ statement: String, _ attributes: [DOTAttribute]) {
        line(statement + " [" + Self.attributeList(attributes) + "];")
    }

    /// Graph attribute statements inside a subgraph: `label="…";`
    mutating func assignments(_ attributes: [DOTAttribute]) {
        for a in attributes { line(Self.attributeList([a]) + ";") }
    }

    mutating func edge(_ from: String, _ to: String, _ attributes: [DOTAttribute]) {
        line(from + " -> " + to + " [" + Self.attributeList(attributes) + "];")
    }
}
