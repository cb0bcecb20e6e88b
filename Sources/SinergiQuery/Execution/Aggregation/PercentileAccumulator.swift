// percentileCont(x, p) and percentileDisc(x, p) over the non-null numbers.
// p must be a number in [0, 1] (`ArgumentError.NumberOutOfRange` otherwise).
// percentileCont interpolates linearly between the two nearest values and is
// always FLOAT; percentileDisc returns the value at index ceil(p·n) - 1 (the
// first for p = 0), keeping its type. Null for an empty group.

import Foundation
import SinergiGraph

/// `percentileCont(x, p)` / `percentileDisc(x, p)`.
struct PercentileAccumulator: Accumulator {
    let continuous: Bool
    var values: [Value] = []
    var percentile = 0.0

    var name: String { continuous ? "percentileCont" : "percentileDisc" }

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        let p: Double
        switch parameter {
        case .int(let i): p = Double(i)
        case .double(let d): p = d
        default: throw ValueMessages.argumentType(name, expected: "a FLOAT percentile", got: parameter)
        }
        guard p >= 0, p <= 1 else {
            throw ValueMessages.numberOutOfRange(
                name, "percentile \(ValueFormatter.literal(parameter)) is not between 0.0 and 1.0")
        }
        percentile = p
        switch value {
        case .null: return
        case .int, .double: values.append(value)
        default: throw ValueMessages.argumentType(name, expected: "INTEGER or FLOAT", got: value)
        }
    }

    func result() -> Value {
        guard !values.isEmpty else { return .null }
        let sorted = values.sorted { CypherSemantics.orderCompare($0, $1) < 0 }
        let n = sorted.count
        if continuous {
            let position = percentile * Double(n - 1)
            let lower = Int(Foundation.floor(position))
            let upper = Int(Foundation.ceil(position))
            let low = sorted[lower].doubleValue ?? 0
            let high = sorted[upper].doubleValue ?? 0
            return .double(low + (high - low) * (position - Double(lower)))
        }
        let index = max(0, Int(Foundation.ceil(percentile * Double(n))) - 1)
        return sorted[min(index, n - 1)]
    }
}
