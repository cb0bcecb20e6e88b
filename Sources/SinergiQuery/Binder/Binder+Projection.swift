// Binding WITH and RETURN: expanding `*`, naming columns (NoExpressionAlias,
// ColumnNameConflict), pulling aggregates out into hidden variables, checking
// that aggregate items only use grouping keys (AmbiguousAggregationExpression),
// resolving ORDER BY against the projected columns, and the SKIP/LIMIT rules.

import SinergiGraph

extension Binder {
    mutating func bindProjection(
        _ body: ProjectionBody, predicate: Expression?, isReturn: Bool, span: SourceSpan
    ) throws(QueryError) -> BoundProjection {
        var items: [(name: String, expression: Expression, text: String)] = []
        if body.includeAll {
            let visible = order.filter { !$0.hasPrefix(" ") && scope[$0] != nil }.sorted()
            if visible.isEmpty && body.items.isEmpty && isReturn {
                throw EngineMessages.compile(
                    .noVariablesInScope, "\(isReturn ? "RETURN" : "WITH") * has no variables to project", span)
            }
            for v in visible { items.append((v, Expression(.variable(v), span: .empty), v)) }
        }
        var seen = Set(items.map(\.name))
        var aliasError: QueryError?
        for item in body.items {
            _ = try check(item.expression, aggregates: .allowed)
            if !isReturn, item.alias == nil, aliasError == nil {
                if case .variable = item.expression.kind {
                } else {
                    aliasError = EngineMessages.compile(
                        .noExpressionAlias, "an expression in WITH must be aliased with AS", item.span)
                }
            }
            let name = item.columnName
            if seen.contains(name) {
                throw EngineMessages.compile(.columnNameConflict, "column '\(name)' is projected twice", item.span)
            }
            seen.insert(name)
            items.append((name, item.expression, canonicalText(item.expression.span)))
        }

        // Pull aggregates out.
        var aggregates: [AggregateSpec] = []
        var outItems: [(name: String, expression: Expression)] = []
        var grouping: [Int] = []
        for (i, item) in items.enumerated() {
            let rewritten = extractAggregates(item.expression, into: &aggregates)
            outItems.append((item.name, rewritten))
            if !Binder.containsAggregate(item.expression) { grouping.append(i) }
        }
        let aggregating = !aggregates.isEmpty
        if aggregating {
            let groupingTexts = Set(grouping.filter { Binder.isSimple(items[$0].expression) }.map { items[$0].text })
            let groupingVars = Set(
                grouping.compactMap { i -> String? in
                    if case .variable(let v) = items[i].expression.kind { return v }
                    return nil
                })
            for (i, item) in items.enumerated() where !grouping.contains(i) {
                try checkUnambiguous(item.expression, groupingTexts: groupingTexts, groupingVars: groupingVars)
            }
        }

        // Scope after the projection.
        let oldScope = scope
        var newScope: [String: VariableKind] = [:]
        var newOrder: [String] = []
        for item in items {
            var kind = VariableKind.value
            if case .variable(let v) = item.expression.kind { kind = oldScope[v] ?? .value }
            if let v = Binder.literalValue(item.expression), !v.isNull { kind = .nonEntity }
            switch item.expression.kind {
            case .list, .map: kind = .nonEntity
            default: break
            }
            if kind == .nonEntity {
                let saved = (scope, order)
                scope = oldScope
                valueTypes[item.name] = (try? check(item.expression, aggregates: .allowed)) ?? .any
                (scope, order) = saved
            }
            newScope[item.name] = kind
            newOrder.append(item.name)
        }

        // ORDER BY: sees the new columns, and the old variables unless DISTINCT/aggregating.
        var orderBy: [SortItem] = []
        if !body.orderBy.isEmpty {
            let byText = Dictionary(items.map { ($0.text, $0.name) }, uniquingKeysWith: { a, _ in a })
            var sortScope = newScope
            if !aggregating && !body.distinct {
                for (k, v) in oldScope where sortScope[k] == nil { sortScope[k] = v }
            }
            let simpleTexts = Set(grouping.filter { Binder.isSimple(items[$0].expression) }.map { items[$0].text })
            let columnVars = Set(items.map(\.name)).union(
                grouping.compactMap { i -> String? in
                    if case .variable(let v) = items[i].expression.kind { return v }
                    return nil
                })
            for sort in body.orderBy {
                // Replace subexpressions equal to a projected expression by its column.
                let replaced = sort.expression.rewritten { e in
                    if case .variable = e.kind { return nil }
                    if let col = byText[canonicalText(e.span)], e.span != .empty {
                        return Expression(.variable(col), span: e.span)
                    }
                    return nil
                }
                let saved = (scope, order)
                scope = sortScope
                let hasAgg = Binder.containsAggregate(replaced)
                if hasAgg && !aggregating {
                    throw EngineMessages.compile(
                        .invalidAggregation, "ORDER BY cannot aggregate when the projection does not", sort.span)
                }
                _ = try check(replaced, aggregates: aggregating ? .allowed : .forbidden("ORDER BY"))
                (scope, order) = saved
                if aggregating, Binder.containsAggregate(sort.expression) {
                    try checkUnambiguous(sort.expression, groupingTexts: simpleTexts, groupingVars: columnVars)
                }
                let final = extractAggregates(replaced, into: &aggregates)
                orderBy.append(SortItem(expression: final, ascending: sort.ascending, span: sort.span))
            }
        }

        if let aliasError { throw aliasError }
        let skip = try checkSkipLimit(body.skip, "SKIP")
        let limit = try checkSkipLimit(body.limit, "LIMIT")

        var predicate = predicate
        if let p = predicate {
            let byText = Dictionary(items.map { ($0.text, $0.name) }, uniquingKeysWith: { a, _ in a })
            predicate = p.rewritten { e in
                if case .variable = e.kind { return nil }
                if e.span != .empty, let col = byText[canonicalText(e.span)] {
                    return Expression(.variable(col), span: e.span)
                }
                return nil
            }
        }
        if let predicate {
            scope = newScope
            if !aggregating && !body.distinct {
                for (k, v) in oldScope where scope[k] == nil { scope[k] = v }
            }
            try checkPredicate(predicate, rule: .forbidden("WHERE"), what: "WHERE")
        }
        scope = newScope
        order = newOrder
        return BoundProjection(
            items: outItems, aggregates: aggregates, groupingKeys: aggregating ? grouping : [],
            distinct: body.distinct, orderBy: orderBy, skip: skip, limit: limit, predicate: predicate,
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

    func checkSkipLimit(_ e: Expression?, _ what: String) throws(QueryError) -> Expression? {
        guard let e else { return nil }
        var constant = true
        e.forEachSubexpression { x in
            switch x.kind {
            case .variable, .patternPredicate, .patternComprehension, .existsSubquery, .countStar: constant = false
            case .function(let f) where FunctionBridge.isAggregate(f.name.lowercasedName):
                constant = false
            default: break
            }
            return constant
        }
        if !constant {
            throw EngineMessages.compile(.nonConstantExpression, "\(what) must be a constant expression", e.span)
        }
        switch e.kind {
        case .integer(let i) where i < 0:
            throw EngineMessages.compile(.negativeIntegerArgument, "\(what) cannot be negative (\(i))", e.span)
        case .double, .string, .boolean, .list, .map:
            throw EngineMessages.compile(.invalidArgumentType, "\(what) must be a non-negative integer", e.span)
        default: return e
        }
    }

    /// Replaces aggregate calls by hidden variables, appending their specs.
    mutating func extractAggregates(_ e: Expression, into specs: inout [AggregateSpec]) -> Expression {
        var local = specs
        var counter = self.counter
        let out = e.rewritten { x in
            switch x.kind {
            case .countStar:
                counter += 1
                let v = "  agg\(counter)"
                local.append(AggregateSpec(variable: v, name: "count", distinct: false, arguments: [], star: true))
                return Expression(.variable(v), span: x.span)
            case .function(let call) where FunctionBridge.isAggregate(call.name.lowercasedName):
                counter += 1
                let v = "  agg\(counter)"
                local.append(
                    AggregateSpec(
                        variable: v, name: call.name.lowercasedName, distinct: call.distinct,
                        arguments: call.arguments, star: false))
                return Expression(.variable(v), span: x.span)
            case .listComprehension, .quantifier, .reduce, .patternComprehension, .existsSubquery:
                return nil
            default: return nil
            }
        }
        self.counter = counter
        specs = local
        return out
    }

    static func containsAggregate(_ e: Expression) -> Bool {
        var found = false
        e.forEachSubexpression { x in
            switch x.kind {
            case .countStar: found = true
            case .function(let call) where FunctionBridge.isAggregate(call.name.lowercasedName): found = true
            default: break
            }
            return !found
        }
        return found
    }

    /// Outside its aggregates, an aggregating item may use only grouping keys (as
    /// expressions or variables), literals and parameters.
    func checkUnambiguous(_ e: Expression, groupingTexts: Set<String>, groupingVars: Set<String>) throws(QueryError) {
        var problem: Expression?
        var locals = Set<String>()
        func walk(_ x: Expression) {
            if problem != nil { return }
            if x.span != .empty, groupingTexts.contains(canonicalText(x.span)) { return }
            switch x.kind {
            case .countStar: return
            case .function(let call) where FunctionBridge.isAggregate(call.name.lowercasedName): return
            case .variable(let v):
                if !groupingVars.contains(v) && !locals.contains(v) { problem = x }
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
        if let problem {
            throw EngineMessages.compile(
                .ambiguousAggregationExpression,
                "an expression mixing an aggregate with '\(canonicalText(problem.span))' needs it as a grouping key",
                problem.span)
        }
    }
}
