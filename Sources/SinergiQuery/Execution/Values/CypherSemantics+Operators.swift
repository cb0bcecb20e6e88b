// One entry point per operator of the syntax tree, so the evaluator can hand
// any non-short-circuiting operator and its evaluated operands to the value
// layer: comparisons, IN, the string predicates (STARTS WITH, ENDS WITH,
// CONTAINS, =~), arithmetic and boolean logic. The string predicates give null
// unless both sides are strings; `IN` is `=` against each element with
// three-valued logic (true if any is true, else null if any is null).

import Foundation
import SinergiGraph

extension CypherSemantics {
    /// Applies a binary operator to two evaluated operands.
    ///
    /// AND/OR are included for completeness; an evaluator that short-circuits
    /// should still use `and`/`or` for the final combination.
    /// - Complexity: that of the operator (O(n) for lists, strings and `IN`).
    public static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(QueryError) -> Value {
        switch op {
        case .or: return try or(a, b)
        case .xor: return try xor(a, b)
        case .and: return try and(a, b)
        case .equal: return value(equals(a, b))
        case .notEqual: return value(notEquals(a, b))
        case .less: return value(compare(.less, a, b))
        case .greater: return value(compare(.greater, a, b))
        case .lessOrEqual: return value(compare(.lessOrEqual, a, b))
        case .greaterOrEqual: return value(compare(.greaterOrEqual, a, b))
        case .startsWith: return value(startsWith(a, b))
        case .endsWith: return value(endsWith(a, b))
        case .contains: return value(contains(a, b))
        case .in: return try isIn(a, b)
        case .regexMatch: return try regexMatch(a, b)
        case .add: return try Arithmetic.add(a, b)
        case .subtract: return try Arithmetic.subtract(a, b)
        case .multiply: return try Arithmetic.multiply(a, b)
        case .divide: return try Arithmetic.divide(a, b)
        case .modulo: return try Arithmetic.modulo(a, b)
        case .power: return try Arithmetic.power(a, b)
        }
    }

    /// Applies a unary operator (`NOT`, `-`, `+`) to an evaluated operand.
    ///
    /// - Complexity: O(1).
    public static func unary(_ op: UnaryOperator, _ a: Value) throws(QueryError) -> Value {
        switch op {
        case .not: return try not(a)
        case .minus: return try Arithmetic.negate(a)
        case .plus: return try Arithmetic.plus(a)
        }
    }

    /// `element IN list`: true if some element equals, else null if some comparison
    /// was unknown, else false. A null list gives null.
    ///
    /// - Throws: `TypeError.InvalidArgumentType` when `list` is neither a list nor null.
    /// - Complexity: O(n) in the list's total nested size.
    public static func isIn(_ element: Value, _ list: Value) throws(QueryError) -> Value {
        switch list {
        case .null: return .null
        case .list(let items):
            var unknown = false
            for item in items {
                switch equals(element, item) {
                case .some(true): return .bool(true)
                case nil: unknown = true
                case .some(false): break
                }
            }
            return unknown ? .null : .bool(false)
        default:
            throw ValueMessages.listExpected("IN", list)
        }
    }

    /// `a STARTS WITH b`: nil unless both are strings.
    ///
    /// - Complexity: O(m) in the prefix length.
    public static func startsWith(_ a: Value, _ b: Value) -> Bool? {
        guard case .string(let s) = a, case .string(let p) = b else { return nil }
        return s.unicodeScalars.starts(with: p.unicodeScalars)
    }

    /// `a ENDS WITH b`: nil unless both are strings.
    ///
    /// - Complexity: O(m) in the suffix length.
    public static func endsWith(_ a: Value, _ b: Value) -> Bool? {
        guard case .string(let s) = a, case .string(let p) = b else { return nil }
        return s.unicodeScalars.reversed().starts(with: p.unicodeScalars.reversed())
    }

    /// `a CONTAINS b`: nil unless both are strings.
    ///
    /// - Complexity: O(n·m) worst case.
    public static func contains(_ a: Value, _ b: Value) -> Bool? {
        guard case .string(let s) = a, case .string(let p) = b else { return nil }
        if p.isEmpty { return true }
        return s.range(of: p, options: .literal) != nil
    }

    /// `a =~ b`: whether the whole string `a` matches the regular expression `b`
    /// (ICU syntax, close to Java's). Null unless both are strings.
    ///
    /// - Throws: `ArgumentError.InvalidArgumentValue` for an invalid pattern.
    /// - Complexity: that of the regular expression engine (patterns are compiled once, see `RegexCache`).
    public static func regexMatch(_ a: Value, _ b: Value) throws(QueryError) -> Value {
        guard case .string(let s) = a, case .string(let pattern) = b else { return .null }
        guard let regex = RegexCache.shared.regex(for: pattern) else { throw ValueMessages.invalidRegex(pattern) }
        let range = NSRange(s.startIndex..<s.endIndex, in: s)
        return .bool(regex.firstMatch(in: s, options: [.anchored], range: range) != nil)
    }
}
