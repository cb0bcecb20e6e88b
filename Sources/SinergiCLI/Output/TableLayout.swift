// The aligned table of the `table` format: a rule, the header, a rule, the rows, a rule;
// fitted to a width by narrowing the widest columns and wrapping their cells over lines.

/// Lays out cells as an aligned table.
///
/// Without a width every column is as wide as its widest cell. With one, the widest columns
/// are narrowed (never below their header or 10 characters) until the table fits, and cells
/// that no longer fit wrap at spaces onto further lines of the same row (a word longer than
/// its column is cut). Widths count characters.
enum TableLayout {
    /// The table text.
    /// - Complexity: O(total length of the cells · wrapped lines).
    static func render(header: [String], rows: [[String]], width: Int? = nil) -> String {
        var widths = header.map(\.count)
        for r in rows {
            for (i, c) in r.enumerated() where i < widths.count {
                for line in c.split(separator: "\n", omittingEmptySubsequences: false) {
                    widths[i] = max(widths[i], line.count)
                }
            }
        }
        if let width { fit(&widths, header: header, into: width) }
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

    /// Narrows the widest columns until `4 + Σ(width + 3) - 3` fits `total`, or none can narrow.
    static func fit(_ widths: inout [Int], header: [String], into total: Int) {
        func used() -> Int { widths.reduce(0, +) + 3 * widths.count + 1 }
        let floors = header.map { max(min($0.count, 24), 10) }
        while used() > total {
            var widest = -1
            for (i, w) in widths.enumerated() where w > floors[i] && (widest < 0 || w > widths[widest]) {
                widest = i
            }
            guard widest >= 0 else { return }
            widths[widest] -= 1
        }
    }

    /// A cell's lines within `width` characters: its own lines, each broken at spaces.
    static func wrap(_ cell: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in cell.split(separator: "\n", omittingEmptySubsequences: false) {
            if paragraph.count <= width {
                out.append(String(paragraph))
                continue
            }
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                if !line.isEmpty, line.count + 1 + word.count <= width {
                    line += " " + word
                    continue
                }
                if !line.isEmpty { out.append(line) }
                while word.count > width {
                    out.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                line = String(word)
            }
            out.append(line)
        }
        return out.isEmpty ? [""] : out
    }
}
