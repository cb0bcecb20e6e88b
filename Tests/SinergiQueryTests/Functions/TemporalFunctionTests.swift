// date() from strings, maps and the statement clock; timestamp().

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("Temporal functions")
struct TemporalFunctionTests {
    @Test("date from a map, a string, a date and the clock")
    func date() throws {
        let expected = Value.date(CypherDate(year: 1984, month: 10, day: 11)!)
        #expect(try callFunction("date", [["year": 1984, "month": 10, "day": 11]]) == expected)
        #expect(try callFunction("date", ["1984-10-11"]) == expected)
        #expect(try callFunction("date", ["19841011"]) == expected)
        #expect(try callFunction("date", [expected]) == expected)
        #expect(try callFunction("date", [["year": 1984]]) == .date(CypherDate(year: 1984, month: 1, day: 1)!))
        #expect(
            try callFunction("date", [["date": expected, "day": 12]])
                == .date(CypherDate(year: 1984, month: 10, day: 12)!))
        #expect(try callFunction("date", ["+2015-07-21"]) == .date(CypherDate(year: 2015, month: 7, day: 21)!))
        #expect(try callFunction("date", []) == .date(CypherDate(year: 2023, month: 6, day: 21)!))
        #expect(try callFunction("date", [nil]) == nil)
        #expect(try callFunction("timestamp", []) == 1_687_305_600_000)
    }

    @Test("invalid dates are argument errors")
    func invalid() {
        #expect(functionError("date", ["2023-02-30"])?.code == .invalidArgumentValue)
        #expect(functionError("date", ["yesterday"])?.code == .invalidArgumentValue)
        #expect(functionError("date", [["month": 1]])?.code == .invalidArgumentValue)
        #expect(functionError("date", [["year": 2020, "hour": 1]])?.code == .invalidArgumentValue)
        #expect(functionError("date", [1])?.code == .invalidArgumentType)
    }
}

@Suite("Temporal functions: week, ordinal and quarter dates")
struct CalendarFunctionTests {
    func day(_ text: String) -> Value { .date(CypherDate(parsing: text)!) }

