// Statements, queries and clauses: EXPLAIN/PROFILE, `;`-separated statements,
// UNION [ALL], and MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE,
// DELETE and CALL with their sub-parts (projections, ORDER BY, SET items, YIELD).

extension Parser {
    /// The words that start a clause.
    static let clauseKeywords: Set<String> = [
        "MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "CALL",
    ]

    /// Whether the current token starts a clause.
    var currentStartsClause: Bool {
        guard case .identifier(let word) = current.kind else { return false }
        return Self.clauseKeywords.contains(word.uppercased())
    }

    // MARK: Statements

    /// `statement (';' statement)* ';'?` up to the end of input.
    mutating func parseStatementList() throws(QueryError) -> [Statement] {
        var statements: [Statement] = []
        var last = -1
        while true {
            try ensureProgress(&last)
            while accept(.semicolon) {}
            if current.isEnd { return statements }
            statements.append(try parseStatement())
            if current.isEnd { return statements }
            guard current.isSymbol(.semicolon) else {
                if case .invalid(let error) = current.kind { throw error }
                throw DiagnosticMessages.unexpectedAfterStatement(
                    found: Self.describe(current), at: current.span.start)
            }
        }
    }

    /// `[EXPLAIN [VERBOSE] | PROFILE] query`.
    mutating func parseStatement() throws(QueryError) -> Statement {
        let start = current.span.start
        var mode = StatementMode.normal
        if accept(keyword: "EXPLAIN") {
            mode = accept(keyword: "VERBOSE") ? .explainVerbose : .explain
        } else if accept(keyword: "PROFILE") {
            mode = .profile
        }
        let query = try parseQuery()
        let statement = Statement(mode: mode, query: query, span: span(from: start))
        try Self.validate(statement)
        return statement
    }

    /// `singleQuery (UNION [ALL] singleQuery)*`.
    mutating func parseQuery() throws(QueryError) -> Query {
        let start = current.span.start
        let first = try parseSingleQuery()
        var unions: [UnionPart] = []
        var last = -1
        while current.isKeyword("UNION") {
            try ensureProgress(&last)
            let unionStart = current.span.start
            advance()
            let all = accept(keyword: "ALL")
            let unionSpan = span(from: unionStart)
            guard currentStartsClause else { throw unexpected("a query after UNION") }
            let query = try parseSingleQuery()
            unions.append(UnionPart(all: all, query: query, span: unionSpan))
        }
        return Query(first: first, unions: unions, span: span(from: start))
    }

    /// Clauses up to the end of input, `;`, `UNION` or `}`.
    mutating func parseSingleQuery() throws(QueryError) -> SingleQuery {
        let start = current.span.start
        var clauses: [Clause] = []
        var last = -1
        while !current.isEnd, !current.isSymbol(.semicolon), !current.isSymbol(.rightBrace),
            !current.isKeyword("UNION")
        {
            try ensureProgress(&last)
            clauses.append(try parseClause())
        }
        guard !clauses.isEmpty else { throw unexpected("a clause (MATCH, RETURN, CREATE, …)") }
        return SingleQuery(clauses: clauses, span: span(from: start))
    }

    /// One clause, chosen by its first keyword.
    mutating func parseClause() throws(QueryError) -> Clause {
        let start = current.span.start
        guard case .identifier(let word) = current.kind else {
            throw unexpected("a clause (MATCH, RETURN, CREATE, …)")
        }
        switch word.uppercased() {
        case "MATCH", "OPTIONAL":
            return .match(try parseMatch(start: start))
        case "UNWIND":
            advance()
            let expression = try parseExpression()
            try expect(keyword: "AS")
            let variable = try parseVariable()
            return .unwind(UnwindClause(expression: expression, variable: variable, span: span(from: start)))
        case "WITH":
            advance()
            let projection = try parseProjectionBody()
            let predicate = try parseOptionalWhere()
            return .with(WithClause(projection: projection, predicate: predicate, span: span(from: start)))
        case "RETURN":
            advance()
            let projection = try parseProjectionBody()
            return .return(ReturnClause(projection: projection, span: span(from: start)))
        case "CREATE":
            advance()
            let pattern = try parsePattern()
            return .create(CreateClause(pattern: pattern, span: span(from: start)))
        case "MERGE":
            return .merge(try parseMerge(start: start))
        case "SET":
            advance()
            let items = try parseSetItems()
            return .set(SetClause(items: items, span: span(from: start)))
        case "REMOVE":
            advance()
            return .remove(try parseRemove(start: start))
        case "DELETE", "DETACH":
            let detach = accept(keyword: "DETACH")
            try expect(keyword: "DELETE")
            var expressions = [try parseExpression()]
            var last = -1
            while accept(.comma) {
                try ensureProgress(&last)
                expressions.append(try parseExpression())
            }
            return .delete(DeleteClause(detach: detach, expressions: expressions, span: span(from: start)))
        case "CALL":
            return .call(try parseCall(start: start))
        default:
            throw unexpected("a clause (MATCH, RETURN, CREATE, …)")
        }
    }

