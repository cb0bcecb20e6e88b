// Atoms: literals (numbers with range checks, strings, booleans, null, lists,
// maps), parameters, variables, function calls (namespaced, DISTINCT, count(*)),
// CASE, list and pattern comprehensions, pattern predicates, quantifiers,
// reduce, EXISTS subqueries, parenthesised expressions and map projections.

extension Parser {
    /// One atom.
    mutating func parseAtom() throws(QueryError) -> Expression {
        let start = current.span.start
        if let number = try parseNumberLiteral(negated: false, start: start) { return number }
        switch current.kind {
        case .string(let value):
            advance()
            return Expression(.string(value), span: span(from: start))
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), span: span(from: start))
        case .invalid(let error):
            throw error
        case .symbol(.leftParen):
            if let element = tryParseRelationshipsPattern() {
                return Expression(.patternPredicate(element), span: span(from: start))
            }
            advance()
            let inner = try parseExpression()
            try expect(.rightParen)
            return inner
        case .symbol(.leftBracket):
            return try parseListLike()
        case .symbol(.leftBrace):
            return try parseMapLiteral()
        case .quotedIdentifier(let name):
            if peek().isSymbol(.leftParen) { return try parseFunctionCall(start: start) }
            advance()
            return Expression(.variable(name), span: span(from: start))
        case .identifier(let word):
            return try parseWordAtom(word, start: start)
        default:
            throw unexpected("an expression")
        }
    }

    /// An integer or float literal at the current token (with a folded sign), or nil.
    mutating func parseNumberLiteral(negated: Bool, start: SourceLocation) throws(QueryError) -> Expression? {
        switch current.kind {
        case .integer(let magnitude):
            let text = (negated ? "-" : "") + current.text
            let limit = negated ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
            guard let magnitude, magnitude <= limit else {
                throw DiagnosticMessages.integerOverflow(text, at: start)
            }
            advance()
            let value: Int64 =
                negated ? (magnitude == limit ? Int64.min : -Int64(magnitude)) : Int64(magnitude)
            return Expression(.integer(value), span: span(from: start))
        case .double(let value):
            guard value.isFinite else {
                throw DiagnosticMessages.floatingPointOverflow((negated ? "-" : "") + current.text, at: start)
            }
            advance()
            return Expression(.double(negated ? -value : value), span: span(from: start))
        default:
            return nil
        }
    }

    /// Atoms that start with a word: keywords-literals, CASE, EXISTS, count(*),
    /// quantifiers, reduce, function calls and variables.
    mutating func parseWordAtom(_ word: String, start: SourceLocation) throws(QueryError) -> Expression {
        let upper = word.uppercased()
        switch upper {
        case "TRUE", "FALSE":
            advance()
            return Expression(.boolean(upper == "TRUE"), span: span(from: start))
        case "NULL":
            advance()
            return Expression(.null, span: span(from: start))
        case "CASE":
            return try parseCase(start: start)
        case "EXISTS" where peek().isSymbol(.leftBrace):
            return try parseExistsSubquery(start: start)
        case "COUNT" where peek().isSymbol(.leftParen) && peek(2).isSymbol(.star) && peek(3).isSymbol(.rightParen):
            advance()
            advance()
            advance()
            advance()
            return Expression(.countStar, span: span(from: start))
        case "ALL", "ANY", "NONE", "SINGLE":
            if peek().isSymbol(.leftParen), peek(2).name != nil, peek(3).isKeyword("IN") {
                return try parseQuantifier(start: start)
            }
        case "REDUCE" where peek().isSymbol(.leftParen) && peek(2).name != nil && peek(3).isSymbol(.equal):
            return try parseReduce(start: start)
        default:
            break
        }
        if !Self.reservedWords.contains(upper), startsFunctionCall {
            return try parseFunctionCall(start: start)
        }
        guard currentIsVariable else { throw unexpected("an expression") }
        advance()
        return Expression(.variable(word), span: span(from: start))
    }

    /// Whether the tokens from here read `name ('.' name)* '('`.
    var startsFunctionCall: Bool {
        var i = position
        guard token(at: i).name != nil else { return false }
        while token(at: i + 1).isSymbol(.dot), token(at: i + 2).name != nil {
            i += 2
        }
        return token(at: i + 1).isSymbol(.leftParen)
    }

    // MARK: Calls

    /// `name ('.' name)* '(' [DISTINCT] [e (',' e)*] ')'`.
    mutating func parseFunctionCall(start: SourceLocation) throws(QueryError) -> Expression {
        let name = try parseQualifiedName()
        try expect(.leftParen)
        let distinct = accept(keyword: "DISTINCT")
        var arguments: [Expression] = []
        if !current.isSymbol(.rightParen) {
            var last = -1
            repeat {
                try ensureProgress(&last)
                arguments.append(try parseExpression())
            } while accept(.comma)
        }
        try expect(.rightParen)
        let call = FunctionCall(name: name, distinct: distinct, arguments: arguments)
        return Expression(.function(call), span: span(from: start))
    }

    /// `all|any|none|single '(' v IN list [WHERE p] ')'`.
    mutating func parseQuantifier(start: SourceLocation) throws(QueryError) -> Expression {
        let quantifier = Quantifier(rawValue: current.name?.lowercased() ?? "") ?? .all
        advance()
        try expect(.leftParen)
        let variable = try parseVariable()
        try expect(keyword: "IN")
        let source = try parseExpression()
        let predicate = try parseOptionalWhere()
        try expect(.rightParen)
        let node = QuantifierExpression(
            quantifier: quantifier, variable: variable, source: source, predicate: predicate)
        return Expression(.quantifier(node), span: span(from: start))
    }

    /// `reduce '(' acc '=' init ',' v IN list '|' e ')'`.
    mutating func parseReduce(start: SourceLocation) throws(QueryError) -> Expression {
        advance()
        try expect(.leftParen)
        let accumulator = try parseVariable()
        try expect(.equal)
        let initial = try parseExpression()
        try expect(.comma)
        let variable = try parseVariable()
        try expect(keyword: "IN")
        let source = try parseExpression()
        try expect(.pipe)
        let expression = try parseExpression()
        try expect(.rightParen)
        let node = ReduceExpression(
            accumulator: accumulator, initial: initial, variable: variable, source: source, expression: expression)
        return Expression(.reduce(node), span: span(from: start))
    }

    // MARK: CASE and EXISTS

    /// `CASE [subject] (WHEN e THEN e)+ [ELSE e] END`.
    mutating func parseCase(start: SourceLocation) throws(QueryError) -> Expression {
        try expect(keyword: "CASE")
        let subject = current.isKeyword("WHEN") ? nil : try parseExpression()
        var alternatives: [CaseAlternative] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            try expect(keyword: "WHEN")
            let when = try parseExpression()
            try expect(keyword: "THEN")
            let then = try parseExpression()
            alternatives.append(CaseAlternative(when: when, then: then))
        } while current.isKeyword("WHEN")
        let elseValue = accept(keyword: "ELSE") ? try parseExpression() : nil
        try expect(keyword: "END")
        let node = CaseExpression(subject: subject, alternatives: alternatives, elseValue: elseValue)
        return Expression(.caseExpression(node), span: span(from: start))
    }

    /// `EXISTS '{' (query | pattern [WHERE e]) '}'`.
    mutating func parseExistsSubquery(start: SourceLocation) throws(QueryError) -> Expression {
        try enter()
        defer { leave() }
        advance()  // EXISTS
        try expect(.leftBrace)
        let body: ExistsSubquery
        if currentStartsClause {
            body = .query(try parseQuery())
        } else {
            let pattern = try parsePattern()
            body = .pattern(pattern, where: try parseOptionalWhere())
        }
        try expect(.rightBrace)
        return Expression(.existsSubquery(body), span: span(from: start))
    }

    // MARK: Lists and maps

    /// `[]`, `[e, …]`, `[v IN list WHERE p | e]`, `[p = pattern WHERE p | e]`.
    mutating func parseListLike() throws(QueryError) -> Expression {
        let start = current.span.start
        try expect(.leftBracket)
        if accept(.rightBracket) { return Expression(.list([]), span: span(from: start)) }
        if currentIsVariable, peek().isKeyword("IN"), let variable = current.name {
            advance()
            advance()
            let source = try parseExpression()
            let predicate = try parseOptionalWhere()
            let projection = accept(.pipe) ? try parseExpression() : nil
            try expect(.rightBracket)
            let node = ListComprehension(
                variable: variable, source: source, predicate: predicate, projection: projection)
            return Expression(.listComprehension(node), span: span(from: start))
        }
        if let comprehension = try tryParsePatternComprehension(start: start) { return comprehension }
        var items: [Expression] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            items.append(try parseExpression())
        } while accept(.comma)
        try expect(.rightBracket)
        return Expression(.list(items), span: span(from: start))
    }

    /// After `[`: `[p =] pattern [WHERE e] '|' e ']'`, or nil (position restored).
    mutating func tryParsePatternComprehension(start: SourceLocation) throws(QueryError) -> Expression? {
        let saved = position
        var pathVariable: String?
        if currentIsVariable, peek().isSymbol(.equal), peek(2).isSymbol(.leftParen) {
            pathVariable = current.name
            advance()
            advance()
        }
        guard let element = tryParseRelationshipsPattern(),
            current.isKeyword("WHERE") || current.isSymbol(.pipe)
        else {
            position = saved
            return nil
        }
        let predicate = try parseOptionalWhere()
        try expect(.pipe)
        let projection = try parseExpression()
        try expect(.rightBracket)
        let node = PatternComprehension(
            pathVariable: pathVariable, pattern: element, predicate: predicate, projection: projection)
        return Expression(.patternComprehension(node), span: span(from: start))
    }

    /// `{ [key ':' e (',' key ':' e)*] }`.
    mutating func parseMapLiteral() throws(QueryError) -> Expression {
        try enter()
        defer { leave() }
        let start = current.span.start
        try expect(.leftBrace)
        var entries: [MapEntry] = []
        if !accept(.rightBrace) {
            var last = -1
            repeat {
                try ensureProgress(&last)
                let entryStart = current.span.start
                guard let key = current.name else {
                    throw DiagnosticMessages.expected("a map key", found: Self.describe(current), at: entryStart)
                }
                advance()
                try expect(.colon)
                let value = try parseExpression()
                entries.append(MapEntry(key: key, value: value, span: span(from: entryStart)))
            } while accept(.comma)
            try expect(.rightBrace)
        }
        return Expression(.map(entries), span: span(from: start))
    }

    /// `subject '{' item (',' item)* '}'` with items `.key`, `.*`, `key: e`, `variable`.
    mutating func parseMapProjection(subject: String, subjectSpan: SourceSpan) throws(QueryError) -> Expression {
        try enter()
        defer { leave() }
        try expect(.leftBrace)
        var items: [MapProjectionItem] = []
        if !accept(.rightBrace) {
            var last = -1
            repeat {
                try ensureProgress(&last)
                if accept(.dot) {
                    if accept(.star) {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try parseSchemaName("a property name")))
                    }
                } else if current.name != nil, peek().isSymbol(.colon) {
                    let key = try parseSchemaName()
                    advance()  // :
                    items.append(.literal(key, try parseExpression()))
                } else {
                    items.append(.variable(try parseVariable()))
                }
            } while accept(.comma)
            try expect(.rightBrace)
        }
        let node = MapProjection(subject: subject, subjectSpan: subjectSpan, items: items)
        return Expression(.mapProjection(node), span: SourceSpan(start: subjectSpan.start, end: previousEnd))
    }
}
