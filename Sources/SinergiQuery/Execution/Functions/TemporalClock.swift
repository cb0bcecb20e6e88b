// The current instant as a temporal value: `date()`, `datetime()` and the other
// constructors without arguments, and their `.transaction()`, `.statement()` and
// `.realtime()` forms, optionally in a time zone (default UTC). A statement runs as
// its own transaction here, so the transaction and statement clocks are the same
// instant, fixed for the whole statement; the realtime clock is read at each call.

import SinergiGraph

/// The clocks of the temporal functions.
enum TemporalClock {
    /// `kind` now, by the statement clock (or the system clock when `realtime`), in
    /// `zone` (an offset or a named zone) or UTC.
    static func now(
        _ kind: TemporalConstruction.Kind, zone: (offset: Int64?, zone: TimeZoneDatabase.Zone?)?,
        context: FunctionContext, realtime: Bool = false
    ) throws(QueryError) -> Value {
        let (seconds, nanos) = realtime ? FunctionContext.systemClock() : context.clock
        let offset = zone?.offset ?? zone?.zone?.rules.offset(atEpochSeconds: seconds) ?? 0
        let local = CypherLocalDateTime(epochSeconds: seconds + offset, nanoseconds: nanos)
        switch kind {
        case .date: return .date(local.date)
        case .localtime: return .localTime(local.time)
        case .localdatetime: return .localDateTime(local)
        case .time:
            guard let t = CypherTime(local.time, offsetSeconds: offset) else {
                throw TemporalConstruction.outOfRange(kind)
            }
            return .time(t)
        case .datetime:
            guard let dt = CypherDateTime(local, offsetSeconds: offset, zone: zone?.zone?.name) else {
                throw TemporalConstruction.outOfRange(kind)
            }
            return .dateTime(dt)
        }
    }
}
