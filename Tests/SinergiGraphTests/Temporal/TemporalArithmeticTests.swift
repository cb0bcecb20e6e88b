// Calendar arithmetic on the storage types: months clamp the day, days and seconds
// carry, date-times in a named zone add seconds on the instant, and results outside
// years ±999,999,999 are nil.

import SinergiGraph
import Testing

@Suite struct TemporalArithmeticTests {
    func date(_ text: String) -> CypherDate { CypherDate(parsing: text)! }

    @Test func monthsClampTheDayAndDaysCarry() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2023-01-31").adding(months: 1) == date("2023-02-28"))
        #expect(date("2023-03-31").adding(months: -13) == date("2022-02-28"))
        #expect(date("1984-10-11").adding(months: 149) == date("1997-03-11"))
        #expect(date("2023-12-31").adding(days: 1) == date("2024-01-01"))
        #expect(date("+999999999-12-31").adding(days: 1) == nil)
        #expect(date("-999999999-01-01").adding(months: -1) == nil)
    }

    @Test func localDateTimesAddMonthsThenDaysThenSeconds() {
        let start = CypherLocalDateTime(parsing: "1984-10-11T12:31:14.000000001")!
        let d = CypherDuration(months: 149, days: 14, seconds: 58_390, nanoseconds: 2)!
        #expect(start.adding(d)?.description == "1997-03-26T04:44:24.000000003")
        #expect(start.adding(d, sign: -1)?.description == "1972-04-26T20:18:03.999999999")
    }

    @Test func zonedDateTimesAddSecondsOnTheInstant() throws {
        let zone = try #require(TimeZoneDatabase.zone(named: "Europe/Stockholm"))
        let evening = try #require(CypherDateTime(CypherLocalDateTime(parsing: "2017-10-28T23:00")!, in: zone))
        let sixHours = CypherDuration(months: 0, days: 0, seconds: 6 * 3600)!
        #expect(evening.adding(sixHours)?.description == "2017-10-29T04:00+01:00[Europe/Stockholm]")
        let oneDay = CypherDuration(months: 0, days: 1, seconds: 0)!
        #expect(evening.adding(oneDay)?.description == "2017-10-29T23:00+01:00[Europe/Stockholm]")
        #expect(evening.at(offsetSeconds: -36_000, zone: nil)?.description == "2017-10-28T11:00-10:00")
    }
}
