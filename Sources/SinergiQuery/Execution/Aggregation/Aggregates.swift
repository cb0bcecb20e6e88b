// The aggregate function registry: names (case-insensitive), arities, and a
// factory that builds a fresh accumulator, wrapped for DISTINCT when asked.
// count(*) has its own factory because it counts rows, nulls included.

import SinergiGraph

/// Creates accumulators for aggregate functions.
public enum Aggregates {
    /// Arity of each aggregate by lowercased name.
    static let arities: [String: ClosedRange<Int>] = [
        "count": 1...1, "sum": 1...1, "avg": 1...1, "min": 1...1, "max": 1...1, "collect": 1...1,
        "stdev": 1...1, "stdevp": 1...1, "percentilecont": 2...2, "percentiledisc": 2...2,
    ]

    /// Whether `name` (any case) is an aggregate function.
    ///
    /// - Complexity: O(n) in the name's length.
    public static func isAggregate(_ name: String) -> Bool { arities[name.lowercased()] != nil }

    /// The accepted argument counts of an aggregate, or nil when `name` is not one.
    ///
    /// - Complexity: O(n) in the name's length.
    public static func arity(of name: String) -> ClosedRange<Int>? { arities[name.lowercased()] }

    /// A fresh accumulator for `name` (any case), or nil when it is not an aggregate.
    /// With `distinct`, values equivalent to one already added are skipped.
    ///
    /// ```swift
    /// var acc = Aggregates.make("collect", distinct: true)!
    /// ```
    /// - Complexity: O(1).
    public static func make(_ name: String, distinct: Bool) -> (any Accumulator)? {
        let base: any Accumulator
        switch name.lowercased() {
        case "count": base = CountAccumulator()
        case "sum": base = SumAccumulator()
        case "avg": base = AverageAccumulator()
        case "min": base = ExtremeAccumulator(keepLarger: false)
        case "max": base = ExtremeAccumulator(keepLarger: true)
        case "collect": base = CollectAccumulator()
        case "stdev": base = StandardDeviationAccumulator(sample: true)
        case "stdevp": base = StandardDeviationAccumulator(sample: false)
        case "percentilecont": base = PercentileAccumulator(continuous: true)
        case "percentiledisc": base = PercentileAccumulator(continuous: false)
        default: return nil
        }
        return distinct ? DistinctAccumulator(base) : base
    }

    /// A fresh accumulator for `count(*)`: counts every row added, whatever its value.
    ///
    /// - Complexity: O(1).
    public static func makeCountStar() -> any Accumulator { CountAccumulator(countsNulls: true) }
}
