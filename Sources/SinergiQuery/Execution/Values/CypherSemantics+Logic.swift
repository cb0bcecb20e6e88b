// Three-valued boolean logic for AND, OR, XOR and NOT. Null means "unknown":
// `false AND null` is false, `true OR null` is true, everything else involving
// null is null. A non-boolean, non-null operand is a type error.

import SinergiGraph

extension CypherSemantics {
    /// `a AND b`. Either side false makes it false even when the other is null.
    ///
    /// - Complexity: O(1).
    public static func and(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        let x = try truth(a, "AND")
        let y = try truth(b, "AND")
        if x == false || y == false { return .bool(false) }
        if x == nil || y == nil { return .null }
        return .bool(true)
    }

    /// `a OR b`. Either side true makes it true even when the other is null.
    ///
    /// - Complexity: O(1).
    public static func or(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        let x = try truth(a, "OR")
        let y = try truth(b, "OR")
        if x == true || y == true { return .bool(true) }
        if x == nil || y == nil { return .null }
        return .bool(false)
    }

    /// `a XOR b`. Null if either side is null.
    ///
    /// - Complexity: O(1).
    public static func xor(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        let x = try truth(a, "XOR")
        let y = try truth(b, "XOR")
        guard let x, let y else { return .null }
        return .bool(x != y)
    }

    /// `NOT a`. Null stays null.
    ///
    /// - Complexity: O(1).
    public static func not(_ a: Value) throws(QueryError) -> Value {
        guard let x = try truth(a, "NOT") else { return .null }
        return .bool(!x)
    }

    /// The truth value of a boolean operand: true, false, or nil for null.
    ///
    /// - Throws: `TypeError.InvalidArgumentType` for any other type.
    /// - Complexity: O(1).
    public static func truth(_ v: Value, _ operatorName: String) throws(QueryError) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .null: return nil
        default: throw ValueMessages.booleanExpected(operatorName, v)
        }
    }

    /// Wraps an optional boolean as a value (`nil` → `.null`).
    ///
    /// - Complexity: O(1).
    public static func value(_ b: Bool?) -> Value {
        b.map(Value.bool) ?? .null
    }
}
