// The zone table the package ships: the IANA release it was made from, offsets
// through history (the TCK's Stockholm expectations need the 2022b+ default build),
// the POSIX rule for years after the last transition, and how local times in a
// spring-forward gap or an autumn overlap resolve.

import SinergiGraph
import Testing

@Suite struct TimeZoneDatabaseTests {
    func seconds(_ text: String) -> Int64 {
        guard let dt = CypherDateTime(parsing: text) else { return .min }
        return dt.epochSeconds
    }

    func offset(_ zone: String, _ instant: String) -> Int64? {
        TimeZoneDatabase.zone(named: zone)?.rules.offset(atEpochSeconds: seconds(instant))
    }

    @Test func theTableIsTheIANADefaultBuildOf2026f() {
        #expect(TimeZoneDatabase.version == "2026f")
        #expect(TimeZoneDatabase.names.count == 598)
        #expect(TimeZoneDatabase.names.contains("Asia/Jakarta"))
        // 2022b merged Europe/Stockholm into Europe/Berlin: before 1893 both keep Berlin's
        // local mean time, which is what the TCK expects (Temporal2 [6]).
        #expect(offset("Europe/Stockholm", "1818-07-21T21:40:32Z") == 3208)
        #expect(offset("Europe/Berlin", "1818-07-21T21:40:32Z") == 3208)
    }

    @Test func offsetsThroughHistory() {
        #expect(offset("Europe/Stockholm", "1984-07-20T10:00Z") == 7200)
        #expect(offset("Europe/Stockholm", "1984-10-11T10:00Z") == 3600)
        #expect(offset("Australia/Eucla", "2015-07-21T12:00Z") == 31_500)
        #expect(offset("America/New_York", "2015-07-21T12:00Z") == -14_400)
        #expect(offset("Europe/London", "2015-07-21T12:00Z") == 3600)
        // Indonesia's three zones (WIB, WITA, WIT), and Jakarta before 1964 (+07:30).
        #expect(offset("Asia/Jakarta", "2023-06-21T02:00Z") == 25_200)
        #expect(offset("Asia/Makassar", "2023-06-21T02:00Z") == 28_800)
        #expect(offset("Asia/Jayapura", "2023-06-21T02:00Z") == 32_400)
        #expect(offset("Asia/Jakarta", "1960-01-01T00:00Z") == 27_000)
    }

    @Test func yearsAfterTheLastTransitionFollowThePOSIXRule() {
        #expect(offset("Europe/Stockholm", "2100-07-01T00:00Z") == 7200)
        #expect(offset("Europe/Stockholm", "2100-01-01T00:00Z") == 3600)
        // The EU rule: the last Sunday of March at 01:00 UTC.
        #expect(offset("Europe/Stockholm", "2100-03-28T00:59:59Z") == 3600)
        #expect(offset("Europe/Stockholm", "2100-03-28T01:00Z") == 7200)
        // Southern hemisphere: daylight time spans the new year.
        #expect(offset("Australia/Sydney", "2100-01-01T00:00Z") == 39_600)
        #expect(offset("Australia/Sydney", "2100-07-01T00:00Z") == 36_000)
        #expect(offset("Asia/Jakarta", "2999-01-01T00:00Z") == 25_200)
    }

    @Test func localTimesInGapsAndOverlaps() throws {
        let zone = try #require(TimeZoneDatabase.zone(named: "Europe/Stockholm"))
        func local(_ text: String) -> CypherLocalDateTime { CypherLocalDateTime(parsing: text)! }
        // 2017-03-26 02:30 does not exist: the clock moves on by the hour skipped.
        #expect(
            CypherDateTime(local("2017-03-26T02:30"), in: zone)?.description
                == "2017-03-26T03:30+02:00[Europe/Stockholm]")
        // 2017-10-29 02:30 happens twice: the earlier offset, unless the later is asked for.
        #expect(
            CypherDateTime(local("2017-10-29T02:30"), in: zone)?.description
                == "2017-10-29T02:30+02:00[Europe/Stockholm]")
        #expect(
            CypherDateTime(local("2017-10-29T02:30"), in: zone, preferredOffset: 3600)?.description
                == "2017-10-29T02:30+01:00[Europe/Stockholm]")
        #expect(zone.rules.validOffsets(forLocalSeconds: local("2017-10-29T02:30").epochSeconds) == [7200, 3600])
        #expect(zone.rules.validOffsets(forLocalSeconds: local("2017-03-26T02:30").epochSeconds).isEmpty)
    }

    @Test func namesAreExactOrFoldedAndUnknownNamesAreNil() {
        #expect(TimeZoneDatabase.zone(named: "asia/jakarta")?.name == "Asia/Jakarta")
        #expect(TimeZoneDatabase.zone(named: "Asia/Djakarta") == nil)
        #expect(TimeZoneDatabase.zone(named: "") == nil)
        #expect(TimeZoneDatabase.zone(named: "UTC")?.rules.offset(atEpochSeconds: 0) == 0)
    }
}
