// The program's own output on a full disk or a closed pipe: the real `sinergi`, its standard output
// or standard error on /dev/full or a pipe nobody reads; a clear end, never a trap.
import Foundation
import SinergiTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ConsoleOutputFailureTests {
    static let tpbis = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("graphs/tpbis.jsonl").path

    func full() throws -> FileHandle { try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full")) }

    func expectNoTrap(_ ending: ChildProcess.Ending) {
        #expect(!ending.stderr.contains("Fatal error") && !ending.stderr.contains("Backtracing"), "\(ending)")
        #expect(!ending.signalled || ending.status == SIGPIPE, "\(ending)")
    }

    @Test func standardOutputOnAFullDiskEndsWithAClearError() throws {
        for arguments in [
            ["stats", "-r", Self.tpbis], ["export", "-r", Self.tpbis, "--format", "jsonl"],
            ["query", "-r", Self.tpbis, "MATCH (n:Stakeholder) RETURN n.name"],
        ] {
            let ending = try ChildProcess(sinergi: arguments, standardOutput: full()).finish()
            expectNoTrap(ending)
            #expect(!ending.signalled && ending.status == 1, "\(arguments): \(ending)")
            #expect(
                ending.stderr.hasSuffix("error: cannot write the output: the disk is full\n"), "\(arguments): \(ending)"
            )
        }
    }

    @Test func standardErrorOnAFullDiskEndsTheCommandWithExitOne() throws {
        let folder = TemporaryFolder()
        let batch = folder.path("b.jsonl")
        try #"{"type":"node","id":"a","labels":["Stakeholder","Partner"],"properties":{"name":"A"}}"#.write(
            toFile: batch, atomically: false, encoding: .utf8)
        // The import's summary cannot be written: the work is done, the exit code says the output was lost.
        let imported = try ChildProcess(
            sinergi: ["import", "--create", "-r", folder.path("r.jsonl"), batch], standardError: full()
        ).finish()
        expectNoTrap(imported)
        #expect(!imported.signalled && imported.status == 1, "\(imported)")
        let check = try ChildProcess.run(sinergi: [
            "query", "-r", folder.path("r.jsonl"), "MATCH (n) RETURN count(n) AS n",
        ])
        #expect(check.status == 0, "\(check)")
        // An error that cannot be printed: exit 1 all the same.
        let failed = try ChildProcess(sinergi: ["stats", "-r", folder.path("missing.jsonl")], standardError: full())
            .finish()
        expectNoTrap(failed)
        #expect(!failed.signalled && failed.status == 1, "\(failed)")
    }

    @Test func aClosedPipeEndsTheCommandQuietly() throws {
        // A reader that stops at once, like `head -c 0`: the output is larger than the pipe's buffer.
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let ending = try ChildProcess(
            sinergi: ["export", "-r", Self.tpbis, "--format", "jsonl"], standardOutput: pipe.fileHandleForWriting
        ).finish()
        expectNoTrap(ending)
        // Killed by SIGPIPE (the usual end) or, when SIGPIPE is ignored, exit 1 without a word.
        #expect(
            (ending.signalled && ending.status == SIGPIPE) || (ending.status == 1 && ending.stderr.isEmpty), "\(ending)"
        )
    }

    @Test func aClosedPipeWithSigpipeIgnoredEndsWithExitOneAndNoMessage() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let ending = try ChildProcess(
            "/bin/sh",
            [
                "-c", "trap '' PIPE; exec \"$0\" \"$@\"", BuiltProducts.sinergi, "export", "-r", Self.tpbis, "--format",
                "jsonl",
            ],
            standardOutput: pipe.fileHandleForWriting
        ).finish()
        expectNoTrap(ending)
        #expect(!ending.signalled && ending.status == 1 && ending.stderr.isEmpty, "\(ending)")
    }
}
