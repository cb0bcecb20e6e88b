// stDev(x) (sample, n - 1) and stDevP(x) (population, n) over the non-null
// numbers, with Welford's running mean and sum of squared deviations for
// numerical stability. Fewer values than needed give 0.0.

import Foundation
import SinergiGraph

/// `stDev(x)` / `stDevP(x)`.
struct StandardDeviationAccumulator: Accumulator {
    let sample: Bool
    var count: Int64 = 0
    var mean = 0.0
    var squaredDeviations = 0.0

    mutating func add(_ value: Value, parameter: Value) throws(QueryError) {
        if value.isNull { return }
        guard let x = value.doubleValue else {
            throw ValueMessages.argumentType(sample ? "stDev" : "stDevP", expected: "INTEGER or FLOAT", got: value)
        }
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        squaredDeviations += delta * (x - mean)
    }

    func result() -> Value {
        let denominator = sample ? count - 1 : count
        guard denominator > 0 else { return .double(0) }
        return .double(Foundation.sqrt(squaredDeviations / Double(denominator)))
    }
}
