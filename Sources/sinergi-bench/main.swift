// sinergi-bench: loads a registry and times the query and algorithm benchmarks
// in-process (release build), printing median and minimum per benchmark, the
// load time and the process's peak memory. See docs/performance.md.

import Dispatch
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
