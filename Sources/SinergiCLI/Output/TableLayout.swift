// The aligned table of the `table` format: a rule, the header, a rule, the rows, a rule;
// fitted to a width by giving each column at least its longest word and sharing the rest of
// the width in proportion to what each column still lacks, wrapping cells over lines.

/// Lays out cells as an aligned table.
///
/// Without a width every column is as wide as its widest cell. With one, a table wider than
/// the width is laid out as a browser lays out an automatic table: every column gets its
/// longest word (header included), and the width left over goes to the columns in proportion
/// to how much wider their cells are, so a long reason gets the room and a short name keeps
/// its line. Cells wrap at spaces, and inside a word after `/`, `–` or `-` ("Kabupaten/" "Kota");
/// only when even the longest words do not fit are the widest of them cut (never a column
/// below 8 characters). Widths count characters.
enum TableLayout {
    /// The narrowest a column is made when words have to be cut.
    static let narrowest = 8

    /// The table text.
    /// - Complexity: O(total length of the cells · wrapped lines).
    static func render(header: [String], rows: [[String]], width: Int? = nil) -> String {
        var widths = header.map { longestLine($0) }
        if let width {
            // Fitted, a header wraps like any cell: its words are a floor, its length is not.
            var content = header.map { _ in 0 }
            var words = header.map { longestWord($0) }
            for r in rows {
                for (i, c) in r.enumerated() where i < widths.count {
                    content[i] = max(content[i], longestLine(c))
                    words[i] = max(words[i], longestWord(c))
                }
            }
            widths = zip(content, words).map { max($0, $1) }
            fit(&widths, words: words, into: width)
            if widths.reduce(0, +) + 3 * widths.count + 1 < width {
                // Room to spare: headers take their whole line again, as far as it goes.
                var spare = width - (widths.reduce(0, +) + 3 * widths.count + 1)
                for i in widths.indices where spare > 0 {
                    let grow = min(spare, max(0, longestLine(header[i]) - widths[i]))
                    widths[i] += grow
                    spare -= grow
                }
            }
        } else {
            for r in rows {
                for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], longestLine(c)) }
            }
        }
        func lines(_ cells: [String]) -> String {
            let wrapped = zip(cells, widths).map { wrap($0, width: $1) }
            let height = wrapped.map(\.count).max() ?? 1
            var out = ""
            for k in 0..<height {
                let parts = zip(wrapped, widths).map { cell, w -> String in
                    let text = k < cell.count ? cell[k] : ""
                    return text + String(repeating: " ", count: max(0, w - text.count))
                }
                out += "| " + parts.joined(separator: " | ") + " |\n"
            }
            return out
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
        var out = rule + lines(header) + rule
        for r in rows { out += lines(r) }
        if !rows.isEmpty { out += rule }
        return out
    }

    /// Narrows `widths` (each column's widest line) so that `Σ(width + 3) + 1` fits `total`:
    /// every column keeps at least its longest word (`words`), the rest of the room is shared
    /// in proportion to what each column lacks of its widest line.
    /// - Complexity: O(c · (c + excess)) for c columns.
    static func fit(_ widths: inout [Int], words: [Int], into total: Int) {
        let available = total - 3 * widths.count - 1
        guard widths.reduce(0, +) > available else { return }
        var floors = zip(words, widths).map { min($0, $1) }
        // Too narrow even for the longest words: cut the longest of them.
        while floors.reduce(0, +) > available {
            guard let i = floors.indices.filter({ floors[$0] > narrowest }).max(by: { floors[$0] < floors[$1] })
            else { break }
            floors[i] -= 1
        }
        let extra = available - floors.reduce(0, +)
        let lacking = zip(widths, floors).map { $0 - $1 }
        let totalLacking = lacking.reduce(0, +)
        guard extra > 0, totalLacking > 0 else {
            widths = floors
            return
        }
        var result = floors
        for i in result.indices { result[i] += extra * lacking[i] / totalLacking }
        var left = available - result.reduce(0, +)
        while left > 0 {
            guard
                let i = result.indices.filter({ widths[$0] > result[$0] }).max(by: {
                    widths[$0] - result[$0] < widths[$1] - result[$1]
                })
            else { break }
            result[i] += 1
            left -= 1
        }
        widths = result
    }

    /// The longest line of a cell.
    static func longestLine(_ cell: String) -> Int {
        cell.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    /// The longest piece of a cell that wrapping keeps on one line.
    static func longestWord(_ cell: String) -> Int {
        cell.split(separator: "\n").flatMap { pieces($0) }.map(\.text.count).max() ?? 0
    }

    /// A line's pieces: its words, and inside a word the parts ending in `/`, `–` or `-`; `spaced`
    /// says whether a space stands before the piece.
    static func pieces(_ line: Substring) -> [(text: Substring, spaced: Bool)] {
        var out: [(text: Substring, spaced: Bool)] = []
        for (n, word) in line.split(separator: " ").enumerated() {
            var start = word.startIndex
            var first = true
            for i in word.indices where word[i] == "/" || word[i] == "–" || word[i] == "-" {
                let end = word.index(after: i)
                guard end < word.endIndex else { break }
                out.append((word[start..<end], first && n > 0))
                first = false
                start = end
            }
            out.append((word[start...], first && n > 0))
        }
        return out
    }

    /// A cell's lines within `width` characters: its own lines, each broken at spaces (or
    /// after `/`, `–` and `-` inside a word); a piece longer than the width is cut.
    static func wrap(_ cell: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in cell.split(separator: "\n", omittingEmptySubsequences: false) {
            if paragraph.count <= width {
                out.append(String(paragraph))
                continue
            }
            var line = ""
            for piece in pieces(paragraph) {
                var text = piece.text
                let separator = piece.spaced ? " " : ""
                if !line.isEmpty, line.count + separator.count + text.count <= width {
                    line += separator + text
                    continue
                }
                if !line.isEmpty { out.append(line) }
                while text.count > width {
                    out.append(String(text.prefix(width)))
                    text = text.dropFirst(width)
                }
                line = String(text)
            }
            out.append(line)
        }
        return out.isEmpty ? [""] : out
    }
}
