// Splitting a script or interactive input into statement texts at the `;`
// tokens that end statements (never inside strings, quoted names or comments),
// so a shell can tell complete statements from a partial one still being typed.

extension Parser {
    /// The statement texts of `source` that are closed by `;`, and the text after
    /// the last `;` (a statement still being typed, or only whitespace).
    ///
    /// ```swift
    /// let (done, rest) = Parser.splitStatementTexts("MATCH (n) RETURN n; RETURN 'a;b")
    /// // done == ["MATCH (n) RETURN n"], rest == " RETURN 'a;b"
    /// ```
    /// Empty statements (`;;`) are skipped. The `;` inside strings, quoted
    /// names and comments does not split, and an unterminated string or comment
    /// keeps everything after it in `remainder`.
    ///
    /// - Complexity: O(n) in the length of `source`.
    public static func splitStatementTexts(_ source: String) -> (complete: [String], remainder: String) {
        var complete: [String] = []
        var start = source.startIndex
        var lexer = Lexer(source)
        while true {
            let token = lexer.next()
            if token.isEnd { break }
            guard token.isSymbol(.semicolon) else { continue }
            let text = source[start..<token.text.startIndex]
            if text.contains(where: { !$0.isWhitespace }) {
                complete.append(String(text.drop(while: \.isWhitespace)))
            }
            start = token.text.endIndex
        }
        return (complete, String(source[start...]))
    }
}
