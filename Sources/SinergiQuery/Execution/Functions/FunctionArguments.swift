// Typed access to function arguments: each helper returns the payload or
// raises `TypeError.InvalidArgumentType` naming the function and the type it
// expected. Null handling stays with each function (most map null to null).

import SinergiGraph

/// Argument checks shared by the scalar functions.
enum Argument {
    /// The argument at `index`, or null when absent (optional parameters).
    static func at(_ args: [Value], _ index: Int) -> Value {
        index < args.count ? args[index] : .null
    }

    static func string(_ v: Value, _ function: String) throws(QueryError) -> String {
        guard case .string(let s) = v else { throw ValueMessages.argumentType(function, expected: "STRING", got: v) }
        return s
    }

    static func integer(_ v: Value, _ function: String) throws(QueryError) -> Int64 {
        guard case .int(let i) = v else { throw ValueMessages.argumentType(function, expected: "INTEGER", got: v) }
        return i
    }

    static func number(_ v: Value, _ function: String) throws(QueryError) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: throw ValueMessages.argumentType(function, expected: "INTEGER or FLOAT", got: v)
        }
    }

    static func list(_ v: Value, _ function: String) throws(QueryError) -> [Value] {
        guard case .list(let items) = v else { throw ValueMessages.argumentType(function, expected: "LIST", got: v) }
        return items
    }

    static func node(_ v: Value, _ function: String) throws(QueryError) -> NodeID {
        guard case .node(let id) = v else { throw ValueMessages.argumentType(function, expected: "NODE", got: v) }
        return id
    }

    static func relationship(_ v: Value, _ function: String) throws(QueryError) -> RelationshipID {
        guard case .relationship(let id) = v else {
            throw ValueMessages.argumentType(function, expected: "RELATIONSHIP", got: v)
        }
        return id
    }

    static func path(_ v: Value, _ function: String) throws(QueryError) -> PathValue {
        guard case .path(let p) = v else { throw ValueMessages.argumentType(function, expected: "PATH", got: v) }
        return p
    }
}
