// The answers about named time zones must not depend on the machine: a real
// `sinergi query` process that builds, converts and prints zoned date-times is run
// under strace, and must not look at the system's zone files at all.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct ZoneDataProcessTests {
    @Test func zonedQueriesNeverReadTheSystemZoneFiles() throws {
        let folder = TemporaryFolder()
        let registry = folder.path("r.jsonl")
        try "".write(toFile: registry, atomically: true, encoding: .utf8)
        let trace = folder.path("trace.txt")
        let query = """
            RETURN datetime('2023-06-21T09:00[Asia/Jakarta]') AS wib,
                   toString(datetime({year: 1818, month: 7, day: 21, timezone: 'Europe/Stockholm'})) AS lmt,
                   datetime.realtime('Asia/Jayapura').offset AS wit, date() IS NOT NULL AS today
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        p.arguments = [
            "-f", "-o", trace, "-e", "trace=open,openat,stat,newfstatat,lstat,access,readlink",
            BuiltProducts.sinergi, "query", "-q", "--format", "csv", "-r", registry, query,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(
            printed
                == "wib,lmt,wit,today\n2023-06-21T09:00+07:00[Asia/Jakarta],1818-07-21T00:00+00:53:28[Europe/Stockholm],+09:00,true\n"
        )
        let calls = try String(contentsOfFile: trace, encoding: .utf8)
        #expect(calls.contains("r.jsonl"), "strace saw the registry being read")
        #expect(!calls.contains("zoneinfo"), "the process looked at the system's zone files")
        #expect(!calls.contains("/etc/localtime"), "the process looked at the system's zone")
    }
}
