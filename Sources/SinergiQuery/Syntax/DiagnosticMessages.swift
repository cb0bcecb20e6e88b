// Every diagnostic message text of the query pipeline, in one place, so wording
// stays consistent and tests can compare texts word for word. Each function
// returns a complete `QueryError` (kind, code, message, location); other stages
// (binder, execution, procedures) add their texts here too.

/// Message texts and the errors that carry them.
public enum DiagnosticMessages {
    // MARK: Lexer

    /// A character that cannot start any token, e.g. `#`.
    public static func unexpectedCharacter(_ character: Character, at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "unexpected character '\(character)'", at: location)
    }

    /// A non-ASCII character outside strings and names, e.g. an em dash `—`.
    public static func invalidUnicodeCharacter(_ character: Character, at location: SourceLocation) -> QueryError {
        let code = character.unicodeScalars.first.map { String($0.value, radix: 16, uppercase: true) } ?? "?"
        return .syntax(
            .invalidUnicodeCharacter, "invalid character '\(character)' (U+\(code)) outside a string or name",
            at: location)
    }

    /// A string literal without its closing quote.
    public static func unterminatedString(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "unterminated string literal", at: location)
    }

    /// A backtick-quoted name without its closing backtick.
    public static func unterminatedQuotedName(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "unterminated `quoted name`", at: location)
    }

    /// A `/*` comment without `*/`.
    public static func unterminatedComment(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "unterminated /* comment */", at: location)
    }

    /// A malformed `\u`/`\U` escape.
    public static func invalidUnicodeEscape(_ text: String, at location: SourceLocation) -> QueryError {
        .syntax(.invalidUnicodeLiteral, "invalid unicode escape '\(text)'", at: location)
    }

    /// A malformed number literal, e.g. `0x`, `12ab`, `1e`.
    public static func invalidNumber(_ text: String, at location: SourceLocation) -> QueryError {
        .syntax(.invalidNumberLiteral, "invalid number literal '\(text)'", at: location)
    }

    /// `$` not followed by a name or digits.
    public static func invalidParameter(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected a parameter name after '$'", at: location)
    }

    // MARK: Parser

    /// An integer literal outside the 64-bit signed range.
    public static func integerOverflow(_ text: String, at location: SourceLocation) -> QueryError {
        .syntax(.integerOverflow, "integer literal '\(text)' does not fit in 64 bits", at: location)
    }

    /// A float literal too large for a double.
    public static func floatingPointOverflow(_ text: String, at location: SourceLocation) -> QueryError {
        .syntax(.floatingPointOverflow, "float literal '\(text)' is too large", at: location)
    }

    /// The generic "expected X, found Y".
    public static func expected(_ what: String, found: String, at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected \(what), found \(found)", at: location)
    }

    /// Text left over after a complete statement.
    public static func unexpectedAfterStatement(found: String, at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "unexpected \(found) after the end of the statement", at: location)
    }

    /// An empty query (only whitespace and comments).
    public static func emptyQuery(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "the query is empty", at: location)
    }

    /// More than one statement where exactly one is expected.
    public static func multipleStatements(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected one statement, found more after ';'", at: location)
    }

    /// A malformed relationship pattern detail (bad `*` range, `..` without `*`).
    public static func invalidRelationshipPattern(_ detail: String, at location: SourceLocation) -> QueryError {
        .syntax(.invalidRelationshipPattern, "invalid relationship pattern: \(detail)", at: location)
    }

    /// Nesting deeper than the parser allows (guards the stack).
    public static func nestingTooDeep(limit: Int, at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expression nested deeper than \(limit) levels", at: location)
    }

    /// A map projection on something other than a variable.
    public static func mapProjectionNeedsVariable(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "a map projection must start with a variable", at: location)
    }

    /// A SET item that is not `x.p = e`, `x = e`, `x += e` or `x:L`.
    public static func invalidSetItem(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected a property, variable or labels to SET", at: location)
    }

    /// A REMOVE item that is not `x.p` or `x:L`.
    public static func invalidRemoveItem(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected a property or labels to REMOVE", at: location)
    }

    /// A clause that must come last (or not at all) followed by more text.
    public static func unionWithoutQuery(at location: SourceLocation) -> QueryError {
        .syntax(.unexpectedSyntax, "expected a query after UNION", at: location)
    }

    // MARK: Binder (compile-time semantic checks)

    /// A variable used but never defined.
    public static func undefinedVariable(_ name: String, at location: SourceLocation?) -> QueryError {
        .syntax(.undefinedVariable, "variable `\(name)` not defined", at: location)
    }

    /// A variable defined twice.
    public static func variableAlreadyBound(_ name: String, at location: SourceLocation?) -> QueryError {
        .syntax(.variableAlreadyBound, "variable `\(name)` already declared", at: location)
    }

    /// A variable used as two different kinds of entity.
    public static func variableTypeConflict(
        _ name: String, expected: String, found: String, at location: SourceLocation?
    ) -> QueryError {
        .syntax(.variableTypeConflict, "variable `\(name)` is a \(found), but is used as a \(expected)", at: location)
    }

    /// An unknown function name.
    public static func unknownFunction(_ name: String, at location: SourceLocation?) -> QueryError {
        .syntax(.unknownFunction, "unknown function '\(name)'", at: location)
    }

    /// A function called with the wrong number of arguments.
    public static func invalidNumberOfArguments(
        _ name: String, expected: String, found: Int, at location: SourceLocation?
    ) -> QueryError {
        .syntax(
            .invalidNumberOfArguments, "function '\(name)' takes \(expected) argument(s), got \(found)", at: location)
    }

    /// A statically wrong argument type.
    public static func invalidArgumentType(_ detail: String, at location: SourceLocation?) -> QueryError {
        .syntax(.invalidArgumentType, detail, at: location)
    }

    /// An aggregate where none is allowed.
    public static func invalidAggregation(at location: SourceLocation?) -> QueryError {
        .syntax(.invalidAggregation, "aggregate functions are not allowed here", at: location)
    }

    /// An aggregate inside an aggregate.
    public static func nestedAggregation(at location: SourceLocation?) -> QueryError {
        .syntax(.nestedAggregation, "an aggregate function cannot contain another aggregate", at: location)
    }

    /// A projection mixing aggregates and non-grouped variables.
    public static func ambiguousAggregationExpression(at location: SourceLocation?) -> QueryError {
        .syntax(
            .ambiguousAggregationExpression,
            "an expression mixes aggregates with variables that are not grouping keys", at: location)
    }

    /// Two columns with the same name.
    public static func columnNameConflict(_ name: String, at location: SourceLocation?) -> QueryError {
        .syntax(.columnNameConflict, "multiple result columns named '\(name)'", at: location)
    }

    /// UNION parts with different columns.
    public static func differentColumnsInUnion(at location: SourceLocation?) -> QueryError {
        .syntax(.differentColumnsInUnion, "all parts of a UNION must return the same column names", at: location)
    }

    /// A complex WITH item without `AS`.
    public static func noExpressionAlias(at location: SourceLocation?) -> QueryError {
        .syntax(.noExpressionAlias, "expression in WITH must be aliased (use AS)", at: location)
    }

    /// `*` with nothing in scope.
    public static func noVariablesInScope(_ clause: String, at location: SourceLocation?) -> QueryError {
        .syntax(.noVariablesInScope, "\(clause) * is not allowed when there are no variables in scope", at: location)
    }

    /// A non-constant SKIP/LIMIT.
    public static func nonConstantExpression(_ clause: String, at location: SourceLocation?) -> QueryError {
        .syntax(.nonConstantExpression, "\(clause) must be a constant expression", at: location)
    }

    /// A negative SKIP/LIMIT.
    public static func negativeIntegerArgument(_ clause: String, at location: SourceLocation?) -> QueryError {
        .syntax(.negativeIntegerArgument, "\(clause) must be a non-negative integer", at: location)
    }

    /// Clauses combined in a way openCypher forbids.
    public static func invalidClauseComposition(_ detail: String, at location: SourceLocation?) -> QueryError {
        .syntax(.invalidClauseComposition, detail, at: location)
    }

    /// CREATE/MERGE relationship without exactly one type.
    public static func noSingleRelationshipType(at location: SourceLocation?) -> QueryError {
        .syntax(.noSingleRelationshipType, "a relationship to create needs exactly one type", at: location)
    }

    /// CREATE/MERGE undirected relationship.
    public static func requiresDirectedRelationship(at location: SourceLocation?) -> QueryError {
        .syntax(.requiresDirectedRelationship, "a relationship to create needs a direction", at: location)
    }

    /// CREATE/MERGE variable-length relationship.
    public static func creatingVarLength(at location: SourceLocation?) -> QueryError {
        .syntax(.creatingVarLength, "variable-length relationships cannot be created", at: location)
    }

    /// A relationship variable repeated in one pattern.
    public static func relationshipUniquenessViolation(_ name: String, at location: SourceLocation?) -> QueryError {
        .syntax(
            .relationshipUniquenessViolation, "relationship `\(name)` cannot appear twice in one pattern",
            at: location)
    }

    /// DELETE of a non-entity.
    public static func invalidDelete(at location: SourceLocation?) -> QueryError {
        .syntax(.invalidDelete, "DELETE expects a node, relationship or path", at: location)
    }

    /// A parameter where parameters are not allowed.
    public static func invalidParameterUse(_ detail: String, at location: SourceLocation?) -> QueryError {
        .syntax(.invalidParameterUse, detail, at: location)
    }

    /// An unknown procedure.
    public static func procedureNotFound(_ name: String, at location: SourceLocation?) -> QueryError {
        QueryError(
            kind: .procedureError, phase: .compileTime, code: .procedureNotFound,
            message: "there is no procedure named '\(name)'", location: location)
    }
}
