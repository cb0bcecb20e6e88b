// A date and time at a UTC offset, optionally in a named IANA time zone (`datetime()`).

/// An instant written as the local date-time a clock shows there, the offset from
/// UTC in force, and (for zoned values) the IANA zone name.
///
/// The offset is resolved from the zone when the value is made (see `TimeZoneDatabase`)
/// and stored with it, so a stored value reads back the same whatever zone data a later
/// version ships. Two date-times are the same value (`==`, `Hashable`) when local time,
/// offset and zone all agree; the query language orders them by instant.
///
/// ```swift
/// let local = CypherLocalDateTime(CypherDate(year: 1984, month: 10, day: 11)!, CypherLocalTime(hour: 12)!)
/// CypherDateTime(local, offsetSeconds: 3600, zone: "Europe/Stockholm")!.description
/// // "1984-10-11T12:00+01:00[Europe/Stockholm]"
/// ```
public struct CypherDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The local date-time.
    public let local: CypherLocalDateTime
    /// Seconds east of UTC, within ±18 hours.
    public let offsetSeconds: Int64
    /// The IANA zone name (`Europe/Stockholm`), or nil for a value with only an offset.
    public let zone: String?

    /// A date-time, or nil when the offset exceeds 18 hours or the zone name is empty.
    /// - Complexity: O(1).
    public init?(_ local: CypherLocalDateTime, offsetSeconds: Int64, zone: String? = nil) {
        guard offsetSeconds.magnitude <= CypherTime.maximumOffsetSeconds, zone?.isEmpty != true else { return nil }
        self.local = local
        self.offsetSeconds = offsetSeconds
        self.zone = zone
    }

    /// Parses a date-time as written, offset included: `2015-07-21T21:40:32.142+02:00`,
    /// `1984-10-11T12:00+01:00[Europe/Stockholm]` (the offset is kept as it is written, not
    /// checked against the zone). Nil without an offset.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        guard let parts = TemporalParser.dateTime(text), let date = parts.date, let offset = parts.offsetSeconds
        else { return nil }
        self.init(CypherLocalDateTime(date, parts.time ?? .midnight), offsetSeconds: offset, zone: parts.zone)
    }

    /// Whole seconds since 1970-01-01T00:00Z of the instant.
    /// - Complexity: O(1).
    public var epochSeconds: Int64 { local.epochSeconds - offsetSeconds }

    /// The nanosecond of the second.
    public var nanosecond: Int64 { local.time.nanosecond }

    /// `1984-10-11T12:00+01:00[Europe/Stockholm]`, `2015-07-21T21:40:32.142Z`.
    public var description: String {
        local.description + TemporalText.offset(offsetSeconds) + (zone.map { "[" + $0 + "]" } ?? "")
    }
}
