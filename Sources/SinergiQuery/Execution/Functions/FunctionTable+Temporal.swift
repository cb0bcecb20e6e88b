// Temporal functions on DATE: `date()` and its clock variants
// (`date.transaction`, `date.statement`, `date.realtime`: today by the statement
// clock, UTC), `date(string)` (see `TemporalParser`), `date(map)` (calendar
// `{year, month, day}`, week `{year, week, dayOfWeek}`, ordinal
// `{year, ordinalDay}` or quarter `{year, quarter, dayOfQuarter}` forms,
// optionally over a base `{date: d, …}` whose other fields fill the gaps),
// `date.truncate(unit, d[, overrides])` and `timestamp()`.

import SinergiGraph

extension FunctionTable {
    static var temporalFunctions: [ScalarFunction] {
        var functions: [ScalarFunction] = [
            ScalarFunction("date", arity: 0...1, deterministic: false) { (args, context) throws(QueryError) -> Value in
                guard let v = args.first else { return .date(context.today) }
                return try date(from: v)
            },
            .pure("date.truncate", arity: 2...3) { (args) throws(QueryError) -> Value in
                try truncate(args)
            },
            ScalarFunction("timestamp", arity: 0...0, deterministic: false) {
                (_, context) throws(QueryError) -> Value in
                .int(context.epochMilliseconds)
            },
        ]
        for clock in ["date.transaction", "date.statement", "date.realtime"] {
            functions.append(
                ScalarFunction(clock, arity: 0...1, deterministic: false) {
                    (args, context) throws(QueryError) -> Value in
                    // The optional argument is a time zone; dates are taken in UTC.
                    if let zone = args.first {
                        if zone.isNull { return .null }
                        _ = try Argument.string(zone, clock)
                    }
                    return .date(context.today)
                })
        }
        return functions
    }

    static func date(from v: Value) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .date: return v
        case .string(let s):
            guard let d = CypherDate(parsing: s) else {
                throw ValueMessages.argumentValue("date", "cannot parse '\(s)' as a date")
            }
            return .date(d)
        case .map(let m):
            return .date(try date(fields: m))
        default:
            throw ValueMessages.argumentType("date", expected: "STRING or MAP", got: v)
        }
    }

    /// Builds a date from a component map, the form chosen by the keys present.
    static func date(fields m: [String: Value]) throws(QueryError) -> CypherDate {
        var base: CypherDate?
        var parts: [String: Int64] = [:]
        for (key, component) in m {
            if key == "date" {
                switch component {
                case .date(let d): base = d
                case .null: continue
                default: throw ValueMessages.argumentType("date", expected: "DATE for 'date'", got: component)
                }
                continue
            }
            guard ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"].contains(key)
            else { throw ValueMessages.argumentValue("date", "unsupported component '\(key)'") }
            parts[key] = try Argument.integer(component, "date")
        }
        let result: CypherDate?
        if parts["week"] != nil || parts["dayOfWeek"] != nil {
            let iso = base?.isoWeek
            guard let year = parts["year"] ?? iso?.weekYear else { throw missingYear() }
            result = CypherDate(
                weekYear: year, week: parts["week"] ?? iso?.week ?? 1,
                dayOfWeek: parts["dayOfWeek"] ?? base?.dayOfWeek ?? 1)
        } else if let ordinal = parts["ordinalDay"] {
            guard let year = parts["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(year: year, ordinalDay: ordinal)
        } else if parts["quarter"] != nil || parts["dayOfQuarter"] != nil {
            guard let year = parts["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(
                year: year, quarter: parts["quarter"] ?? base?.quarter ?? 1,
                dayOfQuarter: parts["dayOfQuarter"] ?? base?.dayOfQuarter ?? 1)
        } else {
            guard let year = parts["year"] ?? base?.year else { throw missingYear() }
            result = CypherDate(
                year: year, month: parts["month"] ?? base?.month ?? 1, day: parts["day"] ?? base?.day ?? 1)
        }
        guard let result else {
            let shown = m.keys.sorted().map { "\($0): \(ValueFormatter.literal(m[$0] ?? .null))" }
            throw ValueMessages.argumentValue("date", "{\(shown.joined(separator: ", "))} is not a valid date")
        }
        return result
    }

    static func missingYear() -> QueryError {
        ValueMessages.argumentValue("date", "a year is required")
    }

    /// `date.truncate(unit, d[, overrides])`: the first day of the unit containing `d`,
    /// then the overrides applied as in `date({date: truncated, …overrides})`.
    static func truncate(_ args: [Value]) throws(QueryError) -> Value {
        if args[1].isNull { return .null }
        let unit = try Argument.string(args[0], "date.truncate")
        guard case .date(let d) = args[1] else {
            throw ValueMessages.argumentType("date.truncate", expected: "DATE", got: args[1])
        }
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
        case "week": truncated = CypherDate(daysSinceEpoch: d.daysSinceEpoch - (d.dayOfWeek - 1))
        case "day": truncated = d
        default: throw ValueMessages.argumentValue("date.truncate", "unit '\(unit)' does not apply to DATE")
        }
        guard let truncated else { throw ValueMessages.argumentValue("date.truncate", "the result is out of range") }
        guard args.count > 2, !args[2].isNull else { return .date(truncated) }
        guard case .map(var overrides) = args[2] else {
            throw ValueMessages.argumentType("date.truncate", expected: "MAP", got: args[2])
        }
        if overrides.isEmpty { return .date(truncated) }
        overrides["date"] = .date(truncated)
        return .date(try date(fields: overrides))
    }
}
