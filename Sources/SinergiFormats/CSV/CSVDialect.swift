// Which separator a spreadsheet's CSV uses: Excel in an Indonesian locale writes `;`
// (the comma is the decimal separator there), elsewhere `,`; tab-separated files too.

/// Detecting the field separator of CSV text.
///
/// ```swift
/// CSVDialect.detect("nama;jenis;kabupaten\n…")  // ";"
/// ```
public enum CSVDialect {
    /// The separators recognised, in order of preference on a tie.
    public static let separators: [Character] = [",", ";", "\t"]

    /// The separator of `text`: the one of `,`, `;` and tab that occurs most often outside
    /// quotes in the header line (the first non-empty line); `,` when none occurs.
    ///
    /// - Complexity: O(h) in the length of the header line.
    public static func detect(_ text: String) -> Character {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 9: 0]
        var quoted = false
        var seenContent = false
        var bytes = Array(text.utf8.prefix(1 << 16))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        for b in bytes {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && (b == 10 || b == 13) {
                if seenContent { break }
                continue
            }
            seenContent = true
            if !quoted, counts[b] != nil { counts[b, default: 0] += 1 }
        }
        var best: Character = ","
        var bestCount = 0
        for s in separators {
            let n = counts[s.asciiValue ?? 0] ?? 0
            if n > bestCount {
                best = s
                bestCount = n
            }
        }
        return best
    }

    /// A separator given by name: `,`, `;`, `tab` or `\t`, `|`; nil for anything else.
    public static func separator(named text: String) -> Character? {
        switch text {
        case ",", "comma", "koma": return ","
        case ";", "semicolon", "titik koma": return ";"
        case "\t", "\\t", "tab": return "\t"
        case "|": return "|"
        default: return nil
        }
    }
}
