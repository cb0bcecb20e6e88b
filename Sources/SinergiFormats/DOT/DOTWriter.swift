// Building DOT text line by line with indentation: statements, attribute lists, edges.

/// An attribute value: plain text (quoted and escaped), a label of lines (also
/// entity-escaped, lines joined by `\n`), or a Graphviz HTML-like label built by `DOTHTML`.
enum DOTValue {
    case text(String)
    case label([String])
    case html(String)
}

/// One `name=value` attribute.
typealias DOTAttribute = (name: String, value: DOTValue)

extension Array where Element == (String, String) {
    /// Plain-text attributes.
    var dot: [DOTAttribute] { map { ($0.0, .text($0.1)) } }
}

/// A small DOT text builder; every attribute value is written as a quoted string (or an
/// HTML-like label in `<…>`).
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
            case .html(let markup): return a.name + "=<" + markup + ">"
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

/// Graphviz HTML-like labels: text escaped for them (`&`, `<`, `>`, `"`; line breaks as
/// `<BR/>`), and the few elements the diagrams use.
enum DOTHTML {
    /// Text escaped for an HTML-like label; control characters become U+FFFD as in `DOTText`.
    /// - Complexity: O(n) in the length of the text.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(DOTText.printable(scalar))
            }
        }
        return out
    }

    /// Lines joined by `<BR/>`, each escaped; `colored` lines (by index) in `color`.
    /// - Complexity: O(n) in the total length.
    static func lines(_ lines: [String], color: String? = nil, coloredFrom: Int = Int.max) -> String {
        lines.enumerated().map { i, line in
            let text = escaped(line)
            guard let color, i >= coloredFrom else { return text }
            return "<FONT COLOR=\"\(color)\">\(text)</FONT>"
        }.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
    }
}
