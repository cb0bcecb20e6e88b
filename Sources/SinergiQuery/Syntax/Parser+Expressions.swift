// Operator expressions by precedence climbing, loosest first:
// OR < XOR < AND < NOT < comparison (chained: `a < b < c` is `a < b AND b < c`)
// < STARTS WITH / ENDS WITH / CONTAINS / IN / =~ / IS [NOT] NULL < + - < * / %
// < ^ (left-associative) < unary + - < postfix (`.key`, `[i]`, `[a..b]`, `:Label`, map projection).

extension Parser {
    /// Binding strength of operator groups (higher binds tighter).
    enum Level: Int, Comparable {
        case or = 1, xor, and, not, comparison, predicate, additive, multiplicative, power

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The next tighter level (saturating at `power`).
        var tighter: Level { Level(rawValue: rawValue + 1) ?? .power }
    }

    /// Parses a full expression.
    mutating func parseExpression() throws(QueryError) -> Expression {
        try parseBinary(minimum: .or)
    }

    /// The binary operator (or predicate keyword) at the current token, if any.
    var currentOperator: (Level, BinaryOperator?)? {
        switch current.kind {
        case .identifier(let word):
            switch word.uppercased() {
            case "OR": return (.or, .or)
            case "XOR": return (.xor, .xor)
            case "AND": return (.and, .and)
            case "STARTS" where peek().isKeyword("WITH"): return (.predicate, .startsWith)
            case "ENDS" where peek().isKeyword("WITH"): return (.predicate, .endsWith)
            case "CONTAINS": return (.predicate, .contains)
            case "IN": return (.predicate, .in)
            case "IS": return (.predicate, nil)
            default: return nil
            }
        case .symbol(let symbol):
            switch symbol {
            case .equal: return (.comparison, .equal)
            case .notEqual: return (.comparison, .notEqual)
            case .less: return (.comparison, .less)
            case .greater: return (.comparison, .greater)
            case .lessOrEqual: return (.comparison, .lessOrEqual)
            case .greaterOrEqual: return (.comparison, .greaterOrEqual)
            case .regexMatch: return (.predicate, .regexMatch)
            case .plus: return (.additive, .add)
            case .minus: return (.additive, .subtract)
            case .star: return (.multiplicative, .multiply)
            case .slash: return (.multiplicative, .divide)
            case .percent: return (.multiplicative, .modulo)
            case .caret: return (.power, .power)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Precedence climbing over all binary levels at or above `minimum`.
    mutating func parseBinary(minimum: Level) throws(QueryError) -> Expression {
        try enter()
        defer { leave() }
        let start = current.span.start
        var lhs: Expression
        if minimum <= .not, current.isKeyword("NOT") {
            advance()
            let operand = try parseBinary(minimum: .not)
            lhs = Expression(.unary(.not, operand), span: span(from: start))
        } else {
            lhs = try parseUnary()
        }
        var last = -1
        var chained = 0
        defer { depth -= chained }
        while let (level, op) = currentOperator, level >= minimum {
            try ensureProgress(&last)
            try deepen(&chained)
            switch level {
            case .comparison:
                lhs = try parseComparisonChain(first: lhs, start: start)
            case .predicate:
                lhs = try parsePredicate(lhs, op: op, start: start)
            case .or, .xor, .and, .additive, .multiplicative, .power:
                guard let op else { return lhs }
                advance()
                let rhs = level == .power ? try parseUnary() : try parseBinary(minimum: level.tighter)
                lhs = Expression(.binary(op, lhs, rhs), span: span(from: start))
            case .not:
                return lhs
            }
        }
        return lhs
    }

    /// `a op b [op c …]` with comparison operators; a chain becomes an AND of pairs.
    mutating func parseComparisonChain(first: Expression, start: SourceLocation) throws(QueryError) -> Expression {
        var operands = [first]
        var operators: [BinaryOperator] = []
        var last = -1
        var chained = 0
        defer { depth -= chained }
        while let (level, op) = currentOperator, level == .comparison, let op {
            try ensureProgress(&last)
            try deepen(&chained)
            advance()
            operators.append(op)
            operands.append(try parseBinary(minimum: .predicate))
        }
        var result: Expression?
        for (i, op) in operators.enumerated() {
            let lhs = operands[i]
            let rhs = operands[i + 1]
            let pair = Expression(.binary(op, lhs, rhs), span: SourceSpan(from: lhs.span, to: rhs.span))
            if let previous = result {
                result = Expression(.binary(.and, previous, pair), span: SourceSpan(from: previous.span, to: pair.span))
            } else {
                result = pair
            }
        }
        return result ?? first
    }

    /// `STARTS WITH e`, `ENDS WITH e`, `CONTAINS e`, `IN e`, `=~ e`, `IS [NOT] NULL`.
    mutating func parsePredicate(_ lhs: Expression, op: BinaryOperator?, start: SourceLocation) throws(QueryError)
        -> Expression
    {
        guard let op else {
            // IS [NOT] NULL
            advance()
            let negated = accept(keyword: "NOT")
            try expect(keyword: "NULL")
            return Expression(negated ? .isNotNull(lhs) : .isNull(lhs), span: span(from: start))
        }
        advance()
        if op == .startsWith || op == .endsWith { advance() }  // WITH
        let rhs = try parseBinary(minimum: .additive)
        return Expression(.binary(op, lhs, rhs), span: span(from: start))
    }

    /// `('+' | '-') unary | postfix`; a `-` directly before a number literal is
    /// folded into it (so `-9223372036854775808` is representable).
    mutating func parseUnary() throws(QueryError) -> Expression {
        try enter()
        defer { leave() }
        let start = current.span.start
        if current.isSymbol(.minus) || current.isSymbol(.plus) {
            let negative = current.isSymbol(.minus)
            advance()
            if negative, let literal = try parseNumberLiteral(negated: true, start: start) {
                return try parsePostfixTail(literal, start: start)
            }
            let operand = try parseUnary()
            return Expression(.unary(negative ? .minus : .plus, operand), span: span(from: start))
        }
        return try parsePostfixExpression()
    }

    /// An atom followed by any postfix operators.
    mutating func parsePostfixExpression() throws(QueryError) -> Expression {
        let start = current.span.start
        let atom = try parseAtom()
        if case .variable(let name) = atom.kind, current.isSymbol(.leftBrace) {
            let projection = try parseMapProjection(subject: name, subjectSpan: atom.span)
            return try parsePostfixTail(projection, start: start)
        }
        return try parsePostfixTail(atom, start: start)
    }

    /// Applies `.key`, `[i]`, `[a..b]` and `:Label` postfixes to `base`.
    mutating func parsePostfixTail(_ base: Expression, start: SourceLocation) throws(QueryError) -> Expression {
        var result = base
        var last = -1
        var chained = 0
        defer { depth -= chained }
        while true {
            try ensureProgress(&last)
            try deepen(&chained)
            if current.isSymbol(.dot) {
                advance()
                let key = try parseSchemaName("a property name")
                result = Expression(.property(result, key), span: span(from: start))
            } else if current.isSymbol(.leftBracket) {
                result = try parseIndexOrSlice(result, start: start)
            } else if current.isSymbol(.colon), peek().name != nil {
                var labels: [String] = []
                var labelLast = -1
                while accept(.colon) {
                    try ensureProgress(&labelLast)
                    labels.append(try parseSchemaName("a label"))
                }
                result = Expression(.hasLabels(result, labels), span: span(from: start))
            } else {
                return result
            }
        }
    }

    /// `'[' e ']'`, `'[' [e] '..' [e] ']'`.
    mutating func parseIndexOrSlice(_ base: Expression, start: SourceLocation) throws(QueryError) -> Expression {
        try expect(.leftBracket)
        if accept(.dotDot) {
            let upper = current.isSymbol(.rightBracket) ? nil : try parseExpression()
            try expect(.rightBracket)
            return Expression(.slice(base, from: nil, to: upper), span: span(from: start))
        }
        let index = try parseExpression()
        if accept(.dotDot) {
            let upper = current.isSymbol(.rightBracket) ? nil : try parseExpression()
            try expect(.rightBracket)
            return Expression(.slice(base, from: index, to: upper), span: span(from: start))
        }
        try expect(.rightBracket)
        return Expression(.index(base, index), span: span(from: start))
    }
}
