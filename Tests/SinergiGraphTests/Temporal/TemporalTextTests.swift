// The temporal types' text: what `description` writes (openCypher's toString, as the
// TCK expects it), what `TemporalParser` and `init?(parsing:)` read, and that every
// value reads back from its own text.

import SinergiGraph
import SinergiTestSupport
import Testing

@Suite struct TemporalTextTests {
    func clock(_ h: Int64, _ m: Int64 = 0, _ s: Int64 = 0, _ n: Int64 = 0) -> CypherLocalTime {
        CypherLocalTime(hour: h, minute: m, second: s, nanosecond: n)!
    }

    @Test func localTimesWriteSecondsOnlyWhenPresentAndFractionsInGroupsOfThree() {
        #expect(clock(12).description == "12:00")
        #expect(clock(12, 31).description == "12:31")
        #expect(clock(12, 31, 14).description == "12:31:14")
        #expect(clock(12, 31, 14, 645_000_000).description == "12:31:14.645")
        #expect(clock(12, 31, 14, 645_876_000).description == "12:31:14.645876")
        #expect(clock(12, 31, 14, 3).description == "12:31:14.000000003")
        #expect(clock(12, 34, 54, 700_000_000).description == "12:34:54.700")
        #expect(clock(0, 0, 0, 1).description == "00:00:00.000000001")
    }

