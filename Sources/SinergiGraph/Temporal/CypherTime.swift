// A time of day with a UTC offset (`time()`), to the nanosecond.

/// A wall-clock time at a fixed offset from UTC.
///
/// Two times are the same value (`==`, `Hashable`) when both the wall clock and the
/// offset are; the query language orders them by the instant they name (see
/// `SinergiQuery`'s value semantics).
///
/// ```swift
/// let t = CypherTime(CypherLocalTime(hour: 21, minute: 40)!, offsetSeconds: 3600)!
/// t.description  // "21:40+01:00"
/// ```
public struct CypherTime: Hashable, Sendable, CustomStringConvertible {
    /// The largest offset magnitude, 18 hours (as java.time allows).
    public static let maximumOffsetSeconds: Int64 = 18 * 3600

    /// The wall-clock time.
    public let localTime: CypherLocalTime
    /// Seconds east of UTC, within ±18 hours.
    public let offsetSeconds: Int64

    /// A time at `offsetSeconds` east of UTC, or nil when the offset exceeds 18 hours.
    /// - Complexity: O(1).
    public init?(_ localTime: CypherLocalTime, offsetSeconds: Int64) {
        guard offsetSeconds.magnitude <= CypherTime.maximumOffsetSeconds else { return nil }
        self.localTime = localTime
        self.offsetSeconds = offsetSeconds
    }

    /// Parses a time with its offset (`21:40:32.142+01:00`, `214032Z`); nil without one.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        guard let parts = TemporalParser.time(text), parts.zone == nil, let time = parts.time,
            let offset = parts.offsetSeconds
        else { return nil }
        self.init(time, offsetSeconds: offset)
    }

    /// Nanoseconds since midnight UTC of the same instant (may leave `0 ..< 1 day`);
    /// the key times are ordered by.
    /// - Complexity: O(1).
    public var utcNanosecondOfDay: Int64 {
        localTime.nanosecondOfDay - offsetSeconds * CypherLocalTime.nanosecondsPerSecond
    }

    /// `12:31:14.645+01:00`, `21:40Z`.
    public var description: String { localTime.description + TemporalText.offset(offsetSeconds) }
}
