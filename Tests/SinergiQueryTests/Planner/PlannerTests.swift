// The planner on its own: logical plan trees compared structurally (operators and their
// slots, sources, directions, predicates), not substrings of EXPLAIN text. Where a pattern
// starts (key, index, rarest label), where each WHERE conjunct is checked, the eager
// barriers around writes, OPTIONAL MATCH, UNION and subqueries, and the rewrite passes in
// their order with what each changed.
import SinergiGraph
import Testing

@testable import SinergiQuery

/// Binds and plans one statement over a graph's statistics.
enum Planning {
    static func plan(_ text: String, over graph: PropertyGraph) throws -> PlannedQuery {
        Planner.plan(try Binding.bind(text), statistics: PlannerStatistics(graph))
    }

    /// The plan of the only branch.
    static func branch(_ text: String, over graph: PropertyGraph) throws -> LogicalPlan {
        let planned = try plan(text, over: graph)
        try #require(planned.branches.count == 1)
        return planned.branches[0]
    }

    /// Stakeholders: `offices` regency library offices, `bappeda` Bappeda, every one a
    /// Stakeholder; an index on (Stakeholder, name) when asked.
    static func graph(offices: Int, bappeda: Int, indexed: Bool = false) throws -> PropertyGraph {
        var g = PropertyGraph()
        for i in 0..<offices {
            try g.addNode(labels: ["Stakeholder", "RegencyLibraryOffice"], properties: ["name": .string("o\(i)")])
        }
        for i in 0..<bappeda {
            try g.addNode(labels: ["Stakeholder", "Bappeda"], properties: ["name": .string("b\(i)")])
        }
        if indexed { _ = g.createIndex(label: "Stakeholder", property: "name") }
        return g
    }
}

extension LogicalPlan {
    /// The operator's name.
    var operatorName: String {
        switch self {
        case .argument: "argument"
        case .scan: "scan"
        case .expand: "expand"
        case .varExpand: "varExpand"
        case .boundRelationship: "boundRelationship"
        case .filter: "filter"
        case .optional: "optional"
        case .unwind: "unwind"
        case .project: "project"
        case .aggregate: "aggregate"
        case .distinct: "distinct"
        case .sort: "sort"
        case .top: "top"
        case .skip: "skip"
        case .limit: "limit"
        case .eager: "eager"
        case .create: "create"
        case .merge: "merge"
        case .setItems: "setItems"
        case .remove: "remove"
        case .delete: "delete"
        case .procedureCall: "procedureCall"
        case .produceResults: "produceResults"
        case .discard: "discard"
        case .distinctReach: "distinctReach"
        case .chainCount: "chainCount"
        }
    }

    /// The operators from this one down its inputs to the argument.
    var spine: [String] {
        var out: [String] = []
        var plan: LogicalPlan? = self
        while let p = plan {
            out.append(p.operatorName)
            plan = p.input
        }
        return out
    }

    /// The operator `depth` steps down the inputs.
    func below(_ depth: Int) -> LogicalPlan? {
        var plan: LogicalPlan? = self
        for _ in 0..<depth { plan = plan?.input }
        return plan
    }

    var scan: NodeScan? { if case .scan(let s, _) = self { s } else { nil } }
    var expansion: Expansion? { if case .expand(let e, _) = self { e } else { nil } }
}

@Suite struct PlannerTests {
    let query = "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH]->(b:Bappeda) RETURN o, b"

