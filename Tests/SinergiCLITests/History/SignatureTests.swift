// Who, when and why, through the real binary: --author, --message, SINERGI_AUTHOR, git's
// user.name, SINERGI_DATE and the writer's offset land in the commit records; a wrong one is
// a usage error that writes nothing.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite struct SignatureTests {
    /// The commit records of a registry file.
    static func commits(_ work: ScratchFolder, _ name: String = "r.jsonl") -> [String] {
        let text = String(decoding: work.bytes(name) ?? [], as: UTF8.self)
        return text.split(separator: "\n").map(String.init).filter { $0.contains(#""type":"commit""#) }
    }

    static let statement = "CREATE (:Stakeholder:Bappeda {name: 'Bappeda Kabupaten Deli Serdang'})"

    @Test func theWritingCommandsSignTheirTransactions() throws {
        let work = try ScratchFolder()
        let date = ["SINERGI_DATE": "2023-08-08T10:15:00+07:00"]
        let query = work.sinergi(
            [
                "query", "-r", "r.jsonl", "--create", "--author", "Siti Rahma", "--message", "SHM Deli Serdang",
                Self.statement,
            ], environment: date)
        #expect(query.status == 0, "\(query)")
        try work.write(
            "more.jsonl",
            #"{"type":"node","id":"dpmpd","labels":["Stakeholder","DPMPD"],"properties":{"name":"DPMPD"}}"# + "\n")
        let imported = work.sinergi(
            ["import", "-r", "r.jsonl", "more.jsonl"],
            environment: ["SINERGI_AUTHOR": "Budi", "SINERGI_DATE": "2023-08-09T08:00:00+08:00"])
        #expect(imported.status == 0, "\(imported)")
        let compacted = work.sinergi(
            ["compact", "-r", "r.jsonl", "--message", "sebelum SHM berikutnya"],
            environment: ["SINERGI_AUTHOR": "Admin", "SINERGI_DATE": "2023-09-01T10:00:00+07:00"])
        #expect(compacted.status == 0, "\(compacted)")
        #expect(
            Self.commits(work) == [
                #"{"tx":3,"type":"commit","lines":0,"author":"Admin","time":"2023-09-01T10:00+07:00","message":"sebelum SHM berikutnya","compacted":true}"#
            ])
        // Before compaction the two transactions carried their own signatures.
        let again = try ScratchFolder()
        _ = again.sinergi(
            [
                "query", "-r", "r.jsonl", "--create", "--author", "Siti Rahma", "--message", "SHM Deli Serdang",
                Self.statement,
            ], environment: date)
        #expect(
            Self.commits(again) == [
                #"{"tx":1,"type":"commit","lines":1,"keys":1,"author":"Siti Rahma","time":"2023-08-08T10:15+07:00","message":"SHM Deli Serdang"}"#
            ])
    }

    @Test func theAuthorDefaultsToGitsUserNameThenTheLogin() throws {
        let work = try ScratchFolder()
        try work.write(
            ".gitconfig", "[core]\n\tname = not-this\n[user]\n\temail = s@example.org\n\tname = \"Siti Rahma\"\n")
        let unset = [
            "SINERGI_AUTHOR": "", "GIT_AUTHOR_NAME": "", "HOME": work.path(""), "XDG_CONFIG_HOME": work.path("none"),
        ]
        let run = work.sinergi(["query", "-r", "r.jsonl", "--create", Self.statement], environment: unset)
        #expect(run.status == 0, "\(run)")
        #expect(Self.commits(work).first?.contains(#""author":"Siti Rahma""#) == true, "\(Self.commits(work))")
        // Without a git name, the login name.
        var login = unset
        login["HOME"] = work.path("nowhere")
        login["USER"] = "organizer"
        let second = work.sinergi(["query", "-r", "r.jsonl", Self.statement], environment: login)
        #expect(second.status == 0, "\(second)")
        #expect(Self.commits(work).last?.contains(#""author":"organizer""#) == true, "\(Self.commits(work))")
    }

    @Test func theTimeIsTheWritersClockWithItsOffset() throws {
        let work = try ScratchFolder()
        let before = Date()
        let run = work.sinergi(
            ["init", "-r", "r.jsonl", "--province", "Kepri", "--level", "province", "--author", "Siti"],
            environment: ["TZ": "Asia/Jakarta"])
        #expect(run.status == 0, "\(run)")
        let commit = try #require(Self.commits(work).first)
        #expect(commit.hasPrefix(#"{"tx":1,"type":"commit","lines":0,"author":"Siti","time":""#), "\(commit)")
        #expect(commit.hasSuffix(#"+07:00","compacted":true}"#), "\(commit)")
        // The time is now (within the run), read back as an instant.
        let time = try #require(commit.components(separatedBy: #""time":""#).last?.split(separator: "\"").first)
        let stamped = try #require(CypherDateTime(parsing: String(time)), "\(time)")
        let seconds = Double(stamped.epochSeconds)
        #expect(seconds > before.timeIntervalSince1970 - 2 && seconds < Date().timeIntervalSince1970 + 2)
    }

    @Test func aWrongSignatureIsAUsageErrorThatWritesNothing() throws {
        let work = try ScratchFolder()
        _ = work.sinergi(["query", "-r", "r.jsonl", "--create", Self.statement])
        let before = work.bytes("r.jsonl")
        let empty = work.sinergi(["query", "-r", "r.jsonl", "--author", " ", Self.statement])
        #expect(empty.status == 64)
        #expect(empty.stderr.hasPrefix("error: --author needs a value that is not empty\n"), "\(empty)")
        let emptyID = work.sinergi(["compact", "-r", "r.jsonl", "--message", ""], language: "id")
        #expect(emptyID.status == 64)
        #expect(emptyID.stderr.hasPrefix("galat: --message memerlukan nilai yang tidak kosong\n"), "\(emptyID)")
        let date = work.sinergi(["compact", "-r", "r.jsonl"], environment: ["SINERGI_DATE": "kemarin"])
        #expect(date.status == 64)
        #expect(
            date.stderr.hasPrefix(
                "error: SINERGI_DATE must be a date-time with its offset, such as 2026-12-02T08:23:45+07:00, not 'kemarin'\n"
            ), "\(date)")
        let reading = work.sinergi(["stats", "-r", "r.jsonl", "--author", "x"])
        #expect(reading.status == 64)
        #expect(reading.stderr.hasPrefix("error: unknown option '--author'"), "\(reading)")
        #expect(work.bytes("r.jsonl") == before)
    }
}
