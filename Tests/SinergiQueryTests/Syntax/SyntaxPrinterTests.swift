// Tests for the canonical text rendering: known renderings, and a round trip
// over every TCK query (render, parse the rendering, render again: same text),
// which checks the printer and the parser against each other.

import Testing

@testable import SinergiQuery

@Suite("Syntax printer")
struct SyntaxPrinterTests {
    @Test(
        "canonical renderings",
        arguments: [
            (
                "MATCH (n:L {k: 1})-[r:T|U*1..2]->(m) WHERE n.x > 1 RETURN n.name AS name ORDER BY name DESC LIMIT 3",
                "MATCH (n:L {k: 1})-[r:T|U*1..2]->(m) WHERE (n.x > 1) RETURN n.name AS name ORDER BY name DESC LIMIT 3"
            ),
            (
                "match (a)<--(b)--(c)<-[*]-(d) return *",
                "MATCH (a)<--(b)--(c)<-[*]-(d) RETURN *"
            ),
            (
                "RETURN 'it\\'s', `a b`.c, $`x y`, [x IN l WHERE x | x], a < b < c",
                "RETURN 'it\\'s', `a b`.c, $`x y`, [x IN l WHERE x | x], ((a < b) AND (b < c))"
            ),
            (
                "MERGE (a:A) ON CREATE SET a.x = 1, a:B ON MATCH SET a += {y: 2}",
                "MERGE (a:A) ON CREATE SET a.x = 1, a:B ON MATCH SET a += {y: 2}"
            ),
            (
                "CALL db.labels YIELD label AS l WHERE l <> 'x' RETURN l",
                "CALL db.labels YIELD label AS l WHERE (l <> 'x') RETURN l"
            ),
        ])
    func renderings(source: String, expected: String) throws {
        #expect(try Parser.parse(source).description == expected)
    }

    @Test("structural equality ignores positions")
    func structuralEquality() throws {
        let a = try Parser.parseExpression("n.x + 1")
        let b = try Parser.parseExpression("  n.x   +1")
        #expect(a != b)
        #expect(a.isStructurallyEqual(to: b))
        #expect(!a.isStructurallyEqual(to: try Parser.parseExpression("n.x + 2")))
    }

    @Test("every TCK query survives render → parse → render unchanged")
    func roundTrip() throws {
        var failures: [String] = []
        var count = 0
        let folders = ParserTCKAcceptanceTests.requiredFolders + ParserTCKAcceptanceTests.otherFolders
        for query in try SyntaxTCKQueries.load(folders: folders) {
            guard let statements = try? Parser.parseStatements(query.text) else { continue }
            count += 1
            let first = statements.map(\.description).joined(separator: "; ")
            do {
                let second = try Parser.parseStatements(first).map(\.description).joined(separator: "; ")
                if first != second { failures.append("\(query.origin)\n  \(first)\n  \(second)") }
            } catch {
                failures.append("\(query.origin)\n  \(first)\n  \(error.render(source: first))")
            }
        }
        // Every query of the vendored TCK that parses (the others expect a SyntaxError).
        #expect(count == 4788)
        #expect(
            failures.isEmpty, "\(failures.count) round-trip failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
