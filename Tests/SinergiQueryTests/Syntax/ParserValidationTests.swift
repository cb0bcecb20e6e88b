// Tests for the parse-time shape checks: pattern predicates only in predicate
// positions, YIELD * only standalone, UNION kinds not mixed, no writes inside
// EXISTS, no parameter property maps in MATCH/MERGE, and the CREATE/MERGE
// relationship rules offered to the binder.

import Testing

@testable import SinergiQuery

@Suite("Parser: shape checks")
struct ParserValidationTests {
    func code(_ source: String) -> QueryErrorCode? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            return error.code
        }
    }

    @Test(
        "pattern predicates are allowed only where a predicate is expected",
        arguments: [
            ("MATCH (n) WHERE (n)-->() RETURN n", nil),
            ("MATCH (n) WHERE NOT (n)-->() AND (n)<--() RETURN n", nil),
            ("MATCH (n) RETURN exists((n)-->())", nil),
            ("MATCH (n) RETURN [x IN [n] WHERE (x)-->()]", nil),
            ("MATCH (n) RETURN CASE WHEN (n)-->() THEN 1 END", nil),
            ("MATCH (n) RETURN (n)-->()", QueryErrorCode.unexpectedSyntax),
            ("MATCH (n) RETURN size((n)-->())", .unexpectedSyntax),
            ("MATCH (n) WITH (n)-[]->() AS x RETURN x", .unexpectedSyntax),
            ("MATCH (n) SET n.p = head(nodes(head((n)-->())))", .unexpectedSyntax),
        ])
    func patternPredicates(source: String, expected: QueryErrorCode?) {
        #expect(code(source) == expected)
    }

    @Test("YIELD * only in a standalone CALL")
    func yieldStar() {
        #expect(code("CALL test.proc() YIELD *") == nil)
        #expect(code("CALL test.proc() YIELD * RETURN x") == .unexpectedSyntax)
    }

    @Test("UNION and UNION ALL cannot be mixed")
    func unionMix() {
        #expect(code("RETURN 1 AS a UNION RETURN 2 AS a UNION RETURN 3 AS a") == nil)
        #expect(code("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a") == .invalidClauseComposition)
    }

    @Test("no updating clauses inside EXISTS")
    func existsWrites() {
        #expect(code("MATCH (n) WHERE exists { MATCH (n)-->(m) RETURN m } RETURN n") == nil)
        #expect(code("MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.p = 1 } RETURN n") == .invalidClauseComposition)
    }

    @Test("parameter property maps only in CREATE")
    func parameterMaps() {
        #expect(code("CREATE (n $props)") == nil)
        #expect(code("MATCH (n $props) RETURN n") == .invalidParameterUse)
        #expect(code("MERGE (a)-[r:T $props]->(b)") == .invalidParameterUse)
    }

    @Test("CREATE/MERGE relationship rules for the binder")
    func creation() throws {
        func violation(_ source: String, create: Bool) throws -> QueryErrorCode? {
            let statement = try Parser.parse(source)
            guard case .match(let m) = statement.query.first.clauses.first, let part = m.pattern.parts.first else {
                return nil
            }
            return part.element.creationViolation(requireDirection: create)?.code
        }
        #expect(try violation("MATCH (a)-[:T]->(b) RETURN a", create: true) == nil)
        #expect(try violation("MATCH (a)-[:T*]->(b) RETURN a", create: true) == .creatingVarLength)
        #expect(try violation("MATCH (a)-[:T|U]->(b) RETURN a", create: true) == .noSingleRelationshipType)
        #expect(try violation("MATCH (a)-->(b) RETURN a", create: true) == .noSingleRelationshipType)
        #expect(try violation("MATCH (a)-[:T]-(b) RETURN a", create: true) == .requiresDirectedRelationship)
        #expect(try violation("MATCH (a)-[:T]-(b) RETURN a", create: false) == nil)
    }

    @Test("backtracking over nested pattern-like brackets stays linear")
    func noExponentialBacktracking() {
        var source = "RETURN "
        for _ in 0..<60 { source += "[(a)-->(b {k: " }
        source += "1"
        for _ in 0..<60 { source += "})]" }
        #expect(code(source) == .unexpectedSyntax)  // pattern predicates inside list literals are not predicates
    }
}