    // MARK: Reading clauses

    /// `[OPTIONAL] MATCH pattern [WHERE expression]`.
    mutating func parseMatch(start: SourceLocation) throws(QueryError) -> MatchClause {
        let optional = accept(keyword: "OPTIONAL")
        try expect(keyword: "MATCH")
        let pattern = try parsePattern()
        let predicate = try parseOptionalWhere()
        return MatchClause(optional: optional, pattern: pattern, predicate: predicate, span: span(from: start))
    }

    /// `[WHERE expression]`.
    mutating func parseOptionalWhere() throws(QueryError) -> Expression? {
        guard accept(keyword: "WHERE") else { return nil }
        return try parseExpression()
    }

    // MARK: Projections

    /// `[DISTINCT] ('*' [',' items] | items) [ORDER BY …] [SKIP e] [LIMIT e]`.
    mutating func parseProjectionBody() throws(QueryError) -> ProjectionBody {
        let distinct = accept(keyword: "DISTINCT")
        var includeAll = false
        var items: [ProjectionItem] = []
        if accept(.star) {
            includeAll = true
            if accept(.comma) { items = try parseProjectionItems() }
        } else {
            items = try parseProjectionItems()
        }
        var orderBy: [SortItem] = []
        if accept(keyword: "ORDER") {
            try expect(keyword: "BY")
            orderBy = try parseSortItems()
        }
        var skip: Expression?
        var limit: Expression?
        if accept(keyword: "SKIP") { skip = try parseExpression() }
        if accept(keyword: "LIMIT") { limit = try parseExpression() }
        return ProjectionBody(
            distinct: distinct, includeAll: includeAll, items: items, orderBy: orderBy, skip: skip, limit: limit)
    }

