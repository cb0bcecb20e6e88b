// `duration.between(a, b)`, `duration.inMonths`, `duration.inDays` and
// `duration.inSeconds`, as java.time's `until` (which the TCK follows) counts:
// whole months on the calendar first, then whole days, then the rest in seconds
// and nanoseconds, each part truncated toward zero. Both values on one date
// line: when both have a zone, the second is seen in the first's zone; when only
// one has a zone, the other's wall clock is taken in that zone (so the seconds
// across a DST change are real seconds). A time of day next to a value with a
// date is taken on that date; two times of day are compared as such (in UTC when
// both have an offset).

import SinergiGraph

/// The `duration.between` family.
enum DurationBetween {
    /// What is counted.
    enum Units: String {
        case all = "duration.between"
        case months = "duration.inMonths"
        case days = "duration.inDays"
        case seconds = "duration.inSeconds"
    }

    static func between(_ a: Value, _ b: Value, _ units: Units) throws(QueryError) -> Value {
        if a.isNull || b.isNull { return .null }
        guard var pa = TemporalPieces(a) else {
            throw ValueMessages.argumentType(units.rawValue, expected: "a temporal value", got: a)
        }
        guard var pb = TemporalPieces(b) else {
            throw ValueMessages.argumentType(units.rawValue, expected: "a temporal value", got: b)
        }
        // A time of day next to a value with a date is taken on that date.
        if pa.date == nil { pa.date = pb.date }
        if pb.date == nil { pb.date = pa.date }
        guard let da = pa.date, let db = pb.date else {
            if units == .months || units == .days { return .duration(.zero) }
            let ta = pa.time ?? .midnight
            let tb = pb.time ?? .midnight
            var nanos = tb.nanosecondOfDay - ta.nanosecondOfDay
            if pa.isZoned && pb.isZoned {
                nanos -= ((pb.offset ?? 0) - (pa.offset ?? 0)) * CypherLocalTime.nanosecondsPerSecond
            }
            return try duration(0, 0, 0, nanos, units)
        }
        let start = CypherLocalDateTime(da, pa.time ?? .midnight)
        var end = CypherLocalDateTime(db, pb.time ?? .midnight)
        // The zone both wall clocks are read in, if any.
        let zone: TemporalPieces? = pa.isZoned ? pa : (pb.isZoned ? pb : nil)
        var endInstant: (Int64, Int64)?
        if pb.isZoned {
            endInstant = (end.epochSeconds - (pb.offset ?? 0), end.time.nanosecond)
        }
        if pa.isZoned, let (seconds, nanos) = endInstant {
            let offset = pa.zone?.rules.offset(atEpochSeconds: seconds) ?? pa.offset ?? 0
            end = CypherLocalDateTime(epochSeconds: seconds + offset, nanoseconds: nanos)
        }
        func instant(_ t: CypherLocalDateTime) -> (Int64, Int64) {
            guard let zone else { return (t.epochSeconds, t.time.nanosecond) }
            if let rules = zone.zone?.rules {
                let (local, offset) = rules.resolve(localSeconds: t.epochSeconds, preferring: zone.offset)
                return (local - offset, t.time.nanosecond)
            }
            return (t.epochSeconds - (zone.offset ?? 0), t.time.nanosecond)
        }
        let to = endInstant ?? instant(end)
        switch units {
        case .months: return try duration(monthsUntil(start, end), 0, 0, 0, units)
        case .days: return try duration(0, daysUntil(start, end), 0, 0, units)
        case .seconds:
            let from = instant(start)
            return try duration(0, 0, to.0 - from.0, to.1 - from.1, units)
        case .all:
            let months = monthsUntil(start, end)
            guard let shifted = start.date.adding(months: months) else { throw outOfRange(units) }
            let afterMonths = CypherLocalDateTime(shifted, start.time)
            let days = daysUntil(afterMonths, end)
            guard let dayShifted = afterMonths.date.adding(days: days) else { throw outOfRange(units) }
            let from = instant(CypherLocalDateTime(dayShifted, start.time))
            return try duration(months, days, to.0 - from.0, to.1 - from.1, units)
        }
    }

    static func duration(_ months: Int64, _ days: Int64, _ seconds: Int64, _ nanos: Int64, _ units: Units)
        throws(QueryError) -> Value
    {
        guard let d = CypherDuration(months: months, days: days, seconds: seconds, nanoseconds: nanos) else {
            throw outOfRange(units)
        }
        return .duration(d)
    }

    static func outOfRange(_ units: Units) -> QueryError {
        ValueMessages.argumentValue(units.rawValue, "the duration is out of range")
    }

    /// The end date counted from: one day back (or on) when the end's clock is before
    /// (or after) the start's, so only whole days and months count.
    static func adjustedEnd(_ start: CypherLocalDateTime, _ end: CypherLocalDateTime) -> CypherDate {
        if end.date > start.date && end.time < start.time {
            return CypherDate(daysSinceEpoch: end.date.daysSinceEpoch - 1)
        }
        if end.date < start.date && end.time > start.time {
            return CypherDate(daysSinceEpoch: end.date.daysSinceEpoch + 1)
        }
        return end.date
    }

    /// Whole calendar months from `start` to `end`, toward zero.
    static func monthsUntil(_ start: CypherLocalDateTime, _ end: CypherLocalDateTime) -> Int64 {
        let e = adjustedEnd(start, end).components
        let s = start.date.components
        var months = (e.year * 12 + e.month) - (s.year * 12 + s.month)
        let dayDifference = e.day - s.day
        if months > 0 && dayDifference < 0 {
            months -= 1
        } else if months < 0 && dayDifference > 0 {
            months += 1
        }
        return months
    }

    /// Whole days from `start` to `end`, toward zero.
    static func daysUntil(_ start: CypherLocalDateTime, _ end: CypherLocalDateTime) -> Int64 {
        adjustedEnd(start, end).daysSinceEpoch - start.date.daysSinceEpoch
    }
}
