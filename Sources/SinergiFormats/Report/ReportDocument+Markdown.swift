// A report as Markdown (GitHub-flavoured tables): what an organizer pastes into the meeting's
// notes or opens in any editor. Cell text is escaped so that a name with `|` or a line break
// stays in its cell.

extension ReportDocument {
    /// The report as Markdown.
    /// - Complexity: O(size of the report).
    public func markdown() -> String {
        var out = "# " + Self.inline(title) + "\n"
        for block in blocks {
            out += "\n"
            switch block {
            case .heading(let text, let level):
                out += String(repeating: "#", count: max(2, min(level, 6))) + " " + Self.inline(text) + "\n"
            case .paragraph(let text): out += Self.inline(text) + "\n"
            case .bullets(let items): out += items.map { "- " + Self.inline($0) + "\n" }.joined()
            case .table(let header, let rows):
                let width = max(header.count, rows.map(\.count).max() ?? 0)
                func row(_ cells: [String]) -> String {
                    let padded = cells + Array(repeating: "", count: width - cells.count)
                    return "| " + padded.map(Self.cell).joined(separator: " | ") + " |\n"
                }
                out += row(header) + "|" + String(repeating: " --- |", count: width) + "\n"
                out += rows.map(row).joined()
            case .picture(let caption, let file, _):
                out += "![" + Self.cell(caption) + "](" + file.replacingOccurrences(of: " ", with: "%20") + ")\n"
            }
        }
        return out
    }

    /// Text on one line (line breaks become spaces).
    static func inline(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A table cell: one line, `|` escaped.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