    @Test func aPatternStartsAtItsRarerLabelAndExpandsToTheOther() throws {
        // Slots: o 0, b 1, the relationship 2.
        let fewBappeda = try Planning.branch(query, over: Planning.graph(offices: 10, bappeda: 2))
        #expect(fewBappeda.spine == ["produceResults", "expand", "scan", "argument"])
        let scan = try #require(fewBappeda.below(2)?.scan)
        #expect(scan.slot == 1 && scan.source == .label("Bappeda") && scan.labels == [] && scan.predicate == nil)
        let expand = try #require(fewBappeda.below(1)?.expansion)
        #expect(expand.from == 1 && expand.to == 0 && expand.relationship == 2)
        #expect(expand.direction == .incoming, "walked from b against the arrow")
        #expect(expand.types == ["PARTNERS_WITH"] && expand.labels == ["RegencyLibraryOffice"])
        #expect(!expand.into && !expand.relationshipBound && expand.predicate == nil)

        let fewOffices = try Planning.branch(query, over: Planning.graph(offices: 2, bappeda: 10))
        let scan2 = try #require(fewOffices.below(2)?.scan)
        #expect(scan2.slot == 0 && scan2.source == .label("RegencyLibraryOffice"))
        let expand2 = try #require(fewOffices.below(1)?.expansion)
        #expect(expand2.from == 0 && expand2.to == 1 && expand2.direction == .outgoing && expand2.labels == ["Bappeda"])
    }

