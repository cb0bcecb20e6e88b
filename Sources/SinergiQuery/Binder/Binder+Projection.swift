// Binding WITH and RETURN: expanding `*`, naming columns (NoExpressionAlias,
// ColumnNameConflict), giving each column a slot (a variable passed on keeps its
// own), pulling aggregates out into slots of their own, checking that aggregate
// items only use grouping keys (AmbiguousAggregationExpression), resolving ORDER
// BY and WITH … WHERE against the projected columns, and the SKIP/LIMIT rules.
// "The same expression" is decided by the syntax tree's canonical text
// (`Expression.description`), the one structural key of the syntax layer.

import SinergiGraph

extension Binder {
    mutating func bindProjection(
        _ body: ProjectionBody, predicate: Expression?, isReturn: Bool, span: SourceSpan
    ) throws(QueryError) -> BoundProjection {
        // The items, `*` first.
        var items: [(name: String, syntax: Expression, bound: BoundExpression, type: StaticType)] = []
        if body.includeAll {
            let visible = order.filter { !$0.hasPrefix(" ") && scope[$0] != nil }.sorted()
            if visible.isEmpty && body.items.isEmpty && isReturn {
                throw EngineMessages.noVariables(isReturn ? "RETURN" : "WITH", span)
            }
            for v in visible {
                guard let variable = lookup(v) else { continue }
                items.append(
                    (v, Expression(.variable(v), span: .empty), .slot(variable.slot), StaticType(variable.kind)))
            }
        }
        let start = slots.count
        let outerSink = aggregateSink
        aggregateSink = []
        defer { aggregateSink = outerSink }
        var seen = Set(items.map(\.name))
        var aliasError: QueryError?
        for item in body.items {
            let bound = try bind(item.expression, .allowed)
            if !isReturn, item.alias == nil, aliasError == nil {
                if case .variable = item.expression.kind {
                } else {
                    aliasError = EngineMessages.noAlias(item.span)
                }
            }
            let name = item.columnName
            if seen.contains(name) { throw EngineMessages.columnTwice(name, item.span) }
            seen.insert(name)
            items.append((name, item.expression, bound.expression, bound.type))
        }
        var grouping: [Int] = []
        for (i, item) in items.enumerated() where !Binder.containsAggregate(item.syntax) { grouping.append(i) }
        let aggregating = !(aggregateSink ?? []).isEmpty
        let groupingTexts = Set(
            grouping.filter { Binder.isSimple(items[$0].syntax) }.map { items[$0].syntax.description })
        let groupingVariables = Set(
            grouping.compactMap { i -> String? in
                if case .variable(let v) = items[i].syntax.kind { return v }
                return nil
            })
        if aggregating {
            for (i, item) in items.enumerated() where !grouping.contains(i) {
                try checkUnambiguous(item.syntax, groupingTexts: groupingTexts, groupingVariables: groupingVariables)
            }
        }

        // The columns: a variable passed on under its own name keeps its slot.
        let oldScope = scope
        var newScope: [String: Variable] = [:]
        var newOrder: [String] = []
        var outItems: [BoundProjectionItem] = []
        for item in items {
            var kind = VariableKind.value
            if case .variable(let v) = item.syntax.kind { kind = oldScope[v]?.kind ?? .value }
            if let v = Binder.literalValue(item.syntax), !v.isNull { kind = .nonEntity }
            switch item.syntax.kind {
            case .list, .map: kind = .nonEntity
            default: break
            }
            if kind == .nonEntity { valueTypes[item.name] = item.type }
            var slot: Int
            if case .slot(let s) = item.bound, case .variable(let v) = item.syntax.kind, v == item.name, s < start {
                slot = s
            } else {
                slot = slots.add(item.name)
            }
            if newScope[item.name] != nil { slot = slots.add(item.name) }
            newScope[item.name] = Variable(slot: slot, kind: kind)
            newOrder.append(item.name)
            outItems.append(BoundProjectionItem(name: item.name, slot: slot, expression: item.bound))
        }

        // ORDER BY sees the new columns, and the old variables unless DISTINCT/aggregating;
        // a key equal to a projected expression reads that column.
        let byText = Dictionary(items.map { ($0.syntax.description, $0.name) }, uniquingKeysWith: { a, _ in a })
        func projected(_ e: Expression) -> Expression {
            e.rewritten { x in
                if case .variable = x.kind { return nil }
                if let column = byText[x.description] { return Expression(.variable(column), span: x.span) }
                return nil
            }
        }
        var sortScope = newScope
        if !aggregating && !body.distinct {
            for (k, v) in oldScope where sortScope[k] == nil { sortScope[k] = v }
        }
        var orderBy: [BoundSortItem] = []
        let columnVariables = Set(items.map(\.name)).union(groupingVariables)
        for sort in body.orderBy {
            let replaced = projected(sort.expression)
            let hasAggregate = Binder.containsAggregate(replaced)
            if hasAggregate && !aggregating { throw EngineMessages.orderByAggregates(sort.span) }
            let saved = savedScope
            scope = sortScope
            let bound = try bind(replaced, aggregating ? .allowed : .forbidden("ORDER BY")).expression
            restore(saved)
            if aggregating, Binder.containsAggregate(sort.expression) {
                try checkUnambiguous(sort.expression, groupingTexts: groupingTexts, groupingVariables: columnVariables)
            }
            orderBy.append(BoundSortItem(expression: bound, ascending: sort.ascending))
        }

        if let aliasError { throw aliasError }
        let skip = try bindCount(body.skip, "SKIP")
        let limit = try bindCount(body.limit, "LIMIT")

        var where_: BoundExpression?
        if let p = predicate {
            let saved = savedScope
            scope = sortScope
            let savedSink = aggregateSink
            where_ = try bindPredicate(projected(p), rule: .forbidden("WHERE"), what: "WHERE")
            aggregateSink = savedSink
            restore(saved)
        }
        scope = newScope
        order = newOrder
        let aggregates = aggregateSink ?? []
        return BoundProjection(
            items: outItems, aggregates: aggregates, groupingKeys: aggregating ? grouping : [],
            distinct: body.distinct, orderBy: orderBy, skip: skip, limit: limit, predicate: where_,
            isReturn: isReturn)
    }

