// The iteration harness: an operation on a registry tried with a fault at each of its file-system
// calls (or a power cut after each), the registry checked after every case.
import Foundation
import SinergiGraph
import SinergiTestSupport
import SinergiText

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

/// A write operation tried with every fault at every file-system call it makes.
///
/// An operation is a list of `steps`, each one call into the registry that either reports
/// success (a command that printed "committed") or throws. A clean run records the trace of
/// counted calls and the registry's content after each step (`S0` prepared, `S1` … `Sk`).
/// Then, for each fault and each call N where the fault applies, a fresh folder is
/// prepared, the steps run through a `FaultyFileSystem` planned to fail at call N, the
/// simulated process ends, and the checks run with the real file system:
/// 1. the registry loads, with and without its image, to the same content;
/// 2. its content is `S(r)` or `S(r+1)` where `r` steps reported success: every reported
///    commit is there, the interrupted step is wholly there or wholly absent — and `S(k)`
///    when every step reported success;
/// 3. a step that failed without the process dying threw `RegistryError.io` naming the
///    cause ("the disk is full", "input/output error"), and left the registry file byte for
///    byte as it was (a short write must not fail at all);
/// 4. once that load (the next command) has run, no temporary file is left in the folder;
/// 5. the next write succeeds and the registry then loads without warnings.
/// `runPowerCuts` does the same with a power cut after each call instead (see `PowerCut`).
///
/// To try a new operation (undo, merge, …): write its steps and a `prepare`, then
/// `#expect(campaign.run().violations.isEmpty)` — see `FaultInjectionTests`.
struct FaultCampaign {
    typealias Step = @Sendable (Registry) throws -> Void

    /// Named in every violation.
    var name: String
    /// Builds, with the real file system, the registry the steps start from.
    var prepare: @Sendable (Registry) throws -> Void
    /// The calls into the registry, in order.
    var steps: [Step]
    /// The faults tried at each call (each only where it applies).
    var faults: [FaultyFileSystem.Fault] = [.kill, .error(EIO), .diskFull, .shortWrite, .tornWrite]
    /// A deliberately broken writer, for the mutation checks (`MutationTests`): the file
    /// system the registry sees, built around the faulty one.
    var mutation: (@Sendable (FaultyFileSystem) -> any FileSystem)? = nil

    func seam(_ fs: FaultyFileSystem) -> any FileSystem { mutation.map { $0(fs) } ?? fs }

    /// The registry's file name in each case's folder.
    static let registryName = "r.jsonl"

    /// What a campaign did and found.
    struct Report: CustomStringConvertible {
        var name: String
        /// The counted calls of one clean run, in order.
        var trace: [FaultyFileSystem.Call] = []
        /// Cases tried, and how many the trace says there must be.
        var cases = 0
        var expectedCases = 0
        /// Faults injected (power cuts count as one each).
        var injected = 0
        /// Outcomes: the simulated process died; a step failed with an error; every step succeeded.
        var killed = 0
        var failedCleanly = 0
        var completed = 0
        /// Cases that found a broken promise (the first 20 are described).
        var violationCount = 0
        var violations: [String] = []

        mutating func violation(_ text: String) {
            violationCount += 1
            if violations.count < 20 { violations.append(text) }
        }

        var description: String {
            "\(name): \(trace.count) calls per run, \(cases) cases, \(injected) faults injected; "
                + "\(killed) killed, \(failedCleanly) failed with an error, \(completed) completed; "
                + "\(violationCount) violations"
        }
    }

    /// Which cases apply `fault`: the 1-based indexes of the calls in `trace` it can hit.
    static func applicable(_ fault: FaultyFileSystem.Fault, _ trace: [FaultyFileSystem.Call]) -> [Int] {
        trace.indices.filter { i in
            switch fault {
            case .kill, .error: return true
            case .diskFull: return trace[i].needsSpace
            case .shortWrite, .tornWrite: return trace[i].call == .write
            }
        }.map { $0 + 1 }
    }

