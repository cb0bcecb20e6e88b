// Tests of the public engine API beyond the data-file cases: statement
// splitting, error locations, rollback on failure, options and procedures.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct QueryEngineAPITests {
    @Test func splitsOnTopLevelSemicolonsOnly() {
        let script = """
            CREATE (:A {s: 'a;b'}); // comment; here
            MATCH (n) /* block; */ RETURN n;
            ;
            RETURN `x;y`
            """
        let parts = QueryEngine.splitStatements(script)
        #expect(parts.count == 3)
        #expect(parts[0] == "CREATE (:A {s: 'a;b'})")
        #expect(parts[1].hasPrefix("// comment; here"))
        #expect(parts[2] == "RETURN `x;y`")
    }

    @Test func compileErrorsCarryTheLocation() {
        var g = PropertyGraph()
        do {
            _ = try QueryEngine.execute("MATCH (a)\nRETURN b", on: &g)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .undefinedVariable)
            #expect(error.phase == .compileTime)
            #expect(error.location?.line == 2)
            #expect(error.location?.column == 8)
            #expect(error.render(source: "MATCH (a)\nRETURN b").hasSuffix("RETURN b\n       ^"))
        }
    }

    @Test func aFailedStatementLeavesTheGraphUnchanged() throws {
        var g = PropertyGraph()
        _ = try QueryEngine.execute("CREATE (:A {v: 1})-[:R]->(:B)", on: &g)
        #expect(throws: QueryError.self) {
            try QueryEngine.execute("MATCH (a:A) SET a.v = 2 CREATE (:C) WITH a MATCH (n) DELETE n", on: &g)
        }
        let r = try QueryEngine.execute("MATCH (n) RETURN count(n) AS c, collect(n.v) AS v", on: &g)
        #expect(r.rows == [[.int(2), .list([.int(1)])]])
    }

    @Test func rowLimitNamesTheLimit() {
        var g = PropertyGraph()
        do {
            _ = try QueryEngine.execute(
                "UNWIND range(1, 50) AS a UNWIND range(1, 50) AS b RETURN a, b", on: &g,
                options: QueryOptions(maxRows: 100))
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("RowLimitExceeded"))
            #expect(error.message.contains("100"))
        }
    }

    @Test func seededRandomIsRepeatable() throws {
        var g = PropertyGraph()
        let options = QueryOptions(randomSeed: 42)
        let a = try QueryEngine.execute("UNWIND range(1, 3) AS i RETURN rand() AS r", on: &g, options: options)
        let b = try QueryEngine.execute("UNWIND range(1, 3) AS i RETURN rand() AS r", on: &g, options: options)
        #expect(a.rows == b.rows)
    }

    @Test func registeredProceduresAreCallable() throws {
        var g = PropertyGraph()
        _ = try QueryEngine.execute("CREATE (:Regency {name: 'Bintan'}), (:Regency {name: 'Lingga'})", on: &g)
        var options = QueryOptions()
        options.procedures.register(
            Procedure(
                name: "test.echo", inputs: [.init("x", .integer)], outputs: [.init("y", .integer)]
            ) { _, args in [[args[0]], [args[0]]] })
        let r = try QueryEngine.execute(
            "MATCH (r:Regency) CALL test.echo(1) YIELD y RETURN r.name AS n, y ORDER BY n", on: &g, options: options)
        #expect(r.rows.count == 4)
        #expect(throws: QueryError.self) {
            try QueryEngine.execute("CALL test.echo('no')", on: &g, options: options)
        }
    }

    @Test func explainDoesNotWrite() throws {
        var g = PropertyGraph()
        let r = try QueryEngine.execute("EXPLAIN CREATE (:A)", on: &g)
        #expect(g.nodeCount == 0)
        #expect(r.plan?.contains("Create") == true)
        #expect(r.rows.isEmpty)
    }

    @Test func indexSeekIsChosenWhenAnIndexExists() throws {
        var g = PropertyGraph()
        _ = try QueryEngine.execute("UNWIND range(1, 20) AS i CREATE (:Stakeholder {name: 's' + toString(i)})", on: &g)
        g.createIndex(label: "Stakeholder", property: "name")
        let q = "MATCH (s:Stakeholder) WHERE s.name = 's7' RETURN s.name AS n"
        let plan = try QueryEngine.execute("PROFILE " + q, on: &g)
        #expect(plan.plan?.contains("NodeIndexSeek(s:Stakeholder {name})") == true)
        #expect(plan.rows == [[.string("s7")]])
    }
}
