// collect(x): the non-null values in the order they arrived.

import SinergiGraph

/// `collect(x)`.
struct CollectAccumulator: Accumulator {
    var items: [Value] = []

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        if !value.isNull { items.append(value) }
    }

    func result() -> Value { .list(items) }
}