    /// The reference run: the trace and the content after each step.
    func reference() throws -> (trace: [FaultyFileSystem.Call], states: [PropertyGraph]) {
        let folder = TemporaryFolder(inMemory: true)
        let path = folder.path(Self.registryName)
        try prepare(Registry(path: path))
        // A registry not there yet (the steps create it) starts as the empty graph.
        var states = [
            Registry(path: path).exists ? try Registry(path: path).load(useCache: false).graph : PropertyGraph()
        ]
        let fs = FaultyFileSystem()
        let registry = Registry(path: path, fileSystem: seam(fs))
        for step in steps {
            try step(registry)
            states.append(try Registry(path: path).load(useCache: false).graph)
        }
        return (fs.trace, states)
    }

    /// Every fault at every call it applies to.
    func run() -> Report {
        var report = Report(name: name)
        let reference: (trace: [FaultyFileSystem.Call], states: [PropertyGraph])
        do { reference = try self.reference() } catch {
            report.violation("\(name): the clean run failed: \(error)")
            return report
        }
        report.trace = reference.trace
        for fault in faults {
            let cases = Self.applicable(fault, reference.trace)
            report.expectedCases += cases.count
            for n in cases {
                let label = "\(name): \(fault) at call \(n) (\(reference.trace[n - 1]))"
                runCase(
                    FaultyFileSystem(fault: fault, at: n), fault: fault, cut: nil, label: label,
                    states: reference.states, report: &report)
            }
        }
        return report
    }

    /// A power cut after each call (and before the first, and after the last), with each
    /// of `survivals` deciding what of the unsynced writes reaches the disk.
    func runPowerCuts(survivals: (Int) -> [PowerCut.Survival]) -> Report {
        var report = Report(name: name + " (power cut)")
        let reference: (trace: [FaultyFileSystem.Call], states: [PropertyGraph])
        do { reference = try self.reference() } catch {
            report.violation("\(name): the clean run failed: \(error)")
            return report
        }
        report.trace = reference.trace
        for n in 0...reference.trace.count {
            for survival in survivals(n) {
                report.expectedCases += 1
                let after = n == 0 ? "before the first call" : "after call \(n) (\(reference.trace[n - 1]))"
                let label = "\(name): power cut \(after), \(survival) survives"
                runCase(
                    FaultyFileSystem(fault: .kill, at: n + 1), fault: .kill, cut: survival, label: label,
                    states: reference.states, report: &report)
            }
        }
        return report
    }

