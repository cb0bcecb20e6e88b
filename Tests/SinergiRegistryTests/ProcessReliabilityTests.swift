// Reliability with real processes: writers killed with SIGKILL mid-commit, and concurrent writers.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `sinergi` as a child process.
struct ChildProcess {
    let process = Process()
    let errorPipe = Pipe()

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: BuiltProducts.sinergi)
        process.arguments = arguments
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    func finish() -> (status: Int32, stderr: String) {
        let data = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite(.serialized) struct ProcessReliabilityTests {
    /// Writes a JSON lines batch replacing `count` nodes, all stamped with `batch`.
    func batchFile(_ folder: TemporaryFolder, batch: Int, count: Int, prefix: String = "k") throws -> String {
        var text = ""
        let padding = String(repeating: "x", count: 400)
        for k in 0..<count {
            text +=
                #"{"type":"node","id":"\#(prefix)/\#(k)","labels":["Stakeholder"],"properties":{"batch":\#(batch),"name":"n\#(k)","pad":"\#(padding)"}}"#
            text += "\n"
        }
        let path = folder.path("batch-\(prefix)-\(batch).jsonl")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func writersKilledAtAnyMomentNeverBreakTheRegistryNorLoseACommit() throws {
        let folder = TemporaryFolder()
        let registry = folder.path("r.jsonl")
        var rng = SeededGenerator(seed: 2026)
        let nodesPerBatch = 40
        var lastReported = 0
        var killedBeforeReport = 0
        let iterations = 300
        for i in 1...iterations {
            let file = try batchFile(folder, batch: i, count: nodesPerBatch)
            let child: ChildProcess
            if i % 25 == 0 {
                child = try ChildProcess(["compact", "-r", registry])
            } else {
                child = try ChildProcess(["import", "-r", registry, "--create", "--on-conflict", "replace", file])
            }
            usleep(UInt32.random(in: 0...40_000, using: &rng))
            child.kill()
            let (status, stderr) = child.finish()
            if status == 0, stderr.contains("(transaction") {
                lastReported = i
            } else if i % 25 != 0 {
                killedBeforeReport += 1
            }
            guard FileManager.default.fileExists(atPath: registry) else { continue }
            // The registry always loads, atomically: every node carries the same batch, never older than the last report.
            let loaded = try Registry(path: registry).load()
            let batches = Set(loaded.graph.nodes.map { loaded.graph.property("batch", of: $0) })
            #expect(batches.count <= 1, "iteration \(i): a transaction was applied partly: \(batches)")
            if lastReported > 0 {
                #expect(loaded.graph.nodeCount == nodesPerBatch, "iteration \(i)")
                let batch = Int(batches.first?.intValue ?? 0)
                #expect(
                    batch >= lastReported, "iteration \(i): committed batch \(lastReported) was lost (found \(batch))")
            }
        }
        // The loop must have exercised both outcomes to mean anything.
        #expect(lastReported > 0)
        #expect(killedBeforeReport > 0)
        // A final write works and cuts any torn tail.
        let final = try batchFile(folder, batch: 9999, count: nodesPerBatch)
        let (status, _) = try ChildProcess(["import", "-r", registry, "--on-conflict", "replace", final]).finish()
        #expect(status == 0)
        let loaded = try Registry(path: registry).load()
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.graph.nodes.allSatisfy { loaded.graph.property("batch", of: $0) == 9999 })
    }

    @Test func concurrentWritersNeverLoseEachOthersWrites() throws {
        let folder = TemporaryFolder()
        let registry = folder.path("r.jsonl")
        try Registry(path: registry).create(with: PropertyGraph())
        let writers = 4
        let batches = 10
        let perBatch = 25
        var scripts: [Process] = []
        for w in 0..<writers {
            var commands: [String] = []
            for b in 0..<batches {
                let file = try batchFile(folder, batch: b, count: perBatch, prefix: "w\(w)b\(b)")
                commands.append("'\(BuiltProducts.sinergi)' import -r '\(registry)' '\(file)' || exit 1")
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", commands.joined(separator: "\n")]
            p.standardError = FileHandle.nullDevice
            try p.run()
            scripts.append(p)
        }
        for p in scripts {
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        let loaded = try Registry(path: registry).load()
        #expect(loaded.graph.nodeCount == writers * batches * perBatch)
        #expect(loaded.journalTransactions == writers * batches)
        #expect(loaded.lastTransaction == Int64(writers * batches))
    }
}
