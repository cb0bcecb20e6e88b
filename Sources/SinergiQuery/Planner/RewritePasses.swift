// The planner's rewrite passes, one ordered list, each a named value that turns a
// logical plan into an equivalent one (and says whether it changed anything, for
// EXPLAIN VERBOSE). Every pass applies wherever its shape occurs, in any query:
// 1. `top-k`: ORDER BY … [SKIP] LIMIT keeps only the best rows (a bounded heap)
//    instead of sorting every row.
// 2. `late-projection`: a projection under a top-k or LIMIT moves above it, so only
//    the rows kept are projected (the top-k reads the projected expressions itself).
// 3. `distinct-reach`: a variable-length expansion whose trails feed only DISTINCT
//    (or min/max) results is searched breadth-first over distinct end nodes;
//    `count(DISTINCT end)` alone is counted during the search.
// 4. `chain-count`: a linear chain of single relationships whose rows feed only
//    counts grouped by one end node is counted by walks per node, level by level.

import SinergiGraph

/// One rewrite pass.
struct RewritePass: Sendable {
    /// The name EXPLAIN VERBOSE lists.
    var name: String
    /// The rewritten plan and whether it differs.
    var apply: @Sendable (LogicalPlan, PlannerStatistics) -> (LogicalPlan, Bool)
}

/// The passes, in the order they run.
enum RewritePasses {
    static let all: [RewritePass] = [
        RewritePass(name: "top-k", apply: { plan, _ in plan.transformed(topK) }),
        RewritePass(name: "late-projection", apply: { plan, _ in plan.transformed(lateProjection) }),
        RewritePass(name: "distinct-reach", apply: { plan, _ in plan.transformed(distinctReach) }),
        RewritePass(name: "chain-count", apply: { plan, _ in plan.transformed(chainCount) }),
    ]

    /// Pass 1: `limit(sort)` and `limit(skip(sort))` become `top`.
    static func topK(_ plan: LogicalPlan) -> LogicalPlan? {
        switch plan {
        case .limit(let n, .sort(let keys, let input)):
            return .top(keys, count: n, input)
        case .limit(let n, .skip(let k, .sort(let keys, let input))):
            return .skip(k, .top(keys, count: .binary(.add, k, n), input))
        default:
            return nil
        }
    }
}

extension RewritePasses {
    /// Pass 2: `top(project)` and `limit(project)` become `project(top)` and `project(limit)`
    /// when the projection is deterministic (the top-k's keys then read the projected
    /// expressions themselves).
    static func lateProjection(_ plan: LogicalPlan) -> LogicalPlan? {
        switch plan {
        case .top(let keys, let count, .project(let assignments, let input)) where deterministic(assignments):
            let substituted = keys.map { key in
                BoundSortItem(expression: substitute(key.expression, assignments), ascending: key.ascending)
            }
            return .project(assignments, .top(substituted, count: count, input))
        case .limit(let n, .project(let assignments, let input)) where deterministic(assignments):
            return .project(assignments, .limit(n, input))
        default:
            return nil
        }
    }

    static func deterministic(_ assignments: [SlotAssignment]) -> Bool {
        assignments.allSatisfy { a in
            var ok = true
            a.expression.forEach { x in
                if case .call(.scalar(let f), _) = x, !f.function.isDeterministic { ok = false }
                return ok
            }
            return ok
        }
    }

    /// `e` with each slot the assignments write replaced by its expression.
    static func substitute(_ e: BoundExpression, _ assignments: [SlotAssignment]) -> BoundExpression {
        e.rewritten { x in
            if case .slot(let s) = x, let a = assignments.first(where: { $0.slot == s }) { return a.expression }
            return nil
        }
    }
}

extension LogicalPlan {
    /// The plan with `rule` applied bottom-up wherever it returns a replacement; true when
    /// something was replaced. Inner plans (optional, merge, a chain count's fallback) are visited too.
    /// - Complexity: O(size of the plan) calls of `rule`.
    func transformed(_ rule: (LogicalPlan) -> LogicalPlan?) -> (LogicalPlan, Bool) {
        var changed = false
        func walk(_ p: LogicalPlan) -> LogicalPlan {
            let rebuilt = p.mapInputs(walk)
            if let r = rule(rebuilt) {
                changed = true
                return r
            }
            return rebuilt
        }
        let out = walk(self)
        return (out, changed)
    }

    /// The same operator over `f` applied to each of its inputs and inner plans.
    func mapInputs(_ f: (LogicalPlan) -> LogicalPlan) -> LogicalPlan {
        switch self {
        case .argument: return self
        case .scan(let s, let i): return .scan(s, f(i))
        case .expand(let e, let i): return .expand(e, f(i))
        case .varExpand(let e, let i): return .varExpand(e, f(i))
        case .boundRelationship(let b, let i): return .boundRelationship(b, f(i))
        case .filter(let p, let i): return .filter(p, f(i))
        case .optional(let inner, let nulls, let i): return .optional(inner: f(inner), nulls: nulls, f(i))
        case .unwind(let e, let s, let i): return .unwind(e, slot: s, f(i))
        case .project(let a, let i): return .project(a, f(i))
        case .aggregate(let a, let i): return .aggregate(a, f(i))
        case .distinct(let s, let i): return .distinct(s, f(i))
        case .sort(let k, let i): return .sort(k, f(i))
        case .top(let k, let n, let i): return .top(k, count: n, f(i))
        case .skip(let n, let i): return .skip(n, f(i))
        case .limit(let n, let i): return .limit(n, f(i))
        case .eager(let i): return .eager(f(i))
        case .create(let p, let n, let i): return .create(p, introduced: n, f(i))
        case .merge(let m, let match, let i): return .merge(m, match: f(match), f(i))
        case .setItems(let s, let i): return .setItems(s, f(i))
        case .remove(let r, let i): return .remove(r, f(i))
        case .delete(let d, let t, let i): return .delete(detach: d, t, f(i))
        case .procedureCall(let c, let i): return .procedureCall(c, f(i))
        case .produceResults(let c, let i): return .produceResults(c, f(i))
        case .discard(let i): return .discard(f(i))
        case .distinctReach(let d, let i): return .distinctReach(d, f(i))
        case .chainCount(var c, let i):
            c.fallback = f(c.fallback)
            return .chainCount(c, f(i))
        }
    }

    /// The operator's input (nil for `argument`).
    var input: LogicalPlan? {
        switch self {
        case .argument: return nil
        case .scan(_, let i), .expand(_, let i), .varExpand(_, let i), .boundRelationship(_, let i), .filter(_, let i),
            .optional(_, _, let i), .unwind(_, _, let i), .project(_, let i), .aggregate(_, let i), .distinct(_, let i),
            .sort(_, let i), .top(_, _, let i), .skip(_, let i), .limit(_, let i), .eager(let i), .create(_, _, let i),
            .merge(_, _, let i), .setItems(_, let i), .remove(_, let i), .delete(_, _, let i),
            .procedureCall(_, let i), .produceResults(_, let i), .discard(let i), .distinctReach(_, let i),
            .chainCount(_, let i):
            return i
        }
    }
}
