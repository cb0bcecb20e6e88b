// A report as one self-contained HTML page: the style sheet inline, the picture inlined as SVG,
// no script and no request of any kind, laid out to print on A4 from a browser ("Print → Save
// as PDF").

import Foundation

extension ReportDocument {
    /// The page's style sheet.
    static let style = """
        body { font: 15px/1.45 Helvetica, Arial, sans-serif; color: #222; max-width: 60em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 24px; margin-bottom: .2em; } h2 { font-size: 19px; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
        h3 { font-size: 16px; } table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: 13px; }
        th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; } figure { margin: 1em 0; } figure svg { width: 100%; height: auto; }
        figcaption { color: #555; font-size: 13px; }
        @page { size: A4; margin: 15mm; } @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
        """

    /// The report as an HTML page.
    /// - Complexity: O(size of the report).
    public func html() -> String {
        var body = "<h1>" + Self.escape(title) + "</h1>\n"
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let n = max(2, min(level, 6))
                body += "<h\(n)>" + Self.escape(text) + "</h\(n)>\n"
            case .paragraph(let text): body += "<p>" + Self.markup(text) + "</p>\n"
            case .bullets(let items):
                body += "<ul>\n" + items.map { "<li>" + Self.markup($0) + "</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                let width = max(header.count, rows.map(\.count).max() ?? 0)
                func row(_ cells: [String], _ tag: String) -> String {
                    let padded = cells + Array(repeating: "", count: width - cells.count)
                    return "<tr>" + padded.map { "<\(tag)>" + Self.markup($0) + "</\(tag)>" }.joined() + "</tr>\n"
                }
                body += "<table>\n<thead>" + row(header, "th") + "</thead>\n<tbody>\n"
                body += rows.map { row($0, "td") }.joined() + "</tbody>\n</table>\n"
            case .picture(let caption, let file, let svg):
                body += "<figure>\n"
                if let svg {
                    body += Self.bareSVG(svg) + "\n"
                } else {
                    body += "<p>" + Self.escape(file) + "</p>\n"
                }
                body += "<figcaption>" + Self.escape(caption) + "</figcaption>\n</figure>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(Self.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="generator" content="sinergi">
            <title>\(Self.escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Text with `&`, `<`, `>` and `"` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escaped text with `**bold**` as `<strong>`.
    static func markup(_ text: String) -> String {
        let parts = escape(text).components(separatedBy: "**")
        guard parts.count >= 3 else { return escape(text) }
        var out = ""
        for (i, part) in parts.enumerated() {
            if i > 0 { out += i % 2 == 1 ? (i == parts.count - 1 ? "**" : "<strong>") : "</strong>" }
            out += part
        }
        return out
    }

    /// Graphviz's SVG without its XML declaration, DOCTYPE and comments, to inline in HTML.
    /// Its fixed width and height are dropped, so the picture scales to the page by its viewBox,
    /// and so are its namespace declarations (the HTML parser gives inline SVG its namespace).
    static func bareSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var out = String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if let close = out.firstIndex(of: ">") {
            var tag = String(out[..<close])
            for attribute in ["width", "height", "xmlns", "xmlns:xlink"] {
                if let r = tag.range(of: " \(attribute)=\"[^\"]*\"", options: .regularExpression) {
                    tag.removeSubrange(r)
                }
            }
            out = tag.split(whereSeparator: \.isWhitespace).joined(separator: " ") + out[close...]
        }
        return out
    }
}
