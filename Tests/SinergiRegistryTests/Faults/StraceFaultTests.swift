// The real `sinergi` under strace: every file call it makes in the registry's folder goes through the
// seam (the same calls, in the same order, as the in-process run), and faults injected into its real
// system calls (SIGKILL, ENOSPC, EIO at the Nth pwrite64, fsync, rename, ftruncate) end cleanly.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

/// A command of the real program and the same work done in-process through the seam.
struct CommandScenario: Sendable {
    var name: String
    var prepare: @Sendable (Registry) throws -> Void
    /// The arguments after `sinergi`, for a registry `r.jsonl` in the current folder and the
    /// batch file at the given path.
    var arguments: @Sendable (_ batch: String) -> [String]
    /// The same work in-process.
    var step: @Sendable (_ batch: String) -> FaultCampaign.Step

    /// A JSON lines batch of three nodes and a relationship, in `folder`.
    static func writeBatch(in folder: TemporaryFolder, prefix: String) throws -> String {
        let path = folder.path("\(prefix).jsonl")
        var text = ""
        for k in 0..<3 {
            text +=
                #"{"type":"node","id":"\#(prefix)/\#(k)","labels":["Stakeholder"],"properties":{"name":"n\#(k)"}}"#
                + "\n"
        }
        text +=
            #"{"type":"relationship","id":"\#(prefix)/r","label":"PARTNERS_WITH","properties":{},"start":{"id":"\#(prefix)/0"},"end":{"id":"\#(prefix)/1"}}"#
            + "\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static let importing = CommandScenario(
        name: "import", prepare: FaultScenarios.registryWithImage,
        arguments: { ["import", "-r", "r.jsonl", $0] },
        step: { batch in
            { registry in
                let rows = JSONLinesImport.batch(Array(try Data(contentsOf: URL(fileURLWithPath: batch))), file: batch)
                try registry.transaction { g in
                    g = try ImportPlanner.plan(rows, into: g, options: ImportOptions()).apply(to: g).graph
                }
            }
        })

    static let importingAfterATornTail = CommandScenario(
        name: "import after a torn tail", prepare: FaultScenarios.registryWithTornTail,
        arguments: importing.arguments, step: importing.step)

    static let querying = CommandScenario(
        name: "query", prepare: FaultScenarios.registryWithImage,
        arguments: { _ in ["query", "-q", "-r", "r.jsonl", "CREATE (:Stakeholder {name: 'Q'})"] },
        step: { _ in FaultScenarios.optimisticQuery })

    static let compacting = CommandScenario(
        name: "compact", prepare: FaultScenarios.registryWithImage, arguments: { _ in ["compact", "-r", "r.jsonl"] },
        step: { _ in FaultScenarios.compact })

    static let importingWithoutImage = CommandScenario(
        name: "import, image rebuilt", prepare: FaultScenarios.registryWithoutImage,
        arguments: importing.arguments, step: importing.step)

    static let creating = CommandScenario(
        name: "import --create", prepare: FaultScenarios.nothing,
        arguments: { ["import", "--create", "-r", "r.jsonl", $0] },
        step: { batch in
            { registry in
                let rows = JSONLinesImport.batch(Array(try Data(contentsOf: URL(fileURLWithPath: batch))), file: batch)
                try registry.transaction(create: true) { g in
                    g = try ImportPlanner.plan(rows, into: g, options: ImportOptions()).apply(to: g).graph
                }
            }
        })

    static let all = [importing, importingAfterATornTail, importingWithoutImage, creating, querying, compacting]
}

@Suite(.serialized) struct StraceFaultTests {
    /// The seam's trace as strace would name it: only the calls strace sees.
    func seamCalls(_ trace: [FaultyFileSystem.Call]) -> [Strace.Call] {
        trace.compactMap { c -> Strace.Call? in
            guard Strace.seamCalls.values.contains(c.call.rawValue) else { return nil }
            let name = c.onFolder ? "folder" : Strace.normalized((c.path as NSString).lastPathComponent)
            return Strace.Call(call: c.call.rawValue, name: name)
        }
    }

