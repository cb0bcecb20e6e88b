// Parsing the schema statements (see SchemaCommand): the Neo4j 5 forms
// `CREATE INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.p)` and `DROP INDEX name
// [IF EXISTS]`, the older `CREATE INDEX ON :L(p)` / `DROP INDEX ON :L(p)` that
// Memgraph also uses, and `SHOW INDEX[ES]`. One label and one property per index.

extension Parser {
    /// The schema command `source` holds, or nil when it is not one (it does not start
    /// with `CREATE INDEX`, `DROP` or `SHOW`).
    ///
    /// ```swift
    /// try Parser.parseSchemaCommand("CREATE INDEX FOR (s:Stakeholder) ON (s.name)")
    /// // .createIndex(name: nil, label: "Stakeholder", property: "name", ifNotExists: false)
    /// ```
    /// - Throws: `QueryError` (`SyntaxError`) at the first token that does not fit.
    /// - Complexity: O(n) in the length of `source`.
    public static func parseSchemaCommand(_ source: String) throws(QueryError) -> SchemaCommand? {
        var parser = Parser(source)
        return try parser.schemaCommandIfAny()
    }

    /// The schema command the tokens hold, or nil (nothing consumed) when they do not
    /// start one, so the same parser can go on to parse a query.
    /// - Complexity: O(number of tokens) for a schema command, O(1) otherwise.
    mutating func schemaCommandIfAny() throws(QueryError) -> SchemaCommand? {
        func startsSchema(_ at: Int) -> Bool {
            let word = peek(at)
            return (word.isKeyword("CREATE") && peek(at + 1).isKeyword("INDEX")) || word.isKeyword("DROP")
                || word.isKeyword("SHOW")
        }
        if current.isKeyword("EXPLAIN") || current.isKeyword("PROFILE"), startsSchema(1) {
            throw DiagnosticMessages.expected(
                "a query after \(current.text.uppercased()) (a schema statement runs on its own)",
                found: Self.describe(peek()), at: peek().span.start)
        }
        guard startsSchema(0) else { return nil }
        let command = try parseSchemaCommand()
        _ = accept(.semicolon)
        guard current.isEnd else { throw unexpected("end of the statement") }
        return command
    }

    mutating func parseSchemaCommand() throws(QueryError) -> SchemaCommand {
        if accept(keyword: "SHOW") {
            guard accept(keyword: "INDEX") || accept(keyword: "INDEXES") else { throw unexpected("INDEX or INDEXES") }
            return .showIndexes
        }
        if accept(keyword: "DROP") {
            try expect(keyword: "INDEX")
            if accept(keyword: "ON") {
                let (label, property) = try parseLabelProperty()
                return .dropIndexOn(label: label, property: property)
            }
            let name = try parseSchemaName("an index name")
            var ifExists = false
            if accept(keyword: "IF") {
                try expect(keyword: "EXISTS")
                ifExists = true
            }
            return .dropIndexNamed(name, ifExists: ifExists)
        }
        try expect(keyword: "CREATE")
        try expect(keyword: "INDEX")
        if accept(keyword: "ON") {
            let (label, property) = try parseLabelProperty()
            return .createIndex(name: nil, label: label, property: property, ifNotExists: false)
        }
        var name: String?
        if !current.isKeyword("IF") && !current.isKeyword("FOR") {
            name = try parseSchemaName("an index name, IF NOT EXISTS or FOR")
        }
        var ifNotExists = false
        if accept(keyword: "IF") {
            try expect(keyword: "NOT")
            try expect(keyword: "EXISTS")
            ifNotExists = true
        }
        try expect(keyword: "FOR")
        try expect(.leftParen)
        if current.isSymbol(.rightParen) {
            throw DiagnosticMessages.expected(
                "a node variable (an index covers the nodes of one label; relationship indexes are not supported)",
                found: Self.describe(current), at: current.span.start)
        }
        let variable = try parseVariable()
        guard current.isSymbol(.colon) else {
            throw DiagnosticMessages.expected(
                "':Label' (an index covers the nodes of one label; relationship indexes are not supported)",
                found: Self.describe(current), at: current.span.start)
        }
        advance()
        let label = try parseSchemaName("a label")
        try expect(.rightParen)
        try expect(keyword: "ON")
        try expect(.leftParen)
        let use = current
        let owner = try parseVariable()
        guard owner == variable else {
            throw QueryError(
                kind: .syntaxError, phase: .compileTime, code: .undefinedVariable,
                message: "variable '\(owner)' is not the indexed node '\(variable)'", location: use.span.start)
        }
        try expect(.dot)
        let property = try parseSchemaName("a property name")
        try expectEndOfProperties()
        return .createIndex(name: name, label: label, property: property, ifNotExists: ifNotExists)
    }

    /// The `)` after the one indexed property (a `,` would start a composite index).
    private mutating func expectEndOfProperties() throws(QueryError) {
        if current.isSymbol(.comma) {
            throw DiagnosticMessages.expected(
                "')' (an index covers one property; composite indexes are not supported)",
                found: Self.describe(current), at: current.span.start)
        }
        try expect(.rightParen)
    }

    /// `:Label(property)`.
    private mutating func parseLabelProperty() throws(QueryError) -> (String, String) {
        try expect(.colon)
        let label = try parseSchemaName("a label")
        try expect(.leftParen)
        let property = try parseSchemaName("a property name")
        try expectEndOfProperties()
        return (label, property)
    }
}
