// A short report (the SHM brief) as a sequence of blocks — headings, paragraphs, bullet lists,
// tables, a picture — written as Markdown or as one self-contained HTML page that prints to PDF
// from a browser. The texts come already in the reader's language; this file only lays them
// out. Deterministic: the same document gives the same bytes.

/// A report made of blocks, written as Markdown or HTML.
///
/// ```swift
/// var doc = ReportDocument(title: "Brief SHM: Kepulauan Riau", language: "id")
/// doc.blocks.append(.heading("Ringkasan"))
/// doc.blocks.append(.bullets(["12 pemangku kepentingan", "3 kemitraan"]))
/// let markdown = doc.markdown()
/// ```
public struct ReportDocument: Hashable, Sendable {
    /// One block of the report.
    public enum Block: Hashable, Sendable {
        /// A section heading (level 2; level 3 for a sub-section).
        case heading(String, level: Int = 2)
        /// A paragraph; `**bold**` is the only markup it may hold.
        case paragraph(String)
        /// A bullet list.
        case bullets([String])
        /// A table: its header and rows (short rows are padded with empty cells).
        case table(header: [String], rows: [[String]])
        /// A picture: its caption, the file a Markdown reader shows, and the SVG text the HTML
        /// page inlines (nil: the HTML page links the file instead).
        case picture(caption: String, file: String, svg: String?)
    }

    /// The title (the page's first heading).
    public var title: String
    /// The language code of the texts (`en`, `id`), for the HTML page's `lang`.
    public var language: String
    /// The blocks after the title.
    public var blocks: [Block] = []

    /// A report with a title and no blocks yet.
    public init(title: String, language: String) {
        self.title = title
        self.language = language
    }
}
