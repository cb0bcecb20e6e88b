// The arithmetic operators on openCypher values: + - * / % ^ and unary minus.
// INTEGER op INTEGER stays INTEGER and overflow is an error (never wraps);
// mixing INTEGER and FLOAT gives FLOAT; integer division truncates toward zero
// and dividing an integer by zero is an error, while FLOAT division follows
// IEEE 754 (Infinity, NaN); `^` always gives FLOAT. `+` also concatenates
// strings (a number on either side is written as text) and lists (a non-list
// on either side is appended or prepended). Null in gives null out. Temporal
// operands (`date + duration`, `duration * 2`) are `TemporalArithmetic`'s.

import Foundation
import SinergiGraph

/// Arithmetic with openCypher semantics.
///
/// ```swift
/// try Arithmetic.add(1, 2.5)          // 3.5
/// try Arithmetic.divide(7, -2)        // -3
/// try Arithmetic.add([1], 2)          // [1, 2]
/// try Arithmetic.add(.int(.max), 1)   // throws ArithmeticError.IntegerOverflow
/// ```
public enum Arithmetic {
    /// `a + b`: numeric addition, string concatenation or list concatenation.
    ///
    /// - Complexity: O(1) for numbers, O(n) for strings and lists.
    public static func add(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.addingReportingOverflow(y)
            if overflow { throw ValueMessages.integerOverflow("\(x) + \(y)") }
            return .int(r)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((a.doubleValue ?? 0) + (b.doubleValue ?? 0))
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .int), (.string(let x), .double):
            return .string(x + ValueFormatter.text(b))
        case (.int, .string(let y)), (.double, .string(let y)):
            return .string(ValueFormatter.text(a) + y)
        case (.list(let xs), .list(let ys)): return .list(xs + ys)
        case (.list(let xs), _): return .list(xs + [b])
        case (_, .list(let ys)): return .list([a] + ys)
        default:
            if let temporal = try TemporalArithmetic.add(a, b) { return temporal }
            throw ValueMessages.operandTypes("add", a, b)
        }
    }

    /// `a - b`.
    ///
    /// - Complexity: O(1).
    public static func subtract(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.subtractingReportingOverflow(y)
            if overflow { throw ValueMessages.integerOverflow("\(x) - \(y)") }
            return .int(r)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((a.doubleValue ?? 0) - (b.doubleValue ?? 0))
        default:
            if let temporal = try TemporalArithmetic.subtract(a, b) { return temporal }
            throw ValueMessages.operandTypes("subtract", a, b)
        }
    }

    /// `a * b`.
    ///
    /// - Complexity: O(1).
    public static func multiply(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            if overflow { throw ValueMessages.integerOverflow("\(x) * \(y)") }
            return .int(r)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((a.doubleValue ?? 0) * (b.doubleValue ?? 0))
        default:
            if let temporal = try TemporalArithmetic.multiply(a, b) { return temporal }
            throw ValueMessages.operandTypes("multiply", a, b)
        }
    }

    /// `a / b`: integer division truncates toward zero; integer division by zero throws.
    ///
    /// - Complexity: O(1).
    public static func divide(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            if y == 0 { throw ValueMessages.divisionByZero("\(x) / \(y)") }
            let (r, overflow) = x.dividedReportingOverflow(by: y)
            if overflow { throw ValueMessages.integerOverflow("\(x) / \(y)") }
            return .int(r)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((a.doubleValue ?? 0) / (b.doubleValue ?? 0))
        default:
            if let temporal = try TemporalArithmetic.divide(a, b) { return temporal }
            throw ValueMessages.operandTypes("divide", a, b)
        }
    }

    /// `a % b`: the remainder has the sign of the dividend (as in Java and Swift);
    /// integer modulo by zero throws, FLOAT modulo by zero is NaN.
    ///
    /// - Complexity: O(1).
    public static func modulo(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            if y == 0 { throw ValueMessages.divisionByZero("\(x) % \(y)") }
            if y == -1 { return .int(0) }  // Int64.min % -1 would trap
            return .int(x % y)
        case (.int, .double), (.double, .int), (.double, .double):
            return .double((a.doubleValue ?? 0).truncatingRemainder(dividingBy: b.doubleValue ?? 0))
        default: throw ValueMessages.operandTypes("take the modulo of", a, b)
        }
    }

    /// `a ^ b`: always FLOAT.
    ///
    /// - Complexity: O(1).
    public static func power(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            return .double(Foundation.pow(a.doubleValue ?? 0, b.doubleValue ?? 0))
        default: throw ValueMessages.operandTypes("raise to a power", a, b)
        }
    }

    /// `-a`: negating `Int64.min` overflows. FLOAT negation is `0.0 - a`, so `-0.0`
    /// is `0.0` as the TCK expects (Literals5 [9]) and no negative zero arises.
    ///
    /// - Complexity: O(1).
    public static func negate(_ a: Value) throws(QueryError) -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            let (r, overflow) = Int64(0).subtractingReportingOverflow(x)
            if overflow { throw ValueMessages.integerOverflow("-(\(x))") }
            return .int(r)
        case .double(let x): return .double(0.0 - x)
        default:
            if let temporal = try TemporalArithmetic.negate(a) { return temporal }
            throw ValueMessages.operandType("negate", a)
        }
    }

    /// `+a`: a number is returned unchanged.
    ///
    /// - Complexity: O(1).
    public static func plus(_ a: Value) throws(QueryError) -> Value {
        switch a {
        case .null, .int, .double: return a
        default: throw ValueMessages.operandType("apply unary plus to", a)
        }
    }
}
