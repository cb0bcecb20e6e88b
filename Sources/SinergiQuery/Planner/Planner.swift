// The planner: turns a bound query into logical plans — one per UNION branch and
// one per subquery inside an expression — clause by clause (patterns through
// `PatternPlanner`, which owns pattern compilation: anchors, expansion order,
// where each WHERE conjunct is checked), with eager barriers around writes, then
// runs the rewrite passes of `RewritePasses.all` over every plan, in order.

import SinergiGraph

/// What the planner knows about the graph: sizes, for choosing where a pattern starts.
struct PlannerStatistics {
    /// The number of live nodes.
    var nodeCount: Int
    /// The number of nodes per label name.
    var labelCounts: [String: Int]
    /// Declared `(label, property)` indexes.
    var indexes: Set<[String]>

    /// The statistics of `graph`.
    /// - Complexity: O(labels + indexes).
    init(_ graph: PropertyGraph) {
        nodeCount = graph.nodeCount
        var counts: [String: Int] = [:]
        for l in graph.labelNames { counts[l] = graph.nodeCount(withLabel: l) }
        labelCounts = counts
        indexes = Set(graph.indexes.map { [$0.label, $0.property] })
    }

    /// Nodes carrying `label` (0 for one the graph never saw).
    func count(_ label: String) -> Int { labelCounts[label] ?? 0 }

    func hasIndex(_ label: String, _ property: String) -> Bool { indexes.contains([label, property]) }
}

/// The plans of one statement.
struct PlannedQuery {
    /// One plan per UNION branch, each ending in `produceResults` (or `discard`).
    var branches: [LogicalPlan]
    var unionAll: Bool
    /// The plan of each subquery, by its id.
    var subqueries: [Int: SubqueryPlan]
    /// Every slot of the statement.
    var slots: SlotTable
    /// The rewrite passes in the order they ran, and whether each changed a plan.
    var passes: [(name: String, changed: Bool)]
    /// The plans as they were before the passes (for EXPLAIN VERBOSE).
    var unrewritten: [LogicalPlan]
    /// True when the statement may change the graph.
    var writes: Bool
}

/// The plan of a subquery inside an expression.
struct SubqueryPlan {
    var mode: BoundSubquery.Mode
    /// One plan per UNION branch; each starts at `.argument` (the outer row).
    var branches: [LogicalPlan]
}

/// Builds plans; see the file comment.
struct Planner {
    let statistics: PlannerStatistics
    /// Subquery plans made so far.
    var subqueries: [Int: SubqueryPlan] = [:]

    /// Plans a bound query and runs the rewrite passes.
    /// - Complexity: O(size of the query) plus the passes' work.
    static func plan(_ query: BoundQuery, statistics: PlannerStatistics) -> PlannedQuery {
        var planner = Planner(statistics: statistics)
        var branches: [LogicalPlan] = []
        for part in query.parts {
            var plan = planner.planSingle(part, bound: [])
            if part.returns {
                plan = .produceResults(part.columns, plan)
            } else {
                plan = .discard(plan)
            }
            branches.append(plan)
        }
        let unrewritten = branches
        var passes: [(String, Bool)] = []
        for pass in RewritePasses.all {
            var changed = false
            for i in branches.indices {
                let (rewritten, c) = pass.apply(branches[i], statistics)
                branches[i] = rewritten
                changed = changed || c
            }
            for id in planner.subqueries.keys.sorted() {
                guard var sub = planner.subqueries[id] else { continue }
                for i in sub.branches.indices {
                    let (rewritten, c) = pass.apply(sub.branches[i], statistics)
                    sub.branches[i] = rewritten
                    changed = changed || c
                }
                planner.subqueries[id] = sub
            }
            passes.append((pass.name, changed))
        }
        let writes = query.parts.contains { part in
            part.clauses.contains {
                switch $0 {
                case .create, .merge, .set, .remove, .delete: return true
                default: return false
                }
            }
        }
        return PlannedQuery(
            branches: branches, unionAll: query.unionAll, subqueries: planner.subqueries, slots: query.slots,
            passes: passes, unrewritten: unrewritten, writes: writes)
    }

