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

extension Value {
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