    @Test func offsetsAndZones() {
        #expect(CypherTime(clock(21, 40), offsetSeconds: 0)?.description == "21:40Z")
        #expect(CypherTime(clock(21, 40), offsetSeconds: -5400)?.description == "21:40-01:30")
        #expect(CypherTime(clock(12, 34, 56), offsetSeconds: 7559)?.description == "12:34:56+02:05:59")
        #expect(CypherTime(clock(1), offsetSeconds: 18 * 3600 + 1) == nil)
        let local = CypherLocalDateTime(CypherDate(year: 1818, month: 7, day: 21)!, clock(21, 40, 32, 142_000_000))
        #expect(
            CypherDateTime(local, offsetSeconds: 3208, zone: "Europe/Stockholm")?.description
                == "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]")
        #expect(CypherDateTime(local, offsetSeconds: 0)?.description == "1818-07-21T21:40:32.142Z")
    }

    @Test func yearsOutsideFourDigitsCarryASign() {
        #expect(CypherDate(year: 28, month: 11, day: 11)?.description == "0028-11-11")
        #expect(CypherDate(year: -44, month: 3, day: 15)?.description == "-0044-03-15")
        #expect(CypherDate(year: 999_999_999, month: 12, day: 31)?.description == "+999999999-12-31")
        #expect(CypherDate(year: -999_999_999, month: 1, day: 1)?.description == "-999999999-01-01")
        #expect(CypherDate(parsing: "+999999999-12-31") == CypherDate(year: 999_999_999, month: 12, day: 31))
        #expect(CypherDate(parsing: "+12345-01-01")?.year == 12345)
        #expect(CypherDate(parsing: "12345-01-01") == nil)
    }

    @Test func durationsWriteEachPartWithItsOwnSign() {
        func d(_ m: Int64, _ dd: Int64, _ s: Int64, _ n: Int64 = 0) -> String {
            CypherDuration(months: m, days: dd, seconds: s, nanoseconds: n)!.description
        }
        #expect(d(0, 0, 0) == "PT0S")
        #expect(d(0, 14, 16 * 3600 + 12 * 60) == "P14DT16H12M")
        #expect(d(149, 14, 16 * 3600 + 12 * 60 + 70) == "P12Y5M14DT16H13M10S")
        #expect(d(-20, 0, 0) == "P-1Y-8M")
        #expect(d(0, 0, -86_400, 100_000_000) == "PT-23H-59M-59.9S")
        #expect(d(0, 0, 0, -1_000_000) == "PT-0.001S")
        #expect(d(0, 0, -1, -400_000_000) == "PT-1.4S")
        #expect(d(0, 0, 70, 1) == "PT1M10.000000001S")
        #expect(d(0, -27, -(21 * 3600 + 40 * 60 + 32), -142_000_000) == "P-27DT-21H-40M-32.142S")
        let normalised = CypherDuration(months: 0, days: 0, seconds: -1, nanoseconds: 100_000_000)!
        #expect(normalised.seconds == -1 && normalised.nanoseconds == 100_000_000)
        #expect(CypherDuration(months: 0, days: 0, seconds: 0, nanoseconds: -1)?.seconds == -1)
    }

    @Test func datesInEveryISOForm() {
        let expected = CypherDate(year: 2015, month: 7, day: 21)
        for text in ["2015-07-21", "20150721", "2015-W30-2", "2015W302", "2015-202", "2015202", "+2015-07-21"] {
            #expect(CypherDate(parsing: text) == expected, "\(text)")
        }
        #expect(CypherDate(parsing: "2015-07") == CypherDate(year: 2015, month: 7, day: 1))
        #expect(CypherDate(parsing: "201507") == CypherDate(year: 2015, month: 7, day: 1))
        #expect(CypherDate(parsing: "2015-W30") == CypherDate(year: 2015, month: 7, day: 20))
        #expect(CypherDate(parsing: "2015") == CypherDate(year: 2015, month: 1, day: 1))
        for bad in ["", "2015-7-21", "2015-13-01", "2015-02-30", "2015-W54", "2015-W30-8", "2015-366", "21", "x"] {
            #expect(CypherDate(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func timesOffsetsAndZonesInEveryISOForm() {
        for (text, nanos) in [
            ("21:40:32.142", clock(21, 40, 32, 142_000_000)), ("214032.142", clock(21, 40, 32, 142_000_000)),
            ("21:40:32", clock(21, 40, 32)), ("214032", clock(21, 40, 32)), ("21:40", clock(21, 40)),
            ("2140", clock(21, 40)), ("21", clock(21)), ("21:40:32,5", clock(21, 40, 32, 500_000_000)),
        ] {
            #expect(CypherLocalTime(parsing: text) == nanos, "\(text)")
        }
        for (text, offset) in [
            ("21:40:32.142+0100", 3600), ("214032.142Z", 0), ("214032-0100", -3600), ("21:40-01:30", -5400),
            ("2140-00:00", 0), ("2140-02", -7200), ("22+18:00", 64_800), ("12:34:56+02:05:59", 7559),
        ] as [(String, Int64)] {
            #expect(TemporalParser.time(text)?.offsetSeconds == offset, "\(text)")
        }
        #expect(CypherLocalTime(parsing: "24:00") == nil)
        #expect(CypherLocalTime(parsing: "21:60") == nil)
        #expect(CypherLocalTime(parsing: "21:40+01:00") == nil)
        #expect(CypherTime(parsing: "21:40") == nil)
        #expect(TemporalParser.time("22+18:01") == nil)
        let parts = TemporalParser.dateTime("2015-07-21T21:40:32.142+0845[Australia/Eucla]")
        #expect(parts?.offsetSeconds == Int64(8 * 3600 + 45 * 60))
        #expect(parts?.zone == "Australia/Eucla")
        #expect(TemporalParser.dateTime("2015-07-21T21:40:32.142[Europe/London]")?.offsetSeconds == nil)
        #expect(TemporalParser.dateTime("2015-W30T2140-02")?.date == CypherDate(year: 2015, month: 7, day: 20))
        #expect(TemporalParser.dateTime("2015T214032")?.time == clock(21, 40, 32))
        #expect(TemporalParser.dateTime("2015-07-21T") == nil)
        #expect(TemporalParser.dateTime("2015-07-21T21:40[]") == nil)
    }

    @Test func durationsInEveryISOForm() {
        for (text, expected) in [
            ("P14DT16H12M", "P14DT16H12M"), ("P5M1.5D", "P5M1DT12H"), ("P0.75M", "P22DT19H51M49.5S"),
            ("PT0.75M", "PT45S"), ("P2.5W", "P17DT12H"), ("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S"),
            ("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S"), ("PT-0.001S", "PT-0.001S"),
            ("P-1Y-8M", "P-1Y-8M"), ("-P1D", "P-1D"), ("PT1,5S", "PT1.5S"), ("PT0S", "PT0S"),
        ] {
            #expect(CypherDuration(parsing: text)?.description == expected, "\(text)")
        }
        for bad in ["", "P", "PT", "P1", "1D", "P1D2Y", "PT1S2M", "P1H", "PT1D", "P1.D", "P99999999999999999999D"] {
            #expect(CypherDuration(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func everyValueReadsBackFromItsText() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let value = RandomGraphs.temporal(&rng)
            guard let kind = TemporalKind(of: value), let text = value.temporalText else {
                Issue.record("not temporal: \(value)")
                continue
            }
            #expect(kind.value(parsing: text) == value, "\(text)")
        }
    }
}
