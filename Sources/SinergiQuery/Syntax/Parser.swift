// The core of the hand-written recursive-descent parser: the public entry
// points, the token cursor, error construction, the loop-progress guard and the
// nesting-depth guard. Grammar areas live in Parser+Clauses (statements and
// clauses), Parser+Patterns, Parser+Expressions (operators by precedence) and
// Parser+Atoms (literals, calls, CASE, comprehensions, subqueries).

/// Parses openCypher text into the syntax tree.
///
/// ```swift
/// let statement = try Parser.parse("MATCH (n:Person) RETURN n.name AS name")
/// let all = try Parser.parseStatements("CREATE (:A); MATCH (n) RETURN n")
/// ```
/// Errors are `QueryError`s of kind `SyntaxError` (phase compile time) with the
/// TCK detail code (`UnexpectedSyntax`, `InvalidNumberLiteral`, …) and the
/// location of the offending token. The parser never traps on any input.
public struct Parser {
    /// The source text (token texts are substrings of it).
    let source: String
    /// All tokens, ending with `.endOfInput`.
    let tokens: [Token]
    /// Index of the current token.
    var position = 0
    /// Current nesting depth of expressions and patterns.
    var depth = 0
    /// Token positions where trying a pattern (as an expression) already failed.
    var failedPatternStarts: Set<Int> = []
    /// Patterns already read (as expressions) by start position, with the position after them.
    var parsedPatterns: [Int: (PatternElement, Int)] = [:]

    /// The deepest nesting the parser accepts, counting both recursion and
    /// left-deep operator chains (guards the stack here and in every later
    /// stage that walks the tree recursively).
    public static let maximumDepth = 300

    /// Creates a parser over `source`.
    ///
    /// - Complexity: O(n) in the length of `source` (it tokenizes eagerly).
    public init(_ source: String) {
        self.source = source
        self.tokens = Lexer.tokenize(source)
    }

    // MARK: Entry points

    /// Parses exactly one statement (a trailing `;` is allowed).
    ///
    /// - Throws: `QueryError` (`SyntaxError`) for invalid text, an empty query
    ///   or more than one statement.
    /// - Complexity: O(n) in the length of `source` for ordinary queries.
    public static func parse(_ source: String) throws(QueryError) -> Statement {
        var parser = Parser(source)
        return try parser.parseSingleStatement()
    }

    /// Parses the whole source as exactly one statement (see `parse`).
    mutating func parseSingleStatement() throws(QueryError) -> Statement {
        let statements = try parseStatementList()
        guard let first = statements.first else {
            throw DiagnosticMessages.emptyQuery(at: current.span.start)
        }
        if statements.count > 1 {
            throw DiagnosticMessages.multipleStatements(at: statements[1].span.start)
        }
        return first
    }

    /// Parses zero or more statements separated by `;`.
    ///
    /// - Throws: `QueryError` (`SyntaxError`) at the first invalid token.
    /// - Complexity: O(n) in the length of `source` for ordinary queries.
    public static func parseStatements(_ source: String) throws(QueryError) -> [Statement] {
        var parser = Parser(source)
        return try parser.parseStatementList()
    }

    /// Parses a single expression (the whole text must be one expression).
    /// Useful for tests and for expressions given outside a query.
    ///
    /// - Throws: `QueryError` (`SyntaxError`).
    /// - Complexity: O(n) in the length of `source` for ordinary expressions.
    public static func parseExpression(_ source: String) throws(QueryError) -> Expression {
        var parser = Parser(source)
        let expression = try parser.parseExpression()
        guard parser.current.isEnd else {
            throw parser.unexpected("end of expression")
        }
        return expression
    }

    // MARK: Cursor

    /// The current token.
    var current: Token { token(at: position) }

    /// The token `ahead` positions after the current one (the end token past the end).
    func peek(_ ahead: Int = 1) -> Token { token(at: position + ahead) }

    func token(at index: Int) -> Token {
        if index >= 0, index < tokens.count { return tokens[index] }
        return tokens[tokens.count - 1]
    }

