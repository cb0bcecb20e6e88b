// The one public error type of the query pipeline. Every stage (syntax,
// binder, planner, execution, procedures) reports failures as a `QueryError`
// whose kind and code mirror the openCypher TCK ("SyntaxError …: UndefinedVariable"),
// with an optional source location and a renderer that puts a caret under it.

import SinergiText

/// The TCK error type (the word before "should be raised").
public enum QueryErrorKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Malformed or semantically invalid query text (the TCK puts semantic errors here too).
    case syntaxError = "SyntaxError"
    /// A semantic error found while running (e.g. `MergeReadOwnWrites`).
    case semanticError = "SemanticError"
    /// A parameter the query uses was not supplied.
    case parameterMissing = "ParameterMissing"
    /// A write would leave the graph invalid (e.g. deleting a connected node).
    case constraintVerificationFailed = "ConstraintVerificationFailed"
    /// A schema constraint was violated.
    case constraintValidationFailed = "ConstraintValidationFailed"
    /// A deleted node or relationship was used.
    case entityNotFound = "EntityNotFound"
    /// A required property is missing.
    case propertyNotFound = "PropertyNotFound"
    /// A required label is missing.
    case labelNotFound = "LabelNotFound"
    /// A value of the wrong type was used.
    case typeError = "TypeError"
    /// A function or procedure argument is out of its domain.
    case argumentError = "ArgumentError"
    /// Arithmetic failed (overflow, division by zero).
    case arithmeticError = "ArithmeticError"
    /// A procedure is unknown or failed.
    case procedureError = "ProcedureError"
    /// A schema statement that conflicts with the declared indexes (Sinergi's; not a TCK kind).
    case schemaError = "SchemaError"
}

/// When the error was raised (the TCK's "at compile time" / "at runtime").
public enum QueryErrorPhase: String, Sendable, Equatable, Hashable {
    /// Before any row was produced: lexing, parsing, binding, planning.
    case compileTime = "compile time"
    /// While the query ran.
    case runtime = "runtime"
}

/// The TCK error detail (the word after the colon). The raw value is the TCK spelling.
public enum QueryErrorCode: String, Sendable, Equatable, Hashable, CaseIterable {
    // MARK: Raised by the parser

    /// The text is not valid syntax (generic parse error).
    case unexpectedSyntax = "UnexpectedSyntax"
    /// A number literal is malformed (e.g. `0x`, `1e`, `0o8`, `1a`).
    case invalidNumberLiteral = "InvalidNumberLiteral"
    /// A `\u`/`\U` escape is malformed or not a valid scalar.
    case invalidUnicodeLiteral = "InvalidUnicodeLiteral"
    /// A character that may not appear in a query (e.g. a stray control or non-ASCII symbol).
    case invalidUnicodeCharacter = "InvalidUnicodeCharacter"
    /// An integer literal does not fit 64 bits.
    case integerOverflow = "IntegerOverflow"
    /// A float literal does not fit a Double.
    case floatingPointOverflow = "FloatingPointOverflow"
    /// A relationship pattern is malformed (e.g. `<-->` with a length in CREATE, bad range).
    case invalidRelationshipPattern = "InvalidRelationshipPattern"

    // MARK: Raised by the binder (compile-time semantic checks)

    /// A variable is used but not defined.
    case undefinedVariable = "UndefinedVariable"
    /// A variable is defined twice where that is not allowed.
    case variableAlreadyBound = "VariableAlreadyBound"
    /// A variable is used as two kinds of entity (node vs relationship vs path).
    case variableTypeConflict = "VariableTypeConflict"
    /// An argument of the wrong type (statically known).
    case invalidArgumentType = "InvalidArgumentType"
    /// An argument expression is not allowed here.
    case invalidArgumentExpression = "InvalidArgumentExpression"
    /// Wrong number of arguments to a function or procedure.
    case invalidNumberOfArguments = "InvalidNumberOfArguments"
    /// Implicit procedure arguments used where not allowed.
    case invalidArgumentPassingMode = "InvalidArgumentPassingMode"
    /// A parameter used where it is not allowed (e.g. MATCH property map `{k: $p}` forms).
    case invalidParameterUse = "InvalidParameterUse"
    /// An aggregate used where it is not allowed.
    case invalidAggregation = "InvalidAggregation"
    /// An aggregate inside another aggregate.
    case nestedAggregation = "NestedAggregation"
    /// A projection mixes aggregates and non-grouping variables ambiguously.
    case ambiguousAggregationExpression = "AmbiguousAggregationExpression"
    /// Clauses in an invalid order or combination (e.g. writes in EXISTS).
    case invalidClauseComposition = "InvalidClauseComposition"
    /// Two columns with the same name.
    case columnNameConflict = "ColumnNameConflict"
    /// UNION parts return different columns.
    case differentColumnsInUnion = "DifferentColumnsInUnion"
    /// A complex expression in WITH without `AS`.
    case noExpressionAlias = "NoExpressionAlias"
    /// `RETURN *` / `WITH *` with no variables in scope.
    case noVariablesInScope = "NoVariablesInScope"
    /// SKIP/LIMIT (or similar) is not a constant expression.
    case nonConstantExpression = "NonConstantExpression"
    /// SKIP/LIMIT (or similar) is negative.
    case negativeIntegerArgument = "NegativeIntegerArgument"
    /// CREATE/MERGE of a relationship without exactly one type.
    case noSingleRelationshipType = "NoSingleRelationshipType"
    /// CREATE/MERGE of an undirected relationship.
    case requiresDirectedRelationship = "RequiresDirectedRelationship"
    /// CREATE/MERGE of a variable-length relationship.
    case creatingVarLength = "CreatingVarLength"
    /// A relationship variable used twice in one pattern.
    case relationshipUniquenessViolation = "RelationshipUniquenessViolation"
    /// DELETE of something that is not a node, relationship or path.
    case invalidDelete = "InvalidDelete"
    /// A function name is unknown.
    case unknownFunction = "UnknownFunction"

