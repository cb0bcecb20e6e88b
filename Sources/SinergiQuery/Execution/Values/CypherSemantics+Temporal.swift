// How temporal values compare. Equality is structural (the same wall clock, offset
// and zone; durations the same months, days, seconds and nanoseconds, so
// `PT70S = PT1M10S` but `P1D <> PT24H`). Order within a type: dates by day,
// local times and local date-times by the clock, times and date-times by the
// instant they name (then by offset and zone, so the order is total). Durations
// have no `<` (null); sorting puts them by their average length, then part by part.

import SinergiGraph

extension CypherSemantics {
    /// -1, 0 or 1 for two temporal values of the same orderable type (not durations);
    /// nil when `a` and `b` are not both dates, both local times, both times, both local
    /// date-times or both date-times.
    ///
    /// - Complexity: O(1) (zone names compare in their length).
    static func temporalCompare(_ a: Value, _ b: Value) -> Int? {
        func c<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case (.date(let x), .date(let y)): return c(x, y)
        case (.localTime(let x), .localTime(let y)): return c(x, y)
        case (.localDateTime(let x), .localDateTime(let y)): return c(x, y)
        case (.time(let x), .time(let y)):
            let byInstant = c(x.utcNanosecondOfDay, y.utcNanosecondOfDay)
            return byInstant != 0 ? byInstant : c(x.offsetSeconds, y.offsetSeconds)
        case (.dateTime(let x), .dateTime(let y)):
            let byInstant = c(x.epochSeconds, y.epochSeconds)
            if byInstant != 0 { return byInstant }
            let byNanos = c(x.nanosecond, y.nanosecond)
            if byNanos != 0 { return byNanos }
            let byOffset = c(y.offsetSeconds, x.offsetSeconds)
            return byOffset != 0 ? byOffset : c(x.zone ?? "", y.zone ?? "")
        default: return nil
        }
    }

    /// The total order of durations ORDER BY uses: by average length (a month as
    /// 30.436875 days), then months, days, seconds and nanoseconds.
    ///
    /// - Complexity: O(1).
    static func durationOrder(_ x: CypherDuration, _ y: CypherDuration) -> Int {
        func length(_ d: CypherDuration) -> Double {
            Double(d.months) * 2_629_746 + Double(d.days) * 86_400 + Double(d.seconds) + Double(d.nanoseconds) / 1e9
        }
        let (lx, ly) = (length(x), length(y))
        if lx != ly { return lx < ly ? -1 : 1 }
        let tx = (x.months, x.days, x.seconds, x.nanoseconds)
        let ty = (y.months, y.days, y.seconds, y.nanoseconds)
        return tx < ty ? -1 : (tx == ty ? 0 : 1)
    }
}
