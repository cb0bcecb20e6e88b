// Calendar views of a date beyond year-month-day: ISO week dates (week-based
// year, week 1 being the week with the year's first Thursday, Monday = 1),
// ordinal days, quarters; the component names property access on a date
// answers (`d.year`, `d.week`, `d.weekDay`, …); and building dates back from
// those views, as `date({year, week, dayOfWeek})` and friends do.

extension CypherDate {
    /// Day of the week, Monday = 1 … Sunday = 7.
    ///
    /// - Complexity: O(1).
    public var dayOfWeek: Int64 {
        // 1970-01-01 was a Thursday (4).
        let r = (daysSinceEpoch + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Day of the year, 1-based.
    ///
    /// - Complexity: O(1).
    public var ordinalDay: Int64 {
        daysSinceEpoch - CypherDate.civilDays(year: year, month: 1, day: 1) + 1
    }

    /// Quarter of the year, 1 … 4.
    ///
    /// - Complexity: O(1).
    public var quarter: Int64 { (month - 1) / 3 + 1 }

    /// Day of the quarter, 1-based.
    ///
    /// - Complexity: O(1).
    public var dayOfQuarter: Int64 {
        daysSinceEpoch - CypherDate.civilDays(year: year, month: (quarter - 1) * 3 + 1, day: 1) + 1
    }

    /// The ISO week-based year and week number.
    ///
    /// - Complexity: O(1).
    public var isoWeek: (weekYear: Int64, week: Int64) {
        var weekYear = year
        let nextStart = CypherDate.firstMondayOfWeekYear(weekYear + 1)
        if daysSinceEpoch >= nextStart {
            weekYear += 1
        } else if daysSinceEpoch < CypherDate.firstMondayOfWeekYear(weekYear) {
            weekYear -= 1
        }
        let week = (daysSinceEpoch - CypherDate.firstMondayOfWeekYear(weekYear)) / 7 + 1
        return (weekYear, week)
    }

    /// The day count of the Monday of week 1 of an ISO week-based year.
    ///
    /// - Complexity: O(1).
    static func firstMondayOfWeekYear(_ weekYear: Int64) -> Int64 {
        let january4 = CypherDate(daysSinceEpoch: civilDays(year: weekYear, month: 1, day: 4))
        return january4.daysSinceEpoch - (january4.dayOfWeek - 1)
    }

    /// The number of ISO weeks (52 or 53) in a week-based year.
    ///
    /// - Complexity: O(1).
    static func weeksIn(weekYear: Int64) -> Int64 {
        (firstMondayOfWeekYear(weekYear + 1) - firstMondayOfWeekYear(weekYear)) / 7
    }

    /// The date of an ISO week date, or nil when the week or day is out of range.
    ///
    /// - Complexity: O(1).
    public init?(weekYear: Int64, week: Int64, dayOfWeek: Int64) {
        guard (-999_999_999...999_999_999).contains(weekYear), week >= 1,
            week <= CypherDate.weeksIn(weekYear: weekYear), (1...7).contains(dayOfWeek)
        else { return nil }
        self.init(daysSinceEpoch: CypherDate.firstMondayOfWeekYear(weekYear) + (week - 1) * 7 + dayOfWeek - 1)
    }

    /// The date of an ordinal date (year and day of the year), or nil when out of range.
    ///
    /// - Complexity: O(1).
    public init?(year: Int64, ordinalDay: Int64) {
        guard (-999_999_999...999_999_999).contains(year), ordinalDay >= 1,
            ordinalDay <= (CypherDate.isLeapYear(year) ? 366 : 365)
        else { return nil }
        self.init(daysSinceEpoch: CypherDate.civilDays(year: year, month: 1, day: 1) + ordinalDay - 1)
    }

    /// The date of a quarter date (year, quarter and day of the quarter), or nil when out of range.
    ///
    /// - Complexity: O(1).
    public init?(year: Int64, quarter: Int64, dayOfQuarter: Int64) {
        guard (-999_999_999...999_999_999).contains(year), (1...4).contains(quarter), (1...92).contains(dayOfQuarter)
        else { return nil }
        let start = CypherDate.civilDays(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        let end =
            quarter == 4
            ? CypherDate.civilDays(year: year + 1, month: 1, day: 1)
            : CypherDate.civilDays(year: year, month: quarter * 3 + 1, day: 1)
        guard start + dayOfQuarter - 1 < end else { return nil }
        self.init(daysSinceEpoch: start + dayOfQuarter - 1)
    }

    /// The value of a named component, as property access on a date reads it
    /// (`year`, `quarter`, `month`, `week`, `weekYear`, `day`, `ordinalDay`,
    /// `weekDay`/`dayOfWeek`, `dayOfQuarter`), or nil for any other name.
    ///
    /// ```swift
    /// CypherDate(year: 1984, month: 10, day: 11)!.component("week")   // 41
    /// ```
    /// - Complexity: O(1).
    public func component(_ name: String) -> Value? {
        switch name {
        case "year": return .int(year)
        case "quarter": return .int(quarter)
        case "month": return .int(month)
        case "week": return .int(isoWeek.week)
        case "weekYear": return .int(isoWeek.weekYear)
        case "day": return .int(day)
        case "ordinalDay": return .int(ordinalDay)
        case "weekDay", "dayOfWeek": return .int(dayOfWeek)
        case "dayOfQuarter": return .int(dayOfQuarter)
        default: return nil
        }
    }
}
