// The arithmetic operators on temporal values: a temporal value plus or minus a
// duration (`date + duration` ignores the part of the seconds below a day, a time
// of day wraps around midnight, months before days before seconds), durations
// added, subtracted, negated, and multiplied or divided by a number (fractions of
// a month or a day spread over the smaller units, as `duration({months: 0.5})`).
// `Arithmetic` asks here first for any temporal operand.

import SinergiGraph

/// Temporal `+`, `-`, `*`, `/`.
enum TemporalArithmetic {
    /// `a + b` when one side is temporal; nil when neither is.
    ///
    /// - Complexity: O(1) (O(log t) for a date-time in a zone of t transitions).
    static func add(_ a: Value, _ b: Value) throws(QueryError) -> Value? {
        switch (a, b) {
        case (.duration(let x), .duration(let y)):
            return try combine(x, y, sign: 1)
        case (.duration(let d), _) where isTimePoint(b): return try shift(b, by: d, sign: 1)
        case (_, .duration(let d)) where isTimePoint(a): return try shift(a, by: d, sign: 1)
        default:
            return isTemporal(a) || isTemporal(b) ? try refuse("add", a, b) : nil
        }
    }

    /// `a - b` when one side is temporal; nil when neither is.
    ///
    /// - Complexity: O(1) (O(log t) for a date-time in a zone of t transitions).
    static func subtract(_ a: Value, _ b: Value) throws(QueryError) -> Value? {
        switch (a, b) {
        case (.duration(let x), .duration(let y)): return try combine(x, y, sign: -1)
        case (_, .duration(let d)) where isTimePoint(a): return try shift(a, by: d, sign: -1)
        default:
            return isTemporal(a) || isTemporal(b) ? try refuse("subtract", a, b) : nil
        }
    }

    /// `a * b` for a duration and a number; nil when neither side is temporal.
    ///
    /// - Complexity: O(1).
    static func multiply(_ a: Value, _ b: Value) throws(QueryError) -> Value? {
        switch (a, b) {
        case (.duration(let d), .int(let n)), (.int(let n), .duration(let d)): return try scale(d, by: .int(n))
        case (.duration(let d), .double(let f)), (.double(let f), .duration(let d)):
            return try scale(d, by: .double(f))
        default:
            return isTemporal(a) || isTemporal(b) ? try refuse("multiply", a, b) : nil
        }
    }

    /// `a / b` for a duration divided by a number; nil when neither side is temporal.
    ///
    /// - Complexity: O(1).
    static func divide(_ a: Value, _ b: Value) throws(QueryError) -> Value? {
        switch (a, b) {
        case (.duration(let d), .int(let n)):
            guard n != 0 else { throw ValueMessages.divisionByZero("\(d) / 0") }
            return try scale(d, by: .double(1 / Double(n)))
        case (.duration(let d), .double(let f)): return try scale(d, by: .double(1 / f))
        default:
            return isTemporal(a) || isTemporal(b) ? try refuse("divide", a, b) : nil
        }
    }

    /// `-d` for a duration; nil for anything else.
    static func negate(_ v: Value) throws(QueryError) -> Value? {
        guard case .duration(let d) = v else { return nil }
        guard let n = d.negated else { throw outOfRange("-\(d)") }
        return .duration(n)
    }

    static func isTemporal(_ v: Value) -> Bool { TemporalKind(of: v) != nil }

    static func isTimePoint(_ v: Value) -> Bool {
        switch v {
        case .date, .localTime, .time, .localDateTime, .dateTime: return true
        default: return false
        }
    }

    static func refuse(_ verb: String, _ a: Value, _ b: Value) throws(QueryError) -> Value? {
        throw ValueMessages.operandTypes(verb, a, b)
    }

    static func outOfRange(_ expression: String) -> QueryError {
        ValueMessages.runtime(.argumentError, .invalidArgumentValue, "temporal result out of range: \(expression)")
    }

    static func combine(_ x: CypherDuration, _ y: CypherDuration, sign: Int64) throws(QueryError) -> Value {
        let (m, o1) = x.months.addingReportingOverflow(sign * y.months)
        let (d, o2) = x.days.addingReportingOverflow(sign * y.days)
        let (s, o3) = x.seconds.addingReportingOverflow(sign * y.seconds)
        guard !o1, !o2, !o3,
            let r = CypherDuration(months: m, days: d, seconds: s, nanoseconds: x.nanoseconds + sign * y.nanoseconds)
        else { throw ValueMessages.integerOverflow("\(x) \(sign > 0 ? "+" : "-") \(y)") }
        return .duration(r)
    }

    /// A time point moved by a duration.
    static func shift(_ v: Value, by d: CypherDuration, sign: Int64) throws(QueryError) -> Value {
        let result: Value?
        switch v {
        case .date(let x):
            // Only whole days of the seconds count for a date.
            result = x.adding(months: sign * d.months)?.adding(days: sign * (d.days + d.seconds / 86_400)).map(
                Value.date)
        case .localTime(let t):
            result = .localTime(clock(t, d, sign))
        case .time(let t):
            result = CypherTime(clock(t.localTime, d, sign), offsetSeconds: t.offsetSeconds).map(Value.time)
        case .localDateTime(let t):
            result = t.adding(d, sign: sign).map(Value.localDateTime)
        case .dateTime(let t):
            result = t.adding(d, sign: sign).map(Value.dateTime)
        default:
            result = nil
        }
        guard let result else { throw outOfRange("\(ValueFormatter.text(v)) \(sign > 0 ? "+" : "-") \(d)") }
        return result
    }

    /// A time of day moved by the seconds of a duration, around the clock.
    static func clock(_ t: CypherLocalTime, _ d: CypherDuration, _ sign: Int64) -> CypherLocalTime {
        let perDay = CypherLocalTime.nanosecondsPerDay
        let seconds = (d.seconds % 86_400) * CypherLocalTime.nanosecondsPerSecond + d.nanoseconds
        return CypherLocalTime(wrapping: t.nanosecondOfDay + sign * (seconds % perDay))
    }

    enum Factor {
        case int(Int64)
        case double(Double)
    }

    /// A duration times a number: each part exactly for an integer, spread for a fraction.
    static func scale(_ d: CypherDuration, by factor: Factor) throws(QueryError) -> Value {
        switch factor {
        case .int(let n):
            let (m, o1) = d.months.multipliedReportingOverflow(by: n)
            let (dd, o2) = d.days.multipliedReportingOverflow(by: n)
            let (s, o3) = d.seconds.multipliedReportingOverflow(by: n)
            let (ns, o4) = d.nanoseconds.multipliedReportingOverflow(by: n)
            guard !o1, !o2, !o3, !o4, let r = CypherDuration(months: m, days: dd, seconds: s, nanoseconds: ns) else {
                throw ValueMessages.integerOverflow("\(d) * \(n)")
            }
            return .duration(r)
        case .double(let f):
            var builder = DurationBuilder()
            builder.add(Double(d.months) * f, .months)
            builder.add(Double(d.days) * f, .days)
            builder.add(Double(d.seconds) * f, .seconds)
            builder.add(Double(d.nanoseconds) * f, .nanoseconds)
            guard let r = builder.build() else { throw outOfRange("\(d) * \(f)") }
            return .duration(r)
        }
    }
}
