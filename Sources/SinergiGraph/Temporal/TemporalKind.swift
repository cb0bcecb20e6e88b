// The six temporal types by name, for the formats that carry a value as text plus a
// type tag: the registry's `{"$datetime": "…"}`, admin-import CSV's `:datetime`
// columns, GraphML's `sinergi.type=datetime` hint. The text is the type's
// `description` (openCypher's `toString`), which its `init?(parsing:)` reads back.

/// A temporal type, named as Neo4j's import tools and openCypher's functions name it.
public enum TemporalKind: String, CaseIterable, Sendable {
    case date
    case localTime = "localtime"
    case time
    case localDateTime = "localdatetime"
    case dateTime = "datetime"
    case duration

    /// The kind of a temporal value; nil for any other value.
    /// - Complexity: O(1).
    public init?(of value: Value) {
        switch value {
        case .date: self = .date
        case .localTime: self = .localTime
        case .time: self = .time
        case .localDateTime: self = .localDateTime
        case .dateTime: self = .dateTime
        case .duration: self = .duration
        default: return nil
        }
    }

    /// The value `text` spells as this kind (the canonical text and the other ISO 8601
    /// forms `TemporalParser` reads), or nil.
    ///
    /// ```swift
    /// TemporalKind.duration.value(parsing: "P1Y2M")  // .duration(…14 months…)
    /// ```
    /// - Complexity: O(n) in the length of the text.
    public func value(parsing text: String) -> Value? {
        switch self {
        case .date: return CypherDate(parsing: text).map(Value.date)
        case .localTime: return CypherLocalTime(parsing: text).map(Value.localTime)
        case .time: return CypherTime(parsing: text).map(Value.time)
        case .localDateTime: return CypherLocalDateTime(parsing: text).map(Value.localDateTime)
        case .dateTime: return CypherDateTime(parsing: text).map(Value.dateTime)
        case .duration: return CypherDuration(parsing: text).map(Value.duration)
        }
    }
}

extension TemporalKind {
    /// Reads text as the temporal functions and Neo4j's importer do, which `value(parsing:)`
    /// (the registry's exact form) does not: a time or date-time without an offset is
    /// placed in `defaultZone` (UTC when nil), a named zone without an offset gets the
    /// zone's offset at that local time, and an offset with a zone is kept as written.
    /// A named zone on a time (no date) uses its offset at `epochSeconds`.
    /// Nil for malformed text, an unknown zone, or an offset or zone on a local type.
    ///
    /// ```swift
    /// TemporalKind.dateTime.value(reading: "2023-06-21T09:00", defaultZone: jakarta)
    /// // .dateTime(2023-06-21T09:00+07:00[Asia/Jakarta])
    /// ```
    /// - Complexity: O(n) in the length of the text (plus O(log t) for a zone of t transitions).
    public func value(reading text: String, defaultZone: TimeZoneDatabase.Zone? = nil, epochSeconds: Int64 = 0)
        -> Value?
    {
        let parts: TemporalParts?
        switch self {
        case .date: return CypherDate(parsing: text).map(Value.date)
        case .duration: return CypherDuration(parsing: text).map(Value.duration)
        case .localTime, .time: parts = TemporalParser.time(text)
        case .localDateTime, .dateTime: parts = TemporalParser.dateTime(text)
        }
        guard let parts else { return nil }
        let zoned = self == .time || self == .dateTime
        guard zoned || (parts.offsetSeconds == nil && parts.zone == nil) else { return nil }
        let clock = parts.time ?? .midnight
        var zone = defaultZone
        if let name = parts.zone {
            guard let named = TimeZoneDatabase.zone(named: name) else { return nil }
            zone = named
        }
        switch self {
        case .localTime: return .localTime(clock)
        case .localDateTime: return parts.date.map { .localDateTime(CypherLocalDateTime($0, clock)) }
        case .time:
            let offset = parts.offsetSeconds ?? zone?.rules.offset(atEpochSeconds: epochSeconds) ?? 0
            return CypherTime(clock, offsetSeconds: offset).map(Value.time)
        default:
            guard let date = parts.date else { return nil }
            let local = CypherLocalDateTime(date, clock)
            switch (parts.offsetSeconds, zone) {
            case (let offset?, let zone?) where parts.zone != nil:
                // Both written: kept as written, as the registry keeps them.
                return CypherDateTime(local, offsetSeconds: offset, zone: zone.name).map(Value.dateTime)
            case (let offset?, _): return CypherDateTime(local, offsetSeconds: offset).map(Value.dateTime)
            case (nil, let zone?): return CypherDateTime(local, in: zone).map(Value.dateTime)
            case (nil, nil): return CypherDateTime(local, offsetSeconds: 0).map(Value.dateTime)
            }
        }
    }
}

extension Value {
    /// The calendar day a date, local date-time or date-time falls on (its local date),
    /// nil for any other value: what `since`/`until` spells and "since 2023" labels show.
    /// - Complexity: O(1).
    public var localDate: CypherDate? {
        switch self {
        case .date(let d): return d
        case .localDateTime(let t): return t.date
        case .dateTime(let t): return t.local.date
        default: return nil
        }
    }

    /// The canonical text of a temporal value (`2015-07-21T21:40:32.142+01:00`, `P1Y2M`),
    /// nil for any other value.
    /// - Complexity: O(1).
    public var temporalText: String? {
        switch self {
        case .date(let d): return d.description
        case .localTime(let t): return t.description
        case .time(let t): return t.description
        case .localDateTime(let t): return t.description
        case .dateTime(let t): return t.description
        case .duration(let d): return d.description
        default: return nil
        }
    }
}