    @Test(arguments: CommandScenario.all.map(\.name))
    func everyFileCallOfTheProgramGoesThroughTheSeam(_ name: String) throws {
        let scenario = try #require(CommandScenario.all.first { $0.name == name })
        let inputs = TemporaryFolder()
        let batch = try CommandScenario.writeBatch(in: inputs, prefix: "b")
        // The real program, traced.
        let real = TemporaryFolder()
        try scenario.prepare(Registry(path: real.path("r.jsonl")))
        let (traced, ending) = try Strace.trace(scenario.arguments(batch), in: real.path)
        #expect(ending.status == 0 && !ending.signalled, "\(ending)")
        // The same work in-process, through the seam.
        let seam = TemporaryFolder()
        try scenario.prepare(Registry(path: seam.path("r.jsonl")))
        let fs = FaultyFileSystem()
        try scenario.step(batch)(Registry(path: seam.path("r.jsonl"), fileSystem: fs))
        let expected = seamCalls(fs.trace)
        #expect(traced.count >= 5, "\(traced)")
        #expect(
            traced == expected,
            "strace saw calls the seam did not (or in another order):\nstrace: \(traced)\nseam:   \(expected)")
    }

    /// The Nth calls worth faulting in a traced run: every fsync, rename and ftruncate, every
    /// pwrite64 to the registry or its copy, and the first and last to a cache image.
    func cases(_ calls: [Strace.Call]) -> [(syscall: String, n: Int, call: Strace.Call)] {
        var out: [(String, Int, Strace.Call)] = []
        let names = ["sync": "fsync", "rename": "rename", "truncate": "ftruncate", "write": "pwrite64"]
        for (seamName, syscall) in names.sorted(by: { $0.key < $1.key }) {
            let these = calls.filter { $0.call == seamName }
            for (i, call) in these.enumerated() {
                let image = call.name.hasSuffix(".sinergi-cache")
                let firstOrLastImage =
                    i == these.firstIndex { $0.name.hasSuffix(".sinergi-cache") }
                    || i == these.lastIndex { $0.name.hasSuffix(".sinergi-cache") }
                if !image || firstOrLastImage { out.append((syscall, i + 1, call)) }
            }
        }
        return out
    }

    @Test(arguments: CommandScenario.all.map(\.name))
    func faultsInjectedIntoTheRealProgramEndCleanly(_ name: String) throws {
        let scenario = try #require(CommandScenario.all.first { $0.name == name })
        let inputs = TemporaryFolder()
        let batch = try CommandScenario.writeBatch(in: inputs, prefix: "b")
        let next = try CommandScenario.writeBatch(in: inputs, prefix: "next")
        // Reference: the content before and after, and the calls.
        let reference = TemporaryFolder()
        try scenario.prepare(Registry(path: reference.path("r.jsonl")))
        // A registry not there yet is the empty graph (and may be absent after a fault).
        func content(_ path: String) throws -> PropertyGraph {
            Registry(path: path).exists ? try Registry(path: path).load(useCache: false).graph : PropertyGraph()
        }
        let before = try content(reference.path("r.jsonl"))
        let (calls, ending) = try Strace.trace(scenario.arguments(batch), in: reference.path)
        #expect(ending.status == 0 && !ending.signalled, "\(ending)")
        let after = try content(reference.path("r.jsonl"))
        let chosen = cases(calls)
        #expect(chosen.contains { $0.syscall == "fsync" } && chosen.contains { $0.syscall == "pwrite64" }, "\(calls)")

        var tried = 0
        var injectedFaults = 0
        var problems: [String] = []
        for (syscall, n, call) in chosen {
            for fault in ["signal=KILL", "error=ENOSPC", "error=EIO"] {
                tried += 1
                let label = "\(name): \(fault) at \(syscall) #\(n) (\(call))"
                let folder = TemporaryFolder()
                let path = folder.path("r.jsonl")
                try scenario.prepare(Registry(path: path))
                guard
                    case let (end, injected)? = try Strace.inject(
                        scenario.arguments(batch), in: folder.path, syscall: syscall, n: n, fault: fault)
                else {
                    problems.append("\(label): still running after a minute (a hang)")
                    continue
                }
                if injected {
                    injectedFaults += 1
                } else {
                    problems.append("\(label): strace injected nothing (the call did not come)")
                }
                // Never a trap: only the injected SIGKILL ends it by a signal.
                if end.signalled && !(fault == "signal=KILL" && end.status == SIGKILL) {
                    problems.append("\(label): ended by signal \(end.status): \(end.stderr)")
                }
                if end.stderr.contains("Fatal error") || end.stderr.contains("Backtracing") {
                    problems.append("\(label): trapped: \(end.stderr)")
                }
                if fault != "signal=KILL", end.status != 0 {
                    let reason = fault == "error=ENOSPC" ? "the disk is full" : "input/output error"
                    if end.status != 1 || !end.stderr.hasPrefix("error: ") || !end.stderr.contains(reason) {
                        problems.append("\(label): not a clear error (exit \(end.status)): \(end.stderr)")
                    }
                }
                // The next command: loads, and leaves no temporary file.
                let exists = Registry(path: path).exists
                let stats = try ChildProcess.run(sinergi: ["stats", "-r", "r.jsonl"], in: folder.path)
                if stats.signalled || stats.status != (exists ? 0 : 1) {
                    problems.append("\(label): stats afterwards: \(stats)")
                }
                let strays = folder.names().filter { !FaultCampaign.companions.contains($0) }
                if !strays.isEmpty { problems.append("\(label): left behind after the next command: \(strays)") }
                let loaded = try content(path)
                let allowed = end.status == 0 && !end.signalled ? [after] : [before, after]
                if !allowed.contains(where: { FaultCampaign.same(loaded, $0) }) {
                    problems.append("\(label): the registry holds neither the state before nor the state after")
                }
                // The next write succeeds and leaves a clean registry.
                let write = try ChildProcess.run(
                    sinergi: ["import", "--create", "-r", "r.jsonl", next], in: folder.path)
                if write.status != 0 { problems.append("\(label): the next import: \(write)") }
                if try !Registry(path: path).load().warnings.isEmpty {
                    problems.append("\(label): warnings after the next import")
                }
            }
        }
        print(
            "strace faults, \(name): \(tried) runs of the real program, \(injectedFaults) faults injected, \(problems.count) problems"
        )
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
