// A time of day without a zone (`localtime()`), to the nanosecond.

/// A wall-clock time, stored as nanoseconds since midnight.
///
/// ```swift
/// let t = CypherLocalTime(hour: 12, minute: 31, second: 14, nanosecond: 645_000_000)!
/// t.description  // "12:31:14.645"
/// ```
public struct CypherLocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Nanoseconds in a second.
    public static let nanosecondsPerSecond: Int64 = 1_000_000_000
    /// Nanoseconds in a day.
    public static let nanosecondsPerDay: Int64 = 86_400 * nanosecondsPerSecond

    /// Nanoseconds since midnight, `0 ..< nanosecondsPerDay`.
    public let nanosecondOfDay: Int64

    /// Midnight.
    public static let midnight = CypherLocalTime(wrapping: 0)

    /// The time `nanosecondOfDay` nanoseconds after midnight, or nil outside one day.
    /// - Complexity: O(1).
    public init?(nanosecondOfDay: Int64) {
        guard (0..<CypherLocalTime.nanosecondsPerDay).contains(nanosecondOfDay) else { return nil }
        self.nanosecondOfDay = nanosecondOfDay
    }

    /// The time of day `nanoseconds` after (or before) a midnight, wrapping around the clock.
    /// - Complexity: O(1).
    public init(wrapping nanoseconds: Int64) {
        let r = nanoseconds % CypherLocalTime.nanosecondsPerDay
        nanosecondOfDay = r < 0 ? r + CypherLocalTime.nanosecondsPerDay : r
    }

    /// A time from its fields, or nil when one is out of range (hour 0–23, minute and
    /// second 0–59, nanosecond 0–999,999,999).
    /// - Complexity: O(1).
    public init?(hour: Int64, minute: Int64 = 0, second: Int64 = 0, nanosecond: Int64 = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (0..<CypherLocalTime.nanosecondsPerSecond).contains(nanosecond)
        else { return nil }
        nanosecondOfDay = (hour * 3600 + minute * 60 + second) * CypherLocalTime.nanosecondsPerSecond + nanosecond
    }

    /// Parses `21:40:32.142`, `214032`, `21:40`, `21` (no offset); nil otherwise.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        guard let parts = TemporalParser.time(text), parts.offsetSeconds == nil, parts.zone == nil,
            let time = parts.time
        else { return nil }
        self = time
    }

    /// The hour, 0–23.
    public var hour: Int64 { nanosecondOfDay / (3600 * CypherLocalTime.nanosecondsPerSecond) }
    /// The minute of the hour, 0–59.
    public var minute: Int64 { nanosecondOfDay / (60 * CypherLocalTime.nanosecondsPerSecond) % 60 }
    /// The second of the minute, 0–59.
    public var second: Int64 { nanosecondOfDay / CypherLocalTime.nanosecondsPerSecond % 60 }
    /// The nanosecond of the second.
    public var nanosecond: Int64 { nanosecondOfDay % CypherLocalTime.nanosecondsPerSecond }
    /// Whole seconds since midnight.
    public var secondOfDay: Int64 { nanosecondOfDay / CypherLocalTime.nanosecondsPerSecond }

    /// `HH:MM`, `HH:MM:SS`, or `HH:MM:SS.fff` (fractions in groups of three digits).
    public var description: String { TemporalText.time(self) }

    public static func < (a: CypherLocalTime, b: CypherLocalTime) -> Bool { a.nanosecondOfDay < b.nanosecondOfDay }
}
