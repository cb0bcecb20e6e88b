// `date.truncate(unit, value[, map])` and its `localtime`, `time`,
// `localdatetime` and `datetime` forms: the value cut down to the start of the
// unit (`millennium`, `century`, `decade`, `year`, `weekYear`, `quarter`, `month`,
// `week`, `day`, `hour`, `minute`, `second`, `millisecond`, `microsecond`), then
// the map's fields set on the result as a constructor's base would take them.
// A `timezone` in the map gives the result that zone for the same wall clock
// (no conversion); otherwise the value's own zone, or UTC.

import SinergiGraph

/// The truncate functions.
enum TemporalTruncation {
    static let dateUnits = ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day"]
    static let timeUnits = ["day", "hour", "minute", "second", "millisecond", "microsecond"]

    static func truncate(_ kind: TemporalConstruction.Kind, _ args: [Value], context: FunctionContext)
        throws(QueryError) -> Value
    {
        let fn = kind.rawValue + ".truncate"
        if args[1].isNull { return .null }
        let unit = try Argument.string(args[0], fn)
        guard var pieces = TemporalPieces(args[1]) else {
            throw ValueMessages.argumentType(fn, expected: "a temporal value", got: args[1])
        }
        let allowed = (kind.hasDate ? dateUnits : []) + (kind.hasTime ? timeUnits : [])
        guard allowed.contains(unit) else {
            throw ValueMessages.argumentValue(fn, "unit '\(unit)' does not apply to \(kind.rawValue)")
        }
        if kind.hasDate {
            guard let date = pieces.date else {
                throw ValueMessages.argumentValue(fn, "a \(args[1].typeName) has no date to truncate")
            }
            pieces.date = try truncate(date, unit, fn)
        } else if pieces.time == nil {
            throw ValueMessages.argumentValue(fn, "a \(args[1].typeName) has no time to truncate")
        }
        pieces.time = dateUnits.contains(unit) ? .midnight : truncate(pieces.time ?? .midnight, unit)
        var fields: [String: Int64] = [:]
        var target: (offset: Int64?, zone: TimeZoneDatabase.Zone?)?
        if args.count > 2, !args[2].isNull {
            guard case .map(let m) = args[2] else {
                throw ValueMessages.argumentType(fn, expected: "MAP", got: args[2])
            }
            for (key, value) in m where !value.isNull {
                if key == "timezone" {
                    target = try TemporalConstruction.timezone(value, fn)
                    continue
                }
                guard
                    kind.hasDate && TemporalConstruction.dateFields.contains(key)
                        || kind.hasTime && TemporalConstruction.timeFields.contains(key)
                else { throw ValueMessages.argumentValue(fn, "unsupported component '\(key)'") }
                fields[key] = try Argument.integer(value, fn)
            }
            if kind.hasDate, let date = pieces.date {
                pieces.date = try TemporalConstruction.date(fields, base: date, fn, shown: m)
            }
            if kind.hasTime { pieces.time = try TemporalConstruction.time(fields, base: pieces.time, fn, shown: m) }
        }
        if !kind.hasZone {
            pieces.offset = nil
            pieces.zone = nil
        } else if let target {
            pieces.offset = target.offset
            pieces.zone = target.zone
        }
        return try TemporalConstruction.assemble(kind, pieces, context: context)
    }

    /// The first day of the unit containing `d`.
    static func truncate(_ d: CypherDate, _ unit: String, _ fn: String) throws(QueryError) -> CypherDate {
        let y = d.year
        func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
        let truncated: CypherDate?
        switch unit {
        case "millennium": truncated = CypherDate(year: floorDiv(y, 1000) * 1000, month: 1, day: 1)
        case "century": truncated = CypherDate(year: floorDiv(y, 100) * 100, month: 1, day: 1)
        case "decade": truncated = CypherDate(year: floorDiv(y, 10) * 10, month: 1, day: 1)
        case "year": truncated = CypherDate(year: y, month: 1, day: 1)
        case "weekYear": truncated = CypherDate(weekYear: d.isoWeek.weekYear, week: 1, dayOfWeek: 1)
        case "quarter": truncated = CypherDate(year: y, quarter: d.quarter, dayOfQuarter: 1)
        case "month": truncated = CypherDate(year: y, month: d.month, day: 1)
        case "week": truncated = d.adding(days: -(d.dayOfWeek - 1))
        default: truncated = d
        }
        guard let truncated else { throw ValueMessages.argumentValue(fn, "the result is out of range") }
        return truncated
    }

    /// The start of the unit (`day` … `microsecond`) containing `t`.
    static func truncate(_ t: CypherLocalTime, _ unit: String) -> CypherLocalTime {
        let step: Int64
        switch unit {
        case "hour": step = 3600 * CypherLocalTime.nanosecondsPerSecond
        case "minute": step = 60 * CypherLocalTime.nanosecondsPerSecond
        case "second": step = CypherLocalTime.nanosecondsPerSecond
        case "millisecond": step = 1_000_000
        case "microsecond": step = 1000
        default: step = CypherLocalTime.nanosecondsPerDay
        }
        return CypherLocalTime(wrapping: t.nanosecondOfDay / step * step)
    }
}