    /// One case: prepare, run the steps through `fs`, (cut the power,) check.
    func runCase(
        _ fs: FaultyFileSystem, fault: FaultyFileSystem.Fault, cut: PowerCut.Survival?, label: String,
        states: [PropertyGraph], report: inout Report
    ) {
        report.cases += 1
        let folder = TemporaryFolder(inMemory: true)
        let path = folder.path(Self.registryName)
        var initial: [String: PowerCut.File] = [:]
        let startsWithRegistry: Bool
        do {
            try prepare(Registry(path: path))
            startsWithRegistry = Registry(path: path).exists
            if cut != nil { initial = try PowerCut.snapshot(folder.url.path) }
        } catch {
            report.violation("\(label): prepare failed: \(error)")
            return
        }
        let registry = Registry(path: path, fileSystem: seam(fs))
        var reported = 0
        var failure: Error?
        var bytesBefore: [UInt8]?
        for step in steps {
            bytesBefore = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            do {
                try step(registry)
                reported += 1
            } catch {
                failure = error
                break
            }
        }
        let died = fs.isDead
        fs.exit()
        report.injected += fs.injected > 0 ? fs.injected : (cut != nil ? 1 : 0)
        if let cut {
            do {
                try PowerCut.materialize(
                    PowerCut.state(initial: initial, log: fs.log, survival: cut), in: folder.url.path)
            } catch {
                report.violation("\(label): cannot lay out the disk after the cut: \(error)")
                return
            }
        }
        if died || cut != nil {
            report.killed += 1
        } else if failure != nil {
            report.failedCleanly += 1
        } else {
            report.completed += 1
        }

        // 3. A failure of a live process: a clear error, the registry byte for byte as it was.
        if let failure, !died, cut == nil {
            if fault == .shortWrite {
                report.violation("\(label): a short write made the step fail: \(failure)")
            }
            guard let error = failure as? RegistryError, case .io(_, let message) = error else {
                report.violation("\(label): failed with something other than an I/O error: \(failure)")
                return
            }
            let expected =
                fault == .diskFull
                ? Message(.ioReasonDiskFull).description
                : fault == .error(EIO) ? Message(.ioReasonInputOutput).description : ""
            if !message.description.contains(expected) {
                report.violation("\(label): the error does not say '\(expected)': \(error)")
            }
            // As it was, or as it was without an interrupted writer's uncommitted tail.
            let replacedAlready = message.key == .ioCannotSyncFolder
            let now = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            let committed = bytesBefore.flatMap { bytes in
                (try? RegistryLoader.parse(Data(bytes), file: path)).map { Array(bytes.prefix($0.committedLength)) }
            }
            if !replacedAlready, now != bytesBefore, now != committed {
                report.violation(
                    "\(label): the step failed (\(error)) but the registry changed: \(bytesBefore?.count ?? -1) → \(now?.count ?? -1) bytes"
                )
            }
        }

        // 1. It loads (this is also the next command), with and without the image, alike.
        let plain = Registry(path: path)
        let loaded: LoadedRegistry
        do {
            loaded = try plain.load()
            let parsed = try plain.load(useCache: false)
            if !Self.same(loaded.graph, parsed.graph) {
                report.violation("\(label): the image and the registry disagree")
            }
        } catch {
            if reported == 0, !plain.exists, !startsWithRegistry {
                // Creating a registry that was not there: absent is its state before.
                checkNoTemporaries(folder, label: label, report: &report)
                do {
                    try plain.transaction(create: true) { g in try g.addNode(key: "next/write", labels: ["X"]) }
                } catch {
                    report.violation("\(label): the next write failed: \(error)")
                }
                return
            }
            report.violation("\(label): the registry does not load: \(error)")
            return
        }

        // 2. Every reported step is there; the interrupted one wholly or not at all.
        let allowed = failure == nil && !died ? [reported] : [reported, reported + 1].filter { $0 < states.count }
        if !allowed.contains(where: { Self.same(loaded.graph, states[$0]) }) {
            report.violation(
                "\(label): \(reported) step(s) reported, the registry holds neither S\(reported) nor S\(reported + 1) (\(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships)"
            )
        }

        // 4. No temporary file once the next command has run.
        checkNoTemporaries(folder, label: label, report: &report)

        // 5. The next write succeeds, and cuts any torn tail.
        do {
            try plain.transaction { g in try g.addNode(key: "next/write", labels: ["Stakeholder"]) }
            let again = try plain.load()
            if !again.warnings.isEmpty {
                report.violation("\(label): warnings after the next write: \(again.warnings)")
            }
            if again.graph.node(forKey: "next/write") == nil || again.graph.nodeCount != loaded.graph.nodeCount + 1 {
                report.violation("\(label): the next write is not there as written")
            }
        } catch {
            report.violation("\(label): the next write failed: \(error)")
        }
    }

    /// The names a registry's folder may hold between commands.
    static let companions: Set<String> = [registryName, registryName + ".lock", registryName + ".sinergi-cache"]

    func checkNoTemporaries(_ folder: TemporaryFolder, label: String, report: inout Report) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        } catch {
            report.violation("\(label): cannot list the folder to look for temporaries: \(error)")
            return
        }
        let strays = names.filter { !Self.companions.contains($0) }
        if !strays.isEmpty { report.violation("\(label): left behind after the next command: \(strays.sorted())") }
    }

    /// Same keys, labels, properties, relationships and declared indexes.
    static func same(_ a: PropertyGraph, _ b: PropertyGraph) -> Bool {
        RandomGraphs.sameContent(a, b)
            && a.indexes.map { "\($0.label).\($0.property)" }.sorted()
                == b.indexes.map { "\($0.label).\($0.property)" }
                .sorted()
    }
}
