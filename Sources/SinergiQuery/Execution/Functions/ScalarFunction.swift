// One entry of the scalar function table: its canonical name, how many
// arguments it takes, whether it is deterministic (the planner may fold a call
// on constants only when it is) and its body.

import SinergiGraph

/// A scalar function: `name(arguments…) → value`.
public struct ScalarFunction: Sendable {
    /// The body: evaluated arguments (count already checked) and the context.
    public typealias Body = @Sendable ([Value], inout FunctionContext) throws(QueryError) -> Value

    /// The canonical spelling, e.g. `toInteger`.
    public let name: String
    /// The accepted argument counts (`Int.max` as upper bound for variadic functions).
    public let arity: ClosedRange<Int>
    /// False for `rand()`, `timestamp()`, `date()` without arguments: results differ between calls.
    public let isDeterministic: Bool
    let body: Body
    /// The body of a one-argument function that maps null to null and needs no context
    /// (`unary`), called without an argument array; nil for the others.
    let unaryBody: (@Sendable (Value) throws(QueryError) -> Value)?

    /// Creates a table entry.
    ///
    /// - Complexity: O(1).
    public init(_ name: String, arity: ClosedRange<Int>, deterministic: Bool = true, body: @escaping Body) {
        self.name = name
        self.arity = arity
        self.isDeterministic = deterministic
        self.body = body
        unaryBody = nil
    }

    init(unary name: String, _ body: @escaping @Sendable (Value) throws(QueryError) -> Value) {
        self.name = name
        arity = 1...1
        isDeterministic = true
        self.body = { (args, _) throws(QueryError) -> Value in
            let v = args.first ?? .null
            if v.isNull { return .null }
            return try body(v)
        }
        unaryBody = body
    }

    /// Calls a one-argument function on `value` without building an argument array.
    /// - Complexity: that of the function.
    @inline(__always)
    func call(_ value: Value, context: inout FunctionContext) throws(QueryError) -> Value {
        if let unaryBody { return value.isNull ? .null : try unaryBody(value) }
        return try call([value], context: &context)
    }

    /// Calls the function on evaluated arguments.
    ///
    /// - Throws: `SyntaxError.InvalidNumberOfArguments` for a wrong count, otherwise
    ///   whatever the function raises (`TypeError`, `ArgumentError`, `ArithmeticError`).
    /// - Complexity: that of the function; most are O(1) or linear in their arguments.
    public func call(_ arguments: [Value], context: inout FunctionContext) throws(QueryError) -> Value {
        guard arity.contains(arguments.count) else {
            throw ValueMessages.wrongArity(name, expected: arity, got: arguments.count)
        }
        return try body(arguments, &context)
    }
}

extension ScalarFunction {
    /// A deterministic function that does not need the context.
    static func pure(
        _ name: String, arity: ClosedRange<Int>,
        _ body: @escaping @Sendable ([Value]) throws(QueryError) -> Value
    ) -> ScalarFunction {
        ScalarFunction(name, arity: arity) { (args, _) throws(QueryError) -> Value in try body(args) }
    }

    /// A deterministic one-argument function that maps null to null.
    static func unary(
        _ name: String, _ body: @escaping @Sendable (Value) throws(QueryError) -> Value
    ) -> ScalarFunction {
        ScalarFunction(unary: name, body)
    }

    /// A deterministic one-argument function over the graph that maps null to null.
    static func graphUnary(
        _ name: String, _ body: @escaping @Sendable (Value, PropertyGraph) throws(QueryError) -> Value
    ) -> ScalarFunction {
        ScalarFunction(name, arity: 1...1) { (args, context) throws(QueryError) -> Value in
            let v = args.first ?? .null
            if v.isNull { return .null }
            return try body(v, context.graph)
        }
    }
}