    /// Plans one single query starting from a row that binds `bound`; `subquery`: inside an expression.
    mutating func planSingle(_ single: BoundSingleQuery, bound initial: Set<Int>, subquery: Bool = false) -> LogicalPlan
    {
        var plan = LogicalPlan.argument
        var bound = initial
        /// A write happened since the last barrier: the next reading clause needs one.
        var written = false
        /// Something read the graph since the last barrier: a write needs one first.
        var read = false
        func barrier() {
            plan = .eager(plan)
            written = false
            read = false
        }
        for clause in single.clauses {
            planSubqueries(in: clause)
            switch clause {
            case .match(let m):
                if written { barrier() }
                var patterns = PatternPlanner(statistics: statistics, bound: bound, hashing: !subquery)
                if m.optional {
                    let inner = patterns.plan(m.pattern, predicate: m.predicate, from: .argument)
                    let nulls = m.introduced.filter { !bound.contains($0) }
                    plan = .optional(inner: inner, nulls: nulls, plan)
                } else {
                    plan = patterns.plan(m.pattern, predicate: m.predicate, from: plan)
                }
                bound.formUnion(m.pattern.slots)
                read = true
            case .unwind(let e, let slot):
                if written { barrier() }
                plan = .unwind(e, slot: slot, plan)
                bound.insert(slot)
                read = read || Planner.readsGraph(e)
            case .projection(let p):
                if written { barrier() }
                plan = planProjection(p, plan)
                for item in p.items { bound.insert(item.slot) }
                read = true
            case .create(let pattern, let introduced):
                if read { barrier() }
                plan = .create(pattern, introduced: introduced, plan)
                bound.formUnion(pattern.slots)
                written = true
            case .merge(let m):
                if read || written { barrier() }
                var patterns = PatternPlanner(statistics: statistics, bound: bound, hashing: false)
                let match = patterns.plan(m.pattern, predicate: nil, from: .argument)
                plan = .merge(m, match: match, plan)
                bound.formUnion(m.pattern.slots)
                written = true
            case .set(let items):
                if read { barrier() }
                plan = .setItems(items, plan)
                written = true
            case .remove(let items):
                if read { barrier() }
                plan = .remove(items, plan)
                written = true
            case .delete(let detach, let targets):
                if read { barrier() }
                plan = .delete(detach: detach, targets, plan)
                written = true
            case .call(let c):
                if written { barrier() }
                plan = .procedureCall(c, plan)
                for y in c.yields { bound.insert(y.slot) }
                read = true
            }
        }
        return plan
    }

    /// Plans a WITH/RETURN.
    func planProjection(_ p: BoundProjection, _ input: LogicalPlan) -> LogicalPlan {
        var plan = input
        let slots = p.items.map(\.slot)
        if p.isAggregating {
            let keys = p.groupingKeys.map { SlotAssignment(slot: p.items[$0].slot, expression: p.items[$0].expression) }
            plan = .aggregate(Aggregation(keys: keys, aggregates: p.aggregates), plan)
            let rest = p.items.indices.filter { !p.groupingKeys.contains($0) }.map {
                SlotAssignment(slot: p.items[$0].slot, expression: p.items[$0].expression)
            }.filter { $0.expression != .slot($0.slot) }
            if !rest.isEmpty { plan = .project(rest, plan) }
        } else {
            let assignments = p.items.map { SlotAssignment(slot: $0.slot, expression: $0.expression) }
                .filter { $0.expression != .slot($0.slot) }
            if !assignments.isEmpty { plan = .project(assignments, plan) }
        }
        if p.distinct { plan = .distinct(slots, plan) }
        if !p.orderBy.isEmpty { plan = .sort(p.orderBy, plan) }
        if let s = p.skip { plan = .skip(s, plan) }
        if let l = p.limit { plan = .limit(l, plan) }
        if let w = p.predicate { plan = .filter(w, plan) }
        return plan
    }

    /// True when evaluating `e` may read the graph (properties, labels, patterns, graph functions).
    static func readsGraph(_ e: BoundExpression) -> Bool {
        var reads = false
        e.forEach { x in
            switch x {
            case .property, .hasLabels, .subquery, .mapProjection, .call(.graph, _): reads = true
            default: break
            }
            return !reads
        }
        return reads
    }

    // MARK: Subqueries

    /// Plans every subquery the clause's expressions contain (once each, nested ones too).
    mutating func planSubqueries(in clause: BoundClause) {
        for e in Planner.expressions(of: clause) { planSubqueries(in: e) }
    }

    mutating func planSubqueries(in e: BoundExpression) {
        var found: [BoundSubquery] = []
        func visit(_ x: BoundExpression) {
            x.forEach { y in
                if case .subquery(let q) = y { found.append(q) }
                return true
            }
        }
        visit(e)
        for q in found where subqueries[q.id] == nil {
            var branches: [LogicalPlan] = []
            if case .collect(let projection) = q.mode { planSubqueries(in: projection) }
            for part in q.parts {
                branches.append(planSingle(part, bound: q.outer, subquery: true))
            }
            subqueries[q.id] = SubqueryPlan(mode: q.mode, branches: branches)
        }
    }

    /// The expressions a clause evaluates (for finding subqueries).
    static func expressions(of clause: BoundClause) -> [BoundExpression] {
        func pattern(_ p: BoundPattern) -> [BoundExpression] {
            p.parts.flatMap { part in
                part.nodes.compactMap(\.properties) + part.relationships.compactMap(\.properties)
            }
        }
        func set(_ items: [BoundSetItem]) -> [BoundExpression] {
            items.flatMap { item -> [BoundExpression] in
                switch item {
                case .property(let e, _, let v): return [e, v]
                case .replaceProperties(_, let v), .mergeProperties(_, let v): return [v]
                case .labels: return []
                }
            }
        }
        switch clause {
        case .match(let m): return pattern(m.pattern) + [m.predicate].compactMap { $0 }
        case .unwind(let e, _): return [e]
        case .projection(let p):
            return p.items.map(\.expression) + p.aggregates.flatMap(\.arguments) + p.orderBy.map(\.expression)
                + [p.skip, p.limit, p.predicate].compactMap { $0 }
        case .create(let p, _): return pattern(p)
        case .merge(let m): return pattern(m.pattern) + set(m.onCreate) + set(m.onMatch)
        case .set(let items): return set(items)
        case .remove(let items):
            return items.compactMap { if case .property(let e, _) = $0 { return e } else { return nil } }
        case .delete(_, let targets): return targets
        case .call(let c): return c.arguments + [c.predicate].compactMap { $0 }
        }
    }
}