    // MARK: Raised while running (or by procedures / parameters)

    /// A parameter the query uses was not supplied.
    case missingParameter = "MissingParameter"
    /// A procedure name is unknown.
    case procedureNotFound = "ProcedureNotFound"
    /// A procedure failed while running.
    case procedureCallFailed = "ProcedureCallFailed"
    /// An argument value outside the function's domain.
    case invalidArgumentValue = "InvalidArgumentValue"
    /// A number out of the accepted range.
    case numberOutOfRange = "NumberOutOfRange"
    /// A value that may not be stored as a property.
    case invalidPropertyType = "InvalidPropertyType"
    /// Map access with a non-string key.
    case mapElementAccessByNonString = "MapElementAccessByNonString"
    /// List access with a non-integer index.
    case listElementAccessByNonInteger = "ListElementAccessByNonInteger"
    /// Element access on something that is neither a list nor a map.
    case invalidElementAccess = "InvalidElementAccess"
    /// A deleted entity was read.
    case deletedEntityAccess = "DeletedEntityAccess"
    /// DELETE of a node that still has relationships.
    case deleteConnectedNode = "DeleteConnectedNode"
    /// MERGE reads what it wrote in the same clause.
    case mergeReadOwnWrites = "MergeReadOwnWrites"
    /// Integer division or modulo by zero.
    case divisionByZero = "DivisionByZero"
    /// `CREATE INDEX` for a label and property (or a name) already indexed (Sinergi's).
    case equivalentSchemaRuleAlreadyExists = "EquivalentSchemaRuleAlreadyExists"
    /// `DROP INDEX` of an index that does not exist (Sinergi's).
    case indexNotFound = "IndexNotFound"
    /// A statement needed more memory than `QueryOptions.maxMemory` allows.
    case memoryLimitExceeded = "MemoryLimitExceeded"
    /// A statement was stopped by `QueryOptions.cancellation` (Ctrl-C in the shell).
    case queryCancelled = "QueryCancelled"
}

/// An error from any stage of the query pipeline.
///
/// ```swift
/// do { _ = try Parser.parse("MATCH (n RETURN n") }
/// catch let error as QueryError { print(error.render(source: query)) }
/// ```
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The TCK error type.
    public var kind: QueryErrorKind
    /// When it was raised.
    public var phase: QueryErrorPhase
    /// The TCK detail code.
    public var code: QueryErrorCode
    /// A human-readable message (texts live in `DiagnosticMessages`).
    public var message: String
    /// Where in the query the problem is, when known.
    public var location: SourceLocation?
    /// The message as a catalogue entry (every language), when it has one; `message` is then
    /// its English text.
    public var detail: Message?

    /// Creates an error.
    ///
    /// - Complexity: O(1).
    public init(
        kind: QueryErrorKind, phase: QueryErrorPhase, code: QueryErrorCode, message: String,
        location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.phase = phase
        self.code = code
        self.message = message
        self.location = location
    }

    /// Creates an error whose message comes from the catalogue.
    ///
    /// - Complexity: O(length of the English text).
    public init(
        kind: QueryErrorKind, phase: QueryErrorPhase, code: QueryErrorCode, detail: Message,
        location: SourceLocation? = nil
    ) {
        self.init(kind: kind, phase: phase, code: code, message: detail.text(.en), location: location)
        self.detail = detail
    }

    /// The message in `language`: the catalogue's text when the error has one, else `message`.
    ///
    /// - Complexity: O(length of the text).
    public func message(_ language: Language) -> String { detail?.text(language) ?? message }

    /// A compile-time `SyntaxError` (what the parser and binder raise).
    ///
    /// - Complexity: O(1).
    public static func syntax(_ code: QueryErrorCode, _ message: String, at location: SourceLocation?) -> QueryError {
        QueryError(kind: .syntaxError, phase: .compileTime, code: code, message: message, location: location)
    }

    /// `Kind.code`, e.g. `SyntaxError.UndefinedVariable`.
    public var qualifiedCode: String { "\(kind.rawValue).\(code.rawValue)" }

    /// `error: message (Kind.code)`, plus ` at line L, column C` when located.
    public var description: String {
        var text = "error: \(message) (\(qualifiedCode))"
        if let location {
            text += " at line \(location.line), column \(location.column)"
        }
        return text
    }

    /// Renders the error for a terminal:
    /// ```
    /// error: <message> (<Kind>.<code>)
    ///   at line L, column C
    /// <the query line>
    ///      ^
    /// ```
    /// Without a location only the first line is produced. The caret column
    /// counts Unicode scalars, matching `SourceLocation.column`.
    ///
    /// - Complexity: O(n) in the length of `source`.
    public func render(source: String) -> String {
        var text = "error: \(message) (\(qualifiedCode))"
        guard let location else { return text }
        text += "\n  at line \(location.line), column \(location.column)"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = location.line - 1
        guard index >= 0, index < lines.count else { return text }
        var line = String(lines[index])
        if line.hasSuffix("\r") { line.removeLast() }
        // Tabs are kept so the caret lines up in terminals that expand them the same way.
        let prefix = line.unicodeScalars.prefix(max(0, location.column - 1))
        let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        text += "\n" + line + "\n" + padding + "^"
        return text
    }
}
