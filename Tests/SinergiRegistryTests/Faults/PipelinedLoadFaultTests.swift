// The real `sinergi` loading a registry large enough to be read in pieces on two threads, with
// faults injected into its real reads (EIO at the Nth pread64, on either thread, and SIGKILL):
// every run ends with the message of a read that failed and a non-zero exit, or with the
// injected signal, never a hang or a trap, and leaves the registry byte for byte as it was
// and no image or temporary file behind.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized) struct PipelinedLoadFaultTests {
    @Test func faultsInjectedIntoTheReadsOfBothThreadsEndCleanly() throws {
        guard Strace.path != nil else {
            Issue.record("strace is not installed (.ci/run installs it)")
            return
        }
        let folder = TemporaryFolder()
        let path = folder.path("r.jsonl")
        let registry = Registry(path: path)
        try registry.create(with: RandomGraphs.graph(seed: 23, nodes: 14_000, relationships: 22_000))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before.count >= RegistryLoader.pipelineBytes, "\(before.count) bytes: too small to be read in pieces")
        let arguments = ["--lang", "en", "stats", "-r", "r.jsonl"]

        // Without a fault the load succeeds and writes the image.
        let clean = try ChildProcess(BuiltProducts.sinergi, arguments, in: folder.path).finish()
        #expect(clean.status == 0 && !clean.signalled, "\(clean)")
        try FileManager.default.removeItem(atPath: RegistryCache.imagePath(forRegistry: path))

        // strace counts the calls of each thread apart (`when=N` is each thread's Nth pread64,
        // the dynamic loader's included). The loading thread reads the file once to count what
        // to reserve and then, for the image, samples of it (a failure there only leaves the
        // image unwritten); the worker reads it once in pieces. So the Nth read is a piece of
        // the counting pass on one thread and, for N up to the number of pieces, a piece on
        // the other, whichever comes first.
        let (mainReads, workerReads) = try registryReads(arguments, in: folder.path)
        let pieces = (before.count + (1 << 20) - 1) >> 20
        let counting = Array(mainReads.prefix(pieces))
        #expect(mainReads.count > pieces && workerReads == pieces, "\(mainReads) \(workerReads) for \(pieces) pieces")
        guard counting.count > 4 else { return }
        let plan = [
            (counting[0], "error=EIO"), (counting[1], "error=EIO"), (counting[counting.count / 2], "error=EIO"),
            (counting[counting.count - 1], "error=EIO"), (counting[counting.count / 3], "signal=KILL"),
        ]
        for (n, fault) in plan {
            let label = "pread64 #\(n) \(fault)"
            guard
                case let (end, injected)? = try Strace.inject(
                    arguments, in: folder.path, syscall: "pread64", n: n, fault: fault)
            else {
                Issue.record("\(label): still running after a minute (a hang)")
                continue
            }
            #expect(injected, "\(label): strace injected nothing")
            if fault == "signal=KILL" {
                #expect(end.signalled && end.status == SIGKILL, "\(label): \(end)")
            } else {
                #expect(!end.signalled && end.status != 0, "\(label): \(end)")
                #expect(end.stderr.contains("r.jsonl") && end.stderr.contains("cannot read"), "\(label): \(end)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(label): the registry changed")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(left == ["r.jsonl"] || left == ["r.jsonl", "r.jsonl.lock"], "\(label): \(left)")
        }
    }

    /// In a traced run of `sinergi arguments`: the loading thread's ordinals (1-based, among
    /// all of its pread64 calls) of its reads of `r.jsonl` (the counting pass, then the image's
    /// samples), and how many reads of it the worker made.
    func registryReads(_ arguments: [String], in folder: String) throws -> (counting: [Int], worker: Int) {
        let output = folder + "/../strace-reads-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let child = try ChildProcess(
            Strace.path!, ["-f", "-qq", "-y", "-o", output, "-e", "trace=pread64", BuiltProducts.sinergi] + arguments,
            in: folder)
        let end = child.finish()
        #expect(end.status == 0, "\(end)")
        try? FileManager.default.removeItem(atPath: RegistryCache.imagePath(forRegistry: folder + "/r.jsonl"))
        var perThread: [Substring: Int] = [:]
        var mainThread: Substring?
        var counting: [Int] = []
        var worker = 0
        for line in try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        where line.contains("pread64(") {
            guard let pid = line.split(separator: " ").first else { continue }
            if mainThread == nil { mainThread = pid }
            perThread[pid, default: 0] += 1
            guard line.contains("/r.jsonl>") else { continue }
            if pid == mainThread {
                counting.append(perThread[pid]!)
            } else {
                worker += 1
            }
        }
        return (counting, worker)
    }
}
