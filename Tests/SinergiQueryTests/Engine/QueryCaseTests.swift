// Runs the query cases in `Cases/*.txt`: each case is a statement with optional
// setup statements and its expected rows (or error code), compared as text.
//
// Case format (one or more per file):
// ```
// === title
// setup: CREATE (:A {num: 1})        (any number of setup lines, run in order)
// query: MATCH (n:A) RETURN n.num AS x
// expect:                            (or `expect unordered:`)
// x                                  (the column names, separated by " | ")
// 1                                  (one line per row, values as openCypher literals)
// ```
// or `error: UndefinedVariable` instead of `expect:`; `stats: +nodes 1 +labels 1` checks
// the side effects; `plan contains: Text` checks the EXPLAIN/PROFILE text; `maxrows: N`
// sets `QueryOptions.maxRows`. Lines starting with `#` are comments; `parameters:` sets
// parameters from a map literal. A failing statement must leave the graph unchanged.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiQuery

struct QueryCase: CustomStringConvertible, Sendable {
    var file: String
    var title: String
    var setup: [String] = []
    var query = ""
    var parameters = ""
    var expected: [String]? = nil
    var unordered = false
    var error: String? = nil
    var stats: String? = nil
    var maxRows: Int? = nil
    var planContains: [String] = []

    var description: String { "\(file): \(title)" }

    /// Every case of every `Cases/*.txt` file.
    /// - Throws: when the folder is missing, holds no case file, or a file holds no case: a
    ///   missing fixture fails the run instead of running nothing.
    static func load() throws -> [QueryCase] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        guard !files.isEmpty else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: dir.path]) }
        var cases: [QueryCase] = []
        for f in files.sorted() {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let before = cases.count
            var current: QueryCase?
            var inExpect = false
            for raw in text.components(separatedBy: "\n") {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("#") { continue }
                if line.hasPrefix("=== ") {
                    if let c = current { cases.append(c) }
                    current = QueryCase(file: f, title: String(line.dropFirst(4)))
                    inExpect = false
                    continue
                }
                guard var c = current else { continue }
                if line.hasPrefix("setup: ") {
                    c.setup.append(String(line.dropFirst(7)))
                } else if line.hasPrefix("query: ") {
                    c.query += (c.query.isEmpty ? "" : "\n") + String(line.dropFirst(7))
                } else if line.hasPrefix("parameters: ") {
                    c.parameters = String(line.dropFirst(12))
                } else if line.hasPrefix("error: ") {
                    c.error = String(line.dropFirst(7))
                } else if line.hasPrefix("maxrows: ") {
                    c.maxRows = Int(line.dropFirst(9))
                } else if line.hasPrefix("plan contains: ") {
                    c.planContains.append(String(line.dropFirst(15)))
                } else if line.hasPrefix("stats: ") {
                    c.stats = String(line.dropFirst(7))
                } else if line == "expect:" || line == "expect unordered:" {
                    c.expected = []
                    c.unordered = line != "expect:"
                    inExpect = true
                } else if inExpect && !line.isEmpty {
                    c.expected?.append(line)
                }
                current = c
            }
            if let c = current { cases.append(c) }
            if let empty = cases[before...].first(where: { $0.query.isEmpty })
                ?? (cases.count == before ? QueryCase(file: f, title: "") : nil)
            {
                throw CocoaError(
                    .fileReadCorruptFile,
                    userInfo: [NSFilePathErrorKey: f, NSLocalizedDescriptionKey: "no query in '\(empty.title)'"])
            }
        }
        return cases
    }
}

func statsText(_ s: QueryStatistics) -> String {
    var parts: [String] = []
    func add(_ name: String, _ n: Int) { if n != 0 { parts.append("\(name) \(n)") } }
    add("+nodes", s.nodesCreated)
    add("-nodes", s.nodesDeleted)
    add("+relationships", s.relationshipsCreated)
    add("-relationships", s.relationshipsDeleted)
    add("+properties", s.propertiesSet)
    add("-properties", s.propertiesRemoved)
    add("+labels", s.labelsAdded)
    add("-labels", s.labelsRemoved)
    return parts.joined(separator: " ")
}

@Test("query cases", arguments: try QueryCase.load())
func queryCase(_ c: QueryCase) throws {
    var graph = PropertyGraph()
    for s in c.setup { _ = try QueryEngine.execute(s, on: &graph) }
    var parameters: [String: Value] = [:]
    if !c.parameters.isEmpty {
        var scratch = PropertyGraph()
        let r = try QueryEngine.execute("RETURN \(c.parameters) AS p", on: &scratch)
        if case .map(let m)? = r.rows.first?.first { parameters = m }
    }
    var options = QueryOptions()
    if let m = c.maxRows { options.maxRows = m }
    let before = graph
    do {
        let result = try QueryEngine.execute(c.query, parameters: parameters, on: &graph, options: options)
        for fragment in c.planContains {
            #expect(result.plan?.contains(fragment) == true, "plan lacks '\(fragment)':\n\(result.plan ?? "no plan")")
        }
        #expect(c.error == nil, "expected error \(c.error ?? "")")
        if let expected = c.expected {
            var lines = result.rows.map { row in
                row.map { ValueFormatter.literal($0, graph: graph) }.joined(separator: " | ")
            }
            var want = Array(expected.dropFirst())
            if c.unordered {
                lines.sort()
                want.sort()
            }
            #expect(result.columns.joined(separator: " | ") == expected.first)
            #expect(lines == want)
        }
        if let stats = c.stats {
            #expect(statsText(result.statistics) == stats)
        }
    } catch {
        #expect(error.code.rawValue == c.error, "\(error)")
        // A failed statement leaves the graph as it was.
        #expect(graph.nodeCount == before.nodeCount && graph.relationshipCount == before.relationshipCount)
        #expect(graph.nodes.map { graph.properties(of: $0) } == before.nodes.map { before.properties(of: $0) })
    }
}
