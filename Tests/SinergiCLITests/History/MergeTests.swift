// `sinergi merge` on copies of the registry AsOfTests builds, changed apart by two organizers, and
// as git's merge driver in real repositories: two branches each commit transactions, plain
// `git merge` combines them in one journal with every transaction there; a real conflict stops
// the merge with the report, and the hint's commands resolve it.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct MergeTests {
    /// kepri.jsonl (AsOfTests: transactions 1–5) copied to siti.jsonl and budi.jsonl, each then
    /// written by `siti` and `budi` (statements, each one signed transaction).
    static func forked(siti: [String], budi: [String]) throws -> ScratchFolder {
        let work = try AsOfTests.kepri()
        let bytes = try #require(work.bytes("kepri.jsonl"))
        for name in ["siti.jsonl", "budi.jsonl"] { try Data(bytes).write(to: work.url.appendingPathComponent(name)) }
        for (i, statement) in siti.enumerated() {
            let run = GoldenTranscript.transcript(
                ["query", "-r", "siti.jsonl", "--author", "Siti Rahma", "--allow", "email", statement],
                environment: ["SINERGI_DATE": "2023-08-1\(i + 1)T09:00:00+07:00"], directory: work.url)
            #expect(run.contains("\nexit: 0\n"), "\(run)")
        }
        for (i, statement) in budi.enumerated() {
            let run = GoldenTranscript.transcript(
                ["query", "-r", "budi.jsonl", "--author", "Budi", "--allow", "email", statement],
                environment: ["SINERGI_DATE": "2023-08-1\(i + 1)T10:00:00+08:00"], directory: work.url)
            #expect(run.contains("\nexit: 0\n"), "\(run)")
        }
        return work
    }

    static let addTanjungpinang = """
        MATCH (r:Regency {name: 'Kota Tanjung Pinang'})
        CREATE (:Stakeholder:Bappeda {name: 'Bappeda Kota Tanjungpinang'})-[:LOCATED_IN]->(r)
        """
    static let addLingga = """
        MATCH (r:Regency {name: 'Kabupaten Lingga'})
        CREATE (:Stakeholder:RegencyLibraryOffice {name: 'Dinas Perpustakaan Kabupaten Lingga'})-[:LOCATED_IN]->(r)
        """

    static func stdout(_ transcript: String) -> String {
        transcript.components(separatedBy: "--- stdout\n").last?.components(separatedBy: "--- stderr").first ?? ""
    }

    @Test func twoOrganizersWorkComesTogetherWithEveryTransaction() throws {
        let work = try Self.forked(
            siti: [Self.addTanjungpinang, "MATCH (d:DPMPD) SET d.phone = '0812-7000-333'"],
            budi: [
                Self.addLingga,
                "MATCH (o:RegencyLibraryOffice {name: 'Dinas Perpustakaan Kabupaten Bintan'}) SET o.email = 'perpus@bintankab.go.id'",
            ])
        GoldenTranscript.check(
            "history/merge-combined", ["merge", "siti.jsonl", "budi.jsonl", "-o", "kepri-baru.jsonl"],
            directory: work.url)
        // Siti's transactions 6 and 7 as she wrote them, then Budi's as 8 and 9, signed as he signed them.
        let log = GoldenTranscript.transcript(["log", "-r", "kepri-baru.jsonl", "--since", "6"], directory: work.url)
        for line in [
            "transaction 9 · 2023-08-12 10:00 +08:00 · Budi\n  1 stakeholder changed in Kabupaten Bintan (email)",
            "transaction 8 · 2023-08-11 10:00 +08:00 · Budi\n  1 stakeholder added in Kabupaten Lingga",
            "transaction 7 · 2023-08-12 09:00 +07:00 · Siti Rahma\n  1 stakeholder changed in Kabupaten Bintan (phone)",
            "transaction 6 · 2023-08-11 09:00 +07:00 · Siti Rahma\n  1 stakeholder added in Kota Tanjung Pinang",
        ] {
            #expect(log.contains(line), "\(log)")
        }
        // As of 7 it is Siti's registry; at the end every stakeholder of both is there, with its key.
        #expect(Self.export(work, "kepri-baru.jsonl", asOf: "7") == Self.export(work, "siti.jsonl"))
        let names = GoldenTranscript.transcript(
            [
                "query", "-r", "kepri-baru.jsonl", "--format", "csv",
                "MATCH (s:Stakeholder) RETURN s.name AS name, s.phone AS phone, s.email AS email, elementId(s) AS key ORDER BY key",
            ], directory: work.url)
        #expect(
            Self.stdout(names) == """
                name,phone,email,key
                Dinas Perpustakaan Kabupaten Bintan,,perpus@bintankab.go.id,n1
                Dinas Perpustakaan Kabupaten Lingga,,,n11
                Dinas PMD Kabupaten Bintan,0812-7000-333,,n6
                Bappeda Kota Tanjungpinang,,,n9

                """, "\(names)")
        let check = GoldenTranscript.transcript(["check", "-r", "kepri-baru.jsonl"], directory: work.url)
        #expect(check.contains("\nexit: 0\n") && check.contains("no problems"), "\(check)")
    }

    /// The JSON lines export of `name` (as of `point`), sorted.
    static func export(_ work: ScratchFolder, _ name: String, asOf point: String? = nil) -> [String] {
        let run = GoldenTranscript.transcript(
            ["export", "-r", name] + (point.map { ["--as-of", $0] } ?? []), directory: work.url)
        return Self.stdout(run).split(separator: "\n").map(String.init).sorted()
    }

    static let conflicting: (siti: [String], budi: [String]) = (
        [
            "MATCH (d:DPMPD) SET d.phone = '0812-7000-333'",
            "MATCH (o:RegencyLibraryOffice) SET o.email = 'perpus@bintankab.go.id'",
        ],
        [
            "MATCH (d:DPMPD) SET d.phone = '0812-7000-444'",
            "MATCH (o:RegencyLibraryOffice) DETACH DELETE o",
        ]
    )

    @Test func conflictsAreReportedWithBothValuesAndNothingIsWritten() throws {
        let work = try Self.forked(siti: Self.conflicting.siti, budi: Self.conflicting.budi)
        let siti = work.bytes("siti.jsonl")
        AsOfTests.inBothLanguages(
            "error-merge-conflicts", ["merge", "siti.jsonl", "budi.jsonl", "-o", "kepri-baru.jsonl"], in: work)
        #expect(work.bytes("kepri-baru.jsonl") == nil)
        // Over ours itself: still nothing written.
        _ = GoldenTranscript.transcript(
            ["merge", "siti.jsonl", "budi.jsonl", "-o", "siti.jsonl", "--force"], directory: work.url)
        #expect(work.bytes("siti.jsonl") == siti)
        GoldenTranscript.check(
            "history/error-merge-output-exists", ["merge", "siti.jsonl", "budi.jsonl", "-o", "siti.jsonl"],
            directory: work.url)
    }

    @Test func conflictsAreResolvedByAFlagOrAFile() throws {
        let work = try Self.forked(siti: Self.conflicting.siti, budi: Self.conflicting.budi)
        let theirs = GoldenTranscript.transcript(
            ["merge", "siti.jsonl", "budi.jsonl", "-o", "theirs.jsonl", "--prefer", "theirs"], directory: work.url)
        #expect(theirs.contains("\nexit: 0\n"), "\(theirs)")
        let query = [
            "query", "--format", "csv",
            "MATCH (s:Stakeholder) RETURN s.name AS name, s.phone AS phone, s.email AS email ORDER BY name",
        ]
        #expect(
            Self.stdout(GoldenTranscript.transcript(query + ["-r", "theirs.jsonl"], directory: work.url)) == """
                name,phone,email
                Dinas PMD Kabupaten Bintan,0812-7000-444,

                """)
        // A file: Budi's phone, Siti's library office (kept, with her e-mail).
        try "# keputusan rapat 14 Agustus\ntheirs n6 phone\nours n1   # tetap tercatat\n".write(
            to: work.url.appendingPathComponent("keputusan.txt"), atomically: true, encoding: .utf8)
        GoldenTranscript.check(
            "history/merge-resolved",
            ["merge", "siti.jsonl", "budi.jsonl", "-o", "kepri-baru.jsonl", "--resolve", "keputusan.txt"],
            directory: work.url)
        #expect(
            Self.stdout(GoldenTranscript.transcript(query + ["-r", "kepri-baru.jsonl"], directory: work.url)) == """
                name,phone,email
                Dinas PMD Kabupaten Bintan,0812-7000-444,
                Dinas Perpustakaan Kabupaten Bintan,,perpus@bintankab.go.id

                """)
        // A resolution that names no conflict is refused at its line, with the nearest key.
        try "theirs n6 phone\nours n2\n".write(
            to: work.url.appendingPathComponent("salah.txt"), atomically: true, encoding: .utf8)
        AsOfTests.inBothLanguages(
            "error-merge-bad-resolution",
            ["merge", "siti.jsonl", "budi.jsonl", "-o", "x.jsonl", "--resolve", "salah.txt"], in: work)
        #expect(work.bytes("x.jsonl") == nil)
    }

    @Test func aCopyWithoutTheHistoryComesInByKeyAsOneTransaction() throws {
        let work = try AsOfTests.kepri()
        // An export is a snapshot: the same keys, none of the journal.
        _ = GoldenTranscript.transcript(["export", "-r", "kepri.jsonl", "-o", "salinan.jsonl"], directory: work.url)
        let run = GoldenTranscript.transcript(
            ["query", "-r", "salinan.jsonl", "--author", "Rina", Self.addLingga],
            environment: ["SINERGI_DATE": "2023-08-20T09:00:00+07:00"], directory: work.url)
        #expect(run.contains("\nexit: 0\n"), "\(run)")
        GoldenTranscript.check(
            "history/merge-without-history",
            ["merge", "kepri.jsonl", "salinan.jsonl", "-o", "kepri-baru.jsonl", "--author", "Admin Perpusnas"],
            environment: ["SINERGI_DATE": "2023-08-21T09:00:00+07:00"], directory: work.url)
        let log = GoldenTranscript.transcript(["log", "-r", "kepri-baru.jsonl", "--since", "6"], directory: work.url)
        #expect(
            log.contains(
                "transaction 6 · 2023-08-21 09:00 +07:00 · Admin Perpusnas\n    merge of salinan.jsonl\n  1 stakeholder added in Kabupaten Lingga"
            ), "\(log)")
    }

    // MARK: git

    /// Runs git in `folder`: its status, standard output and standard error.
    static func git(_ arguments: [String], in folder: ScratchFolder) throws -> (status: Int32, out: String, err: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder.url
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = folder.path("")
        env["GIT_AUTHOR_NAME"] = "Siti"
        env["GIT_AUTHOR_EMAIL"] = "siti@example.org"
        env["GIT_COMMITTER_NAME"] = "Siti"
        env["GIT_COMMITTER_EMAIL"] = "siti@example.org"
        env["SINERGI_LANG"] = "en"
        env["SINERGI_NO_CACHE"] = "1"
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errors = Data()
        group.enter()
        DispatchQueue.global().async {
            errors = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    /// Runs git and records a failure.
    @discardableResult
    static func ok(_ arguments: [String], in folder: ScratchFolder, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String
    {
        let run = try git(arguments, in: folder)
        #expect(run.status == 0, "git \(arguments.joined(separator: " ")): \(run.err)", sourceLocation: sourceLocation)
        return run.out
    }

    /// Runs sinergi in the folder as `author` at `date` and records a failure.
    static func write(_ folder: ScratchFolder, _ author: String, _ date: String, _ arguments: [String]) {
        let allow = arguments.first == "query" ? ["--allow", "email"] : []
        let run = folder.sinergi(arguments + ["--author", author] + allow, environment: ["SINERGI_DATE": date])
        #expect(run.status == 0, "\(run)")
    }

    /// A repository whose main branch holds registri.jsonl (init, then one stakeholder), set up
    /// with `sinergi git-setup`.
    static func repository() throws -> ScratchFolder {
        let work = try ScratchFolder()
        try ok(["init", "-q", "-b", "main"], in: work)
        let setup = work.sinergi(["git-setup", "--program", ScratchFolder.executable])
        #expect(setup.status == 0, "\(setup)")
        #expect(
            String(decoding: work.bytes(".gitattributes") ?? [], as: UTF8.self)
                == "*.jsonl diff=sinergi merge=sinergi\n")
        #expect(
            String(decoding: work.bytes(".gitignore") ?? [], as: UTF8.self)
                == "*.jsonl.lock\n*.jsonl.sinergi-cache\n")
        #expect(
            try ok(["config", "merge.sinergi.driver"], in: work)
                == ScratchFolder.executable + " merge --git %P %A %B --base %O\n")
        write(
            work, "Admin Perpusnas", "2023-08-01T08:00:00+07:00",
            ["init", "-r", "registri.jsonl", "--province", "Kepri", "--level", "regency"])
        write(
            work, "Siti Rahma", "2023-08-07T09:00:00+07:00",
            [
                "query", "-r", "registri.jsonl",
                """
                MATCH (r:Regency {name: 'Kabupaten Bintan'})
                CREATE (:Stakeholder:DPMPD {name: 'DPMPD Kabupaten Bintan'})-[:LOCATED_IN]->(r)
                """,
            ])
        try ok(["add", "."], in: work)
        try ok(["commit", "-q", "-m", "registri Kepri"], in: work)
        return work
    }

    /// Budi's branch from main (Bappeda Kota Tanjungpinang, then the DPMPD's e-mail address),
    /// merged with plain `git merge` into the branch `bintan`.
    static func mergeBudisBranch(into work: ScratchFolder) throws -> (status: Int32, out: String, err: String) {
        try ok(["checkout", "-q", "-b", "tanjungpinang", "main"], in: work)
        write(work, "Budi", "2023-08-08T10:00:00+08:00", ["query", "-r", "registri.jsonl", addTanjungpinang])
        write(
            work, "Budi", "2023-08-09T10:00:00+08:00",
            ["query", "-r", "registri.jsonl", "MATCH (d:DPMPD) SET d.email = 'dpmpd@bintankab.go.id'"])
        try ok(["commit", "-q", "-am", "SHM Tanjungpinang"], in: work)
        try ok(["checkout", "-q", "bintan"], in: work)
        return try git(["merge", "--no-edit", "tanjungpinang"], in: work)
    }

    @Test func plainGitMergeCombinesTwoBranchesTransactions() throws {
        let work = try Self.repository()
        try Self.ok(["checkout", "-q", "-b", "bintan"], in: work)
        Self.write(work, "Siti Rahma", "2023-08-08T09:00:00+07:00", ["query", "-r", "registri.jsonl", Self.addLingga])
        Self.write(
            work, "Siti Rahma", "2023-08-09T09:00:00+07:00",
            ["query", "-r", "registri.jsonl", "MATCH (d:DPMPD) SET d.phone = '0812-1'"])
        try Self.ok(["commit", "-q", "-am", "SHM Lingga"], in: work)
        let merge = try Self.mergeBudisBranch(into: work)
        #expect(merge.status == 0, "\(merge.out)\(merge.err)")
        #expect(try Self.ok(["status", "--porcelain"], in: work) == "")
        // Every transaction of both branches is in the one journal, each signed as it was.
        let log = work.sinergi(["log", "-r", "registri.jsonl"])
        #expect(log.status == 0, "\(log)")
        let headers = log.stdout.split(separator: "\n").filter { $0.hasPrefix("transaction ") }
        #expect(
            headers == [
                "transaction 6 · 2023-08-09 10:00 +08:00 · Budi",
                "transaction 5 · 2023-08-08 10:00 +08:00 · Budi",
                "transaction 4 · 2023-08-09 09:00 +07:00 · Siti Rahma",
                "transaction 3 · 2023-08-08 09:00 +07:00 · Siti Rahma",
                "transaction 2 · 2023-08-07 09:00 +07:00 · Siti Rahma",
                "transaction 1 · 2023-08-01 08:00 +07:00 · Admin Perpusnas",
            ], "\(log)")
        let rows = work.sinergi([
            "query", "-r", "registri.jsonl", "--format", "csv",
            "MATCH (s:Stakeholder) RETURN elementId(s) AS key, s.name AS name, s.phone AS phone, s.email AS email ORDER BY key",
        ])
        #expect(
            rows.stdout == """
                key,name,phone,email
                n1,DPMPD Kabupaten Bintan,0812-1,dpmpd@bintankab.go.id
                n3,Dinas Perpustakaan Kabupaten Lingga,,
                n5,Bappeda Kota Tanjungpinang,,

                """, "\(rows)")
        #expect(work.sinergi(["check", "-r", "registri.jsonl", "--strict"]).status == 0)
        // git diff of the merge shows Budi's work in the programme's terms.
        let diff = try Self.ok(["diff", "HEAD~1", "HEAD"], in: work)
        #expect(diff.contains("  + Bappeda Kota Tanjungpinang [n5]"), "\(diff)")
    }

    /// One organizer compacts the registry on their branch: the branches share no journal any
    /// more, so the merge takes what each changed since the registry where they parted (git's
    /// %O). Nothing is reported twice or lost, the keys both handed out are renamed, and a
    /// property only one side changed is no conflict.
    @Test func aBranchThatCompactedStillMergesByWhatChangedSinceTheyParted() throws {
        let work = try Self.repository()
        try Self.ok(["checkout", "-q", "-b", "bintan"], in: work)
        Self.write(work, "Siti Rahma", "2023-08-08T09:00:00+07:00", ["query", "-r", "registri.jsonl", Self.addLingga])
        #expect(work.sinergi(["compact", "-r", "registri.jsonl"]).status == 0)
        try Self.ok(["commit", "-q", "-am", "SHM Lingga, registri dipadatkan"], in: work)
        let merge = try Self.mergeBudisBranch(into: work)
        #expect(merge.status == 0, "\(merge.out)\(merge.err)")
        #expect(merge.out.contains("their key n3 is n5 in the merged registry"), "\(merge.out)")
        #expect(try Self.ok(["status", "--porcelain"], in: work) == "")
        let rows = work.sinergi([
            "query", "-r", "registri.jsonl", "--format", "csv",
            "MATCH (s:Stakeholder)-[:LOCATED_IN]->(r) RETURN elementId(s) AS key, s.name AS name, s.email AS email, "
                + "r.name AS place ORDER BY key",
        ])
        #expect(
            rows.stdout == """
                key,name,email,place
                n1,DPMPD Kabupaten Bintan,dpmpd@bintankab.go.id,Kabupaten Bintan
                n3,Dinas Perpustakaan Kabupaten Lingga,,Kabupaten Lingga
                n5,Bappeda Kota Tanjungpinang,,Kota Tanjung Pinang

                """, "\(rows)")
        #expect(work.sinergi(["check", "-r", "registri.jsonl", "--strict"]).status == 0)
        // Without the registry where they parted, the same keys would have meant the same stakeholder.
        try Self.ok(["show", "HEAD^1:registri.jsonl"], in: work).write(
            to: work.url.appendingPathComponent("ours.jsonl"), atomically: true, encoding: .utf8)
        try Self.ok(["show", "HEAD^2:registri.jsonl"], in: work).write(
            to: work.url.appendingPathComponent("theirs.jsonl"), atomically: true, encoding: .utf8)
        let blind = work.sinergi(["merge", "ours.jsonl", "theirs.jsonl", "-o", "blind.jsonl", "--dry-run"])
        #expect(blind.status == 1)
        #expect(blind.stderr.contains("[n3] name: ours 'Dinas Perpustakaan Kabupaten Lingga'"), "\(blind)")
    }

    @Test func aRealConflictStopsGitMergeWithTheReport() throws {
        let work = try Self.repository()
        try Self.ok(["checkout", "-q", "-b", "bintan"], in: work)
        Self.write(
            work, "Siti Rahma", "2023-08-09T09:00:00+07:00",
            ["query", "-r", "registri.jsonl", "MATCH (d:DPMPD) SET d.phone = '0812-1'"])
        try Self.ok(["commit", "-q", "-am", "telepon DPMPD"], in: work)
        try Self.ok(["checkout", "-q", "-b", "tanjungpinang", "main"], in: work)
        Self.write(
            work, "Budi", "2023-08-09T10:00:00+08:00",
            ["query", "-r", "registri.jsonl", "MATCH (d:DPMPD) SET d.phone = '0812-2'"])
        Self.write(
            work, "Budi", "2023-08-10T10:00:00+08:00", ["query", "-r", "registri.jsonl", Self.addTanjungpinang])
        try Self.ok(["commit", "-q", "-am", "telepon DPMPD, Bappeda Tanjungpinang"], in: work)
        try Self.ok(["checkout", "-q", "bintan"], in: work)
        let bintan = work.bytes("registri.jsonl")
        let merge = try Self.git(["merge", "--no-edit", "tanjungpinang"], in: work)
        #expect(merge.status != 0)
        #expect(
            merge.err.contains(
                """
                error: cannot merge registri.jsonl (theirs) into registri.jsonl (ours): 1 conflict to resolve; nothing was written
                  DPMPD Kabupaten Bintan [n1] phone: ours '0812-1', theirs '0812-2' (before: (none))
                hint: the merge stopped with registri.jsonl as your branch has it.
                """), "\(merge.err)")
        #expect(merge.out.contains("CONFLICT"), "\(merge.out)")
        #expect(work.bytes("registri.jsonl") == bintan)
        // The hint's commands resolve it.
        let ours = try Self.ok(["show", ":2:registri.jsonl"], in: work)
        let theirs = try Self.ok(["show", ":3:registri.jsonl"], in: work)
        try ours.write(to: work.url.appendingPathComponent("ours.jsonl"), atomically: true, encoding: .utf8)
        try theirs.write(to: work.url.appendingPathComponent("theirs.jsonl"), atomically: true, encoding: .utf8)
        let resolved = work.sinergi([
            "merge", "ours.jsonl", "theirs.jsonl", "-o", "registri.jsonl", "--force", "--prefer", "theirs",
        ])
        #expect(resolved.status == 0, "\(resolved)")
        try Self.ok(["add", "registri.jsonl"], in: work)
        try Self.ok(["commit", "-q", "--no-edit"], in: work)
        let rows = work.sinergi([
            "query", "-r", "registri.jsonl", "--format", "csv",
            "MATCH (s:Stakeholder) RETURN elementId(s) AS key, s.phone AS phone ORDER BY key",
        ])
        #expect(rows.stdout == "key,phone\nn1,0812-2\nn3,\n", "\(rows)")
        let log = work.sinergi(["log", "-r", "registri.jsonl", "--since", "3"])
        #expect(log.stdout.split(separator: "\n").filter { $0.hasPrefix("transaction ") }.count == 3, "\(log)")
    }

    /// A registry to merge that is not there is named, with no hint to create it (it is
    /// somebody's registry, not a new one), and nothing is written.
    @Test func aMissingRegistryToMergeIsNamed() throws {
        let work = try Self.repository()
        let run = work.sinergi(["merge", "registri.jsonl", "registri.jsonl", "-o", "c.jsonl", "--base", "nope.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: nope.jsonl: no such registry file\n", "\(run)")
        #expect(work.bytes("c.jsonl") == nil)
    }
}
