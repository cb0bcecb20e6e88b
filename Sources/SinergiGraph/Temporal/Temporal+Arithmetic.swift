// Calendar arithmetic on the temporal types: months are added on the calendar
// (the day clamped to the month's last day: 2024-01-31 plus a month is
// 2024-02-29), days on the calendar, seconds on the clock (for a date-time in a
// named zone: on the instant, so adding PT1H across a DST change moves the clock by
// one or two hours). Every result stays within years ±999,999,999 or is nil.

extension CypherDate {
    /// The first and last day the types allow (years -999,999,999 and +999,999,999).
    public static let range =
        CypherDate.civilDays(
            year: -999_999_999, month: 1, day: 1)...CypherDate.civilDays(
            year: 999_999_999, month: 12, day: 31)

    /// The date `months` calendar months later (earlier when negative), its day clamped
    /// to the month's length; nil out of range.
    /// - Complexity: O(1).
    public func adding(months: Int64) -> CypherDate? {
        guard months != 0 else { return self }
        let (y, m, d) = components
        let (total, o1) = (y * 12 + (m - 1)).addingReportingOverflow(months)
        guard !o1 else { return nil }
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        guard (-999_999_999...999_999_999).contains(year) else { return nil }
        return CypherDate(year: year, month: month, day: min(d, CypherDate.daysIn(month: month, year: year)))
    }

    /// The date `days` days later (earlier when negative); nil out of range.
    /// - Complexity: O(1).
    public func adding(days: Int64) -> CypherDate? {
        let (n, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        guard !overflow, CypherDate.range.contains(n) else { return nil }
        return CypherDate(daysSinceEpoch: n)
    }
}

extension CypherLocalDateTime {
    /// The local date-time `seconds` and `nanoseconds` later on the clock; nil out of range.
    /// - Complexity: O(1).
    public func adding(seconds: Int64, nanoseconds: Int64) -> CypherLocalDateTime? {
        let perSecond = CypherLocalTime.nanosecondsPerSecond
        let (s1, o1) = epochSeconds.addingReportingOverflow(seconds)
        let (s2, o2) = s1.addingReportingOverflow(nanoseconds / perSecond)
        guard !o1, !o2 else { return nil }
        let result = CypherLocalDateTime(epochSeconds: s2, nanoseconds: time.nanosecond + nanoseconds % perSecond)
        return CypherDate.range.contains(result.date.daysSinceEpoch) ? result : nil
    }

    /// The local date-time with months, then days, then seconds of `duration` added
    /// (`sign` -1 subtracts); nil out of range.
    /// - Complexity: O(1).
    public func adding(_ duration: CypherDuration, sign: Int64 = 1) -> CypherLocalDateTime? {
        guard let shifted = date.adding(months: sign * duration.months)?.adding(days: sign * duration.days) else {
            return nil
        }
        return CypherLocalDateTime(shifted, time).adding(
            seconds: sign * duration.seconds, nanoseconds: sign * duration.nanoseconds)
    }
}

extension CypherDateTime {
    /// The same instant shown at another offset (and zone).
    /// - Complexity: O(1).
    public func at(offsetSeconds offset: Int64, zone: String?) -> CypherDateTime? {
        guard let local = local.adding(seconds: offset - offsetSeconds, nanoseconds: 0) else { return nil }
        return CypherDateTime(local, offsetSeconds: offset, zone: zone)
    }

    /// The same instant shown in a named zone.
    /// - Complexity: O(log t) for t transitions of the zone.
    public func at(_ zone: TimeZoneDatabase.Zone) -> CypherDateTime? {
        at(offsetSeconds: zone.rules.offset(atEpochSeconds: epochSeconds), zone: zone.name)
    }

    /// A local date-time placed where this value's zone is: a named zone resolves the
    /// offset there (preferring this value's offset in an overlap), an offset-only value
    /// keeps its offset.
    /// - Complexity: O(log t) for t transitions of the zone.
    public func withLocal(_ newLocal: CypherLocalDateTime) -> CypherDateTime? {
        if let name = zone, let named = TimeZoneDatabase.zone(named: name) {
            return CypherDateTime(newLocal, in: named, preferredOffset: offsetSeconds)
        }
        return CypherDateTime(newLocal, offsetSeconds: offsetSeconds, zone: zone)
    }

    /// Months and days added on the local calendar (offset re-resolved in the zone), then
    /// seconds on the instant; nil out of range.
    /// - Complexity: O(log t) for t transitions of the zone.
    public func adding(_ duration: CypherDuration, sign: Int64 = 1) -> CypherDateTime? {
        guard let shifted = local.date.adding(months: sign * duration.months)?.adding(days: sign * duration.days),
            let moved = withLocal(CypherLocalDateTime(shifted, local.time))
        else { return nil }
        guard
            let clock = moved.local.adding(
                seconds: sign * duration.seconds, nanoseconds: sign * duration.nanoseconds),
            let sameOffset = CypherDateTime(clock, offsetSeconds: moved.offsetSeconds, zone: moved.zone)
        else { return nil }
        if let name = zone, let named = TimeZoneDatabase.zone(named: name) { return sameOffset.at(named) }
        return sameOffset
    }
}
