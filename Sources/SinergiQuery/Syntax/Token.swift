// The lexer's output: one `Token` per word, literal, parameter or operator,
// each with its span. Keywords are not separate kinds: openCypher lets most
// keywords double as names (`n.count`, `{end: 1}`), so words stay `.identifier`
// and the parser asks `token.isKeyword("MATCH")` (case-insensitive).

/// Punctuation and operators.
public enum Symbol: String, Sendable, Equatable, Hashable, CaseIterable {
    /// `(`
    case leftParen = "("
    /// `)`
    case rightParen = ")"
    /// `[`
    case leftBracket = "["
    /// `]`
    case rightBracket = "]"
    /// `{`
    case leftBrace = "{"
    /// `}`
    case rightBrace = "}"
    /// `,`
    case comma = ","
    /// `.`
    case dot = "."
    /// `..`
    case dotDot = ".."
    /// `:`
    case colon = ":"
    /// `;`
    case semicolon = ";"
    /// `|`
    case pipe = "|"
    /// `+`
    case plus = "+"
    /// `-`
    case minus = "-"
    /// `*`
    case star = "*"
    /// `/`
    case slash = "/"
    /// `%`
    case percent = "%"
    /// `^`
    case caret = "^"
    /// `=`
    case equal = "="
    /// `<>` or `!=`
    case notEqual = "<>"
    /// `<`
    case less = "<"
    /// `>`
    case greater = ">"
    /// `<=`
    case lessOrEqual = "<="
    /// `>=`
    case greaterOrEqual = ">="
    /// `=~`
    case regexMatch = "=~"
    /// `+=`
    case plusEqual = "+="
}

/// What a token is.
public enum TokenKind: Sendable, Equatable {
    /// A word: a name or a keyword (compare keywords with `Token.isKeyword`).
    case identifier(String)
    /// A backtick-quoted name, unquoted (never a keyword).
    case quotedIdentifier(String)
    /// An integer literal's magnitude; nil when it does not fit `UInt64`.
    /// The parser applies a folded sign and checks the `Int64` range.
    case integer(UInt64?)
    /// A floating-point literal (infinite when it overflowed).
    case double(Double)
    /// A string literal, escapes decoded.
    case string(String)
    /// A parameter `$name` / `$0`: the name without `$`.
    case parameter(String)
    /// Punctuation or an operator.
    case symbol(Symbol)
    /// Text the lexer could not read; the parser raises the error when it gets here.
    case invalid(QueryError)
    /// The end of the source.
    case endOfInput
}

/// One token with its position and the exact source text it came from.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is.
    public var span: SourceSpan
    /// The source text of the token, exactly as written.
    public var text: Substring

    /// Creates a token.
    ///
    /// - Complexity: O(1).
    public init(kind: TokenKind, span: SourceSpan, text: Substring) {
        self.kind = kind
        self.span = span
        self.text = text
    }

    /// True when the token is the unquoted word `keyword` (any case).
    ///
    /// - Complexity: O(k) in the keyword length.
    public func isKeyword(_ keyword: String) -> Bool {
        guard case .identifier(let word) = kind, word.utf8.count == keyword.utf8.count else { return false }
        return word.uppercased() == keyword
    }

    /// True when the token is `symbol`.
    ///
    /// - Complexity: O(1).
    public func isSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(let s) = kind { return s == symbol }
        return false
    }

    /// The name when the token is a word or a quoted name.
    public var name: String? {
        switch kind {
        case .identifier(let s), .quotedIdentifier(let s): s
        default: nil
        }
    }

    /// True at the end of the source.
    public var isEnd: Bool {
        if case .endOfInput = kind { return true }
        return false
    }
}
