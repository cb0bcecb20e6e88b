// Text inside DOT: quoted, escaped strings and label wrapping.
//
// Every string is written as a DOT quoted string: `"` → `\"`, `\` → `\\`, a line break
// → `\n` (CR LF and CR count as one), tab → space, other control characters → U+FFFD.
// `&` is written as `&amp;`, because Graphviz decodes HTML entities in labels and
// passes them through in tooltips: so `R&amp;D` and `<b>` come out exactly as typed.

enum DOTText {
    /// A DOT quoted string (`"…"`).
    /// - Complexity: O(n) in the length of the text.
    static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// A DOT quoted label made of lines (joined by `\n`).
    /// - Complexity: O(n) in the total length of the lines.
    static func label(_ lines: [String]) -> String {
        "\"" + lines.map { escaped($0) }.joined(separator: "\\n") + "\""
    }

    /// The escaped body of a quoted string.
    static func escaped(_ text: String) -> String {
        // Fast path: printable ASCII without `"`, `\` or `&`, and any non-ASCII except C1 controls.
        let needsWork = text.utf8.contains { b in
            b < 0x20 || b == 0x7F || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "&")
                || b == 0xC2 || b == 0xEF
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out += " "
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(printable(scalar))
            }
        }
        return out
    }

    /// The scalar, or U+FFFD for a control character (C0, DEL, C1) or a noncharacter that
    /// Graphviz cannot carry.
    static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || v == 0xFFFE || v == 0xFFFF ? "\u{FFFD}" : scalar
    }

    /// Breaks `text` into lines of at most `width` characters at spaces; words longer
    /// than `width` are cut. Line breaks in the text are kept.
    /// - Complexity: O(n) in the length of the text.
    static func wrap(_ text: String, width: Int = 24) -> [String] {
        if text.utf8.count <= width, !text.utf8.contains(where: { $0 == 10 || $0 == 13 }) { return [text] }
        var lines: [String] = []
        for paragraph in ScalarText.split(text.replacingCRLF, on: "\n") {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordCount = word.count
                while wordCount > width {
                    if lineCount > 0 {
                        lines.append(line)
                        (line, lineCount) = ("", 0)
                    }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                    wordCount -= width
                }
                if wordCount == 0 { continue }
                if lineCount == 0 {
                    (line, lineCount) = (String(word), wordCount)
                } else if lineCount + 1 + wordCount <= width {
                    line += " " + word
                    lineCount += 1 + wordCount
                } else {
                    lines.append(line)
                    (line, lineCount) = (String(word), wordCount)
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// The text with CR LF and lone CR turned into LF.
    fileprivate var replacingCRLF: String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in unicodeScalars {
            if s == "\r" {
                out.append("\n")
            } else if !(s == "\n" && previousCR) {
                out.append(s)
            }
            previousCR = s == "\r"
        }
        return String(out)
    }
}
