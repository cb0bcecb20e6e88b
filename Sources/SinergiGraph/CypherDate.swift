// A calendar date (proleptic Gregorian), the temporal value partnerships and events carry.

/// A date without time or zone, stored as days since 1970-01-01.
///
/// ```swift
/// let d = CypherDate(parsing: "2023-06-21")!
/// d.year   // 2023
/// d.description  // "2023-06-21"
/// ```
public struct CypherDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int64

    /// Creates a date from a day count since 1970-01-01.
    public init(daysSinceEpoch: Int64) { self.daysSinceEpoch = daysSinceEpoch }

    /// Creates a date from its parts, or nil when they name no real day.
    /// - Complexity: O(1).
    public init?(year: Int64, month: Int64, day: Int64) {
        guard (1...12).contains(month), day >= 1, day <= CypherDate.daysIn(month: month, year: year),
            (-999_999_999...999_999_999).contains(year)
        else { return nil }
        self.daysSinceEpoch = CypherDate.civilDays(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (also `YYYYMMDD`, `YYYY-MM`, `YYYY`), or returns nil.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        var sign: Int64 = 1
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            if bytes[i] == UInt8(ascii: "-") { sign = -1 }
            i += 1
        }
        func digits(_ n: Int) -> Int64? {
            guard i + n <= bytes.count else { return nil }
            var v: Int64 = 0
            for k in i..<(i + n) {
                let b = bytes[k]
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int64(b - 48)
            }
            i += n
            return v
        }
        guard let y = digits(4) else { return nil }
        var month: Int64 = 1
        var day: Int64 = 1
        if i < bytes.count {
            let dashed = bytes[i] == UInt8(ascii: "-")
            if dashed { i += 1 }
            guard let m = digits(2) else { return nil }
            month = m
            if i < bytes.count {
                if dashed {
                    guard bytes[i] == UInt8(ascii: "-") else { return nil }
                    i += 1
                }
                guard let d = digits(2) else { return nil }
                day = d
            }
        }
        guard i == bytes.count else { return nil }
        self.init(year: sign * y, month: month, day: day)
    }

    /// The year, month and day of this date.
    /// - Complexity: O(1).
    public var components: (year: Int64, month: Int64, day: Int64) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public var year: Int64 { components.year }
    public var month: Int64 { components.month }
    public var day: Int64 { components.day }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        func pad(_ v: Int64, _ width: Int) -> String {
            let s = String(abs(v))
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return (y < 0 ? "-" : "") + pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    public static func < (lhs: CypherDate, rhs: CypherDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// Whether a year is a leap year in the proleptic Gregorian calendar.
    /// - Complexity: O(1).
    public static func isLeapYear(_ y: Int64) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
    /// days_from_civil); months and days outside their range roll over.
    /// - Complexity: O(1).
    public static func civilDays(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
