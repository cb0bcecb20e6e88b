// Trimming ASCII spaces, tabs and line feeds cheaply (number and date cells, XML values).

extension String {
    /// The text without leading and trailing spaces, tabs, CR and LF; the text itself when there are none.
    /// - Complexity: O(n) in the length of the text.
    var trimmingASCIIWhitespace: String {
        let utf8 = self.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        var lo = utf8.startIndex
        var hi = utf8.endIndex
        while lo < hi, isSpace(utf8[lo]) { lo = utf8.index(after: lo) }
        while hi > lo, isSpace(utf8[utf8.index(before: hi)]) { hi = utf8.index(before: hi) }
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }
}
