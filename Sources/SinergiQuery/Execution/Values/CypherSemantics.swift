// openCypher's three-valued equality and the comparison behind `< <= > >=`.
// Equality: null makes the answer unknown (nil), numbers compare across INTEGER
// and FLOAT (1 = 1.0), NaN equals nothing, values of different types are simply
// unequal, lists and maps compare element by element with null propagation,
// entities by id and paths by their node and relationship sequence.
// Comparison: only numbers, strings, booleans, temporal values other than
// durations (see `+Temporal`) and lists of those are comparable; anything else (or null) gives null, and NaN makes every
// inequality false.

import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// openCypher value semantics: equality, comparison and ordering (see the `+Ordering`,
/// `+Logic` and `+Operators` files for the rest).
public enum CypherSemantics {
    /// Three-valued equality (`=`): `true`, `false`, or `nil` for null (unknown).
    ///
    /// ```swift
    /// CypherSemantics.equals(1, 1.0)            // true
    /// CypherSemantics.equals([1, 2], [nil, 2])  // nil
    /// CypherSemantics.equals([1, 2], [nil, 3])  // false
    /// ```
    /// - Complexity: O(n) in the total number of nested elements.
    public static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int, .double), (.double, .int), (.double, .double):
            return NumericComparison.compare(a, b) == 0
        case (.string(let x), .string(let y)): return x == y
        case (.date, .date), (.localTime, .localTime), (.time, .time), (.localDateTime, .localDateTime),
            (.dateTime, .dateTime), (.duration, .duration):
            return a == b
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x.nodes == y.nodes && x.relationships == y.relationships
        case (.list(let xs), .list(let ys)):
            guard xs.count == ys.count else { return false }
            var unknown = false
            for (x, y) in zip(xs, ys) {
                switch equals(x, y) {
                case .some(false): return false
                case nil: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        case (.map(let xs), .map(let ys)):
            guard xs.count == ys.count else { return false }
            var unknown = false
            for (key, x) in xs {
                guard let y = ys[key] else { return false }
                switch equals(x, y) {
                case .some(false): return false
                case nil: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        default:
            return false
        }
    }

    /// Three-valued inequality (`<>`): the negation of `equals`, nil staying nil.
    ///
    /// - Complexity: O(n) in the total number of nested elements.
    public static func notEquals(_ a: Value, _ b: Value) -> Bool? {
        equals(a, b).map { !$0 }
    }

    /// The outcome of comparing two values for `< <= > >=`.
    public enum PartialOrder: Sendable, Equatable {
        /// The left value is smaller.
        case less
        /// Both are equal.
        case equal
        /// The left value is larger.
        case greater
        /// Both are numbers but one is NaN: every inequality is false.
        case unordered
        /// Null or incomparable types: every inequality is null.
        case unknown
    }

    /// Compares two values the way `< <= > >=` do.
    ///
    /// Numbers (across INTEGER and FLOAT), strings (by code point), booleans
    /// (`false < true`) and temporal values (durations excepted) compare within their type; lists compare
    /// lexicographically, an element pair that is unknown making the whole
    /// comparison unknown, and a proper prefix being smaller.
    ///
    /// - Complexity: O(n) in the total number of nested elements.
    public static func partialCompare(_ a: Value, _ b: Value) -> PartialOrder {
        switch (a, b) {
        case (.null, _), (_, .null): return .unknown
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            guard let c = NumericComparison.compare(a, b) else { return .unordered }
            return order(c)
        case (.string(let x), .string(let y)): return order(compareStrings(x, y))
        case (.bool(let x), .bool(let y)): return x == y ? .equal : (x ? .greater : .less)
        case (.date, .date), (.localTime, .localTime), (.time, .time), (.localDateTime, .localDateTime),
            (.dateTime, .dateTime):
            return order(temporalCompare(a, b) ?? 0)
        case (.list(let xs), .list(let ys)):
            for (x, y) in zip(xs, ys) {
                let c = partialCompare(x, y)
                if c != .equal { return c }
            }
            return order(xs.count < ys.count ? -1 : (xs.count > ys.count ? 1 : 0))
        default:
            return .unknown
        }
    }

    /// Compares for `< <= > >=`: -1, 0 or 1, or nil when the answer is null or NaN is involved.
    ///
    /// Use `compare(_:_:_:)` to evaluate an operator: NaN there gives `false`, not null.
    /// - Complexity: O(n) in the total number of nested elements.
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        switch partialCompare(a, b) {
        case .less: return -1
        case .equal: return 0
        case .greater: return 1
        case .unordered, .unknown: return nil
        }
    }

    /// The four inequality operators.
    public enum ComparisonOperator: Sendable, Equatable {
        /// `<`
        case less
        /// `<=`
        case lessOrEqual
        /// `>`
        case greater
        /// `>=`
        case greaterOrEqual
    }

    /// Evaluates `a op b` for `< <= > >=` with three-valued logic.
    ///
    /// ```swift
    /// CypherSemantics.compare(.less, 1, 3.14)        // true
    /// CypherSemantics.compare(.less, "1", 1)         // nil
    /// CypherSemantics.compare(.less, .double(.nan), 1)  // false
    /// ```
    /// - Complexity: O(n) in the total number of nested elements.
    public static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool? {
        let c: Int
        switch partialCompare(a, b) {
        case .less: c = -1
        case .equal: c = 0
        case .greater: c = 1
        case .unordered: return false
        case .unknown: return nil
        }
        switch op {
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    /// Compares strings by Unicode code point (UTF-8 byte order is code point order).
    ///
    /// - Complexity: O(n) in the shorter string's length.
    static func compareStrings(_ x: String, _ y: String) -> Int {
        if x == y { return 0 }
        // Byte order of the UTF-8 (= code point order), compared in place when contiguous.
        let fast = x.utf8.withContiguousStorageIfAvailable { a in
            y.utf8.withContiguousStorageIfAvailable { b -> Int in
                let n = min(a.count, b.count)
                if n > 0, let p = a.baseAddress, let q = b.baseAddress {
                    let c = memcmp(p, q, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return a.count < b.count ? -1 : 1
            }
        }
        if let fast, let c = fast { return c }
        return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
    }

    static func order(_ c: Int) -> PartialOrder {
        c < 0 ? .less : (c > 0 ? .greater : .equal)
    }
}
