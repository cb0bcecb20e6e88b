// The engine's view of the function library: which names are aggregates, how many
// arguments each scalar function takes and what its first argument may be (for
// the binder's compile-time checks), and the call into the values layer's scalar
// function table (`FunctionTable`) at run time.

import SinergiGraph

/// Names, arities and calls of the functions a query may use.
enum FunctionBridge {
    /// True for aggregate function names (lowercased).
    static func isAggregate(_ name: String) -> Bool { Aggregates.isAggregate(name) }

    /// How many arguments `name` takes; nil when no such scalar function exists.
    static func arity(_ name: String) -> ClosedRange<Int>? {
        if name == "exists" { return 1...1 }
        return FunctionTable.arity(of: name)
    }

    /// The static types the first argument may have, when the function is picky.
    static func firstArgumentTypes(_ name: String) -> [StaticType]? {
        switch name {
        case "labels": return [.node]
        case "type", "startnode", "endnode": return [.relationship]
        case "nodes", "relationships": return [.path]
        case "keys", "properties": return [.node, .relationship, .map]
        case "length": return [.path, .string, .list]
        case "size": return [.string, .list]
        case "toboolean": return [.bool, .string, .int]
        case "tointeger": return [.int, .float, .string, .bool]
        case "tofloat": return [.int, .float, .string]
        default: return nil
        }
    }

    /// What a call of `name` returns, when known statically.
    static func resultType(_ name: String) -> StaticType {
        switch name {
        case "tostring", "tolower", "toupper", "trim", "ltrim", "rtrim", "replace", "substring", "left", "right",
            "type":
            return .string
        case "labels", "keys", "nodes", "relationships", "range", "split", "tail": return .list
        case "size", "length", "id": return .int
        case "properties": return .map
        default: return .any
        }
    }

    /// Calls scalar function `name` on evaluated arguments.
    static func call(_ name: String, _ args: [Value], context: ExecutionContext) throws(QueryError) -> Value {
        try FunctionTable.call(name, args, context: &context.functions)
    }
}
