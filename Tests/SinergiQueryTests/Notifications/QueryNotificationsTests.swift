// The notifications stage on its own: which names of a statement are reads and which are
// writes, the place each points at, the nearest known name, refusals of misspelt new names,
// and the cases that must stay quiet (maps, known names, names the statement itself writes,
// statements that do not parse or bind).
import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct QueryNotificationsTests {
    /// What a small TPBIS registry knows.
    static let known = QueryVocabulary(
        labels: ["Stakeholder", "RegencyLibraryOffice", "Bappeda"], types: ["PARTNERS_WITH", "LOCATED_IN"],
        properties: ["name", "since"])

    static func check(_ source: String, allowed: Set<String> = [], declared: QueryVocabulary = .init())
        -> QueryCheck
    {
        QueryNotifications.check(source, known: known, declared: declared, allowed: allowed)
    }

    /// `code name @line:column → suggestion` per notification.
    static func summary(_ check: QueryCheck) -> [String] {
        check.notifications.map {
            "\($0.code.rawValue) \($0.name) @\($0.location)" + ($0.suggestions.first.map { " → \($0)" } ?? "")
        }
    }

    @Test func readsOfUnknownNamesWarnWithTheNearestNameAndTheirPlace() {
        let check = Self.check("MATCH (o:RegencyLibaryOffice)-[:PARTNER_WITH]-(b)\nRETURN o.nama, b.name")
        #expect(
            Self.summary(check) == [
                "UnknownLabelWarning RegencyLibaryOffice @1:10 → RegencyLibraryOffice",
                "UnknownRelationshipTypeWarning PARTNER_WITH @1:33 → PARTNERS_WITH",
                "UnknownPropertyKeyWarning nama @2:10 → name",
            ])
        #expect(!check.refuses)
        #expect(check.written == QueryVocabulary())
    }

    @Test func aWriteOfANameOneTypoFromAKnownOneIsRefused() {
        let check = Self.check("MATCH (a:Bappeda), (b:Bappeda) CREATE (a)-[:PARTNER_WITH {sinse: 2020}]->(b)")
        #expect(
            Self.summary(check) == [
                "MisspeltRelationshipType PARTNER_WITH @1:45 → PARTNERS_WITH",
                "MisspeltPropertyKey sinse @1:59 → since",
            ])
        #expect(check.refuses)
        #expect(check.written == QueryVocabulary(types: ["PARTNER_WITH"], properties: ["sinse"]))
        // Asked for by name, it is only news.
        let allowed = Self.check("MATCH (a:Bappeda) SET a:Bapeda", allowed: ["Bapeda"])
        #expect(allowed.notifications.isEmpty)
        #expect(!allowed.refuses)
        #expect(allowed.written.labels == ["Bapeda"])
    }

    @Test func aGenuinelyNewNameWarnsAndASchemaNameIsNoNews() {
        let check = Self.check(
            "CREATE (:Stakeholder:Patron {name: 'Bupati', telepon: '0812'})",
            declared: QueryVocabulary(labels: ["Patron"]))
        #expect(Self.summary(check) == ["NewPropertyKeyWarning telepon @1:46"])
        #expect(!check.refuses)
        // SET, MERGE and `+=` maps write too; REMOVE of an unknown name only reads.
        #expect(
            Self.summary(
                Self.check(
                    "MERGE (n:Stakeholder {name: 'x'}) ON CREATE SET n.nmae = 1 SET n += {nam: 2} REMOVE n.phone"))
                == [
                    "MisspeltPropertyKey nmae @1:51 → name", "MisspeltPropertyKey nam @1:70 → name",
                    "UnknownPropertyKeyWarning phone @1:87",
                ])
    }

    @Test func quietWhereNothingIsWrong() {
        // Known names, keys of maps that are not entities, names the statement writes itself.
        for source in [
            "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH]-(b:Bappeda) RETURN o.name, b {.name}",
            "WITH {nama: 1} AS m RETURN m.nama",
            "UNWIND [{a: 1}] AS row RETURN row.a",
            "MATCH (n) WITH n.name AS n RETURN n",
            "MATCH (n:Bappeda) WHERE n:Stakeholder AND exists { (n)-[:LOCATED_IN]->() } RETURN count(*)",
            // Statements the engine will refuse anyway get no notification on top of the error.
            "MATCH (o:Nope RETURN o", "RETURN nope.nama", "CREATE INDEX FOR (n:Nope) ON (n.nama)",
        ] {
            #expect(Self.check(source).notifications.isEmpty, "\(source)")
        }
    }

    @Test func aNameTheStatementWritesIsNoNewsWhenItReadsIt() {
        let check = Self.check("CREATE (:Stakeholder:Komunitas {name: 'x'}) WITH 1 AS one MATCH (k:Komunitas) RETURN k")
        #expect(Self.summary(check) == ["NewLabelWarning Komunitas @1:22"])
    }

    @Test func namesInsideExpressionsAreFound() {
        let check = Self.check(
            "MATCH (n:Stakeholder) WHERE n:Bapeda OR any(x IN [1] WHERE n.nmae = x) "
                + "RETURN [(n)-[:FUNDS]->(m) | m.name], `n`.`sinse`")
        #expect(
            Self.summary(check) == [
                "UnknownLabelWarning Bapeda @1:31 → Bappeda", "UnknownPropertyKeyWarning nmae @1:62 → name",
                // A quoted name is placed at its opening backtick.
                "UnknownRelationshipTypeWarning FUNDS @1:86", "UnknownPropertyKeyWarning sinse @1:113 → since",
            ])
    }

    @Test func theVocabularyOfAGraphIsEveryNameItHasStored() throws {
        var graph = PropertyGraph()
        _ = try QueryEngine.execute("CREATE (:Bappeda {name: 'B'})-[:FUNDS {amount: 1}]->(:Village)", on: &graph)
        let vocabulary = QueryVocabulary(graph)
        #expect(vocabulary.labels == ["Bappeda", "Village"])
        #expect(vocabulary.types == ["FUNDS"])
        #expect(vocabulary.properties == ["name", "amount"])
    }
}

extension QueryNotificationsTests {
    /// Under a schema, a node a write creates without a label warns at its place; nodes bound
    /// before, labelled ones and reads do not; without a schema nothing is said.
    @Test func aNodeCreatedWithoutALabelWarnsUnderASchema() {
        let schema = QueryVocabulary(
            labels: ["Stakeholder", "Bappeda"], types: ["PARTNERS_WITH"], properties: ["name"])
        let created = Self.check(
            "MATCH (a:Bappeda) CREATE (a)-[:PARTNERS_WITH]->(b {name: 'X'}), (b)-[:PARTNERS_WITH]->(a)",
            declared: schema)
        #expect(Self.summary(created) == ["UnlabelledNodeWarning  @1:48"])
        #expect(!created.refuses)
        #expect(Self.summary(Self.check("MERGE ({name: 'X'})", declared: schema)) == ["UnlabelledNodeWarning  @1:7"])
        #expect(Self.check("CREATE (:Bappeda {name: 'X'})", declared: schema).notifications.isEmpty)
        #expect(Self.check("MATCH (a) RETURN a", declared: schema).notifications.isEmpty)
        #expect(Self.check("CREATE ()").notifications.isEmpty)
    }
}
