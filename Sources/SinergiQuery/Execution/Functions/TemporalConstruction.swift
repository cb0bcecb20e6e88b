// How `date(…)`, `localtime(…)`, `time(…)`, `localdatetime(…)` and
// `datetime(…)` build their value from a string (ISO 8601, see `TemporalParser`),
// from another temporal value (its date and/or time taken, its zone kept or UTC
// added), or from a map of components: calendar, week, ordinal or quarter date
// fields, `hour` … `nanosecond` (milli-, micro- and nanoseconds add up), `timezone`
// (an offset or an IANA name), and base values `date`, `time`, `datetime` whose
// parts fill what the map leaves out. A time or date-time with a zone whose map
// names another `timezone` is the same instant seen there; without a zone anywhere
// the default is UTC.

import SinergiGraph

/// The temporal constructors.
enum TemporalConstruction {
    /// A time-point kind (not durations).
    enum Kind: String {
        case date, localtime, time, localdatetime, datetime

        var hasDate: Bool { self == .date || self == .localdatetime || self == .datetime }
        var hasTime: Bool { self != .date }
        var hasZone: Bool { self == .time || self == .datetime }
    }

    /// `kind(argument)`.
    static func make(_ kind: Kind, from v: Value, context: FunctionContext) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .string(let s): return try parse(kind, s, context: context)
        case .map(let m): return try fromMap(kind, m, context: context)
        default:
            guard let parts = TemporalPieces(v) else {
                throw ValueMessages.argumentType(kind.rawValue, expected: "STRING, MAP or a temporal value", got: v)
            }
            if kind.hasDate && parts.date == nil || kind.hasTime && !kind.hasDate && parts.time == nil {
                throw ValueMessages.argumentValue(kind.rawValue, "cannot take a \(kind.rawValue) from a \(v.typeName)")
            }
            var target = parts
            if !kind.hasZone {
                target.offset = nil
                target.zone = nil
            }
            return try assemble(kind, target, context: context)
        }
    }

    static func parse(_ kind: Kind, _ text: String, context: FunctionContext) throws(QueryError) -> Value {
        let parts: TemporalParts?
        switch kind {
        case .date: parts = TemporalParser.date(text).map { TemporalParts(date: $0) }
        case .localtime, .time: parts = TemporalParser.time(text)
        case .localdatetime, .datetime: parts = TemporalParser.dateTime(text)
        }
        guard let parts, kind.hasZone || (parts.offsetSeconds == nil && parts.zone == nil) else {
            throw ValueMessages.argumentValue(kind.rawValue, "cannot parse '\(text)' as a \(kind.rawValue)")
        }
        var pieces = TemporalPieces(date: parts.date, time: parts.time, offset: parts.offsetSeconds, zone: nil)
        if let name = parts.zone {
            let zone = try self.zone(named: name, kind.rawValue)
            pieces.zone = zone
            if let offset = parts.offsetSeconds, kind == .datetime, let date = parts.date {
                // An offset and a zone: the instant the offset says, shown in the zone.
                guard
                    let dt = CypherDateTime(
                        CypherLocalDateTime(date, parts.time ?? .midnight), offsetSeconds: offset, zone: nil)?.at(
                            zone)
                else { throw outOfRange(kind) }
                return .dateTime(dt)
            }
            pieces.offset = nil
        }
        return try assemble(kind, pieces, context: context)
    }

    /// A value of `kind` from pieces: a zone resolved at the local time, UTC by default.
    static func assemble(_ kind: Kind, _ p: TemporalPieces, context: FunctionContext) throws(QueryError) -> Value {
        let time = p.time ?? .midnight
        switch kind {
        case .date:
            guard let date = p.date else { throw outOfRange(kind) }
            return .date(date)
        case .localtime: return .localTime(time)
        case .localdatetime:
            guard let date = p.date else { throw outOfRange(kind) }
            return .localDateTime(CypherLocalDateTime(date, time))
        case .time:
            var offset = p.offset ?? 0
            if p.offset == nil, let zone = p.zone {
                offset = zone.rules.offset(
                    atEpochSeconds: p.date.map {
                        CypherLocalDateTime($0, time).epochSeconds
                    } ?? context.clock.seconds)
            }
            guard let t = CypherTime(time, offsetSeconds: offset) else { throw outOfRange(kind) }
            return .time(t)
        case .datetime:
            guard let date = p.date else { throw outOfRange(kind) }
            let local = CypherLocalDateTime(date, time)
            let value: CypherDateTime?
            if let zone = p.zone {
                value = CypherDateTime(local, in: zone, preferredOffset: p.offset)
            } else {
                value = CypherDateTime(local, offsetSeconds: p.offset ?? 0)
            }
            guard let value else { throw outOfRange(kind) }
            return .dateTime(value)
        }
    }

    static func outOfRange(_ kind: Kind) -> QueryError {
        ValueMessages.argumentValue(kind.rawValue, "the value is out of range")
    }

    /// A named zone or an offset (`+01:00`, `Z`) as pieces of a zone.
    static func timezone(_ v: Value, _ function: String) throws(QueryError) -> (
        offset: Int64?, zone: TimeZoneDatabase.Zone?
    ) {
        let text = try Argument.string(v, function)
        if let offset = TemporalParser.offset(text) { return (offset, nil) }
        return (nil, try zone(named: text, function))
    }

    static func zone(named name: String, _ function: String) throws(QueryError) -> TimeZoneDatabase.Zone {
        guard let zone = TimeZoneDatabase.zone(named: name) else {
            throw ValueMessages.argumentValue(function, "unknown time zone '\(name)'")
        }
        return zone
    }
}

/// A temporal value taken apart: its date, time of day, offset and zone (each optional).
struct TemporalPieces {
    var date: CypherDate?
    var time: CypherLocalTime?
    var offset: Int64?
    var zone: TimeZoneDatabase.Zone?

    init(
        date: CypherDate? = nil, time: CypherLocalTime? = nil, offset: Int64? = nil, zone: TimeZoneDatabase.Zone? = nil
    ) {
        self.date = date
        self.time = time
        self.offset = offset
        self.zone = zone
    }

    /// The pieces of a time-point value; nil for anything else (durations included).
    init?(_ v: Value) {
        switch v {
        case .date(let d): self.init(date: d)
        case .localTime(let t): self.init(time: t)
        case .time(let t): self.init(time: t.localTime, offset: t.offsetSeconds)
        case .localDateTime(let t): self.init(date: t.date, time: t.time)
        case .dateTime(let t):
            self.init(
                date: t.local.date, time: t.local.time, offset: t.offsetSeconds,
                zone: t.zone.flatMap { TimeZoneDatabase.zone(named: $0) })
        default: return nil
        }
    }

    /// True when the value names an instant's offset (a time or date-time).
    var isZoned: Bool { offset != nil || zone != nil }
}