    /// A variable or a property of a variable: the only grouping keys an aggregate expression may reuse.
    static func isSimple(_ e: Expression) -> Bool {
        switch e.kind {
        case .variable: return true
        case .property(let b, _): if case .variable = b.kind { return true } else { return false }
        default: return false
        }
    }

    /// SKIP / LIMIT: a constant, non-negative integer expression.
    mutating func bindCount(_ e: Expression?, _ what: String) throws(QueryError) -> BoundExpression? {
        guard let e else { return nil }
        var constant = true
        e.forEachSubexpression { x in
            switch x.kind {
            case .variable, .patternPredicate, .patternComprehension, .existsSubquery, .countStar: constant = false
            case .function(let f) where Aggregates.isAggregate(f.name.lowercasedName): constant = false
            default: break
            }
            return constant
        }
        if !constant { throw EngineMessages.notConstant(what, e.span) }
        switch e.kind {
        case .integer(let i) where i < 0: throw EngineMessages.negativeCount(what, i, e.span)
        case .double, .string, .boolean, .list, .map: throw EngineMessages.countType(what, e.span)
        default:
            let saved = savedScope
            let savedSink = aggregateSink
            defer {
                aggregateSink = savedSink
                restore(saved)
            }
            return try bind(e, .forbidden(what)).expression
        }
    }

    static func containsAggregate(_ e: Expression) -> Bool {
        var found = false
        e.forEachSubexpression { x in
            switch x.kind {
            case .countStar: found = true
            case .function(let call) where Aggregates.isAggregate(call.name.lowercasedName): found = true
            default: break
            }
            return !found
        }
        return found
    }

    /// Outside its aggregates, an aggregating item may use only grouping keys (as
    /// expressions or variables), literals and parameters.
    func checkUnambiguous(_ e: Expression, groupingTexts: Set<String>, groupingVariables: Set<String>)
        throws(QueryError)
    {
        var problem: Expression?
        var locals = Set<String>()
        func walk(_ x: Expression) {
            if problem != nil { return }
            if x.span != .empty, groupingTexts.contains(x.description) { return }
            switch x.kind {
            case .countStar: return
            case .function(let call) where Aggregates.isAggregate(call.name.lowercasedName): return
            case .variable(let v):
                if !groupingVariables.contains(v) && !locals.contains(v) { problem = x }
                return
            case .listComprehension(let c):
                walk(c.source)
                locals.insert(c.variable)
                if let p = c.predicate { walk(p) }
                if let p = c.projection { walk(p) }
                return
            case .quantifier(let q):
                walk(q.source)
                locals.insert(q.variable)
                if let p = q.predicate { walk(p) }
                return
            case .reduce(let r):
                walk(r.initial)
                walk(r.source)
                locals.insert(r.accumulator)
                locals.insert(r.variable)
                walk(r.expression)
                return
            default: break
            }
            var children: [Expression] = []
            var first = true
            x.forEachSubexpression { c in
                if first {
                    first = false
                    return true
                }
                children.append(c)
                return false
            }
            for c in children { walk(c) }
        }
        walk(e)
        if let problem { throw EngineMessages.ambiguousAggregation(problem.description, problem.span) }
    }
}
