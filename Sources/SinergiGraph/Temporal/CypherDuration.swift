// An amount of time (`duration()`): months, days and seconds kept apart, because a
// month is not a fixed number of days nor a day (across a DST change) a fixed
// number of seconds.

/// A duration of months, days, seconds and nanoseconds, each counted separately.
///
/// Seconds and nanoseconds are normalised so that `0 <= nanoseconds < 1_000_000_000`
/// (a duration of -0.1 s is -1 s plus 900,000,000 ns); months and days are not
/// folded into each other or into seconds, so `P1M` and `P30D` are different values.
///
/// ```swift
/// CypherDuration(months: 14, days: 3, seconds: 3_661, nanoseconds: 500_000_000)!.description
/// // "P1Y2M3DT1H1M1.5S"
/// ```
public struct CypherDuration: Hashable, Sendable, CustomStringConvertible {
    /// Months (a year is 12).
    public let months: Int64
    /// Days.
    public let days: Int64
    /// Whole seconds (floored: the nanoseconds are added to them).
    public let seconds: Int64
    /// Nanoseconds, `0 ..< 1_000_000_000`.
    public let nanoseconds: Int64

    /// The zero duration, `PT0S`.
    public static let zero = CypherDuration(normalizedMonths: 0, days: 0, seconds: 0, nanoseconds: 0)

    /// A duration; nanoseconds of any size and sign are carried into seconds. Nil when
    /// the seconds overflow 64 bits.
    /// - Complexity: O(1).
    public init?(months: Int64, days: Int64, seconds: Int64, nanoseconds: Int64 = 0) {
        let perSecond = CypherLocalTime.nanosecondsPerSecond
        var carry = nanoseconds / perSecond
        var n = nanoseconds % perSecond
        if n < 0 {
            n += perSecond
            carry -= 1
        }
        let (s, overflow) = seconds.addingReportingOverflow(carry)
        guard !overflow else { return nil }
        self.init(normalizedMonths: months, days: days, seconds: s, nanoseconds: n)
    }

    init(normalizedMonths months: Int64, days: Int64, seconds: Int64, nanoseconds: Int64) {
        self.months = months
        self.days = days
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// ISO 8601 `PnYnMnDTnHnMnS` as openCypher writes it: each part with its own sign,
    /// zero parts left out, seconds with their fraction (trailing zeros dropped), `PT0S`
    /// for zero. `P-1Y-8M`, `PT-23H-59M-59.9S`, `PT-0.001S`.
    /// - Complexity: O(1).
    public var description: String {
        var text = "P"
        func part(_ v: Int64, _ unit: String) { if v != 0 { text += String(v) + unit } }
        part(months / 12, "Y")
        part(months % 12, "M")
        part(days, "D")
        if seconds != 0 || nanoseconds != 0 {
            text += "T"
            // Whole seconds and nanoseconds of the same sign.
            var s = seconds
            var n = nanoseconds
            if s < 0 && n != 0 {
                s += 1
                n -= CypherLocalTime.nanosecondsPerSecond
            }
            part(s / 3600, "H")
            part(s % 3600 / 60, "M")
            let rest = s % 60
            if rest != 0 || n != 0 {
                if rest == 0 && n < 0 { text += "-" }
                text += String(rest) + TemporalText.shortFraction(Int64(n.magnitude)) + "S"
            }
        }
        return text == "P" ? "PT0S" : text
    }
}
