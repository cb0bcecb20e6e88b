// sinergi-bench: loads a registry and times the query and algorithm benchmarks
// in-process (release build), printing median and minimum per benchmark, the
// load time and the process's peak memory. See docs/performance.md.

import Dispatch
import Foundation
import SinergiGraph
import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func fail(_ message: String, code: Int32 = 2) -> Never {
    var stderr = FileHandleStream()
    print("sinergi-bench: \(message)", to: &stderr)
    exit(code)
}

func writeStandardError(_ string: String) {
    let bytes = Array(string.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Writes to standard error.
struct FileHandleStream: TextOutputStream {
    mutating func write(_ string: String) { writeStandardError(string) }
}

let options: BenchOptions
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let o): options = o
case .failure(let e): fail("\(e.message)\n\(BenchOptions.usage)")
}
if options.help {
    print(BenchOptions.usage)
    exit(0)
}

let loadStart = DispatchTime.now()
let loaded: LoadedRegistry
do {
    loaded = try Registry(path: options.registry).load()
} catch {
    fail("\(error)", code: 1)
}
let loadMilliseconds = Timer.milliseconds(since: loadStart)

let subject: BenchSubject
switch BenchSubject.make(graph: loaded.graph) {
case .success(let s): subject = s
case .failure(let e): fail(e.message, code: 1)
}

if options.questions {
    runQuestions()
}

/// `--questions`: the analyst questions on Sinergi and Kùzu, side by side.
@MainActor func runQuestions() -> Never {
    var questions = AnalystQuestion.all(officeName: subject.officeName)
    if options.list {
        for q in questions { print("\(q.name)\t\(q.title)") }
        exit(0)
    }
    let unknown = options.only.filter { name in !questions.contains { $0.name == name } }
    if !unknown.isEmpty { fail("unknown question \(unknown.joined(separator: ", ")); --list shows the names") }
    if !options.only.isEmpty { questions = questions.filter { options.only.contains($0.name) } }
    var peer: KuzuPeer?
    if !options.noPeer {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peers")
            .appendingPathComponent("kuzu_peer.py").path
        do {
            peer = try KuzuPeer(
                python: options.python, script: script, database: options.kuzuDatabase, csv: options.csv,
                rebuild: options.rebuildKuzu)
        } catch {
            fail("\(error)", code: 1)
        }
    }
    let rows = AnalystSuite.run(
        questions, subject: subject, peer: peer, rounds: options.rounds, repetitions: options.repetitions)
    let load = ResourceUsage.loadAverage().map { $0.map { Report.format2($0) }.joined(separator: " ") } ?? "unknown"
    print(
        "registry: \(options.registry) (\(subject.graph.nodeCount) nodes, \(subject.graph.relationshipCount) relationships)"
    )
    print("rounds: \(options.rounds) × \(options.repetitions) timed runs after a warm-up; load average now: \(load)")
    print("medians (minimum) in ms over all rounds\n")
    print(AnalystSuite.render(rows, peerVersion: peer?.version ?? "Kùzu", format: options.format), terminator: "")
    exit(0)
}

let benchmarks = QueryBenchmarks.all(subject) + AlgorithmBenchmarks.all(subject)
if options.list {
    for b in benchmarks { print("\(b.group)\t\(b.name)") }
    exit(0)
}
let unknown = options.only.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty { fail("unknown benchmark \(unknown.joined(separator: ", ")); --list shows the names") }

var measurements: [Measurement] = []
for b in benchmarks where options.only.isEmpty || options.only.contains(b.name) {
    do {
        let m = try Timer.measure(name: b.name, group: b.group, repetitions: options.repetitions, b.run)
        measurements.append(m)
        var stderr = FileHandleStream()
        print("\(b.name): median \(Report.format2(m.median)) ms — \(m.answer)", to: &stderr)
    } catch {
        measurements.append(Measurement(name: b.name, group: b.group, samples: [], answer: "error: \(error)"))
    }
}

let context = Report.Context(
    registry: options.registry, nodes: subject.graph.nodeCount, relationships: subject.graph.relationshipCount,
    loadMilliseconds: loadMilliseconds, repetitions: options.repetitions)
print(Report.render(measurements, context: context, format: options.format), terminator: "")
