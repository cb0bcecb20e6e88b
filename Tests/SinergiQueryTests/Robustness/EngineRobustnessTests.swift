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
    static func graph() -> PropertyGraph {
        var g = PropertyGraph()
        var ids: [NodeID] = []
        for i in 0..<6 {
            let id = try? g.addNode(
                key: "k\(i)", labels: i % 2 == 0 ? ["A"] : ["B", "C"],
                properties: [
                    "name": .string("n\(i)"), "num": .int(Int64(i)), "f": .double(Double(i) / 3), "l": [1, 2],
                ])
            if let id { ids.append(id) }
        }
        for i in 0..<ids.count {
            _ = try? g.addRelationship(
                type: "T", from: ids[i], to: ids[(i + 1) % ids.count], properties: ["w": .int(Int64(i))])
        }
        if let first = ids.first { _ = try? g.addRelationship(type: "LOOP", from: first, to: first) }
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

    @Test func mutatedTCKQueriesNeverCrash() {
        let queries = SyntaxTCKQueries.load(folders: [
            "expressions/list", "expressions/mathematical",
            "expressions/string", "expressions/typeConversion", "expressions/aggregation", "clauses/return",
            "clauses/unwind", "clauses/with", "clauses/match", "clauses/create", "clauses/set", "clauses/merge",
            "clauses/delete", "expressions/map", "expressions/comparison", "expressions/temporal",
        ])
        #expect(queries.count > 500)
        var rng = SeededGenerator(seed: 11)
        var options = QueryOptions(maxRows: 20_000, timeout: 2)
        options.randomSeed = 1
        var ran = 0
        var failedCleanly = 0
        for q in queries {
            for _ in 0..<3 {
                let replacement = Self.extremes[Int.random(in: 0..<Self.extremes.count, using: &rng)]
                let text = Self.mutate(q.text, at: Int.random(in: 0..<4, using: &rng), with: replacement)
                var g = Self.graph()
                do {
                    _ = try QueryEngine.execute(text, parameters: ["param": .int(Int64.max)], on: &g, options: options)
                } catch {
                    failedCleanly += 1
                }
                ran += 1
            }
        }
        #expect(ran == queries.count * 3)
        #expect(failedCleanly > 0)  // the mutations do provoke errors, and they come back as QueryError
    }

    @Test func truncatedAndGarbledQueriesNeverCrash() {
        let queries = SyntaxTCKQueries.load(folders: ["clauses/match", "clauses/merge", "expressions/pattern"])
        var rng = SeededGenerator(seed: 5)
        var checked = 0
        for q in queries.prefix(300) {
            let scalars = Array(q.text.unicodeScalars)
            let cut = Int.random(in: 0...scalars.count, using: &rng)
            var text = String(String.UnicodeScalarView(scalars.prefix(cut)))
            text +=
                ["(", ")", "]", "-[*", "..", "'", "}", "$", " RETURN *", " WITH 1 AS x", ""][
                    Int.random(in: 0..<11, using: &rng)]
            var g = Self.graph()
            _ = try? QueryEngine.execute(text, on: &g, options: QueryOptions(maxRows: 20_000, timeout: 2))
            checked += 1
        }
        #expect(checked == min(300, queries.count))
    }

    @Test func truncatedAndGarbledSchemaStatementsNeverCrash() {
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
            var g = Self.graph()
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
