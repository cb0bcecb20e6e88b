// Shape checks the TCK expects at parse time, run on each parsed statement:
// pattern predicates only where a boolean predicate is expected, `YIELD *`
// only in a standalone CALL, no mixing of UNION and UNION ALL, no updating
// clauses inside EXISTS { … }, and no `$param` property maps in MATCH/MERGE.
// CREATE/MERGE relationship rules depend on which variables are bound, so the
// binder applies them (see `PatternElement.creationViolation`).
// Name resolution and typing are the binder's job, not this file's.

extension Parser {
    /// Checks `statement` for the shape rules above.
    ///
    /// - Throws: the first violation as a compile-time `SyntaxError`.
    /// - Complexity: O(n) in the size of the tree.
    static func validate(_ statement: Statement) throws(QueryError) {
        try validate(statement.query, insideExists: false)
    }

    static func validate(_ query: Query, insideExists: Bool) throws(QueryError) {
        if let first = query.unions.first {
            for union in query.unions where union.all != first.all {
                throw DiagnosticMessages.invalidClauseComposition(
                    "UNION and UNION ALL cannot be combined", at: union.span.start)
            }
        }
        for single in query.singleQueries {
            for clause in single.clauses {
                if insideExists {
                    switch clause {
                    case .create, .merge, .set, .remove, .delete:
                        throw DiagnosticMessages.invalidClauseComposition(
                            "\(clause.name) is not allowed inside EXISTS { … }", at: clause.span.start)
                    default: break
                    }
                }
                try validate(clause, standalone: single.clauses.count == 1 && query.unions.isEmpty)
            }
        }
    }

    static func validate(_ clause: Clause, standalone: Bool) throws(QueryError) {
        switch clause {
        case .match(let m):
            try validate(m.pattern, allowParameterMaps: false)
            try validate(m.predicate, predicate: true)
        case .unwind(let u):
            try validate(u.expression, predicate: false)
        case .with(let w):
            try validate(w.projection)
            try validate(w.predicate, predicate: true)
        case .return(let r):
            try validate(r.projection)
        case .create(let c):
            try validate(c.pattern, allowParameterMaps: true)
        case .merge(let m):
            try validate(m.part.element, allowParameterMaps: false)
            for action in m.actions { try validate(action.items) }
        case .set(let s):
            try validate(s.items)
        case .remove(let r):
            for item in r.items {
                if case .property(let entity, _, _) = item { try validate(entity, predicate: false) }
            }
        case .delete(let d):
            for e in d.expressions { try validate(e, predicate: false) }
        case .call(let c):
            for e in c.arguments ?? [] { try validate(e, predicate: false) }
            if let y = c.yield {
                if y.all, !standalone {
                    throw DiagnosticMessages.expected(
                        "a list of YIELD items (YIELD * is only allowed in a standalone CALL)", found: "'*'",
                        at: y.span.start)
                }
                try validate(y.predicate, predicate: true)
            }
        }
    }

    static func validate(_ items: [SetItem]) throws(QueryError) {
        for item in items {
            switch item {
            case .property(let entity, _, let value, _):
                try validate(entity, predicate: false)
                try validate(value, predicate: false)
            case .replaceProperties(_, let value, _), .mergeProperties(_, let value, _):
                try validate(value, predicate: false)
            case .labels: break
            }
        }
    }

    static func validate(_ projection: ProjectionBody) throws(QueryError) {
        for item in projection.items { try validate(item.expression, predicate: false) }
        for item in projection.orderBy { try validate(item.expression, predicate: false) }
        try validate(projection.skip, predicate: false)
        try validate(projection.limit, predicate: false)
    }

    // MARK: Patterns

    static func validate(_ pattern: Pattern, allowParameterMaps: Bool) throws(QueryError) {
        for part in pattern.parts { try validate(part.element, allowParameterMaps: allowParameterMaps) }
    }

    static func validate(_ element: PatternElement, allowParameterMaps: Bool) throws(QueryError) {
        let properties = element.nodes.map(\.properties) + element.relationships.map(\.properties)
        for case let value? in properties {
            if case .parameter = value.kind, !allowParameterMaps {
                throw DiagnosticMessages.invalidParameterUse(
                    "a parameter cannot be used as a property map here; use {key: $param.key}",
                    at: value.span.start)
            }
            try validate(value, predicate: false)
        }
    }

    // MARK: Expressions

    static func validate(_ expression: Expression?, predicate: Bool) throws(QueryError) {
        guard let expression else { return }
        switch expression.kind {
        case .integer, .double, .string, .boolean, .null, .parameter, .variable, .countStar:
            return
        case .patternPredicate(let element):
            if !predicate {
                throw DiagnosticMessages.expected(
                    "an expression (a pattern is only allowed as a predicate, e.g. in WHERE or exists())",
                    found: "a pattern", at: expression.span.start)
            }
            try validate(element, allowParameterMaps: true)
        case .list(let items):
            for item in items { try validate(item, predicate: false) }
        case .map(let entries):
            for entry in entries { try validate(entry.value, predicate: false) }
        case .property(let base, _), .hasLabels(let base, _), .isNull(let base), .isNotNull(let base):
            try validate(base, predicate: false)
        case .index(let base, let index):
            try validate(base, predicate: false)
            try validate(index, predicate: false)
        case .slice(let base, let from, let to):
            try validate(base, predicate: false)
            try validate(from, predicate: false)
            try validate(to, predicate: false)
        case .unary(let op, let operand):
            try validate(operand, predicate: op == .not && predicate)
        case .binary(let op, let lhs, let rhs):
            let boolean = (op == .and || op == .or || op == .xor) && predicate
            try validate(lhs, predicate: boolean)
            try validate(rhs, predicate: boolean)
        case .function(let call):
            let isExists = call.name.lowercasedName == "exists"
            for argument in call.arguments { try validate(argument, predicate: isExists) }
        case .caseExpression(let c):
            try validate(c.subject, predicate: false)
            for alternative in c.alternatives {
                try validate(alternative.when, predicate: c.subject == nil)
                try validate(alternative.then, predicate: false)
            }
            try validate(c.elseValue, predicate: false)
        case .listComprehension(let c):
            try validate(c.source, predicate: false)
            try validate(c.predicate, predicate: true)
            try validate(c.projection, predicate: false)
        case .patternComprehension(let c):
            try validate(c.pattern, allowParameterMaps: true)
            try validate(c.predicate, predicate: true)
            try validate(c.projection, predicate: false)
        case .existsSubquery(let body):
            switch body {
            case .query(let query):
                try validate(query, insideExists: true)
            case .pattern(let pattern, let predicate):
                try validate(pattern, allowParameterMaps: true)
                try validate(predicate, predicate: true)
            }
        case .quantifier(let q):
            try validate(q.source, predicate: false)
            try validate(q.predicate, predicate: true)
        case .reduce(let r):
            try validate(r.initial, predicate: false)
            try validate(r.source, predicate: false)
            try validate(r.expression, predicate: false)
        case .mapProjection(let m):
            for item in m.items {
                if case .literal(_, let value) = item { try validate(value, predicate: false) }
            }
        }
    }
}
