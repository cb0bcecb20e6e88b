// The scalar function table: names are case-insensitive; the binder asks
// `validate(_:argumentCount:)` at compile time (UnknownFunction,
// InvalidNumberOfArguments) and the evaluator `lookup`s once and `call`s per row.
// The functions themselves live in `FunctionTable+<Group>.swift`.

import SinergiGraph

/// The registry of scalar functions.
///
/// ```swift
/// var context = FunctionContext(graph: g, seed: 7)
/// try FunctionTable.call("toUpper", ["abc"], context: &context)   // "ABC"
/// FunctionTable.isKnown("TOUPPER")                                 // true
/// ```
public enum FunctionTable {
    /// Every function by lowercased name.
    static let table: [String: ScalarFunction] = {
        var all: [String: ScalarFunction] = [:]
        let groups = [
            graphFunctions, listFunctions, stringFunctions, conversionFunctions, mathFunctions, temporalFunctions,
        ]
        for group in groups {
            for function in group { all[function.name.lowercased()] = function }
        }
        return all
    }()

    /// The function named `name` (any case), or nil.
    ///
    /// - Complexity: O(n) in the name's length (one hash lookup).
    public static func lookup(_ name: String) -> ScalarFunction? {
        table[name.lowercased()]
    }

    /// Whether a scalar function of this name exists (aggregates are not scalar functions;
    /// see `Aggregates.isAggregate`).
    ///
    /// - Complexity: O(n) in the name's length.
    public static func isKnown(_ name: String) -> Bool { lookup(name) != nil }

    /// The accepted argument counts of a function, or nil when unknown.
    ///
    /// - Complexity: O(n) in the name's length.
    public static func arity(of name: String) -> ClosedRange<Int>? { lookup(name)?.arity }

    /// The canonical names of all scalar functions, sorted.
    ///
    /// - Complexity: O(f log f) in the number of functions.
    public static var names: [String] { table.values.map(\.name).sorted() }

    /// Checks a call site at compile time.
    ///
    /// - Throws: `SyntaxError.UnknownFunction` or `SyntaxError.InvalidNumberOfArguments`.
    /// - Complexity: O(n) in the name's length.
    public static func validate(_ name: String, argumentCount: Int) throws(QueryError) {
        guard let function = lookup(name) else { throw ValueMessages.unknownFunction(name) }
        guard function.arity.contains(argumentCount) else {
            throw ValueMessages.wrongArity(function.name, expected: function.arity, got: argumentCount)
        }
    }

    /// Looks a function up and calls it.
    ///
    /// - Throws: `UnknownFunction`, `InvalidNumberOfArguments`, or the function's own errors.
    /// - Complexity: that of the function.
    public static func call(
        _ name: String, _ arguments: [Value], context: inout FunctionContext
    ) throws(QueryError) -> Value {
        guard let function = lookup(name) else { throw ValueMessages.unknownFunction(name) }
        return try function.call(arguments, context: &context)
    }
}
