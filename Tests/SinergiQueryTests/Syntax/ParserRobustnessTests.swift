// The parser must never crash or hang: every prefix of a few hundred TCK
// queries, seeded random byte strings and seeded random token soups are fed
// to it, and each must come back as a tree or a QueryError.

import Testing

@testable import SinergiQuery

@Suite("Parser robustness")
struct ParserRobustnessTests {
    /// Parses and reports whether the result was a tree (true) or an error (false).
    @discardableResult
    func survive(_ source: String) -> Bool {
        do {
            _ = try Parser.parseStatements(source)
            return true
        } catch {
            // A located error must point inside the source (or just after it).
            if let location = error.location {
                #expect(location.offset <= source.utf8.count)
                #expect(location.line >= 1 && location.column >= 1)
            }
            _ = error.render(source: source)
            return false
        }
    }

    @Test("every prefix of TCK queries parses or fails cleanly")
    func prefixes() throws {
        let queries = try SyntaxTCKQueries.load(folders: ParserTCKAcceptanceTests.requiredFolders)
            .map(\.text)
            .filter { $0.count <= 400 }
        var generator = SyntaxSeededGenerator(seed: 20_260_521)
        let sample =
            queries.isEmpty ? [] : (0..<300).map { _ in queries[Int(generator.next() % UInt64(queries.count))] }
        var trees = 0
        var errors = 0
        for query in sample {
            var prefix = ""
            for character in query {
                prefix.append(character)
                if survive(prefix) { trees += 1 } else { errors += 1 }
            }
        }
        #expect(trees > 0 && errors > 0, "trees \(trees), errors \(errors)")
    }

    @Test("random byte strings parse or fail cleanly")
    func randomBytes() {
        var generator = SyntaxSeededGenerator(seed: 7)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 80)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            survive(String(decoding: bytes, as: UTF8.self))
            let ascii = (0..<length).map { _ in UInt8(32 + generator.next() % 95) }
            survive(String(decoding: ascii, as: UTF8.self))
        }
    }

    @Test("random token soups parse or fail cleanly")
    func tokenSoup() {
        let vocabulary = [
            "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "CREATE", "MERGE", "ON", "SET", "REMOVE",
            "DELETE", "DETACH", "CALL", "YIELD", "UNION", "ALL", "ORDER", "BY", "SKIP", "LIMIT", "DISTINCT", "CASE",
            "WHEN", "THEN", "ELSE", "END", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "STARTS", "ENDS", "CONTAINS",
            "EXISTS", "count", "reduce", "any", "n", "m", "x", "p", "r", "(", ")", "[", "]", "{", "}", ",", ".", "..",
            ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<>", "<", ">", "<=", ">=", "=~", "+=", "->", "<-",
            "--", "1", "2.5", "'s'", "$p", "`q`", "0x1F", "true",
        ]
        var generator = SyntaxSeededGenerator(seed: 42)
        for _ in 0..<5000 {
            let length = Int(generator.next() % 40)
            let words = (0..<length).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
            survive(words.joined(separator: " "))
        }
    }

    @Test("pathological nesting fails cleanly")
    func nesting() {
        for opener in ["(", "[", "{a:", "-", "NOT ", "(a)-->(", "[x IN ", "CASE WHEN ", "EXISTS { MATCH (n) WHERE "] {
            #expect(!survive("RETURN " + String(repeating: opener, count: 3000)))
        }
    }
}