    /// `item (',' item)*` where `item = expression [AS variable]`.
    mutating func parseProjectionItems() throws(QueryError) -> [ProjectionItem] {
        var items: [ProjectionItem] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            let start = current.span.start
            let startToken = position
            let expression = try parseExpression()
            let text = sourceText(fromToken: startToken)
            var alias: String?
            if accept(keyword: "AS") { alias = try parseVariable() }
            items.append(ProjectionItem(expression: expression, alias: alias, text: text, span: span(from: start)))
        } while accept(.comma)
        return items
    }

    /// `expression [ASC | ASCENDING | DESC | DESCENDING] (',' …)*`.
    mutating func parseSortItems() throws(QueryError) -> [SortItem] {
        var items: [SortItem] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            let start = current.span.start
            let expression = try parseExpression()
            var ascending = true
            if accept(keyword: "DESC") || accept(keyword: "DESCENDING") {
                ascending = false
            } else if accept(keyword: "ASC") || accept(keyword: "ASCENDING") {
                ascending = true
            }
            items.append(SortItem(expression: expression, ascending: ascending, span: span(from: start)))
        } while accept(.comma)
        return items
    }

    // MARK: Writing clauses

    /// `MERGE part (ON (CREATE | MATCH) SET items)*`.
    mutating func parseMerge(start: SourceLocation) throws(QueryError) -> MergeClause {
        try expect(keyword: "MERGE")
        let part = try parsePatternPart()
        var actions: [MergeAction] = []
        var last = -1
        while current.isKeyword("ON") {
            try ensureProgress(&last)
            let actionStart = current.span.start
            advance()
            let trigger: MergeAction.Trigger
            if accept(keyword: "CREATE") {
                trigger = .onCreate
            } else if accept(keyword: "MATCH") {
                trigger = .onMatch
            } else {
                throw unexpected("CREATE or MATCH after ON")
            }
            try expect(keyword: "SET")
            let items = try parseSetItems()
            actions.append(MergeAction(trigger: trigger, items: items, span: span(from: actionStart)))
        }
        return MergeClause(part: part, actions: actions, span: span(from: start))
    }

    /// `item (',' item)*` for SET.
    mutating func parseSetItems() throws(QueryError) -> [SetItem] {
        var items: [SetItem] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            items.append(try parseSetItem())
        } while accept(.comma)
        return items
    }

    /// `target.key = e` | `variable = e` | `variable += e` | `variable:L:M`.
    mutating func parseSetItem() throws(QueryError) -> SetItem {
        let start = current.span.start
        let target = try parsePostfixExpression()
        switch target.kind {
        case .property(let entity, let key):
            try expect(.equal)
            let value = try parseExpression()
            return .property(entity: entity, key: key, value: value, span: span(from: start))
        case .variable(let name):
            if accept(.equal) {
                let value = try parseExpression()
                return .replaceProperties(variable: name, value: value, span: span(from: start))
            }
            if accept(.plusEqual) {
                let value = try parseExpression()
                return .mergeProperties(variable: name, value: value, span: span(from: start))
            }
            throw unexpected("'=', '+=' or labels")
        case .hasLabels(let base, let labels):
            guard case .variable(let name) = base.kind else {
                throw DiagnosticMessages.invalidSetItem(at: start)
            }
            return .labels(variable: name, labels: labels, span: span(from: start))
        default:
            throw DiagnosticMessages.invalidSetItem(at: start)
        }
    }

    /// `REMOVE item (',' item)*` where `item = target.key | variable:L:M` (after the keyword).
    mutating func parseRemove(start: SourceLocation) throws(QueryError) -> RemoveClause {
        var items: [RemoveItem] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            let itemStart = current.span.start
            let target = try parsePostfixExpression()
            switch target.kind {
            case .property(let entity, let key):
                items.append(.property(entity: entity, key: key, span: span(from: itemStart)))
            case .hasLabels(let base, let labels):
                guard case .variable(let name) = base.kind else {
                    throw DiagnosticMessages.invalidRemoveItem(at: itemStart)
                }
                items.append(.labels(variable: name, labels: labels, span: span(from: itemStart)))
            default:
                throw DiagnosticMessages.invalidRemoveItem(at: itemStart)
            }
        } while accept(.comma)
        return RemoveClause(items: items, span: span(from: start))
    }

    // MARK: CALL

    /// `CALL name ['(' args ')'] [YIELD ('*' | item (',' item)*) [WHERE e]]`.
    mutating func parseCall(start: SourceLocation) throws(QueryError) -> CallClause {
        try expect(keyword: "CALL")
        let name = try parseQualifiedName()
        var arguments: [Expression]?
        if accept(.leftParen) {
            var list: [Expression] = []
            if !current.isSymbol(.rightParen) {
                var last = -1
                repeat {
                    try ensureProgress(&last)
                    list.append(try parseExpression())
                } while accept(.comma)
            }
            try expect(.rightParen)
            arguments = list
        }
        var yield: YieldClause?
        if current.isKeyword("YIELD") {
            let yieldStart = current.span.start
            advance()
            var all = false
            var items: [YieldItem] = []
            if accept(.star) {
                all = true
            } else {
                var last = -1
                repeat {
                    try ensureProgress(&last)
                    let itemStart = current.span.start
                    let field = try parseSchemaName("a procedure output name")
                    var alias: String?
                    if accept(keyword: "AS") { alias = try parseVariable() }
                    items.append(YieldItem(field: field, alias: alias, span: span(from: itemStart)))
                } while accept(.comma)
            }
            let predicate = try parseOptionalWhere()
            yield = YieldClause(all: all, items: items, predicate: predicate, span: span(from: yieldStart))
        }
        return CallClause(procedure: name, arguments: arguments, yield: yield, span: span(from: start))
    }

    /// `name ('.' name)*`, e.g. `db.labels`, `sinergi.reach`.
    mutating func parseQualifiedName() throws(QueryError) -> QualifiedName {
        var parts = [try parseSchemaName("a procedure name")]
        var last = -1
        while current.isSymbol(.dot), peek().name != nil {
            try ensureProgress(&last)
            advance()
            parts.append(try parseSchemaName())
        }
        let name = parts.removeLast()
        return QualifiedName(namespace: parts, name: name)
    }
}
