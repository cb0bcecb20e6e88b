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

    /// Parses an ISO 8601 date: calendar (`2023-06-21`, `20230621`, `2023-06`, `2023`),
    /// week (`2023-W25-3`) or ordinal (`2023-172`); nil when malformed or no real day.
    /// See `TemporalParser`.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        guard let date = TemporalParser.date(text) else { return nil }
        self = date
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

    /// `YYYY-MM-DD` (`+10000-01-01` above year 9999, `-0044-03-15` before year 0).
    public var description: String {
        let (y, m, d) = components
        return TemporalText.year(y) + "-" + TemporalText.two(m) + "-" + TemporalText.two(d)
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