    @Test func eachConjunctIsCheckedAtTheFirstStepThatBindsItsSlots() throws {
        let text = """
            MATCH (o:RegencyLibraryOffice)-[r:PARTNERS_WITH]->(b:Bappeda)
            WHERE b.name = 'b1' AND r.since > 2020 AND o.name <> b.name RETURN o
            """
        let plan = try Planning.branch(text, over: Planning.graph(offices: 10, bappeda: 2))
        #expect(plan.spine == ["produceResults", "expand", "scan", "argument"], "no filter left over")
        let scan = try #require(plan.below(2)?.scan)
        #expect(scan.slot == 1)
        #expect(scan.predicate == .binary(.equal, .property(.slot(1), "name"), .constant("b1")))
        let expand = try #require(plan.below(1)?.expansion)
        #expect(
            expand.predicate
                == BoundExpression.and([
                    .binary(.greater, .property(.slot(2), "since"), .constant(.int(2020))),
                    .binary(.notEqual, .property(.slot(0), "name"), .property(.slot(1), "name")),
                ]))
    }

    @Test func anIndexedEqualityIsAnIndexSeekAndAnElementIdEqualityAKeySeek() throws {
        let text = "MATCH (s:Stakeholder) WHERE s.name = 'o3' RETURN s"
        let equality = BoundExpression.binary(.equal, .property(.slot(0), "name"), .constant("o3"))
        let indexed = try Planning.branch(text, over: Planning.graph(offices: 5, bappeda: 1, indexed: true))
        let seek = try #require(indexed.below(1)?.scan)
        #expect(seek.source == .index(label: "Stakeholder", property: "name", value: .constant("o3")))
        #expect(seek.labels == [] && seek.predicate == equality)
        let plain = try Planning.branch(text, over: Planning.graph(offices: 5, bappeda: 1))
        let labelScan = try #require(plain.below(1)?.scan)
        #expect(labelScan.source == .label("Stakeholder") && labelScan.predicate == equality)

        let key = try Planning.branch(
            "MATCH (s) WHERE elementId(s) = 'n3' RETURN s", over: Planning.graph(offices: 5, bappeda: 1))
        #expect(key.spine == ["produceResults", "scan", "argument"])
        let keyScan = try #require(key.below(1)?.scan)
        #expect(keyScan.source == .key(.constant("n3")) && keyScan.predicate == nil, "the seek answers the equality")
    }

    @Test func writesAndLaterReadsAreSeparatedByEagerBarriers() throws {
        let g = try Planning.graph(offices: 3, bappeda: 1)
        let set = try Planning.branch("MATCH (s:Bappeda) SET s.seen = true RETURN s", over: g)
        #expect(set.spine == ["produceResults", "eager", "setItems", "eager", "scan", "argument"])
        let created = try Planning.branch("CREATE (a:X) WITH a MATCH (b:X) RETURN count(*) AS n", over: g)
        #expect(created.spine == ["produceResults", "project", "aggregate", "scan", "eager", "create", "argument"])
        // Reads only: no barrier.
        #expect(!(try Planning.branch(query, over: g)).spine.contains("eager"))
    }

    @Test func optionalMatchPlansItsPatternFromTheRowAndNullsWhatItIntroduces() throws {
        let plan = try Planning.branch(
            "MATCH (o:RegencyLibraryOffice) OPTIONAL MATCH (o)-[r:PARTNERS_WITH]->(b:Bappeda) RETURN o, b",
            over: Planning.graph(offices: 3, bappeda: 1))
        #expect(plan.spine == ["produceResults", "optional", "scan", "argument"])
        guard case .optional(let inner, let nulls, _)? = plan.below(1) else {
            Issue.record("no optional: \(plan.spine)")
            return
        }
        #expect(nulls == [1, 2])
        #expect(inner.spine == ["expand", "filter", "argument"])
        guard case .filter(let check, _)? = inner.below(1) else { return }
        #expect(check == .call(.graph(.requireNode), [.slot(0)]), "o comes from the row: checked to be a node")
        let expand = try #require(inner.expansion)
        #expect(expand.from == 0 && expand.to == 1 && expand.labels == ["Bappeda"])
    }

    @Test func eachUnionBranchAndSubqueryHasItsOwnPlan() throws {
        let g = try Planning.graph(offices: 3, bappeda: 1)
        let union = try Planning.plan(
            "MATCH (a:Bappeda) RETURN a.name AS n UNION MATCH (b:RegencyLibraryOffice) RETURN b.name AS n", over: g)
        #expect(!union.unionAll)
        #expect(
            union.branches.map(\.spine) == [
                ["produceResults", "project", "scan", "argument"], ["produceResults", "project", "scan", "argument"],
            ])
        #expect(
            union.branches.compactMap { $0.below(2)?.scan?.source } == [
                .label("Bappeda"), .label("RegencyLibraryOffice"),
            ])

        let exists = try Planning.plan(
            "MATCH (a:Stakeholder) WHERE EXISTS { MATCH (a)-[:PARTNERS_WITH]->(b:Bappeda) } RETURN a", over: g)
        #expect(exists.subqueries.keys.sorted() == [1])
        let sub = try #require(exists.subqueries[1])
        #expect(sub.mode == .exists)
        #expect(sub.branches.map(\.spine) == [["expand", "filter", "argument"]])
        #expect(sub.branches[0].expansion?.from == 0)
    }

    @Test func theRewritePassesRunInOrderAndSayWhichChangedThePlan() throws {
        let g = try Planning.graph(offices: 3, bappeda: 1)
        #expect(RewritePasses.all.map(\.name) == ["top-k", "late-projection", "distinct-reach", "chain-count"])
        let planned = try Planning.plan(
            "MATCH (s:Stakeholder) RETURN s.name AS name ORDER BY name SKIP 2 LIMIT 3", over: g)
        #expect(planned.passes.map(\.name) == ["top-k", "late-projection", "distinct-reach", "chain-count"])
        #expect(planned.passes.map(\.changed) == [true, true, false, false])
        #expect(
            planned.unrewritten.map(\.spine) == [
                ["produceResults", "limit", "skip", "sort", "project", "scan", "argument"]
            ])
        let plan = planned.branches[0]
        // The projection moves above the top-k: it is computed for the kept rows only.
        #expect(plan.spine == ["produceResults", "skip", "project", "top", "scan", "argument"])
        guard case .top(let keys, let count, _)? = plan.below(3) else {
            Issue.record("no top-k below the projection: \(plan.spine)")
            return
        }
        #expect(
            keys == [BoundSortItem(expression: .property(.slot(0), "name"), ascending: true)],
            "the top-k sorts by s.name itself, the projection being above it")
        #expect(count == .binary(.add, .constant(.int(2)), .constant(.int(3))), "SKIP + LIMIT rows kept")
    }

    @Test func countingDistinctEndsOfAVariableLengthStepIsABreadthFirstCount() throws {
        let g = try Planning.graph(offices: 10, bappeda: 2)
        // Slots: o 0, s 1, the trail 2, the aggregate 3, reach 4.
        let planned = try Planning.plan(
            "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH*1..3]-(s:Stakeholder) RETURN count(DISTINCT s) AS reach",
            over: g)
        #expect(planned.passes.map(\.changed) == [false, false, true, false])
        #expect(
            planned.unrewritten.map(\.spine) == [
                ["produceResults", "project", "aggregate", "varExpand", "scan", "argument"]
            ])
        let plan = planned.branches[0]
        #expect(
            plan.spine == ["produceResults", "project", "distinctReach", "scan", "argument"], "no aggregation left")
        guard case .distinctReach(let reach, _)? = plan.below(2) else { return }
        #expect(reach.start == 0 && reach.end == 1 && reach.avoid == [] && reach.predicate == nil)
        #expect(reach.types == ["PARTNERS_WITH"] && reach.direction == .undirected)
        #expect(reach.minHops == 1 && reach.maxHops == 3 && reach.labels == ["Stakeholder"])
        #expect(reach.countInto == [3])
        // DISTINCT rows of the ends: the search, and the DISTINCT kept.
        let distinct = try Planning.branch(
            "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH*1..3]-(s:Stakeholder) RETURN DISTINCT s.name AS name",
            over: g)
        #expect(distinct.spine == ["produceResults", "distinct", "project", "distinctReach", "scan", "argument"])
        guard case .distinctReach(let rows, _)? = distinct.below(3) else { return }
        #expect(rows.countInto == nil)
        // A trail that is returned cannot be searched breadth-first.
        let trails = try Planning.branch(
            "MATCH (o:RegencyLibraryOffice)-[r:PARTNERS_WITH*1..3]-(s:Stakeholder) RETURN DISTINCT r", over: g)
        #expect(trails.spine.contains("varExpand") && !trails.spine.contains("distinctReach"))
    }

    @Test func countsOfAChainGroupedByItsEndAreCountedLevelByLevel() throws {
        let g = try Planning.graph(offices: 10, bappeda: 2)
        // Slots: o 0, m 1, s 2, the relationships 3 and 4, the aggregate 5, name 6, n 7.
        let planned = try Planning.plan(
            "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH]->(m)-[:COORDINATES]->(s:Bappeda) RETURN s.name AS name, count(*) AS n",
            over: g)
        #expect(planned.passes.map(\.changed) == [false, false, false, true])
        let plan = planned.branches[0]
        #expect(plan.spine == ["produceResults", "project", "chainCount", "argument"])
        guard case .chainCount(let chain, _)? = plan.below(2) else { return }
        #expect(chain.nodes.map(\.slot) == [0, 1, 2], "read from the office to the grouped end")
        #expect(chain.nodes.map(\.labels) == [["RegencyLibraryOffice"], [], ["Bappeda"]])
        #expect(chain.steps.map(\.types) == [["PARTNERS_WITH"], ["COORDINATES"]])
        #expect(chain.steps.map(\.direction) == [.outgoing, .outgoing])
        #expect(chain.keys.map(\.slot) == [6] && chain.keys.map(\.expression) == [.property(.slot(2), "name")])
        #expect(chain.counts == [5])
        #expect(chain.typesDisjoint)
        #expect(chain.fallback.spine == ["aggregate", "expand", "expand", "scan", "argument"], "the ordinary plan")
        // count(DISTINCT …) is not a count of walks: no chain count.
        let distinct = try Planning.branch(
            "MATCH (o:RegencyLibraryOffice)-[:PARTNERS_WITH]->(m)-[:COORDINATES]->(s:Bappeda) RETURN s.name AS name, count(DISTINCT o) AS n",
            over: g)
        #expect(!distinct.spine.contains("chainCount"))
    }
}
