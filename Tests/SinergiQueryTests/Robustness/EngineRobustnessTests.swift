// Nothing a user types may crash the engine: every TCK query, mutated with extreme values and
// broken tokens, must return rows or a QueryError — never trap. A trap would end the test process.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiQuery

@Suite struct EngineRobustnessTests {
    /// Replacements that stress arithmetic, indexing, conversion and limits.
    static let extremes = [
        "9223372036854775807", "-9223372036854775808", "0", "-1", "1.7976931348623157e308", "-0.0", "(0.0/0.0)",
        "''", "[]", "{}", "null", "range(0, 100000)", "'\u{1F4DA}'", "[null, [null]]", "size(range(1, 10))",
        "date('2023-02-29')", "toInteger('9223372036854775808')", "2^1024", "'a' * 2", "[1,2][9223372036854775807]",
        "substring('abc', -1)", "left('abc', 9223372036854775807)", "range(9223372036854775800, 9223372036854775807)",
    ]

    /// A small graph with a cycle, a self-loop and every property type.
    static func graph() throws -> PropertyGraph {
        var g = PropertyGraph()
        var ids: [NodeID] = []
        for i in 0..<6 {
            ids.append(
                try g.addNode(
                    key: "k\(i)", labels: i % 2 == 0 ? ["A"] : ["B", "C"],
                    properties: [
                        "name": .string("n\(i)"), "num": .int(Int64(i)), "f": .double(Double(i) / 3), "l": [1, 2],
                    ]))
        }
        for i in 0..<ids.count {
            try g.addRelationship(
                type: "T", from: ids[i], to: ids[(i + 1) % ids.count], properties: ["w": .int(Int64(i))])
        }
        try g.addRelationship(type: "LOOP", from: ids[0], to: ids[0])
        return g
    }

    /// Replaces the n-th integer literal (digits run) of `query` by `replacement`.
    static func mutate(_ query: String, at n: Int, with replacement: String) -> String {
        var out = ""
        var seen = 0
        var index = query.startIndex
        while index < query.endIndex {
            let ch = query[index]
            if ch.isNumber, index == query.startIndex || !(query[query.index(before: index)].isLetter) {
                var end = index
                while end < query.endIndex, query[end].isNumber { end = query.index(after: end) }
                out += seen == n ? replacement : String(query[index..<end])
                seen += 1
                index = end
                continue
            }
            out.append(ch)
            index = query.index(after: index)
        }
        return out
    }

    /// What running one statement showed: rows, or an error that is a proper diagnostic and
    /// left the graph as it was. Anything else is recorded as an issue.
    enum Outcome { case rows, error }

    static func run(
        _ text: String, on graph: inout PropertyGraph, options: QueryOptions, parameters: [String: Value] = [:]
    ) -> Outcome {
        let before = graph
        do {
            let result = try QueryEngine.execute(text, parameters: parameters, on: &graph, options: options)
            #expect(result.rows.count <= options.maxRows, "\(text): more rows than the limit")
            #expect(result.rows.allSatisfy { $0.count == result.columns.count }, "\(text): ragged rows")
            return .rows
        } catch {
            // A diagnostic with a stable code and a message, located inside the statement
            // when it names a place, and a failed statement changes nothing.
            #expect(!error.code.rawValue.isEmpty && !error.message.isEmpty, "\(text): \(error)")
            if let location = error.location {
                #expect(location.offset <= text.utf8.count && location.line >= 1 && location.column >= 1, "\(text)")
            }
            #expect(!error.render(source: text).isEmpty)
            #expect(RandomGraphs.sameContent(graph, before), "\(text): failed with \(error.code) but changed the graph")
            graph = before
            return .error
        }
    }

