// Tests for statements, clauses and patterns: the tree built for each clause
// form, projection column texts, UNION, EXPLAIN/PROFILE, `;`-separated
// statements, every arrow and length form of relationship patterns.

import Testing

@testable import SinergiQuery

@Suite("Parser: clauses and patterns")
struct ParserClauseTests {
    func clauses(_ source: String) throws -> [Clause] {
        try Parser.parse(source).query.first.clauses
    }

    func firstMatch(_ source: String) throws -> MatchClause? {
        guard case .match(let m) = try clauses(source).first else { return nil }
        return m
    }

    @Test("MATCH with a named path, labels, types, lengths and properties")
    func matchPattern() throws {
        let m = try #require(
            try firstMatch("MATCH p = (a:L:M {k: $v})-[r:T|U*1..3 {w: 1}]->(b) WHERE a.x > 1 RETURN p"))
        #expect(!m.optional)
        #expect(m.predicate != nil)
        let part = try #require(m.pattern.parts.first)
        #expect(part.variable == "p")
        #expect(part.element.start.variable == "a")
        #expect(part.element.start.labels == ["L", "M"])
        #expect(part.element.start.properties.map { syntaxSExpression($0) } == "{k: $v}")
        let r = try #require(part.element.chain.first?.relationship)
        #expect(r.variable == "r")
        #expect(r.types == ["T", "U"])
        #expect(r.direction == .outgoing)
        #expect(r.length == VariableLength(minimum: 1, maximum: 3))
        #expect(r.properties != nil)
        #expect(part.element.chain.first?.node.variable == "b")
    }

    @Test(
        "arrow forms",
        arguments: [
            ("(a)-->(b)", RelationshipDirection.outgoing),
            ("(a)<--(b)", .incoming),
            ("(a)--(b)", .undirected),
            ("(a)<-->(b)", .undirected),
            ("(a)-[r]->(b)", .outgoing),
            ("(a)<-[r]-(b)", .incoming),
            ("(a)-[r]-(b)", .undirected),
            ("(a)<-[:T]->(b)", .undirected),
        ])
    func arrows(pattern: String, direction: RelationshipDirection) throws {
        let m = try #require(try firstMatch("MATCH \(pattern) RETURN a"))
        #expect(m.pattern.parts.first?.element.chain.first?.relationship.direction == direction)
    }

    @Test(
        "variable lengths",
        arguments: [
            ("*", VariableLength(minimum: nil, maximum: nil)),
            ("*2", VariableLength(minimum: 2, maximum: 2)),
            ("*..3", VariableLength(minimum: nil, maximum: 3)),
            ("*2..", VariableLength(minimum: 2, maximum: nil)),
            ("*1..3", VariableLength(minimum: 1, maximum: 3)),
            ("*0..0", VariableLength(minimum: 0, maximum: 0)),
        ])
    func lengths(text: String, length: VariableLength) throws {
        let m = try #require(try firstMatch("MATCH (a)-[:T|:U\(text)]->(b) RETURN a"))
        let r = try #require(m.pattern.parts.first?.element.chain.first?.relationship)
        #expect(r.length == length)
        #expect(r.types == ["T", "U"])
    }

    @Test("OPTIONAL MATCH, several parts")
    func optionalMatch() throws {
        let m = try #require(try firstMatch("OPTIONAL MATCH (a), (b)-->(c) RETURN a"))
        #expect(m.optional)
        #expect(m.pattern.parts.count == 2)
    }

    @Test("WITH and RETURN projections keep the source text of each item")
    func projections() throws {
        let c = try clauses(
            "MATCH (n) WITH DISTINCT n, n.name  AS name ORDER BY name DESC, n.x SKIP 1 LIMIT 2 WHERE name <> 'a' "
                + "RETURN *, count( * ), n.x + 1 ORDER BY n.x ASCENDING")
        guard case .with(let w) = c[1], case .return(let r) = c[2] else {
            Issue.record("expected WITH then RETURN")
            return
        }
        #expect(w.projection.distinct)
        #expect(w.projection.items.map(\.columnName) == ["n", "name"])
        #expect(w.projection.orderBy.map(\.ascending) == [false, true])
        #expect(w.projection.skip != nil && w.projection.limit != nil)
        #expect(w.predicate != nil)
        #expect(r.projection.includeAll)
        #expect(r.projection.items.map(\.columnName) == ["count( * )", "n.x + 1"])
        #expect(r.projection.orderBy.count == 1)
    }

    @Test("UNWIND, CREATE, DELETE, DETACH DELETE")
    func writes() throws {
        let c = try clauses("UNWIND [1, 2] AS x CREATE (a:A {x: x})-[:T]->(b) WITH a DELETE a DETACH DELETE b, a")
        guard case .unwind(let u) = c[0], case .create(let cr) = c[1], case .delete(let d1) = c[3],
            case .delete(let d2) = c[4]
        else {
            Issue.record("unexpected clauses \(c.map(\.name))")
            return
        }
        #expect(u.variable == "x")
        #expect(cr.pattern.parts.count == 1)
        #expect(!d1.detach && d1.expressions.count == 1)
        #expect(d2.detach && d2.expressions.count == 2)
    }

    @Test("MERGE with ON CREATE and ON MATCH actions")
    func merge() throws {
        let c = try clauses("MERGE (n:A {k: 1}) ON CREATE SET n.c = 1 ON MATCH SET n.m = 2, n:B RETURN n")
        guard case .merge(let m) = c[0] else {
            Issue.record("expected MERGE")
            return
        }
        #expect(m.actions.map(\.trigger) == [.onCreate, .onMatch])
        #expect(m.actions[1].items.count == 2)
    }

    @Test("SET and REMOVE items")
    func setRemove() throws {
        let c = try clauses("MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:X:Y, (n).d = 4 REMOVE n.a, n:X")
        guard case .set(let s) = c[1], case .remove(let r) = c[2] else {
            Issue.record("expected SET then REMOVE")
            return
        }
        guard s.items.count == 5, r.items.count == 2 else {
            Issue.record("wrong item counts")
            return
        }
        if case .property(let entity, "a", _, _) = s.items[0] {
            #expect(entity.kind == .variable("n"))
        } else {
            Issue.record("item 0")
        }
        if case .replaceProperties("n", _, _) = s.items[1] {} else { Issue.record("item 1") }
        if case .mergeProperties("n", _, _) = s.items[2] {} else { Issue.record("item 2") }
        if case .labels("n", let labels, _) = s.items[3] {
            #expect(labels == ["X", "Y"])
        } else {
            Issue.record("item 3")
        }
        if case .property(_, "d", _, _) = s.items[4] {} else { Issue.record("item 4") }
        if case .property(_, "a", _) = r.items[0] {} else { Issue.record("remove 0") }
        if case .labels("n", ["X"], _) = r.items[1] {} else { Issue.record("remove 1") }
    }

    @Test("CALL forms")
    func call() throws {
        let c1 = try clauses("CALL db.labels")
        guard case .call(let a) = c1[0] else {
            Issue.record("expected CALL")
            return
        }
        #expect(a.procedure.fullName == "db.labels")
        #expect(a.arguments == nil)
        #expect(a.yield == nil)
        let c2 = try clauses("CALL sinergi.reach('x', 2) YIELD node, depth AS d WHERE d > 1 RETURN node")
        guard case .call(let b) = c2[0] else {
            Issue.record("expected CALL")
            return
        }
        #expect(b.procedure.namespace == ["sinergi"])
        #expect(b.arguments?.count == 2)
        #expect(b.yield?.items.map(\.variable) == ["node", "d"])
        #expect(b.yield?.predicate != nil)
        let c3 = try clauses("CALL test.proc() YIELD *")
        guard case .call(let c) = c3[0] else {
            Issue.record("expected CALL")
            return
        }
        #expect(c.yield?.all == true)
        #expect(c.arguments == [])
    }

    @Test("UNION and UNION ALL")
    func union() throws {
        let q = try Parser.parse("RETURN 1 AS a UNION RETURN 2 AS a").query
        #expect(q.unions.count == 1)
        #expect(q.unions.first?.all == false)
        let q2 = try Parser.parse("RETURN 1 AS a UNION ALL RETURN 2 AS a UNION ALL RETURN 3 AS a").query
        #expect(q2.unions.map(\.all) == [true, true])
        #expect(q2.singleQueries.count == 3)
    }

    @Test("EXPLAIN, PROFILE and several statements")
    func statements() throws {
        #expect(try Parser.parse("EXPLAIN MATCH (n) RETURN n").mode == .explain)
        #expect(try Parser.parse("profile RETURN 1;").mode == .profile)
        let all = try Parser.parseStatements("CREATE (:A); ; MATCH (n) RETURN n;\nRETURN 1")
        #expect(all.count == 3)
        #expect(all[1].span.start.line == 1)
        #expect(all[2].span.start.line == 2)
        #expect(try Parser.parseStatements("  // nothing\n").isEmpty)
        #expect(throws: QueryError.self) { try Parser.parse("RETURN 1; RETURN 2") }
        #expect(throws: QueryError.self) { try Parser.parse("") }
    }

    @Test("keywords are case-insensitive; keywords work as names where openCypher allows")
    func keywordNames() throws {
        let c = try clauses("match (n:Match {return: 1})-[:Create]->(`match`) return n.count, n.return AS `x y`")
        guard case .return(let r) = c[1] else {
            Issue.record("expected RETURN")
            return
        }
        #expect(r.projection.items.map(\.columnName) == ["n.count", "x y"])
    }
}

@Suite("Parser: splitting scripts")
struct ParserScriptTests {
    @Test("statements split at ';' outside strings, names and comments")
    func split() {
        let (done, rest) = Parser.splitStatementTexts(
            "CREATE (:A {s: 'x;y'});\n// c;\nMATCH (`a;b`) /* ; */ RETURN 1;;  RETURN 'open;")
        #expect(done == ["CREATE (:A {s: 'x;y'})", "// c;\nMATCH (`a;b`) /* ; */ RETURN 1"])
        #expect(rest == "  RETURN 'open;")
        let (none, all) = Parser.splitStatementTexts("MATCH (n)\nRETURN n")
        #expect(none.isEmpty)
        #expect(all == "MATCH (n)\nRETURN n")
    }
}
