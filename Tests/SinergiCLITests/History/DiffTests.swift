// `sinergi diff`: two registries, two points of one, as text and JSON lines in both languages,
// and as git's diff driver in a real repository.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct DiffTests {
    static let registry = "Tests/SinergiCLITests/Fixtures/history/deli-serdang.jsonl"
    static let id = ["SINERGI_LANG": "id"]

    @Test func twoPointsOfOneRegistry() {
        GoldenTranscript.check(
            "history/diff-from-to", ["diff", "-r", Self.registry, "--from", "2", "--to", "2023-08-10"])
        GoldenTranscript.check(
            "id/history/diff-from-to", ["diff", "-r", Self.registry, "--from", "2", "--to", "2023-08-10"],
            environment: Self.id)
        GoldenTranscript.check("history/diff-jsonl", ["diff", "-r", Self.registry, "--from", "1", "--format", "jsonl"])
        GoldenTranscript.check("history/diff-nothing", ["diff", "-r", Self.registry, "--from", "6"])
    }

    @Test func wrongInputsAreClearErrors() {
        GoldenTranscript.check("history/error-diff-nothing", ["diff"])
        GoldenTranscript.check(
            "history/error-diff-both", ["diff", "a.jsonl", "b.jsonl", "-r", Self.registry, "--from", "1"])
        GoldenTranscript.check(
            "id/history/error-diff-no-such-tx", ["diff", "-r", Self.registry, "--from", "9"], environment: Self.id)
        GoldenTranscript.check("history/error-diff-no-such-tx", ["diff", "-r", Self.registry, "--from", "9"])
    }

    @Test func twoRegistryFiles() throws {
        let work = try ScratchFolder()
        let statement = "CREATE (:Stakeholder:Bappeda {name: 'Bappeda A', phone: '1'})"
        _ = work.sinergi(["query", "-r", "old.jsonl", "--create", statement])
        try work.write("new.jsonl", String(decoding: work.bytes("old.jsonl") ?? [], as: UTF8.self))
        _ = work.sinergi(["query", "-r", "new.jsonl", "MATCH (b:Bappeda) SET b.phone = '2', b:RoleModel"])
        let run = work.sinergi(["diff", "old.jsonl", "new.jsonl"])
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stdout == """
                stakeholder
                  ~ Bappeda A [n1]
                      labels: +RoleModel
                      phone: '1' → '2'

                """)
        #expect(run.stderr == "0 added, 0 removed, 1 changed\n")
    }

    /// Runs git in `folder` (as MergeTests runs it), returning its standard output; a failure is recorded.
    static func git(_ arguments: [String], in folder: ScratchFolder) throws -> String {
        try MergeTests.ok(arguments, in: folder)
    }

    @Test func gitDiffShowsTheRegistryInDomainTerms() throws {
        let work = try ScratchFolder()
        _ = try Self.git(["init", "-q", "-b", "main"], in: work)
        let setup = work.sinergi(["git-setup", "--program", ScratchFolder.executable])
        #expect(setup.status == 0, "\(setup)")
        #expect(
            String(decoding: work.bytes(".gitattributes") ?? [], as: UTF8.self)
                == "*.jsonl diff=sinergi merge=sinergi\n")
        _ = work.sinergi(["query", "-r", "tpbis.jsonl", "--create", "CREATE (:Stakeholder:DPMPD {name: 'DPMPD A'})"])
        _ = try Self.git(["add", "."], in: work)
        _ = try Self.git(["commit", "-q", "-m", "first"], in: work)
        _ = work.sinergi(["query", "-r", "tpbis.jsonl", "MATCH (d:DPMPD) SET d.name = 'Dinas PMD A'"])
        let diff = try Self.git(["diff"], in: work)
        #expect(
            diff == """
                registry tpbis.jsonl
                stakeholder
                  ~ Dinas PMD A [n1]
                      name: 'DPMPD A' → 'Dinas PMD A'

                """)
        // A registry added in a commit: its old side is /dev/null.
        let shown = try Self.git(["show", "--ext-diff", "--format=", "HEAD"], in: work)
        #expect(shown.contains("registry tpbis.jsonl\nstakeholder\n  + DPMPD A [n1]\n"), "\(shown)")
    }
}
