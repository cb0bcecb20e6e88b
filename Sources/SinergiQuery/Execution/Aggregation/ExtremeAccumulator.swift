// min(x) and max(x): the smallest / largest non-null value by the global
// ORDER BY order, so mixed types work (max of [1, 'a', [1, 2]] is 1, min is
// [1, 2]); null for an empty group.

import SinergiGraph

/// `min(x)` / `max(x)`.
struct ExtremeAccumulator: Accumulator {
    let keepLarger: Bool
    var best: Value = .null

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        if value.isNull { return }
        if best.isNull {
            best = value
            return
        }
        let c = CypherSemantics.orderCompare(value, best)
        if keepLarger ? c > 0 : c < 0 { best = value }
    }

    func result() -> Value { best }
}
