// Binding the subqueries inside expressions — pattern predicates `(a)-->(b)`,
// pattern comprehensions `[(a)-->(b) | b.name]` and `EXISTS { … }` — once, into
// `BoundSubquery`: the body's clauses over the statement's slots (its own
// variables get slots of their own, the outer ones keep theirs) and the outer
// slots it reads.

import SinergiGraph

extension Binder {
    /// Opens a subquery: its own slots start here; returns the saved scope.
    mutating func openSubquery() -> (([String: Variable], [String], [String: StaticType]), [BoundAggregate]?) {
        subqueryFrames.append((slots.count, []))
        let saved = (savedScope, aggregateSink)
        return saved
    }

    /// Closes the innermost subquery and makes its expression.
    mutating func closeSubquery(
        _ saved: (([String: Variable], [String], [String: StaticType]), [BoundAggregate]?),
        mode: BoundSubquery.Mode, parts: [BoundSingleQuery], unionAll: Bool = false
    ) -> BoundExpression {
        let frame = subqueryFrames.removeLast()
        restore(saved.0)
        aggregateSink = saved.1
        subqueryCount += 1
        return .subquery(
            BoundSubquery(id: subqueryCount, mode: mode, parts: parts, unionAll: unionAll, outer: frame.reads))
    }

    /// A pattern predicate or `EXISTS { pattern [WHERE …] }`.
    mutating func bindPatternSubquery(_ pattern: Pattern, predicate: Expression?, use: PatternUse)
        throws(QueryError) -> BoundExpression
    {
        let saved = openSubquery()
        let bound = try bindPattern(pattern, use: use)
        var where_: BoundExpression?
        if let w = predicate { where_ = try bindPredicate(w, rule: .forbidden("EXISTS"), what: "WHERE") }
        let match = BoundMatch(optional: false, pattern: bound.pattern, predicate: where_, introduced: bound.introduced)
        return closeSubquery(
            saved, mode: .exists, parts: [BoundSingleQuery(clauses: [.match(match)], columns: [], returns: false)])
    }

    /// `[p = (a)-->(b) WHERE predicate | projection]`.
    mutating func bindPatternComprehension(_ c: PatternComprehension, rule: AggregateRule) throws(QueryError)
        -> BoundExpression
    {
        let saved = openSubquery()
        let pattern = Pattern(
            parts: [PatternPart(variable: c.pathVariable, element: c.pattern, span: c.pattern.span)],
            span: c.pattern.span)
        let bound = try bindPattern(pattern, use: .local)
        var where_: BoundExpression?
        if let p = c.predicate { where_ = try bindPredicate(p, rule: rule, what: "WHERE") }
        let projection = try bind(c.projection, rule).expression
        let match = BoundMatch(optional: false, pattern: bound.pattern, predicate: where_, introduced: bound.introduced)
        return closeSubquery(
            saved, mode: .collect(projection),
            parts: [BoundSingleQuery(clauses: [.match(match)], columns: [], returns: false)])
    }

    /// `EXISTS { query }`: each single query bound from the current scope; no writes.
    mutating func bindExistsQuery(_ q: Query) throws(QueryError) -> BoundExpression {
        let saved = openSubquery()
        var parts: [BoundSingleQuery] = []
        for single in q.singleQueries {
            for clause in single.clauses {
                switch clause {
                case .create, .merge, .set, .remove, .delete: throw EngineMessages.subqueryWrites(clause.span)
                default: break
                }
            }
            let outerScope = savedScope
            aggregateSink = nil
            parts.append(try bindSingle(single, subquery: true))
            restore(outerScope)
        }
        return closeSubquery(saved, mode: .exists, parts: parts, unionAll: q.unions.first?.all ?? false)
    }
}
