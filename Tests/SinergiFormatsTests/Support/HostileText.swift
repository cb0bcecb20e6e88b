// Names and strings built to break exporters: quotes, backslashes, line breaks, DOT
// keywords, markup, separators, dotted region codes, emoji, Indonesian text.

enum HostileText {
    /// Pieces that every format must carry intact (XML-safe: no C0 controls but tab/LF/CR).
    static let pieces: [String] = [
        "\"", "\\", "\n", "\r\n", "\r", "\t", ",", ";", ":", "<b>", "</b>", "&", "&amp;", "&#13;", "{", "}", "[", "]",
        "node", "graph", "subgraph", "edge", "strict", "digraph", "32.05.01", "32.05.01.2001",
        "Perpustakaan Desa Sukamaju", "Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau", "Tanjungpinang",
        "Bappeda", "👩🏽‍💻", "📚", "🇮🇩", "é", "e\u{301}", ";\u{301}", ",\u{301}", "\"\u{301}", "مكتبة", "图书馆", " ", "  ",
        "'", "]]>", "<!--", "-->", "\\N", "\\G", "\\n", "\\\"", "\u{FEFF}", "\u{200D}", "%", "$", "$date",
        "{\"$date\":1}",
        "#", "--", "->", "=", "null", "true", "42", "-0.0", "NaN", "\u{00A0}", "ß", "İ",
    ]

    /// Control characters XML 1.0 cannot carry; used only for CSV tests.
    static let controls: [String] = ["\u{1}", "\u{7}", "\u{1B}", "\u{0}", "\u{7F}"]

    /// A random hostile string of 1…6 pieces (non-empty).
    static func make(_ rng: inout SeededRandom, controls allowControls: Bool = false) -> String {
        let pool = allowControls ? pieces + controls : pieces
        var s = ""
        for _ in 0..<rng.int(1...6) { s += rng.pick(pool) }
        return s
    }
}
