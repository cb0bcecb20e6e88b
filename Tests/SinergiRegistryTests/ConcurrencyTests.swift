// Really concurrent: importers, optimistic `query` writers, compactions and readers, all real
// processes started together, round after round; every process's exit and standard error checked,
// and the totals exact.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized) struct ConcurrencyTests {
    /// What one command of one actor did.
    struct Run: Sendable {
        var actor: String
        var arguments: [String]
        var ending: ChildProcess.Ending
    }

    /// Runs every actor's commands (one after another per actor; the actors at the same
    /// time, released together) and returns every run.
    func together(_ actors: [(name: String, commands: [[String]])], in folder: String) -> [Run] {
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        let lock = NSLock()
        nonisolated(unsafe) var runs: [Run] = []
        for actor in actors {
            group.enter()
            DispatchQueue.global().async {
                start.wait()
                for arguments in actor.commands {
                    let ending: ChildProcess.Ending
                    do {
                        ending = try ChildProcess.run(sinergi: arguments, in: folder)
                    } catch {
                        ending = ChildProcess.Ending(status: -1, signalled: false, stderr: "cannot start: \(error)")
                    }
                    lock.withLock { runs.append(Run(actor: actor.name, arguments: arguments, ending: ending)) }
                }
                group.leave()
            }
        }
        for _ in actors { start.signal() }
        group.wait()
        return runs
    }

    @Test func writersQueryWritersCompactionsAndReadersAtTheSameTime() throws {
        let folder = TemporaryFolder()
        let inputs = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: PropertyGraph())
        let rounds = 3
        let importers = 3
        let batchesPerImporter = 3
        let nodesPerBatch = 25
        let queryWriters = 2
        let statementsPerWriter = 3
        let compactionsPerRound = 2
        let readsPerRound = 4
        var expectedNodes = 0
        var allRuns: [Run] = []
        for round in 0..<rounds {
            var actors: [(name: String, commands: [[String]])] = []
            for w in 0..<importers {
                var commands: [[String]] = []
                for b in 0..<batchesPerImporter {
                    var text = ""
                    for k in 0..<nodesPerBatch {
                        text +=
                            #"{"type":"node","id":"r\#(round)/w\#(w)/b\#(b)/\#(k)","labels":["Stakeholder"],"properties":{"name":"n\#(k)","round":\#(round)}}"#
                            + "\n"
                    }
                    let file = inputs.path("r\(round)-w\(w)-b\(b).jsonl")
                    try text.write(toFile: file, atomically: false, encoding: .utf8)
                    commands.append(["import", "-r", "r.jsonl", file])
                    expectedNodes += nodesPerBatch
                }
                actors.append(("importer \(w)", commands))
            }
            for q in 0..<queryWriters {
                actors.append(
                    (
                        "query writer \(q)",
                        (0..<statementsPerWriter).map { s in
                            // The first writer's names are new to the registry: allowed, so no warning.
                            [
                                "query", "-q", "-r", "r.jsonl", "--allow", "Written", "--allow", "round", "--allow",
                                "writer", "--allow", "n", "CREATE (:Written {round: \(round), writer: \(q), n: \(s)})",
                            ]
                        }
                    ))
                expectedNodes += statementsPerWriter
            }
            actors.append(("compactor", Array(repeating: ["compact", "-r", "r.jsonl"], count: compactionsPerRound)))
            actors.append(
                (
                    "reader",
                    Array(
                        repeating: ["query", "-q", "-r", "r.jsonl", "MATCH (n) RETURN count(n) AS n"],
                        count: readsPerRound)
                ))
            allRuns += together(actors, in: folder.path)
        }

        // Every process: exit 0, no signal, and on standard error exactly what it should say.
        let expectedRuns =
            rounds
            * (importers * batchesPerImporter + queryWriters * statementsPerWriter + compactionsPerRound + readsPerRound)
        #expect(allRuns.count == expectedRuns)
        for run in allRuns {
            let e = run.ending
            #expect(e.status == 0 && !e.signalled, "\(run.actor) \(run.arguments): \(e)")
            switch run.arguments[0] {
            case "import":
                let pattern =
                    #"^imported into r\.jsonl: \#(nodesPerBatch) nodes and 0 relationships created, 0 replaced, 0 skipped \(transaction [0-9]+\)\n$"#
                #expect(e.stderr.range(of: pattern, options: .regularExpression) != nil, "\(run.actor): \(e.stderr)")
            case "compact":
                #expect(
                    e.stderr.range(
                        of: #"^compacted r\.jsonl: [0-9,]+ transactions? folded, [^\n]*\n$"#,
                        options: .regularExpression)
                        != nil, "\(run.actor): \(e.stderr)")
            default:
                // Writers and readers with -q print nothing on standard error: no warning about a
                // writer's tail that was in fact being written, no conflict left unresolved.
                #expect(e.stderr.isEmpty, "\(run.actor) \(run.arguments): \(e.stderr)")
            }
        }

        // The totals are exact: nothing lost, nothing twice.
        let loaded = try registry.load(useCache: false)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.graph.nodeCount == expectedNodes)
        let imported = loaded.graph.nodes.filter { loaded.graph.labels(of: $0).contains("Stakeholder") }
        #expect(imported.count == rounds * importers * batchesPerImporter * nodesPerBatch)
        let written = loaded.graph.nodes.filter { loaded.graph.labels(of: $0).contains("Written") }
        let stamps = Set(
            written.map { n in
                ["round", "writer", "n"].map { loaded.graph.property($0, of: n).intValue ?? -1 }
            })
        #expect(written.count == rounds * queryWriters * statementsPerWriter)
        #expect(stamps.count == written.count, "a query writer's statement was committed twice")
        #expect(
            folder.names()
                == ["r.jsonl", "r.jsonl.lock", "r.jsonl.sinergi-cache"].filter { folder.names().contains($0) })
        #expect(try registry.load().graph.nodeCount == expectedNodes)
    }
}
