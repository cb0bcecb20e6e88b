// The protocol every aggregate state implements: fed one row's argument
// value(s) at a time, asked for the result once the group is complete. An
// accumulator is a value type; the engine keeps one per group and aggregate.

import SinergiGraph

/// The running state of one aggregate function over one group.
///
/// ```swift
/// var acc = Aggregates.make("sum", distinct: false)!
/// try acc.add(1); try acc.add(2.5); try acc.add(nil)
/// acc.result()   // 3.5
/// ```
public protocol Accumulator: Sendable {
    /// Adds one row's value. `parameter` is the second argument for the percentile
    /// functions (evaluated per row, as in `percentileDisc(x, 0.5)`), null otherwise.
    ///
    /// - Throws: `TypeError` for values the aggregate cannot take, `ArithmeticError`
    ///   on integer overflow, `ArgumentError.NumberOutOfRange` for a bad percentile.
    /// - Complexity: amortized O(1), plus O(n) in the value's size under DISTINCT (hashing).
    mutating func add(_ value: Value, parameter: Value) throws(QueryError)

    /// The aggregate's value for the rows added so far (e.g. `0` for `count` of none,
    /// null for `avg`/`min`/`max` of none, `[]` for `collect` of none).
    /// - Complexity: O(1), except the percentiles (O(n log n) in the values added: a sort).
    func result() -> Value
}

extension Accumulator {
    /// Adds one row's value to a one-argument aggregate.
    ///
    /// - Complexity: that of `add(_:parameter:)`.
    public mutating func add(_ value: Value) throws(QueryError) {
        try add(value, parameter: .null)
    }
}
