// The temporal functions: the constructors `date`, `localtime`, `time`,
// `localdatetime`, `datetime` (no argument: now; a string, a map or another
// temporal value: see `TemporalConstruction`) with their clocks `.transaction`,
// `.statement`, `.realtime` (optionally in a zone) and `.truncate` (see
// `TemporalTruncation`); `datetime.fromepoch(seconds, nanoseconds)` and
// `datetime.fromepochmillis(ms)`; `duration(string | map)` and
// `duration.between` / `inMonths` / `inDays` / `inSeconds` (see
// `DurationBetween`); and `timestamp()` (milliseconds by the statement clock).

import SinergiGraph

extension FunctionTable {
    static var temporalFunctions: [ScalarFunction] {
        var functions: [ScalarFunction] = [
            ScalarFunction("timestamp", arity: 0...0, deterministic: false) {
                (_, context) throws(QueryError) -> Value in
                .int(context.epochMilliseconds)
            },
            ScalarFunction("datetime.fromepoch", arity: 2...2) { (args, _) throws(QueryError) -> Value in
                if args[0].isNull || args[1].isNull { return .null }
                let seconds = try Argument.integer(args[0], "datetime.fromepoch")
                let nanos = try Argument.integer(args[1], "datetime.fromepoch")
                return try fromEpoch(seconds, nanos, "datetime.fromepoch")
            },
            ScalarFunction("datetime.fromepochmillis", arity: 1...1) { (args, _) throws(QueryError) -> Value in
                if args[0].isNull { return .null }
                let ms = try Argument.integer(args[0], "datetime.fromepochmillis")
                let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
                return try fromEpoch(seconds, (ms - seconds * 1000) * 1_000_000, "datetime.fromepochmillis")
            },
            .unary("duration") { (v) throws(QueryError) -> Value in try duration(v) },
        ]
        for units in [DurationBetween.Units.all, .months, .days, .seconds] {
            functions.append(
                .pure(units.rawValue, arity: 2...2) { (args) throws(QueryError) -> Value in
                    try DurationBetween.between(args[0], args[1], units)
                })
        }
        for kind in [TemporalConstruction.Kind.date, .localtime, .time, .localdatetime, .datetime] {
            let name = kind.rawValue
            functions.append(
                ScalarFunction(name, arity: 0...1, deterministic: false) {
                    (args, context) throws(QueryError) -> Value in
                    guard let v = args.first else { return try TemporalClock.now(kind, zone: nil, context: context) }
                    return try TemporalConstruction.make(kind, from: v, context: context)
                })
            functions.append(
                ScalarFunction(name + ".truncate", arity: 2...3) { (args, context) throws(QueryError) -> Value in
                    try TemporalTruncation.truncate(kind, args, context: context)
                })
            for clock in ["transaction", "statement", "realtime"] {
                functions.append(
                    ScalarFunction("\(name).\(clock)", arity: 0...1, deterministic: false) {
                        (args, context) throws(QueryError) -> Value in
                        var zone: (offset: Int64?, zone: TimeZoneDatabase.Zone?)?
                        if let v = args.first {
                            if v.isNull { return .null }
                            zone = try TemporalConstruction.timezone(v, "\(name).\(clock)")
                        }
                        return try TemporalClock.now(kind, zone: zone, context: context, realtime: clock == "realtime")
                    })
            }
        }
        return functions
    }

    /// `duration(string | map)`.
    static func duration(_ v: Value) throws(QueryError) -> Value {
        switch v {
        case .duration: return v
        case .string(let s):
            guard let d = CypherDuration(parsing: s) else {
                throw ValueMessages.argumentValue("duration", "cannot parse '\(s)' as a duration")
            }
            return .duration(d)
        case .map(let m):
            var builder = DurationBuilder()
            for (key, amount) in m where !amount.isNull {
                guard let unit = DurationUnit(rawValue: key) else {
                    throw ValueMessages.argumentValue("duration", "unsupported component '\(key)'")
                }
                switch amount {
                case .int(let n): builder.add(n, unit)
                case .double(let f): builder.add(f, unit)
                default:
                    throw ValueMessages.argumentType("duration", expected: "INTEGER or FLOAT for '\(key)'", got: amount)
                }
            }
            guard let d = builder.build() else {
                throw ValueMessages.argumentValue("duration", "the duration is out of range")
            }
            return .duration(d)
        default:
            throw ValueMessages.argumentType("duration", expected: "STRING or MAP", got: v)
        }
    }

    static func fromEpoch(_ seconds: Int64, _ nanos: Int64, _ fn: String) throws(QueryError) -> Value {
        guard
            let value = CypherDateTime(
                CypherLocalDateTime(epochSeconds: seconds, nanoseconds: nanos), offsetSeconds: 0),
            CypherDate.range.contains(value.local.date.daysSinceEpoch)
        else { throw ValueMessages.argumentValue(fn, "the instant is out of range") }
        return .dateTime(value)
    }
}