    @Test func mutatedTCKQueriesNeverCrash() throws {
        let queries = try SyntaxTCKQueries.load(folders: [
            "expressions/list", "expressions/mathematical",
            "expressions/string", "expressions/typeConversion", "expressions/aggregation", "clauses/return",
            "clauses/unwind", "clauses/with", "clauses/match", "clauses/create", "clauses/set", "clauses/merge",
            "clauses/delete", "expressions/map", "expressions/comparison", "expressions/temporal",
        ])
        #expect(queries.count > 500)
        var rng = SeededGenerator(seed: 11)
        var options = QueryOptions(maxRows: 20_000, timeout: 2)
        options.randomSeed = 1
        var outcomes = (rows: 0, errors: 0)
        for q in queries {
            for _ in 0..<3 {
                let replacement = Self.extremes[Int.random(in: 0..<Self.extremes.count, using: &rng)]
                let text = Self.mutate(q.text, at: Int.random(in: 0..<4, using: &rng), with: replacement)
                var g = try Self.graph()
                switch Self.run(text, on: &g, options: options, parameters: ["param": .int(Int64.max)]) {
                case .rows: outcomes.rows += 1
                case .error: outcomes.errors += 1
                }
            }
        }
        // The mutations provoke both: answers, and errors that come back as diagnostics.
        #expect(outcomes.rows > 0 && outcomes.errors > 0, "\(outcomes)")
    }

    @Test func truncatedAndGarbledQueriesNeverCrash() throws {
        let queries = try SyntaxTCKQueries.load(folders: ["clauses/match", "clauses/merge", "expressions/pattern"])
        #expect(queries.count >= 300)
        var rng = SeededGenerator(seed: 5)
        var outcomes = (rows: 0, errors: 0)
        for q in queries.prefix(300) {
            let scalars = Array(q.text.unicodeScalars)
            let cut = Int.random(in: 0...scalars.count, using: &rng)
            var text = String(String.UnicodeScalarView(scalars.prefix(cut)))
            text +=
                ["(", ")", "]", "-[*", "..", "'", "}", "$", " RETURN *", " WITH 1 AS x", ""][
                    Int.random(in: 0..<11, using: &rng)]
            var g = try Self.graph()
            switch Self.run(text, on: &g, options: QueryOptions(maxRows: 20_000, timeout: 2)) {
            case .rows: outcomes.rows += 1
            case .error: outcomes.errors += 1
            }
        }
        #expect(outcomes.rows > 0 && outcomes.errors > 0, "\(outcomes)")
    }

    @Test func truncatedAndGarbledSchemaStatementsNeverCrash() throws {
        let statements = [
            "CREATE INDEX by_name IF NOT EXISTS FOR (s:Stakeholder) ON (s.name)",
            "CREATE INDEX ON :Regency(code)", "DROP INDEX by_name IF EXISTS", "DROP INDEX ON :Regency(code)",
            "SHOW INDEXES",
        ]
        let noise = ["(", ")", ":", ".", ",", "`", "'", " IF", " ON", " FOR", "-[r]-", " RETURN 1", ";", ""]
        var rng = SeededGenerator(seed: 11)
        var outcomes = (succeeded: 0, failedCleanly: 0)
        for _ in 0..<400 {
            let base = Array(statements[Int.random(in: 0..<statements.count, using: &rng)].unicodeScalars)
            let cut = Int.random(in: 0...base.count, using: &rng)
            var text = String(String.UnicodeScalarView(base.prefix(cut)))
            text += noise[Int.random(in: 0..<noise.count, using: &rng)]
            text += String(String.UnicodeScalarView(base.suffix(from: min(base.count, cut + 1))))
            var g = try Self.graph()
            let before = g.indexes.count
            do {
                _ = try QueryEngine.execute(text, on: &g)
                outcomes.succeeded += 1
            } catch {
                outcomes.failedCleanly += 1
                #expect(g.indexes.count == before, "\(text)")  // a failed statement changes nothing
            }
        }
        #expect(outcomes.succeeded > 0 && outcomes.failedCleanly > 0)
    }
}
