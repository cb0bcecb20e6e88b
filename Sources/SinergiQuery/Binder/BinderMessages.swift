// Every message text the binder, planner and executor report, in one place, each
// as a function returning a complete `QueryError` with the TCK code.

import SinergiGraph

/// Message texts of the engine stages (binder, execution).
enum EngineMessages {
    static func at(_ span: SourceSpan) -> SourceLocation? { span == .empty ? nil : span.start }

    static func compile(_ code: QueryErrorCode, _ message: String, _ span: SourceSpan) -> QueryError {
        .syntax(code, message, at: at(span))
    }

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

    static func runtimeType(_ message: String) -> QueryError {
        QueryError(kind: .typeError, phase: .runtime, code: .invalidArgumentType, message: message)
    }

    static func runtime(_ kind: QueryErrorKind, _ code: QueryErrorCode, _ message: String) -> QueryError {
        QueryError(kind: kind, phase: .runtime, code: code, message: message)
    }

    static func rowLimit(_ limit: Int) -> QueryError {
        runtime(
            .argumentError, .numberOutOfRange,
            "RowLimitExceeded: the query needs more than \(limit) intermediate rows; "
                + "raise QueryOptions.maxRows (sinergi query --max-rows N) or make the pattern more selective")
    }

    static func timeout(_ seconds: Double) -> QueryError {
        runtime(
            .argumentError, .numberOutOfRange,
            "QueryTimeout: the query ran longer than \(seconds) s; raise QueryOptions.timeout to allow more")
    }
}
