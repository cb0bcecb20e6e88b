// The schema statements: CREATE INDEX / DROP INDEX / SHOW INDEXES, parsed in both the
// Neo4j 5 and the `ON :Label(property)` forms, run on the graph (recorded in its change
// set), used by MATCH as an index seek, and refused with a clear error (graph unchanged).
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiQuery

@Suite struct SchemaCommandTests {
    @Test func parsesEveryForm() throws {
        let cases: [(String, SchemaCommand)] = [
            (
                "CREATE INDEX FOR (s:Stakeholder) ON (s.name)",
                .createIndex(name: nil, label: "Stakeholder", property: "name", ifNotExists: false)
            ),
            (
                "create index by_name if not exists for (s:Stakeholder) on (s.name);",
                .createIndex(name: "by_name", label: "Stakeholder", property: "name", ifNotExists: true)
            ),
            (
                "CREATE INDEX `the name` FOR (`n n`:`Regional Office`) ON (`n n`.`full name`)",
                .createIndex(name: "the name", label: "Regional Office", property: "full name", ifNotExists: false)
            ),
            (
                "CREATE INDEX ON :Regency(code)",
                .createIndex(name: nil, label: "Regency", property: "code", ifNotExists: false)
            ),
            ("DROP INDEX by_name", .dropIndexNamed("by_name", ifExists: false)),
            ("DROP INDEX by_name IF EXISTS", .dropIndexNamed("by_name", ifExists: true)),
            ("DROP INDEX ON :Regency(code)", .dropIndexOn(label: "Regency", property: "code")),
            ("SHOW INDEXES", .showIndexes),
            ("show index", .showIndexes),
        ]
        for (text, expected) in cases {
            #expect(try Parser.parseSchemaCommand(text) == expected, "\(text)")
        }
        #expect(try Parser.parseSchemaCommand("CREATE (n:Stakeholder)") == nil)
        #expect(try Parser.parseSchemaCommand("MATCH (n) RETURN n") == nil)
    }

    @Test func refusesUnsupportedFormsWithTheirPlace() throws {
        let cases: [(String, Int, String)] = [
            ("CREATE INDEX FOR (s:Stakeholder) ON (s.name, s.code)", 44, "composite indexes are not supported"),
            ("CREATE INDEX FOR ()-[r:T]-() ON (r.since)", 19, "relationship indexes are not supported"),
            ("CREATE INDEX FOR (s) ON (s.name)", 20, "an index covers the nodes of one label"),
            ("CREATE INDEX FOR (s:Stakeholder) ON (t.name)", 38, "is not the indexed node"),
            ("CREATE INDEX ON :Regency(code) RETURN 1", 32, "end of the statement"),
            ("SHOW CONSTRAINTS", 6, "INDEX or INDEXES"),
            ("DROP INDEX", 11, "an index name"),
            ("EXPLAIN SHOW INDEXES", 9, "a schema statement runs on its own"),
            ("profile CREATE INDEX ON :A(b)", 9, "a query after PROFILE"),
        ]
        for (text, column, words) in cases {
            #expect(throws: QueryError.self, "\(text)") { try Parser.parseSchemaCommand(text) }
            do {
                _ = try Parser.parseSchemaCommand(text)
            } catch {
                #expect(error.location?.column == column, "\(text): \(error)")
                #expect(error.message.contains(words), "\(text): \(error.message)")
            }
        }
    }

    @Test func createUseShowAndDrop() throws {
        var g = try TPBISExample.build().graph
        let created = try QueryEngine.execute("CREATE INDEX by_name FOR (s:Stakeholder) ON (s.name)", on: &g)
        #expect(created.statistics.indexesAdded == 1)
        #expect(
            g.changes.indexChanges == [
                IndexChange(name: "by_name", label: "Stakeholder", property: "name", dropped: false)
            ])
        let plan = try QueryEngine.execute(
            "EXPLAIN MATCH (s:Stakeholder) WHERE s.name = 'Perpustakaan Nasional' RETURN s", on: &g)
        #expect(plan.plan?.contains("NodeIndexSeek(s:Stakeholder {name})") == true)
        let shown = try QueryEngine.execute("SHOW INDEXES", on: &g)
        #expect(shown.columns == ["name", "label", "property", "entries"])
        #expect(shown.rows.first?.prefix(3) == [.string("by_name"), .string("Stakeholder"), .string("name")])
        // Same answers with and without the index.
        let q = "MATCH (s:Stakeholder {name: $n}) RETURN s.name AS name"
        let withIndex = try QueryEngine.execute(q, parameters: ["n": .string("Perpustakaan Nasional")], on: &g)
        var plain = try TPBISExample.build().graph
        let without = try QueryEngine.execute(q, parameters: ["n": .string("Perpustakaan Nasional")], on: &plain)
        #expect(withIndex.rows == without.rows)
        // IF NOT EXISTS is a no-op; without it the duplicate is refused and the graph unchanged.
        #expect(
            try QueryEngine.execute("CREATE INDEX IF NOT EXISTS FOR (x:Stakeholder) ON (x.name)", on: &g).statistics
                .indexesAdded == 0)
        let before = g.indexes.map(\.label)
        #expect {
            try QueryEngine.execute("CREATE INDEX other FOR (x:Stakeholder) ON (x.name)", on: &g)
        } throws: { ($0 as? QueryError)?.qualifiedCode == "SchemaError.EquivalentSchemaRuleAlreadyExists" }
        #expect {
            try QueryEngine.execute("CREATE INDEX by_name FOR (x:Region) ON (x.code)", on: &g)
        } throws: { ($0 as? QueryError)?.message.contains("an index named 'by_name' already exists") == true }
        #expect(g.indexes.map(\.label) == before)
        // Dropping.
        #expect {
            try QueryEngine.execute("DROP INDEX nope", on: &g)
        } throws: { ($0 as? QueryError)?.qualifiedCode == "SchemaError.IndexNotFound" }
        #expect(try QueryEngine.execute("DROP INDEX nope IF EXISTS", on: &g).statistics.indexesRemoved == 0)
        #expect(try QueryEngine.execute("DROP INDEX by_name", on: &g).statistics.indexesRemoved == 1)
        #expect(g.indexes.isEmpty)
        #expect {
            try QueryEngine.execute("DROP INDEX ON :Stakeholder(name)", on: &g)
        } throws: { ($0 as? QueryError)?.qualifiedCode == "SchemaError.IndexNotFound" }
    }
}