    @Test("week dates from maps (Temporal1 [1])")
    func weekDates() throws {
        let cases: [(Value, String)] = [
            (["year": 1816, "week": 1], "1816-01-01"), (["year": 1816, "week": 52], "1816-12-23"),
            (["year": 1817, "week": 1], "1816-12-30"), (["year": 1817, "week": 10], "1817-03-03"),
            (["year": 1817, "week": 30], "1817-07-21"), (["year": 1817, "week": 52], "1817-12-22"),
            (["year": 1818, "week": 1], "1817-12-29"), (["year": 1818, "week": 53], "1818-12-28"),
            (["year": 1819, "week": 1], "1819-01-04"), (["dayOfWeek": 2, "year": 1817, "week": 1], "1816-12-31"),
            (["date": day("1816-12-30"), "week": 2, "dayOfWeek": 3], "1817-01-08"),
            (["date": day("1816-12-31"), "week": 2], "1817-01-07"),
            (["date": day("1816-12-31"), "year": 1817, "week": 2], "1817-01-07"),
        ]
        for (map, expected) in cases { #expect(try callFunction("date", [map]) == day(expected)) }
        #expect(functionError("date", [["year": 1817, "week": 53]])?.code == .invalidArgumentValue)
    }

    @Test("ordinal, quarter and base forms (Temporal1 [4], Temporal3 [1])")
    func otherForms() throws {
        #expect(try callFunction("date", [["year": 1984, "week": 10, "dayOfWeek": 3]]) == day("1984-03-07"))
        #expect(try callFunction("date", [["year": 1984, "ordinalDay": 202]]) == day("1984-07-20"))
        #expect(try callFunction("date", [["year": 1984, "quarter": 3, "dayOfQuarter": 45]]) == day("1984-08-14"))
        #expect(try callFunction("date", [["year": 1984, "quarter": 3]]) == day("1984-07-01"))
        let other = day("1984-11-11")
        #expect(try callFunction("date", [["date": other, "year": 28]]) == day("0028-11-11"))
        #expect(try callFunction("date", [["date": other, "day": 28]]) == day("1984-11-28"))
        #expect(try callFunction("date", [["date": other, "week": 1]]) == day("1984-01-08"))
        #expect(try callFunction("date", [["date": other, "ordinalDay": 28]]) == day("1984-01-28"))
        #expect(try callFunction("date", [["date": other, "quarter": 3]]) == day("1984-08-11"))
    }

    @Test("ISO texts (Temporal2 [1])")
    func texts() throws {
        let cases = [
            ("2015-07-21", "2015-07-21"), ("20150721", "2015-07-21"), ("2015-07", "2015-07-01"),
            ("201507", "2015-07-01"), ("2015-W30-2", "2015-07-21"), ("2015W302", "2015-07-21"),
            ("2015-W30", "2015-07-20"), ("2015W30", "2015-07-20"), ("2015-202", "2015-07-21"),
            ("2015202", "2015-07-21"), ("2015", "2015-01-01"), ("-0001-01-01", "-0001-01-01"),
        ]
        for (text, expected) in cases { #expect(try callFunction("date", [.string(text)]) == day(expected)) }
        for bad in ["2015-7-21", "2015-W3", "2015-07-21x", "15-07-21", "2015-13-01"] {
            #expect(functionError("date", [.string(bad)])?.code == .invalidArgumentValue)
        }
    }

    @Test("accessors (Temporal5)")
    func accessors() {
        let d = CypherDate(year: 1984, month: 10, day: 11)!
        let names = ["year", "quarter", "month", "week", "weekYear", "day", "ordinalDay", "weekDay", "dayOfQuarter"]
        #expect(names.map { d.component($0) } == [1984, 4, 10, 41, 1984, 11, 285, 4, 11])
        let newYear = CypherDate(year: 1984, month: 1, day: 1)!
        #expect(["year", "weekYear", "week", "weekDay"].map { newYear.component($0) } == [1984, 1983, 52, 7])
        #expect(d.component("hour") == nil)
    }

    @Test("date.truncate (Temporal9 [1])")
    func truncate() throws {
        let cases: [(String, String, Value, String)] = [
            ("millennium", "2017-10-11", ["day": 2], "2000-01-02"), ("millennium", "2017-10-11", [:], "2000-01-01"),
            ("century", "1984-10-11", ["day": 2], "1900-01-02"), ("decade", "1984-10-11", [:], "1980-01-01"),
            ("year", "1984-10-11", ["day": 2], "1984-01-02"), ("weekYear", "1984-02-01", ["day": 5], "1984-01-05"),
            ("weekYear", "1984-02-01", [:], "1984-01-02"), ("quarter", "1984-11-11", ["day": 2], "1984-10-02"),
            ("month", "1984-10-11", [:], "1984-10-01"), ("week", "1984-10-11", ["dayOfWeek": 2], "1984-10-09"),
            ("week", "1984-10-11", [:], "1984-10-08"), ("day", "1984-10-11", [:], "1984-10-11"),
        ]
        for (unit, date, overrides, expected) in cases {
            #expect(try callFunction("date.truncate", [.string(unit), day(date), overrides]) == day(expected))
        }
        #expect(try callFunction("date.truncate", ["year", nil]) == nil)
        #expect(functionError("date.truncate", ["hour", day("1984-10-11")])?.code == .invalidArgumentValue)
    }

    @Test("clock variants propagate null (Temporal4 [13])")
    func clocks() throws {
        for name in ["date.transaction", "date.statement", "date.realtime"] {
            #expect(try callFunction(name, [nil]) == nil)
        }
        // The transaction and statement clocks are the statement's; realtime is the system's.
        #expect(try callFunction("date.transaction", []) == day("2023-06-21"))
        #expect(try callFunction("date.statement", ["Asia/Jayapura"]) == day("2023-06-21"))
        let now = FunctionContext.systemClock().seconds
        let today = CypherDate(daysSinceEpoch: now / 86_400)
        let realtime = try callFunction("date.realtime", [])
        #expect(realtime == .date(today) || realtime == .date(CypherDate(daysSinceEpoch: today.daysSinceEpoch + 1)))
    }
}
