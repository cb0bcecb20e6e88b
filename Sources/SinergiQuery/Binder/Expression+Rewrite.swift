// Generic traversal of the expression tree: rebuilding an expression with some
// subexpressions replaced (aggregates pulled out of projections, ORDER BY keys
// mapped to projected columns) and visiting every subexpression.

extension Expression {
    /// A copy in which every subexpression for which `replace` returns a value is
    /// replaced by it (top-down: a replaced subtree is not descended into).
    /// Expressions inside patterns (property maps) are rewritten too.
    /// - Complexity: O(n) in the size of the tree.
    func rewritten(_ replace: (Expression) -> Expression?) -> Expression {
        if let r = replace(self) { return r }
        func f(_ e: Expression) -> Expression { e.rewritten(replace) }
        func fo(_ e: Expression?) -> Expression? { e.map(f) }
        var k = kind
        switch kind {
        case .integer, .double, .string, .boolean, .null, .parameter, .variable, .countStar:
            return self
        case .list(let items): k = .list(items.map(f))
        case .map(let entries):
            k = .map(entries.map { MapEntry(key: $0.key, value: f($0.value), span: $0.span) })
        case .property(let b, let key): k = .property(f(b), key)
        case .index(let b, let i): k = .index(f(b), f(i))
        case .slice(let b, let from, let to): k = .slice(f(b), from: fo(from), to: fo(to))
        case .hasLabels(let b, let labels): k = .hasLabels(f(b), labels)
        case .unary(let op, let e): k = .unary(op, f(e))
        case .binary(let op, let l, let r): k = .binary(op, f(l), f(r))
        case .isNull(let e): k = .isNull(f(e))
        case .isNotNull(let e): k = .isNotNull(f(e))
        case .function(var call):
            call.arguments = call.arguments.map(f)
            k = .function(call)
        case .caseExpression(var c):
            c.subject = fo(c.subject)
            c.alternatives = c.alternatives.map { CaseAlternative(when: f($0.when), then: f($0.then)) }
            c.elseValue = fo(c.elseValue)
            k = .caseExpression(c)
        case .listComprehension(var c):
            c.source = f(c.source)
            c.predicate = fo(c.predicate)
            c.projection = fo(c.projection)
            k = .listComprehension(c)
        case .patternComprehension(var c):
            c.pattern = c.pattern.rewritten(replace)
            c.predicate = fo(c.predicate)
            c.projection = f(c.projection)
            k = .patternComprehension(c)
        case .patternPredicate(let p): k = .patternPredicate(p.rewritten(replace))
        case .existsSubquery(let sub):
            switch sub {
            case .query: return self
            case .pattern(var p, let w):
                p.parts = p.parts.map {
                    PatternPart(variable: $0.variable, element: $0.element.rewritten(replace), span: $0.span)
                }
                k = .existsSubquery(.pattern(p, where: fo(w)))
            }
        case .quantifier(var q):
            q.source = f(q.source)
            q.predicate = fo(q.predicate)
            k = .quantifier(q)
        case .reduce(var r):
            r.initial = f(r.initial)
            r.source = f(r.source)
            r.expression = f(r.expression)
            k = .reduce(r)
        case .mapProjection(var m):
            m.items = m.items.map { item in
                if case .literal(let key, let e) = item { return .literal(key, f(e)) }
                return item
            }
            k = .mapProjection(m)
        }
        return Expression(k, span: span)
    }

    /// Calls `visit` on this expression and every subexpression, pre-order, including
    /// property maps inside patterns; `visit` returns false to skip a subtree.
    /// - Complexity: O(n) in the size of the tree.
    func forEachSubexpression(_ visit: (Expression) -> Bool) {
        _ = rewritten { e in visit(e) ? nil : e }
    }
}

extension PatternElement {
    /// A copy with the property-map expressions rewritten.
    /// - Complexity: O(n) in the size of the pattern.
    func rewritten(_ replace: (Expression) -> Expression?) -> PatternElement {
        var copy = self
        copy.start.properties = start.properties?.rewritten(replace)
        for i in copy.chain.indices {
            copy.chain[i].relationship.properties = chain[i].relationship.properties?.rewritten(replace)
            copy.chain[i].node.properties = chain[i].node.properties?.rewritten(replace)
        }
        return copy
    }
}
