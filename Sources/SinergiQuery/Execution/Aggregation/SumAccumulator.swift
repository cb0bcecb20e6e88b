// sum(x): nulls skipped; INTEGERs add up exactly (overflow is an error) and the
// result stays INTEGER until a FLOAT arrives, after which it is FLOAT. An empty
// group sums to 0.

import SinergiGraph

/// `sum(x)`.
struct SumAccumulator: Accumulator {
    var integerSum: Int64 = 0
    var floatSum = CompensatedSum()
    var sawFloat = false

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        switch value {
        case .null: return
        case .int(let i):
            let (r, overflow) = integerSum.addingReportingOverflow(i)
            if overflow { throw ValueMessages.integerOverflow("sum() exceeded the INTEGER range") }
            integerSum = r
        case .double(let d):
            sawFloat = true
            floatSum.add(d)
        default:
            throw ValueMessages.argumentType("sum", expected: "INTEGER or FLOAT", got: value)
        }
    }

    func result() -> Value {
        sawFloat ? .double(floatSum.value + Double(integerSum)) : .int(integerSum)
    }
}

/// Kahan–Babuška summation: a running double sum with its rounding error carried.
struct CompensatedSum: Sendable {
    var sum = 0.0
    var compensation = 0.0

    mutating func add(_ x: Double) {
        let t = sum + x
        if Swift.abs(sum) >= Swift.abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    var value: Double {
        let v = sum + compensation
        return v.isNaN && !sum.isNaN ? sum : v
    }
}
