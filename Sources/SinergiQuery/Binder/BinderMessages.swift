// Every message text the binder, planner and executor report, in one place, each
// as a function returning a complete `QueryError` with the TCK code (codes are
// language-neutral; the texts move to the message catalogue with the others).

import SinergiGraph
import SinergiText

/// Message texts of the engine stages (binder, execution).
enum EngineMessages {
    static func at(_ span: SourceSpan) -> SourceLocation? { span == .empty ? nil : span.start }

    static func compile(_ code: QueryErrorCode, _ message: String, _ span: SourceSpan) -> QueryError {
        .syntax(code, message, at: at(span))
    }

    // MARK: Binder: variables

    static func undefinedVariable(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.undefinedVariable, "variable '\(name)' is not defined", span)
    }

    static func alreadyBound(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.variableAlreadyBound, "variable '\(name)' is already bound", span)
    }

    static func typeConflict(_ name: String, _ was: String, _ now: String, _ span: SourceSpan) -> QueryError {
        compile(.variableTypeConflict, "variable '\(name)' is a \(was) and cannot be used as a \(now)", span)
    }

    static func invalidArgumentType(_ what: String, _ type: StaticType, _ span: SourceSpan) -> QueryError {
        compile(.invalidArgumentType, "\(what) cannot take a value of type \(type.name)", span)
    }

    static func relationshipTwice(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.relationshipUniquenessViolation, "relationship variable '\(name)' occurs twice in one pattern", span)
    }

    /// `$name` is used but not given; `supplied`: the parameters that were (for a did-you-mean).
    static func missingParameter(_ name: String, _ span: SourceSpan, supplied: some Sequence<String>) -> QueryError {
        let near = NameSuggestions.nearest(to: name, among: supplied).map { "$" + $0 }
        return QueryError(
            kind: .parameterMissing, phase: .compileTime, code: .missingParameter,
            detail: Message(.queryMissingParameter, ["name": .text(name)]).suggesting(near), location: at(span))
    }

    // MARK: Binder: clauses

    static func mixedUnion(_ span: SourceSpan) -> QueryError {
        compile(.invalidClauseComposition, "UNION and UNION ALL cannot be mixed in one query", span)
    }

    static func unionColumns(_ span: SourceSpan) -> QueryError {
        compile(.differentColumnsInUnion, "all parts of a UNION must return the same columns", span)
    }

    static func returnNotLast(_ span: SourceSpan) -> QueryError {
        compile(.invalidClauseComposition, "RETURN must be the last clause", span)
    }

    static func queryEndsWith(_ clause: String, _ span: SourceSpan) -> QueryError {
        compile(.invalidClauseComposition, "a query cannot end with \(clause); add RETURN", span)
    }

    static func deleteLabels(_ span: SourceSpan) -> QueryError {
        compile(.invalidDelete, "DELETE takes nodes, relationships or paths", span)
    }

    static func deleteType(_ type: StaticType, _ span: SourceSpan) -> QueryError {
        compile(.invalidArgumentType, "DELETE cannot delete a value of type \(type.name)", span)
    }

    static func subqueryWrites(_ span: SourceSpan) -> QueryError {
        compile(.invalidClauseComposition, "an EXISTS subquery cannot change the graph", span)
    }

    static func noVariables(_ clause: String, _ span: SourceSpan) -> QueryError {
        compile(.noVariablesInScope, "\(clause) * has no variables to project", span)
    }

    static func noAlias(_ span: SourceSpan) -> QueryError {
        compile(.noExpressionAlias, "an expression in WITH must be aliased with AS", span)
    }

    static func columnTwice(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.columnNameConflict, "column '\(name)' is projected twice", span)
    }

    static func orderByAggregates(_ span: SourceSpan) -> QueryError {
        compile(.invalidAggregation, "ORDER BY cannot aggregate when the projection does not", span)
    }

    static func notConstant(_ what: String, _ span: SourceSpan) -> QueryError {
        compile(.nonConstantExpression, "\(what) must be a constant expression", span)
    }

    static func negativeCount(_ what: String, _ value: Int64, _ span: SourceSpan) -> QueryError {
        compile(.negativeIntegerArgument, "\(what) cannot be negative (\(value))", span)
    }

    static func countType(_ what: String, _ span: SourceSpan) -> QueryError {
        compile(.invalidArgumentType, "\(what) must be a non-negative integer", span)
    }

    static func ambiguousAggregation(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(
            .ambiguousAggregationExpression,
            "an expression mixing an aggregate with '\(name)' needs it as a grouping key", span)
    }

    // MARK: Binder: patterns

    static func oneTypeNeeded(_ clause: String, _ span: SourceSpan) -> QueryError {
        compile(.noSingleRelationshipType, "a relationship in \(clause) needs exactly one type", span)
    }

    static func createVarLength(_ span: SourceSpan) -> QueryError {
        compile(.creatingVarLength, "a variable-length relationship cannot be created", span)
    }

    static func createDirection(_ span: SourceSpan) -> QueryError {
        compile(.requiresDirectedRelationship, "a relationship in CREATE needs a direction", span)
    }

    static func parameterMap(_ span: SourceSpan) -> QueryError {
        compile(.invalidParameterUse, "a parameter cannot be used as a property map in MATCH or MERGE", span)
    }

    // MARK: Binder: functions and aggregates

    static func nestedAggregate(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.nestedAggregation, "\(name) cannot be used inside another aggregate", span)
    }

    static func misplacedAggregate(_ name: String, _ place: String, _ span: SourceSpan) -> QueryError {
        compile(.invalidAggregation, "\(name) is an aggregate and cannot be used in \(place)", span)
    }

    static func randomAggregate(_ span: SourceSpan) -> QueryError {
        compile(.nonConstantExpression, "an aggregate cannot take a non-deterministic argument", span)
    }

    static func arity(_ name: String, _ expected: String, _ got: Int, _ span: SourceSpan) -> QueryError {
        compile(.invalidNumberOfArguments, "\(name)() takes \(expected) argument(s), got \(got)", span)
    }

    static func existsArgument(_ span: SourceSpan) -> QueryError {
        compile(.invalidArgumentType, "exists() takes a property access or a pattern", span)
    }

    static func unknownFunction(_ name: String, _ span: SourceSpan) -> QueryError {
        compile(.unknownFunction, "there is no function called '\(name)'", span)
    }

    // MARK: Binder: procedures

    static func unknownProcedure(_ name: String, _ span: SourceSpan) -> QueryError {
        QueryError(
            kind: .procedureError, phase: .compileTime, code: .procedureNotFound,
            message: "there is no procedure called '\(name)'", location: span.start)
    }

    static func procedureArity(_ name: String, _ expected: Int, _ got: Int, _ span: SourceSpan) -> QueryError {
        compile(.invalidNumberOfArguments, "procedure \(name) takes \(expected) argument(s), got \(got)", span)
    }

    static func procedureArgument(
        _ field: String, _ procedure: String, _ type: String, _ got: String, _ span: SourceSpan
    ) -> QueryError {
        compile(.invalidArgumentType, "argument '\(field)' of \(procedure) must be \(type), got \(got)", span)
    }

    static func implicitArguments(_ span: SourceSpan) -> QueryError {
        compile(.invalidArgumentPassingMode, "implicit arguments are only allowed in a standalone CALL", span)
    }

    // MARK: Execution

    static func runtimeType(_ message: String) -> QueryError {
        QueryError(kind: .typeError, phase: .runtime, code: .invalidArgumentType, message: message)
    }

    static func runtime(_ kind: QueryErrorKind, _ code: QueryErrorCode, _ message: String) -> QueryError {
        QueryError(kind: kind, phase: .runtime, code: code, message: message)
    }

    static func notANode(_ name: String, _ value: Value) -> QueryError {
        runtimeType("variable '\(name)' is a \(value.typeName), not a node")
    }

    static func notARelationship(_ name: String, _ value: Value) -> QueryError {
        runtimeType("variable '\(name)' is a \(value.typeName), not a relationship")
    }

    static func deletedNode(_ id: NodeID) -> QueryError {
        runtime(.entityNotFound, .deletedEntityAccess, "node \(id) was deleted")
    }

    static func deletedRelationship(_ id: RelationshipID) -> QueryError {
        runtime(.entityNotFound, .deletedEntityAccess, "relationship \(id) was deleted")
    }

    static func needsList(_ what: String, _ value: Value) -> QueryError {
        runtimeType("\(what) needs a list, got \(value.typeName)")
    }

    static func needsBooleanPredicate(_ what: String) -> QueryError {
        runtimeType("\(what) needs a boolean predicate")
    }

    static func propertyAccess(_ key: String, _ value: Value) -> QueryError {
        runtimeType("property access .\(key) needs a map, node or relationship, got \(value.typeName)")
    }

    static func labelCheck(_ value: Value) -> QueryError {
        runtimeType("a label check needs a node, got \(value.typeName)")
    }

    static func mapProjection(_ value: Value) -> QueryError {
        runtimeType("a map projection needs a map, node or relationship, got \(value.typeName)")
    }

    static func listIndex(_ value: Value) -> QueryError {
        runtime(.typeError, .listElementAccessByNonInteger, "a list index must be an integer, got \(value.typeName)")
    }

    static func mapKey(_ value: Value) -> QueryError {
        runtime(.typeError, .mapElementAccessByNonString, "a map key must be a string, got \(value.typeName)")
    }

    static func notIndexable(_ value: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentType, "cannot index a value of type \(value.typeName)")
    }

    static func notSliceable(_ value: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentType, "cannot slice a value of type \(value.typeName)")
    }

    static func sliceBound(_ value: Value) -> QueryError {
        runtime(.typeError, .listElementAccessByNonInteger, "a slice bound must be an integer, got \(value.typeName)")
    }

    static func graphFunction(_ name: String, _ value: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentValue, "\(name)() cannot take a value of type \(value.typeName)")
    }

    static func runtimeNegativeCount(_ what: String, _ value: Int64) -> QueryError {
        runtime(.syntaxError, .negativeIntegerArgument, "\(what) cannot be negative (\(value))")
    }

    static func runtimeCountType(_ what: String, _ value: Value) -> QueryError {
        runtime(.syntaxError, .invalidArgumentType, "\(what) must be a non-negative integer, got \(value.typeName)")
    }

    static func procedureArgumentType(_ field: String, _ procedure: String, _ type: String, _ value: Value)
        -> QueryError
    {
        runtime(
            .typeError, .invalidArgumentType,
            "argument '\(field)' of \(procedure) must be \(type), got \(value.typeName)")
    }

    static func tooDeep(_ hops: Int) -> QueryError {
        runtime(
            .argumentError, .numberOutOfRange,
            "a variable-length pattern went deeper than \(hops) hops; give it an upper bound (*..N)")
    }

    static func createToValue(_ value: Value) -> QueryError {
        runtimeType("cannot create a relationship to a value of type \(value.typeName)")
    }

    static func propertyMapType(_ value: Value) -> QueryError {
        runtimeType("a property map must be a map, got \(value.typeName)")
    }

    static func propertyType(_ key: String, _ value: Value) -> QueryError {
        runtime(.typeError, .invalidPropertyType, "property '\(key)' cannot hold a value of type \(value.typeName)")
    }

    static func mergeNull(_ name: String) -> QueryError {
        runtime(.semanticError, .invalidArgumentValue, "MERGE cannot use the null value of '\(name)'")
    }

    static func mergeNullProperty(_ key: String) -> QueryError {
        runtime(.semanticError, .mergeReadOwnWrites, "MERGE cannot use null for property '\(key)'")
    }

    static func setTarget(_ value: Value) -> QueryError {
        runtimeType("cannot set a property on a value of type \(value.typeName)")
    }

    static func setMap(_ value: Value) -> QueryError {
        runtimeType("SET needs a map, got \(value.typeName)")
    }

    static func labelTarget(_ adding: Bool, _ value: Value) -> QueryError {
        runtimeType("cannot \(adding ? "add labels to" : "remove labels from") a value of type \(value.typeName)")
    }

    static func deleteValue(_ value: Value) -> QueryError {
        runtime(.typeError, .invalidArgumentType, "DELETE cannot delete a value of type \(value.typeName)")
    }

    static func graph(_ error: GraphError) -> QueryError {
        switch error {
        case .nodeHasRelationships:
            return runtime(
                .constraintVerificationFailed, .deleteConnectedNode,
                "cannot delete a node that still has relationships; use DETACH DELETE (\(error))")
        case .unstorableValue:
            return runtime(.typeError, .invalidPropertyType, "\(error)")
        case .unknownNode, .unknownRelationship:
            return runtime(.entityNotFound, .deletedEntityAccess, "\(error)")
        default:
            return runtime(.semanticError, .invalidArgumentValue, "\(error)")
        }
    }

    // MARK: Limits

    static func rowLimit(_ limit: Int) -> QueryError {
        runtime(
            .argumentError, .numberOutOfRange,
            "RowLimitExceeded: the query needs more than \(limit) intermediate rows; "
                + "raise QueryOptions.maxRows (sinergi query --max-rows N) or make the pattern more selective")
    }

    static func timeout(_ seconds: Double) -> QueryError {
        runtime(
            .argumentError, .numberOutOfRange,
            "QueryTimeout: the query ran longer than \(seconds) s; raise QueryOptions.timeout "
                + "(sinergi query --timeout SECONDS) to allow more")
    }

    static func memoryLimit(_ bytes: Int) -> QueryError {
        runtime(
            .argumentError, .memoryLimitExceeded,
            "MemoryLimitExceeded: the query needs more than \(MemoryAmount.text(bytes)) of memory; "
                + "raise QueryOptions.maxMemory (sinergi query --max-memory SIZE) or ask for less")
    }

    static func cancelled() -> QueryError {
        runtime(.argumentError, .queryCancelled, "QueryCancelled: the statement was cancelled; nothing was changed")
    }
}
