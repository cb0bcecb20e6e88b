// avg(x): the mean of the non-null numbers as FLOAT; null for an empty group.
// Integers are summed exactly while they fit, so avg of large INTEGERs is not
// disturbed by double rounding on every step.

import SinergiGraph

/// `avg(x)`.
struct AverageAccumulator: Accumulator {
    var integerSum: Int64 = 0
    var integerOverflowed = false
    var floatSum = CompensatedSum()
    var count: Int64 = 0

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        switch value {
        case .null: return
        case .int(let i):
            let (r, overflow) = integerSum.addingReportingOverflow(i)
            if overflow {
                floatSum.add(Double(i))
            } else {
                integerSum = r
            }
            integerOverflowed = integerOverflowed || overflow
        case .double(let d):
            floatSum.add(d)
        default:
            throw ValueMessages.argumentType("avg", expected: "INTEGER or FLOAT", got: value)
        }
        count += 1
    }

    func result() -> Value {
        guard count > 0 else { return .null }
        return .double((Double(integerSum) + floatSum.value) / Double(count))
    }
}
