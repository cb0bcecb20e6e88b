// The binder on its own, not through EXPLAIN text or query results: the slot each variable
// gets (named, anonymous and hidden ones), the shape of the bound clauses, aggregates pulled
// out of projections, subqueries bound once with the outer slots they read, parameters, and
// the compile-time errors with their TCK codes and the place they point at.
import SinergiGraph
import Testing

@testable import SinergiQuery

/// Parses and binds one statement, as `QueryEngine.execute` does.
enum Binding {
    static func bind(_ text: String, parameters: [String: Value]? = [:]) throws(QueryError) -> BoundQuery {
        var parser = Parser(text)
        let statement = try parser.parseSingleStatement()
        return try Binder.bind(statement.query, procedures: QueryOptions().procedures, parameters: parameters)
    }

    /// The error binding `text` raises (nil when it binds).
    static func error(_ text: String, parameters: [String: Value]? = [:]) -> QueryError? {
        do {
            _ = try bind(text, parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    /// The clauses of the only single query of `text`.
    static func clauses(_ text: String) throws -> [BoundClause] {
        let query = try bind(text)
        try #require(query.parts.count == 1)
        return query.parts[0].clauses
    }
}

extension BoundClause {
    var match: BoundMatch? { if case .match(let m) = self { m } else { nil } }
    var projection: BoundProjection? { if case .projection(let p) = self { p } else { nil } }
}

@Suite struct BinderTests {
    func node(_ slot: Int, _ labels: [String] = [], anonymous: Bool = false) -> BoundNodePattern {
        BoundNodePattern(slot: slot, labels: labels, properties: nil, anonymous: anonymous)
    }

    func relationship(
        _ slot: Int, _ types: [String], _ direction: RelationshipDirection, length: (min: Int, max: Int?)? = nil,
        anonymous: Bool = false
    ) -> BoundRelationshipPattern {
        BoundRelationshipPattern(
            slot: slot, types: types, direction: direction, length: length, properties: nil, anonymous: anonymous)
    }

    @Test func namedElementsGetSlotsNodesFirstAndReturnedVariablesKeepTheirs() throws {
        let query = try Binding.bind("MATCH (a:Stakeholder)-[r:PARTNERS_WITH]->(b) RETURN a.name AS name, b")
        #expect(query.slots.names == ["a", "b", "r", "name"])
        #expect(query.columns == ["name", "b"])
        #expect(query.parts.count == 1)
        #expect(query.parts[0].columns.map(\.slot) == [3, 1])
        #expect(query.parts[0].returns)
        let clauses = query.parts[0].clauses
        #expect(clauses.count == 2)
        let m = try #require(clauses[0].match)
        #expect(!m.optional)
        #expect(m.predicate == nil)
        #expect(m.introduced == [0, 1, 2])
        #expect(
            m.pattern
                == BoundPattern(parts: [
                    BoundPatternPart(
                        path: nil, nodes: [node(0, ["Stakeholder"]), node(1)],
                        relationships: [relationship(2, ["PARTNERS_WITH"], .outgoing)])
                ]))
        let p = try #require(clauses[1].projection)
        #expect(p.isReturn && !p.isAggregating && !p.distinct)
        #expect(p.items.map(\.name) == ["name", "b"])
        #expect(p.items.map(\.slot) == [3, 1])
        #expect(p.items.map(\.expression) == [.property(.slot(0), "name"), .slot(1)])
    }

    @Test func anonymousElementsAndAggregatesGetHiddenSlots() throws {
        let query = try Binding.bind("MATCH (:Bappeda)-[:PARTNERS_WITH*1..3]-() RETURN count(*) AS n")
        #expect(query.slots.names.count == 5)
        #expect(query.slots.names.prefix(4).allSatisfy { $0.hasPrefix(" ") }, "\(query.slots.names)")
        #expect(query.slots.names[4] == "n")
        #expect((0..<4).map { query.slots.display($0) } == ["anon", "anon", "anon", "anon"])
        let clauses = query.parts[0].clauses
        let m = try #require(clauses[0].match)
        #expect(m.introduced == [0, 1, 2])
        #expect(m.pattern.parts[0].nodes == [node(0, ["Bappeda"], anonymous: true), node(1, anonymous: true)])
        #expect(
            m.pattern.parts[0].relationships == [
                relationship(2, ["PARTNERS_WITH"], .undirected, length: (1, 3), anonymous: true)
            ])
        let p = try #require(clauses[1].projection)
        #expect(p.aggregates == [BoundAggregate(slot: 3, name: "count", distinct: false, arguments: [], star: true)])
        #expect(p.groupingKeys == [])
        #expect(p.items.map(\.slot) == [4])
        #expect(p.items.map(\.expression) == [.slot(3)])
    }

    @Test func aVariableKeepsItsSlotAcrossClausesAndARenameGetsANewOne() throws {
        let query = try Binding.bind("MATCH (a)-[:T]->(b) WITH b, a.name AS n MATCH (b)-[:T]->(c) RETURN c, n")
        #expect(query.slots.names.count == 6)
        #expect(Array(query.slots.names[0...1]) == ["a", "b"])
        #expect(query.slots.names[3] == "n" && query.slots.names[4] == "c")
        let clauses = query.parts[0].clauses
        let with = try #require(clauses[1].projection)
        #expect(with.items.map(\.slot) == [1, 3])
        #expect(with.items.map(\.expression) == [.slot(1), .property(.slot(0), "name")])
        let second = try #require(clauses[2].match)
        #expect(second.introduced == [4, 5], "b was bound before: not introduced again")
        #expect(second.pattern.parts[0].nodes.map(\.slot) == [1, 4])
        #expect(query.parts[0].columns.map(\.name) == ["c", "n"])
        #expect(query.parts[0].columns.map(\.slot) == [4, 3])

        let renamed = try Binding.bind("MATCH (a) WITH a AS x RETURN x")
        #expect(renamed.slots.names == ["a", "x"])
        #expect(try #require(renamed.parts[0].clauses[1].projection).items.map(\.expression) == [.slot(0)])
    }

    @Test func starProjectsTheVisibleVariablesByName() throws {
        let query = try Binding.bind("MATCH (b)-[r]->(a) RETURN *")
        #expect(query.columns == ["a", "b", "r"])
        #expect(query.parts[0].columns.map(\.slot) == [1, 0, 2])
    }

    @Test func equalAggregatesShareOneSlotAndGroupingKeysAreTheOtherItems() throws {
        let clauses = try Binding.clauses(
            "MATCH (s:Stakeholder) RETURN s.kind AS kind, count(*) AS n, count(*) + 1 AS m, collect(DISTINCT s.name) AS names"
        )
        let p = try #require(clauses[1].projection)
        #expect(
            p.aggregates == [
                BoundAggregate(slot: 1, name: "count", distinct: false, arguments: [], star: true),
                BoundAggregate(
                    slot: 2, name: "collect", distinct: true, arguments: [.property(.slot(0), "name")], star: false),
            ])
        #expect(p.groupingKeys == [0])
        #expect(p.items.map(\.slot) == [3, 4, 5, 6])
        #expect(
            p.items.map(\.expression) == [
                .property(.slot(0), "kind"), .slot(1), .binary(.add, .slot(1), .constant(.int(1))), .slot(2),
            ])
    }

    @Test func anExistsSubqueryIsBoundOnceOverTheOuterSlotItReads() throws {
        let clauses = try Binding.clauses(
            "MATCH (a:Stakeholder) WHERE EXISTS { MATCH (a)-[:PARTNERS_WITH]->(b:Bappeda) } RETURN a")
        let m = try #require(clauses[0].match)
        guard case .subquery(let sub)? = m.predicate else {
            Issue.record("the WHERE is not a subquery: \(String(describing: m.predicate))")
            return
        }
        #expect(sub.id == 1)
        #expect(sub.mode == .exists)
        #expect(sub.outer == [0])
        #expect(sub.parts.count == 1)
        let inner = try #require(sub.parts[0].clauses.first?.match)
        #expect(inner.pattern.parts[0].nodes == [node(0), node(1, ["Bappeda"])])
        #expect(inner.introduced == [1, 2], "the outer a keeps slot 0; b and the relationship are the subquery's")
    }

    @Test func parametersAreRecordedAndRequiredUnlessExplaining() throws {
        let text = "MATCH (s) WHERE s.name = $name AND s.kind IN $kinds RETURN s"
        let bound = try Binding.bind(text, parameters: ["name": "x", "kinds": .list(["Bappeda"])])
        #expect(bound.parameters == ["name", "kinds"])
        let m = try #require(bound.parts[0].clauses[0].match)
        #expect(
            m.predicate
                == .binary(
                    .and, .binary(.equal, .property(.slot(0), "name"), .parameter("name")),
                    .binary(.in, .property(.slot(0), "kind"), .parameter("kinds"))))
        let missing = try #require(Binding.error(text, parameters: ["name": "x"]))
        #expect(missing.kind == .parameterMissing && missing.code == .missingParameter && missing.phase == .compileTime)
        #expect(missing.location?.offset == Array(text.utf8).count - Array("$kinds RETURN s".utf8).count)
        // EXPLAIN binds without parameters.
        #expect(try Binding.bind(text, parameters: nil).parameters == ["name", "kinds"])
    }

    @Test func createdElementsAreIntroducedAndBoundOnesAreNot() throws {
        let clauses = try Binding.clauses("MATCH (a:Stakeholder) CREATE (a)-[:PARTNERS_WITH]->(b:Bappeda) RETURN b")
        guard case .create(let pattern, let introduced) = clauses[1] else {
            Issue.record("not a CREATE: \(clauses[1])")
            return
        }
        #expect(pattern.parts[0].nodes == [node(0), node(1, ["Bappeda"])])
        #expect(introduced == [1, 2])
        #expect(pattern.parts[0].relationships == [relationship(2, ["PARTNERS_WITH"], .outgoing, anonymous: true)])
    }

    /// A statement that must not bind: its code, and the text the error points at.
    struct Rejected: CustomStringConvertible, Sendable {
        var query: String
        var code: QueryErrorCode
        /// A fragment of `query` where the location must be (its `occurrence`th occurrence).
        var at: String
        var occurrence = 1
        var description: String { query }
    }

    static let rejected: [Rejected] = [
        Rejected(query: "MATCH (a) RETURN b", code: .undefinedVariable, at: "b"),
        Rejected(query: "MATCH (a) CREATE (a)", code: .variableAlreadyBound, at: "(a)", occurrence: 2),
        Rejected(query: "MATCH (a)-[a]->() RETURN a", code: .variableTypeConflict, at: "-[a]->"),
        Rejected(
            query: "MATCH ()-[r]->()-[r]->() RETURN r", code: .relationshipUniquenessViolation, at: "-[r]->",
            occurrence: 2),
        Rejected(query: "CREATE (a)-[:T|U]->(b)", code: .noSingleRelationshipType, at: "-[:T|U]->"),
        Rejected(query: "CREATE (a)-[:T]-(b)", code: .requiresDirectedRelationship, at: "-[:T]-"),
        Rejected(query: "CREATE (a)-[:T*2]->(b)", code: .creatingVarLength, at: "-[:T*2]->"),
        Rejected(query: "MATCH (a) WITH a.name RETURN 1", code: .noExpressionAlias, at: "a.name"),
        Rejected(query: "RETURN 1 AS x, 2 AS x", code: .columnNameConflict, at: "2 AS x"),
        Rejected(query: "RETURN 1 AS a UNION RETURN 2 AS b", code: .differentColumnsInUnion, at: "UNION"),
        Rejected(
            query: "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", code: .invalidClauseComposition,
            at: "UNION ALL"),
        Rejected(query: "MATCH (a) RETURN count(count(*))", code: .nestedAggregation, at: "count(*)"),
        Rejected(query: "MATCH (a) RETURN a.x + count(*)", code: .ambiguousAggregationExpression, at: "a.x"),
        Rejected(query: "MATCH (a) WHERE count(a) > 1 RETURN a", code: .invalidAggregation, at: "count(a)"),
        Rejected(query: "RETURN nosuch(1)", code: .unknownFunction, at: "nosuch(1)"),
        Rejected(query: "RETURN toUpper('a', 'b')", code: .invalidNumberOfArguments, at: "toUpper"),
        Rejected(query: "MATCH (a) RETURN a LIMIT -1", code: .negativeIntegerArgument, at: "-1"),
        Rejected(query: "MATCH (a) RETURN a SKIP a.x", code: .nonConstantExpression, at: "a.x"),
        Rejected(query: "MATCH (a)", code: .invalidClauseComposition, at: "MATCH"),
        Rejected(query: "RETURN *", code: .noVariablesInScope, at: "RETURN"),
        Rejected(query: "RETURN 1 AS x RETURN 2 AS y", code: .invalidClauseComposition, at: "RETURN 1"),
        Rejected(
            query: "MATCH (a) WHERE EXISTS { CREATE (b) } RETURN a", code: .invalidClauseComposition, at: "CREATE"),
    ]

    @Test(arguments: rejected)
    func aSemanticErrorHasItsCodeAndPlace(_ c: Rejected) throws {
        let error = try #require(Binding.error(c.query), "\(c.query) bound")
        #expect(error.kind == .syntaxError && error.phase == .compileTime, "\(error)")
        #expect(error.code == c.code, "\(error)")
        var from = c.query.startIndex
        var range = try #require(c.query.range(of: c.at))
        for _ in 1..<c.occurrence {
            from = c.query.index(after: range.lowerBound)
            range = try #require(c.query.range(of: c.at, range: from..<c.query.endIndex))
        }
        let offset = c.query.utf8.distance(from: c.query.startIndex, to: range.lowerBound)
        #expect(error.location?.offset == offset, "\(error.render(source: c.query))")
        #expect(error.location?.line == 1)
    }
}
