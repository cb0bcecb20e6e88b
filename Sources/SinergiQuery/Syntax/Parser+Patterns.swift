// Patterns: comma-separated parts, optional path variables, node patterns
// `(n:L {k: v})`, relationship patterns `-[r:T|U*1..3 {k: v}]->` in all arrow
// forms, and the backtracking attempt to read a pattern where an expression
// could also start (pattern predicates and pattern comprehensions).

extension Parser {
    /// `part (',' part)*`.
    mutating func parsePattern() throws(QueryError) -> Pattern {
        let start = current.span.start
        var parts: [PatternPart] = []
        var last = -1
        repeat {
            try ensureProgress(&last)
            parts.append(try parsePatternPart())
        } while accept(.comma)
        return Pattern(parts: parts, span: span(from: start))
    }

    /// `[variable '='] element`.
    mutating func parsePatternPart() throws(QueryError) -> PatternPart {
        let start = current.span.start
        var variable: String?
        if currentIsVariable, peek().isSymbol(.equal) {
            variable = try parseVariable()
            advance()  // =
        }
        let element = try parsePatternElement()
        return PatternPart(variable: variable, element: element, span: span(from: start))
    }

    /// `node (relationship node)*`, or the same in parentheses.
    mutating func parsePatternElement() throws(QueryError) -> PatternElement {
        try enter()
        defer { leave() }
        if current.isSymbol(.leftParen), peek().isSymbol(.leftParen) {
            advance()
            let inner = try parsePatternElement()
            try expect(.rightParen)
            return inner
        }
        let start = current.span.start
        let first = try parseNodePattern()
        var chain: [PatternStep] = []
        var last = -1
        while currentStartsRelationship {
            try ensureProgress(&last)
            let relationship = try parseRelationshipPattern()
            let node = try parseNodePattern()
            chain.append(PatternStep(relationship: relationship, node: node))
        }
        return PatternElement(start: first, chain: chain, span: span(from: start))
    }

    /// Whether the current token can begin a relationship pattern (`-` or `<-`).
    var currentStartsRelationship: Bool {
        current.isSymbol(.minus) || (current.isSymbol(.less) && peek().isSymbol(.minus))
    }

    /// `'(' [variable] (':' label)* [properties] ')'`.
    mutating func parseNodePattern() throws(QueryError) -> NodePattern {
        let start = current.span.start
        try expect(.leftParen)
        var variable: String?
        if currentIsVariable { variable = try parseVariable() }
        var labels: [String] = []
        var last = -1
        while accept(.colon) {
            try ensureProgress(&last)
            labels.append(try parseSchemaName("a label"))
        }
        let properties = try parsePatternProperties()
        guard accept(.rightParen) else {
            throw unexpected(variable == nil && labels.isEmpty && properties == nil ? "a node pattern" : "')'")
        }
        return NodePattern(variable: variable, labels: labels, properties: properties, span: span(from: start))
    }

    /// `{map}` or `$parameter`, if present.
    mutating func parsePatternProperties() throws(QueryError) -> Expression? {
        if current.isSymbol(.leftBrace) {
            return try parseMapLiteral()
        }
        if case .parameter(let name) = current.kind {
            let span = current.span
            advance()
            return Expression(.parameter(name), span: span)
        }
        return nil
    }

    /// `['<'] '-' ['[' detail ']'] '-' ['>']`.
    mutating func parseRelationshipPattern() throws(QueryError) -> RelationshipPattern {
        let start = current.span.start
        let left = accept(.less)
        try expect(.minus)
        var variable: String?
        var types: [String] = []
        var length: VariableLength?
        var properties: Expression?
        if accept(.leftBracket) {
            if currentIsVariable { variable = try parseVariable() }
            if accept(.colon) {
                types.append(try parseSchemaName("a relationship type"))
                var last = -1
                while accept(.pipe) {
                    try ensureProgress(&last)
                    _ = accept(.colon)
                    types.append(try parseSchemaName("a relationship type"))
                }
            }
            if current.isSymbol(.star) {
                length = try parseVariableLength()
            } else if current.isSymbol(.dotDot) {
                throw DiagnosticMessages.invalidRelationshipPattern(
                    "a length range needs '*' before it", at: current.span.start)
            }
            properties = try parsePatternProperties()
            guard accept(.rightBracket) else {
                if case .invalid(let error) = current.kind { throw error }
                throw DiagnosticMessages.invalidRelationshipPattern(
                    "unexpected \(Self.describe(current)) inside '[…]'", at: current.span.start)
            }
        }
        try expect(.minus)
        let right = accept(.greater)
        let direction: RelationshipDirection =
            left == right ? .undirected : (left ? .incoming : .outgoing)
        return RelationshipPattern(
            variable: variable, types: types, direction: direction, length: length, properties: properties,
            span: span(from: start))
    }

    /// `'*' [min] ['..' [max]]`.
    mutating func parseVariableLength() throws(QueryError) -> VariableLength {
        try expect(.star)
        let minimum = try parseRangeBound()
        if accept(.dotDot) {
            let maximum = try parseRangeBound()
            return VariableLength(minimum: minimum, maximum: maximum)
        }
        if minimum == nil, !(current.isSymbol(.rightBracket) || current.isSymbol(.leftBrace)) {
            if case .parameter = current.kind {
                return VariableLength(minimum: nil, maximum: nil)
            }
            if case .invalid(let error) = current.kind { throw error }
            throw DiagnosticMessages.invalidRelationshipPattern(
                "expected a length range after '*', found \(Self.describe(current))", at: current.span.start)
        }
        return VariableLength(minimum: minimum, maximum: minimum)
    }

    /// An optional non-negative integer bound of a length range.
    mutating func parseRangeBound() throws(QueryError) -> Int64? {
        guard case .integer(let magnitude) = current.kind else { return nil }
        guard let magnitude, magnitude <= UInt64(Int64.max) else {
            throw DiagnosticMessages.integerOverflow(String(current.text), at: current.span.start)
        }
        advance()
        return Int64(magnitude)
    }

    // MARK: Patterns inside expressions

    /// Tries to read `node (relationship node)+` at the current position. On
    /// failure restores the position and returns nil (the caller then reads an
    /// ordinary expression). Results (failures and successes) are remembered
    /// per start position so backtracking never re-reads a pattern twice.
    mutating func tryParseRelationshipsPattern() -> PatternElement? {
        guard current.isSymbol(.leftParen), !failedPatternStarts.contains(position) else { return nil }
        if let (element, end) = parsedPatterns[position] {
            position = end
            return element
        }
        let saved = position
        let savedDepth = depth
        do {
            let element = try parsePatternElement()
            if !element.chain.isEmpty {
                parsedPatterns[saved] = (element, position)
                return element
            }
        } catch {}
        failedPatternStarts.insert(saved)
        position = saved
        depth = savedDepth
        return nil
    }
}
