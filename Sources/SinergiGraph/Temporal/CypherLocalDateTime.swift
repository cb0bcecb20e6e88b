// A date and a time of day without a zone (`localdatetime()`), to the nanosecond.

/// A calendar date and a wall-clock time.
///
/// ```swift
/// let t = CypherLocalDateTime(CypherDate(year: 2023, month: 6, day: 21)!, CypherLocalTime(hour: 9)!)
/// t.description  // "2023-06-21T09:00"
/// ```
public struct CypherLocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The date.
    public let date: CypherDate
    /// The time of day.
    public let time: CypherLocalTime

    /// The given date at the given time.
    /// - Complexity: O(1).
    public init(_ date: CypherDate, _ time: CypherLocalTime) {
        self.date = date
        self.time = time
    }

    /// The local date-time `seconds` (and `nanoseconds`) after 1970-01-01T00:00, as a
    /// clock showing that local time would read; nanoseconds may be of either sign.
    /// - Complexity: O(1).
    public init(epochSeconds seconds: Int64, nanoseconds: Int64 = 0) {
        let perSecond = CypherLocalTime.nanosecondsPerSecond
        var s = seconds + nanoseconds / perSecond
        var n = nanoseconds % perSecond
        if n < 0 {
            n += perSecond
            s -= 1
        }
        var days = s / 86_400
        var secondOfDay = s % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        date = CypherDate(daysSinceEpoch: days)
        time = CypherLocalTime(wrapping: secondOfDay * perSecond + n)
    }

    /// Parses `2015-07-21T21:40:32.142` (any date form of `TemporalParser`, no offset);
    /// a date alone is its midnight. Nil otherwise.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        guard let parts = TemporalParser.dateTime(text), parts.offsetSeconds == nil, parts.zone == nil,
            let date = parts.date
        else { return nil }
        self.init(date, parts.time ?? .midnight)
    }

    /// Seconds since 1970-01-01T00:00 of this local date-time (no zone applied).
    /// - Complexity: O(1).
    public var epochSeconds: Int64 { date.daysSinceEpoch * 86_400 + time.secondOfDay }

    /// `2015-07-21T21:40:32.142`.
    public var description: String { date.description + "T" + time.description }

    public static func < (a: CypherLocalDateTime, b: CypherLocalDateTime) -> Bool {
        (a.date.daysSinceEpoch, a.time.nanosecondOfDay) < (b.date.daysSinceEpoch, b.time.nanosecondOfDay)
    }
}
