// The planner: turns a bound query into a chain of plan operators, one clause at
// a time, after running the rewrite passes of `RewritePasses` in order (pushing
// property equalities from WHERE into patterns so they can use index seeks, and
// replacing variable-length matches whose far end is only counted distinctly by
// a breadth-first distinct-reach operator).

import SinergiGraph

/// Builds plans; see the file comment.
struct Planner {
    var nextID = 0

    mutating func node(_ op: PlanOperator, _ input: PlanNode?) -> PlanNode {
        nextID += 1
        return PlanNode(id: nextID, op: op, input: input)
    }

    /// Plans a bound query.
    /// - Complexity: O(size of the query).
    static func plan(_ query: BoundQuery) -> PlanNode {
        var planner = Planner()
        if query.parts.count == 1, let only = query.parts.first {
            return planner.planSingle(only, outer: [])
        }
        let branches = query.parts.map { planner.planSingle($0, outer: []) }
        return planner.node(.union(branches, all: query.unionAll), nil)
    }

    /// Plans an EXISTS subquery whose outer row binds `outer`.
    static func planSubquery(_ q: Query, outer: Set<String>, procedures: ProcedureRegistry, source: String)
        throws(QueryError) -> PlanNode
    {
        var binder = Binder(source: source, procedures: procedures)
        for v in outer.sorted() { binder.declare(v, .value) }
        var planner = Planner()
        var branches: [PlanNode] = []
        for single in q.singleQueries {
            var b = binder
            let bound = try b.bindSingle(single, isLast: true, subquery: true)
            branches.append(planner.planSingle(bound, outer: outer))
        }
        if branches.count == 1, let only = branches.first { return only }
        return planner.node(.union(branches, all: q.unions.first?.all ?? false), nil)
    }

    mutating func planSingle(_ single: BoundSingleQuery, outer: Set<String>) -> PlanNode {
        let clauses = RewritePasses.run(single.clauses)
        var current = node(.argument, nil)
        var bound = outer
        var returns = false
        var skipAggregate = -1
        for (i, clause) in clauses.enumerated() {
            switch clause {
            case .match(let m):
                var compiled = PatternCompiler.compile(m.pattern, bound: bound)
                RewritePasses.keyLookups(&compiled, m.predicate, bound: bound)
                if i + 1 < clauses.count, case .projection(let p) = clauses[i + 1],
                    let chain = RewritePasses.chainCount(
                        compiled, m.predicate, optional: m.optional, next: clauses[i + 1], bound: bound)
                {
                    current = node(.chainCount(chain, p, fallback: compiled), current)
                    skipAggregate = i + 1
                } else if !m.optional, i + 1 < clauses.count,
                    let reach = RewritePasses.distinctReach(compiled, m.predicate, next: clauses[i + 1], bound: bound)
                {
                    current = node(.distinctReach(reach), current)
                    if reach.countedBy != nil { skipAggregate = i + 1 }
                } else {
                    current = node(.match(pattern: compiled, predicate: m.predicate, optional: m.optional), current)
                }
                bound.formUnion(compiled.introduced)
            case .unwind(let e, let v):
                current = node(.unwind(e, v), current)
                bound.insert(v)
            case .projection(let p):
                current = planProjection(p, current, aggregated: i == skipAggregate)
                bound = Set(p.items.map(\.name))
                if p.isReturn { returns = true }
            case .create(let pattern):
                current = node(.create(pattern), current)
                bound.formUnion(PatternCompiler.compile(pattern, bound: bound).introduced)
            case .merge(let m):
                let compiled = PatternCompiler.compile(Pattern(parts: [m.part], span: m.part.span), bound: bound)
                current = node(.merge(m, compiled), current)
                bound.formUnion(compiled.introduced)
            case .set(let items):
                current = node(.set(items), current)
            case .remove(let items):
                current = node(.remove(items), current)
            case .delete(let detach, let exprs):
                current = node(.delete(detach: detach, exprs), current)
            case .call(let c):
                current = node(.call(c), current)
                for y in c.yields { bound.insert(y.variable) }
                if c.standalone { returns = true }
            }
        }
        if !returns && outer.isEmpty {
            current = node(.discard, current)
        }
        return current
    }

    /// Plans a WITH/RETURN; `aggregated`: its input already produces the aggregation's
    /// rows (a `chainCount` operator).
    mutating func planProjection(_ p: BoundProjection, _ input: PlanNode, aggregated: Bool = false) -> PlanNode {
        var current = input
        let columns = p.items.map(\.name)
        if p.isAggregating {
            if !aggregated { current = node(.aggregate(p), current) }
            if p.distinct { current = node(.distinct(columns), current) }
        } else {
            let keep = (!p.orderBy.isEmpty || p.predicate != nil) && !p.distinct
            current = node(.project(p.items, keepInput: keep), current)
            if p.distinct { current = node(.distinct(columns), current) }
        }
        if !p.orderBy.isEmpty { current = node(.sort(p.orderBy), current) }
        if let s = p.skip { current = node(.skip(s), current) }
        if let l = p.limit { current = node(.limit(l), current) }
        if let w = p.predicate { current = node(.filter(w), current) }
        current = node(.select(columns), current)
        return current
    }
}