    /// Where the last consumed token ended (the start of the source before any).
    var previousEnd: SourceLocation {
        position > 0 ? token(at: position - 1).span.end : current.span.start
    }

    /// A span from `start` to the end of the last consumed token.
    func span(from start: SourceLocation) -> SourceSpan {
        let end = previousEnd
        return SourceSpan(start: start, end: end.offset >= start.offset ? end : start)
    }

    /// Moves past the current token (never past the end token).
    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    /// Consumes the keyword if it is current.
    mutating func accept(keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes the symbol if it is current.
    mutating func accept(_ symbol: Symbol) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    /// Consumes the keyword or fails.
    mutating func expect(keyword: String) throws(QueryError) {
        guard accept(keyword: keyword) else { throw unexpected(keyword) }
    }

    /// Consumes the symbol or fails.
    mutating func expect(_ symbol: Symbol) throws(QueryError) {
        guard accept(symbol) else { throw unexpected("'\(symbol.rawValue)'") }
    }

    // MARK: Errors

    /// The error for the current token when `what` was expected. An invalid
    /// token reports its own (lexer) error instead.
    func unexpected(_ what: String) -> QueryError {
        let token = current
        if case .invalid(let error) = token.kind { return error }
        return DiagnosticMessages.expected(what, found: Self.describe(token), at: token.span.start)
    }

    /// A short description of a token for messages.
    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfInput: return "end of input"
        case .string: return "string literal"
        default:
            let text = token.text.count > 30 ? token.text.prefix(30) + "…" : token.text
            return "'\(text)'"
        }
    }

    // MARK: Guards

    /// Throws instead of looping forever when a loop iteration consumed nothing.
    /// Call at the top of every loop with a variable holding the last position.
    mutating func ensureProgress(_ last: inout Int) throws(QueryError) {
        if position == last { throw unexpected("progress") }
        last = position
    }

    /// Enters one nesting level; throws beyond `maximumDepth`.
    mutating func enter() throws(QueryError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw DiagnosticMessages.nestingTooDeep(limit: Self.maximumDepth, at: current.span.start)
        }
    }

    /// Counts one more operator in a left-deep chain (`a + b + c …`, `n.a.b …`)
    /// against the depth limit, since each one nests the tree one level deeper;
    /// the caller gives back `count` levels when the chain ends.
    mutating func deepen(_ count: inout Int) throws(QueryError) {
        try enter()
        count += 1
    }

    /// Leaves one nesting level.
    mutating func leave() {
        depth -= 1
    }

    // MARK: Names

    /// Words that cannot be variables (they start or continue clauses or operators).
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH",
        "CALL", "YIELD", "WHERE", "ORDER", "BY", "SKIP", "LIMIT", "UNION", "AND", "OR", "XOR", "NOT", "IN", "IS",
        "AS", "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ON", "ASC", "DESC",
        "ASCENDING", "DESCENDING", "NULL", "TRUE", "FALSE", "EXPLAIN", "PROFILE",
    ]

    /// Whether the current token can be a variable name.
    var currentIsVariable: Bool {
        switch current.kind {
        case .quotedIdentifier: true
        case .identifier(let word): !Self.reservedWords.contains(word.uppercased())
        default: false
        }
    }

    /// Parses a variable name (not a reserved word; backticks allowed).
    mutating func parseVariable() throws(QueryError) -> String {
        guard currentIsVariable, let name = current.name else { throw unexpected("a variable name") }
        advance()
        return name
    }

    /// Parses a schema name (label, type, property key, map key): any word,
    /// keywords included, or a quoted name.
    mutating func parseSchemaName(_ what: String = "a name") throws(QueryError) -> String {
        guard let name = current.name else { throw unexpected(what) }
        advance()
        return name
    }

    /// The exact source text from `start` to the end of the last consumed token.
    func sourceText(fromToken start: Int) -> String {
        let first = token(at: start)
        let last = token(at: max(start, position - 1))
        guard first.text.startIndex <= last.text.endIndex else { return String(first.text) }
        return String(source[first.text.startIndex..<last.text.endIndex])
    }
}
