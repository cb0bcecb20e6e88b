// The DISTINCT wrapper for any aggregate: a value equivalent (see
// `GroupingKey`) to one already passed on is skipped, so `count(DISTINCT x)`
// counts distinct non-null values and `collect(DISTINCT x)` keeps first
// occurrences in order.

import SinergiGraph

/// `aggregate(DISTINCT x)`.
struct DistinctAccumulator: Accumulator {
    var base: any Accumulator
    var seen: Set<GroupingKey> = []

    init(_ base: any Accumulator) { self.base = base }

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        if value.isNull {
            // Nulls never count, but the percentile parameter still gets checked.
            try base.add(value, parameter: parameter)
            return
        }
        guard seen.insert(GroupingKey(value)).inserted else { return }
        try base.add(value, parameter: parameter)
    }

    func result() -> Value { base.result() }
}
