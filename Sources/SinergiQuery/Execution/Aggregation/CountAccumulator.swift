// count(x) counts the non-null values; count(*) counts rows.

import SinergiGraph

/// `count(x)` / `count(*)`.
struct CountAccumulator: Accumulator {
    var countsNulls = false
    var count: Int64 = 0

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        if countsNulls || !value.isNull { count += 1 }
    }

    func result() -> Value { .int(count) }
}
