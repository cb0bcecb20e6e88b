// The map forms of the temporal constructors: `date({year: 1984, week: 10,
// dayOfWeek: 3})`, `time({hour: 12, timezone: '+01:00'})`, `datetime({date: d,
// time: t, timezone: 'Pacific/Honolulu'})`, `datetime({epochSeconds: …})`, and a
// map holding only `timezone`, which is the current clock in that zone.

import SinergiGraph

extension TemporalConstruction {
    static let dateFields: Set<String> = [
        "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter",
    ]
    static let timeFields: Set<String> = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]

    static func fromMap(_ kind: Kind, _ m: [String: Value], context: FunctionContext) throws(QueryError) -> Value {
        let fn = kind.rawValue
        var fields: [String: Int64] = [:]
        var dateBase: TemporalPieces?
        var timeBase: TemporalPieces?
        var zoneSource: TemporalPieces?
        var target: (offset: Int64?, zone: TimeZoneDatabase.Zone?)?
        var epoch: (seconds: Int64, nanoseconds: Int64)?
        for key in m.keys.sorted() {
            guard let value = m[key], !value.isNull else { continue }
            switch key {
            case "date" where kind.hasDate, "datetime" where kind.hasDate:
                guard let p = TemporalPieces(value), p.date != nil else {
                    throw ValueMessages.argumentType(
                        fn, expected: "a temporal value with a date for '\(key)'", got: value)
                }
                dateBase = p
                if key == "datetime" {
                    timeBase = p.time == nil ? nil : p
                    if p.isZoned { zoneSource = zoneSource ?? p }
                }
            case "time" where kind.hasTime:
                guard let p = TemporalPieces(value), p.time != nil else {
                    throw ValueMessages.argumentType(
                        fn, expected: "a temporal value with a time for 'time'", got: value)
                }
                timeBase = p
                if p.isZoned { zoneSource = p }
            case "timezone":
                target = try timezone(value, fn)
            case "epochSeconds" where kind == .datetime:
                epoch = (try Argument.integer(value, fn), epoch?.nanoseconds ?? 0)
            case "epochMillis" where kind == .datetime:
                let ms = try Argument.integer(value, fn)
                epoch = (ms >= 0 ? ms / 1000 : (ms - 999) / 1000, ((ms % 1000) + 1000) % 1000 * 1_000_000)
            default:
                guard kind.hasDate && dateFields.contains(key) || kind.hasTime && timeFields.contains(key) else {
                    throw ValueMessages.argumentValue(fn, "unsupported component '\(key)'")
                }
                fields[key] = try Argument.integer(value, fn)
            }
        }
        if fields.isEmpty, dateBase == nil, timeBase == nil, epoch == nil {
            // `{timezone: …}` alone (or `{}`): the statement clock there.
            return try TemporalClock.now(kind, zone: target, context: context)
        }
        if let epoch {
            let nanos =
                epoch.nanoseconds + (fields["nanosecond"] ?? 0) + (fields["microsecond"] ?? 0) * 1000
                + (fields["millisecond"] ?? 0) * 1_000_000
            var value = CypherDateTime(
                CypherLocalDateTime(epochSeconds: epoch.seconds, nanoseconds: nanos), offsetSeconds: 0)
            if let zone = target?.zone {
                value = value?.at(zone)
            } else if let offset = target?.offset {
                value = value?.at(offsetSeconds: offset, zone: nil)
            }
            guard let value, CypherDate.range.contains(value.local.date.daysSinceEpoch) else { throw outOfRange(kind) }
            return .dateTime(value)
        }
        var pieces = TemporalPieces()
        if kind.hasDate { pieces.date = try date(fields, base: dateBase?.date, fn, shown: m) }
        if kind.hasTime { pieces.time = try time(fields, base: timeBase?.time, fn, shown: m) }
        guard kind.hasZone else { return try assemble(kind, pieces, context: context) }
        return try zoned(kind, pieces, source: zoneSource, target: target, context: context)
    }

    /// Places the local pieces in a zone: the target zone when the map names one (the
    /// same instant as in the source zone, when a base value had one), else the source's.
    static func zoned(
        _ kind: Kind, _ local: TemporalPieces, source: TemporalPieces?,
        target: (offset: Int64?, zone: TimeZoneDatabase.Zone?)?, context: FunctionContext
    ) throws(QueryError) -> Value {
        var pieces = local
        guard let target else {
            pieces.offset = source?.offset
            pieces.zone = source?.zone
            return try assemble(kind, pieces, context: context)
        }
        guard let source else {
            pieces.offset = target.offset
            pieces.zone = target.zone
            return try assemble(kind, pieces, context: context)
        }
        // The instant the local pieces name in the source zone, seen in the target zone.
        var sourced = pieces
        sourced.offset = source.offset
        sourced.zone = kind == .datetime ? source.zone : nil
        let inSource = try assemble(kind, sourced, context: context)
        switch inSource {
        case .dateTime(let dt):
            let moved = target.zone.map { dt.at($0) } ?? dt.at(offsetSeconds: target.offset ?? 0, zone: nil)
            guard let moved else { throw outOfRange(kind) }
            return .dateTime(moved)
        case .time(let t):
            let offset = target.offset ?? target.zone?.rules.offset(atEpochSeconds: context.clock.seconds) ?? 0
            let shifted = CypherLocalTime(
                wrapping: t.localTime.nanosecondOfDay + (offset - t.offsetSeconds)
                    * CypherLocalTime.nanosecondsPerSecond)
            guard let moved = CypherTime(shifted, offsetSeconds: offset) else { throw outOfRange(kind) }
            return .time(moved)
        default:
            return inSource
        }
    }

    /// The date the date fields name, the base date filling the gaps.
    static func date(_ f: [String: Int64], base: CypherDate?, _ fn: String, shown: [String: Value]) throws(QueryError)
        -> CypherDate
    {
        func missingYear() -> QueryError { ValueMessages.argumentValue(fn, "a year is required") }
        let result: CypherDate?
        if f["week"] != nil || f["dayOfWeek"] != nil {
            let iso = base?.isoWeek
            guard let year = f["year"] ?? iso?.weekYear else { throw missingYear() }
            result = CypherDate(
                weekYear: year, week: f["week"] ?? iso?.week ?? 1, dayOfWeek: f["dayOfWeek"] ?? base?.dayOfWeek ?? 1)
        } else if let ordinal = f["ordinalDay"] {
            guard let year = f["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(year: year, ordinalDay: ordinal)
        } else if f["quarter"] != nil || f["dayOfQuarter"] != nil {
            guard let year = f["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(
                year: year, quarter: f["quarter"] ?? base?.quarter ?? 1,
                dayOfQuarter: f["dayOfQuarter"] ?? base?.dayOfQuarter ?? 1)
        } else {
            guard let year = f["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(year: year, month: f["month"] ?? base?.month ?? 1, day: f["day"] ?? base?.day ?? 1)
        }
        guard let result else { throw invalid(fn, shown) }
        return result
    }

    /// The time of day the time fields name, the base time filling the gaps. A
    /// millisecond, microsecond or nanosecond field replaces those digits of the base's
    /// fraction (`{time: t, nanosecond: 2}` keeps t's milliseconds); a microsecond or
    /// nanosecond above 999 is the whole fraction below the larger fields given.
    static func time(_ f: [String: Int64], base: CypherLocalTime?, _ fn: String, shown: [String: Value])
        throws(QueryError) -> CypherLocalTime
    {
        var fraction = base?.nanosecond ?? 0
        let ms = f["millisecond"]
        if let ms {
            guard (0...999).contains(ms) else { throw invalid(fn, shown) }
            fraction = ms * 1_000_000 + fraction % 1_000_000
        }
        if let us = f["microsecond"] {
            guard (0...999_999).contains(us) else { throw invalid(fn, shown) }
            fraction =
                us < 1000
                ? fraction / 1_000_000 * 1_000_000 + us * 1000 + fraction % 1000
                : (ms ?? 0) * 1_000_000 + us * 1000 + fraction % 1000
        }
        if let ns = f["nanosecond"] {
            guard (0...999_999_999).contains(ns) else { throw invalid(fn, shown) }
            let larger = (ms ?? 0) * 1_000_000 + (f["microsecond"] ?? 0) * 1000
            fraction = ns < 1000 ? fraction / 1000 * 1000 + ns : larger + ns
        }
        guard
            let t = CypherLocalTime(
                hour: f["hour"] ?? base?.hour ?? 0, minute: f["minute"] ?? base?.minute ?? 0,
                second: f["second"] ?? base?.second ?? 0, nanosecond: fraction)
        else { throw invalid(fn, shown) }
        return t
    }

    static func invalid(_ fn: String, _ m: [String: Value]) -> QueryError {
        let shown = m.keys.sorted().map { "\($0): \(ValueFormatter.literal(m[$0] ?? .null))" }
        return ValueMessages.argumentValue(fn, "{\(shown.joined(separator: ", "))} is not a valid \(fn)")
    }
}
