// The components property access reads from a temporal value (`d.year`,
// `t.offsetMinutes`, `dt.epochMillis`, `dur.monthsOfYear`, …), as openCypher names
// them. The evaluator asks `TemporalComponents.component(of:_:)` for any temporal
// value; a name the type does not have is null.

import SinergiGraph

/// Components of temporal values.
public enum TemporalComponents {
    /// The component `name` of a temporal value; nil when `value` is not temporal, null
    /// when the type has no such component.
    ///
    /// ```swift
    /// TemporalComponents.component(of: .duration(d), "monthsOfYear")  // .int(4) for P1Y4M
    /// ```
    /// - Complexity: O(1).
    public static func component(of value: Value, _ name: String) -> Value? {
        switch value {
        case .date(let d): return d.component(name) ?? .null
        case .localTime(let t): return time(t, name) ?? .null
        case .time(let t): return time(t.localTime, name) ?? offset(t.offsetSeconds, zone: nil, name) ?? .null
        case .localDateTime(let t): return t.date.component(name) ?? time(t.time, name) ?? .null
        case .dateTime(let t):
            if let v = t.local.date.component(name) ?? time(t.local.time, name)
                ?? offset(
                    t.offsetSeconds, zone: t.zone, name)
            {
                return v
            }
            switch name {
            case "epochSeconds": return .int(t.epochSeconds)
            case "epochMillis":
                let (ms, overflow) = t.epochSeconds.multipliedReportingOverflow(by: 1000)
                return overflow ? .null : .int(ms + t.nanosecond / 1_000_000)
            default: return .null
            }
        case .duration(let d): return duration(d, name) ?? .null
        default: return nil
        }
    }

    static func time(_ t: CypherLocalTime, _ name: String) -> Value? {
        switch name {
        case "hour": return .int(t.hour)
        case "minute": return .int(t.minute)
        case "second": return .int(t.second)
        case "millisecond": return .int(t.nanosecond / 1_000_000)
        case "microsecond": return .int(t.nanosecond / 1000)
        case "nanosecond": return .int(t.nanosecond)
        default: return nil
        }
    }

    static func offset(_ seconds: Int64, zone: String?, _ name: String) -> Value? {
        switch name {
        case "timezone": return .string(zone ?? TemporalText.offset(seconds))
        case "offset": return .string(TemporalText.offset(seconds))
        case "offsetMinutes": return .int(seconds / 60)
        case "offsetSeconds": return .int(seconds)
        default: return nil
        }
    }

    static func duration(_ d: CypherDuration, _ name: String) -> Value? {
        let (s, n) = (d.seconds, d.nanoseconds)
        func scaled(_ factor: Int64, _ divisor: Int64) -> Value {
            let (whole, overflow) = s.multipliedReportingOverflow(by: factor)
            return overflow ? .null : .int(whole + n / divisor)
        }
        switch name {
        case "years": return .int(d.months / 12)
        case "quarters": return .int(d.months / 3)
        case "months": return .int(d.months)
        case "weeks": return .int(d.days / 7)
        case "days": return .int(d.days)
        case "hours": return .int(s / 3600)
        case "minutes": return .int(s / 60)
        case "seconds": return .int(s)
        case "milliseconds": return scaled(1000, 1_000_000)
        case "microseconds": return scaled(1_000_000, 1000)
        case "nanoseconds": return scaled(1_000_000_000, 1)
        case "quartersOfYear": return .int(d.months % 12 / 3)
        case "monthsOfQuarter": return .int(d.months % 3)
        case "monthsOfYear": return .int(d.months % 12)
        case "daysOfWeek": return .int(d.days % 7)
        case "minutesOfHour": return .int(s / 60 % 60)
        case "secondsOfMinute": return .int(s % 60)
        case "millisecondsOfSecond": return .int(n / 1_000_000)
        case "microsecondsOfSecond": return .int(n / 1000)
        case "nanosecondsOfSecond": return .int(n)
        default: return nil
        }
    }
}
