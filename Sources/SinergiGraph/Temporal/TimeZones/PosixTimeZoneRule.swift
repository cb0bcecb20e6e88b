// The POSIX TZ string at the end of a TZif file (`CET-1CEST,M3.5.0,M10.5.0/3`,
// `<+07>-7`), which says the offset for every instant after the zone's last listed
// transition: a standard offset and, optionally, a daylight-saving offset with the
// rules for when it starts and ends each year (RFC 8536 section 3.3, with its
// extensions: hours from -167 to 167 in the rule times).

/// A zone's yearly rule in POSIX TZ form.
struct PosixTimeZoneRule: Sendable {
    /// When daylight saving time starts or ends in a year.
    enum Day: Sendable {
        /// `Jn`: day 1–365, February 29 never counted.
        case julian(Int64)
        /// `n`: day 0–365, February 29 counted in leap years.
        case zeroBased(Int64)
        /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
        case monthWeekDay(month: Int64, week: Int64, weekday: Int64)
    }

    /// Seconds east of UTC outside daylight saving time.
    let standardOffset: Int64
    /// Seconds east of UTC during daylight saving time, with its start and end (local
    /// day and seconds after that day's midnight), when the zone has one.
    let daylight: (offset: Int64, start: Day, startTime: Int64, end: Day, endTime: Int64)?

    /// Parses a TZ string; nil when it is empty or malformed.
    init?(_ text: String) {
        var s = Array(text.utf8)[...]
        guard PosixTimeZoneRule.skipName(&s), let std = PosixTimeZoneRule.time(&s) else { return nil }
        standardOffset = -std
        if s.isEmpty {
            daylight = nil
            return
        }
        guard PosixTimeZoneRule.skipName(&s) else { return nil }
        var dst = standardOffset + 3600
        if let first = s.first, first != UInt8(ascii: ",") {
            guard let t = PosixTimeZoneRule.time(&s) else { return nil }
            dst = -t
        }
        guard s.popFirst() == UInt8(ascii: ","), let start = PosixTimeZoneRule.day(&s) else { return nil }
        var startTime: Int64 = 7200
        if s.first == UInt8(ascii: "/") {
            s = s.dropFirst()
            guard let t = PosixTimeZoneRule.time(&s) else { return nil }
            startTime = t
        }
        guard s.popFirst() == UInt8(ascii: ","), let end = PosixTimeZoneRule.day(&s) else { return nil }
        var endTime: Int64 = 7200
        if s.first == UInt8(ascii: "/") {
            s = s.dropFirst()
            guard let t = PosixTimeZoneRule.time(&s) else { return nil }
            endTime = t
        }
        guard s.isEmpty else { return nil }
        daylight = (dst, start, startTime, end, endTime)
    }

    /// The offset at an instant.
    ///
    /// - Complexity: O(1).
    func offset(atEpochSeconds t: Int64) -> Int64 {
        guard let daylight else { return standardOffset }
        let year = CypherDate(daysSinceEpoch: PosixTimeZoneRule.floorDiv(t + standardOffset, 86_400)).year
        for y in [year - 1, year, year + 1] {
            // Start is given in standard local time, end in daylight local time.
            let start = PosixTimeZoneRule.days(daylight.start, year: y) * 86_400 + daylight.startTime - standardOffset
            let end = PosixTimeZoneRule.days(daylight.end, year: y) * 86_400 + daylight.endTime - daylight.offset
            if start < end {
                if t >= start && t < end { return daylight.offset }
            } else if y == year {
                // Southern hemisphere: daylight time spans the new year.
                return t < end || t >= start ? daylight.offset : standardOffset
            }
        }
        return standardOffset
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Days since the epoch of a rule day in a year.
    static func days(_ day: Day, year: Int64) -> Int64 {
        let january1 = CypherDate.civilDays(year: year, month: 1, day: 1)
        switch day {
        case .julian(let n):
            let leapShift: Int64 = CypherDate.isLeapYear(year) && n >= 60 ? 1 : 0
            return january1 + n - 1 + leapShift
        case .zeroBased(let n):
            return january1 + n
        case .monthWeekDay(let month, let week, let weekday):
            let first = CypherDate.civilDays(year: year, month: month, day: 1)
            // 1970-01-01 was a Thursday (4, with Sunday = 0).
            let firstWeekday = ((first + 4) % 7 + 7) % 7
            var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let nextMonth =
                month == 12
                ? CypherDate.civilDays(year: year + 1, month: 1, day: 1)
                : CypherDate.civilDays(year: year, month: month + 1, day: 1)
            while day >= nextMonth { day -= 7 }
            return day
        }
    }

    /// A zone abbreviation: letters, or anything in `<…>`.
    static func skipName(_ s: inout ArraySlice<UInt8>) -> Bool {
        if s.first == UInt8(ascii: "<") {
            guard let close = s.firstIndex(of: UInt8(ascii: ">")) else { return false }
            s = s[(close + 1)...]
            return true
        }
        let start = s.startIndex
        while let c = s.first, (c >= 65 && c <= 90) || (c >= 97 && c <= 122) { s = s.dropFirst() }
        return s.startIndex - start >= 3
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    static func time(_ s: inout ArraySlice<UInt8>) -> Int64? {
        var sign: Int64 = 1
        if let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            sign = c == UInt8(ascii: "-") ? -1 : 1
            s = s.dropFirst()
        }
        var total: Int64 = 0
        for (k, scale) in [3600, 60, 1].enumerated() {
            if k > 0 {
                guard s.first == UInt8(ascii: ":") else { break }
                s = s.dropFirst()
            }
            guard let n = number(&s) else { return nil }
            total += n * Int64(scale)
        }
        return sign * total
    }

    static func number(_ s: inout ArraySlice<UInt8>) -> Int64? {
        var n: Int64 = 0
        var digits = 0
        while let c = s.first, c >= 48, c <= 57, digits < 4 {
            n = n * 10 + Int64(c - 48)
            digits += 1
            s = s.dropFirst()
        }
        return digits > 0 ? n : nil
    }

    static func day(_ s: inout ArraySlice<UInt8>) -> Day? {
        switch s.first {
        case UInt8(ascii: "J"):
            s = s.dropFirst()
            return number(&s).map(Day.julian)
        case UInt8(ascii: "M"):
            s = s.dropFirst()
            guard let m = number(&s), s.popFirst() == UInt8(ascii: "."), let w = number(&s),
                s.popFirst() == UInt8(ascii: "."), let d = number(&s), (1...12).contains(m), (1...5).contains(w),
                (0...6).contains(d)
            else { return nil }
            return .monthWeekDay(month: m, week: w, weekday: d)
        default:
            return number(&s).map(Day.zeroBased)
        }
    }
}
