// Escaping text for XML 1.0 output (GraphML, GEXF): character data and attribute values.
//
// Convention: `&`, `<`, `>` are always escaped; in attribute values also `"`, tab,
// line feed and carriage return (as character references, so an XML parser's
// attribute-value normalisation cannot turn them into spaces); in character data
// a carriage return becomes `&#13;` so line-end normalisation cannot drop it.
// Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR,
// U+FFFE, U+FFFF) are replaced by U+FFFD: this is the one lossy case.

enum XMLEscaping {
    /// Escapes `text` for use between tags.
    /// - Complexity: O(n) in the length of `text`.
    static func text(_ text: String) -> String { escape(text, attribute: false) }

    /// Escapes `text` for use inside a double-quoted attribute value.
    /// - Complexity: O(n) in the length of `text`.
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    /// True when XML 1.0 can carry the scalar (possibly as a character reference).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        // Fast path: nothing to escape (the common case) returns the text itself.
        let needsWork = text.utf8.contains { b in
            b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "\"") || b == 0x7F || b == 0xEF
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\u{FFFD}"
                }
            }
        }
        return out
    }
}
