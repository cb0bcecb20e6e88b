// Expression evaluation over one row: literals, variables, parameters, property
// and element access, operators (delegated to the values layer's CypherSemantics
// and Arithmetic), CASE, comprehensions, quantifiers, reduce, map projections,
// pattern predicates and EXISTS subqueries. Null propagates as openCypher says;
// type errors are `QueryError`s that name the operation and the types.

import SinergiGraph

/// Evaluates expressions against rows within one statement's context.
struct Evaluator {
    /// The statement's state (graph, parameters, limits).
    let context: ExecutionContext

    /// The working graph, borrowed (no copy of the store's references).
    var graph: PropertyGraph {
        _read { yield context.graph }
    }

    /// The value of `e` in `row`.
    /// - Complexity: O(size of e) plus the work of any pattern or subquery inside it.
    func eval(_ e: Expression, _ row: Row) throws(QueryError) -> Value {
        switch e.kind {
        case .integer(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .boolean(let b): return .bool(b)
        case .null: return .null
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try eval(i, row)) }
            return .list(out)
        case .map(let entries):
            var out: [String: Value] = [:]
            for en in entries { out[en.key] = try eval(en.value, row) }
            return .map(out)
        case .parameter(let name):
            guard let v = context.parameters[name] else {
                throw QueryError(
                    kind: .parameterMissing, phase: .compileTime, code: .missingParameter,
                    message: "parameter $\(name) was not supplied", location: e.span.start)
            }
            return v
        case .variable(let name):
            return row[name] ?? .null
        case .property(let base, let key):
            return try property(try eval(base, row), key)
        case .index(let base, let index):
            return try element(try eval(base, row), try eval(index, row))
        case .slice(let base, let from, let to):
            return try slice(
                try eval(base, row), try from.map { (x) throws(QueryError) in try eval(x, row) },
                try to.map { (x) throws(QueryError) in try eval(x, row) })
        case .hasLabels(let base, let labels):
            let v = try eval(base, row)
            switch v {
            case .null: return .null
            case .node(let id):
                try checkLive(id)
                return .bool(labels.allSatisfy { graph.hasLabel(id, $0) })
            case .relationship(let id):
                try checkLive(id)
                return .bool(labels.allSatisfy { graph.type(of: id) == $0 })
            default:
                throw EngineMessages.runtimeType("a label check needs a node, got \(v.typeName)")
            }
        case .unary(let op, let x):
            return try CypherSemantics.unary(op, try eval(x, row))
        case .binary(let op, let l, let r):
            let lv = try eval(l, row)
            if op == .and, lv == .bool(false) {
                let rv = try eval(r, row)
                _ = try CypherSemantics.and(lv, rv)
                return .bool(false)
            }
            return try CypherSemantics.binary(op, lv, try eval(r, row))
        case .isNull(let x): return .bool(try eval(x, row).isNull)
        case .isNotNull(let x): return .bool(!(try eval(x, row).isNull))
        case .countStar:
            throw EngineMessages.runtime(.syntaxError, .invalidAggregation, "count(*) cannot be used here")
        case .function(let call):
            return try function(call, row, span: e.span)
        case .caseExpression(let c):
            if let subject = c.subject {
                let s = try eval(subject, row)
                for alt in c.alternatives where CypherSemantics.equals(s, try eval(alt.when, row)) == true {
                    return try eval(alt.then, row)
                }
            } else {
                for alt in c.alternatives where try eval(alt.when, row) == .bool(true) {
                    return try eval(alt.then, row)
                }
            }
            return try c.elseValue.map { (x) throws(QueryError) in try eval(x, row) } ?? .null
        case .listComprehension(let c):
            let source = try eval(c.source, row)
            guard case .list(let items) = source else {
                if source.isNull { return .null }
                throw EngineMessages.runtimeType("a list comprehension needs a list, got \(source.typeName)")
            }
            var local = row
            var out: [Value] = []
            for item in items {
                local[c.variable] = item
                if let p = c.predicate, try eval(p, local) != .bool(true) { continue }
                out.append(try c.projection.map { (x) throws(QueryError) in try eval(x, local) } ?? item)
            }
            return .list(out)
        case .quantifier(let q):
            return try quantifier(q, row)
        case .reduce(let r):
            let source = try eval(r.source, row)
            guard case .list(let items) = source else {
                if source.isNull { return .null }
                throw EngineMessages.runtimeType("reduce() needs a list, got \(source.typeName)")
            }
            var local = row
            var acc = try eval(r.initial, row)
            for item in items {
                local[r.accumulator] = acc
                local[r.variable] = item
                acc = try eval(r.expression, local)
            }
            return acc
        case .mapProjection(let m):
            return try mapProjection(m, row)
        case .patternPredicate(let element):
            let (pattern, matcher) = probe(e.span.offset, .element(element, path: nil)) {
                Pattern(parts: [PatternPart(variable: nil, element: element, span: element.span)], span: element.span)
            }
            if let joined = expandInto(e.span.offset, pattern, row) { return .bool(joined) }
            var found = false
            try matcher.match(pattern, row) { _ throws(QueryError) in
                found = true
                return false
            }
            return .bool(found)
        case .patternComprehension(let c):
            let (pattern, matcher) = probe(e.span.offset, .element(c.pattern, path: c.pathVariable)) {
                Pattern(
                    parts: [PatternPart(variable: c.pathVariable, element: c.pattern, span: c.pattern.span)],
                    span: c.pattern.span)
            }
            var out: [Value] = []
            try matcher.match(pattern, row) { m throws(QueryError) in
                if let p = c.predicate, try eval(p, m) != .bool(true) { return true }
                out.append(try eval(c.projection, m))
                return true
            }
            return .list(out)
        case .existsSubquery(let sub):
            switch sub {
            case .pattern(let p, let w):
                let (pattern, matcher) = probe(e.span.offset, .pattern(p)) { p }
                if w == nil, let joined = expandInto(e.span.offset, pattern, row) { return .bool(joined) }
                var found = false
                try matcher.match(pattern, row) { m throws(QueryError) in
                    if let w, try eval(w, m) != .bool(true) { return true }
                    found = true
                    return false
                }
                return .bool(found)
            case .query(let q):
                let plan: PlanNode
                if let cached = context.subqueryPlans[e.span.offset] {
                    plan = cached
                } else {
                    plan = try Planner.planSubquery(
                        q, outer: Set(row.keys), procedures: context.options.procedures, source: context.source)
                    context.subqueryPlans[e.span.offset] = plan
                }
                // Semi-join: a subquery that is one MATCH stops at its first match.
                if case .match(let pattern, let predicate, optional: false) = plan.op, let input = plan.input,
                    case .argument = input.op, input.input == nil
                {
                    if predicate == nil, let joined = expandInto(e.span.offset, pattern, row) { return .bool(joined) }
                    var found = false
                    try probeMatcher(e.span.offset).match(pattern, row) { m throws(QueryError) in
                        if let predicate, try !isTrue(predicate, m) { return true }
                        found = true
                        return false
                    }
                    return .bool(found)
                }
                let rows = try Executor(context: context).run(plan, input: [row])
                return .bool(!rows.isEmpty)
            }
        }
    }

    /// The compiled pattern and a free matcher for the probe (pattern predicate, pattern
    /// comprehension, EXISTS) at source offset `site`: compiled once per statement. The
    /// compiled pattern does not depend on the row (bound variables are recognised while
    /// matching), so it is shared by every row; `source` guards against two different
    /// patterns at one offset (a rewritten copy of an expression), which are compiled apart.
    /// - Complexity: O(size of the pattern) to compare `source` after the first call.
    func probe(_ site: Int, _ source: ProbeSource, _ pattern: () -> Pattern) -> (CompiledPattern, PatternMatcher) {
        if let cached = context.probePatterns[site], cached.source == source {
            return (cached.compiled, probeMatcher(site))
        }
        let compiled = PatternCompiler.compile(pattern(), bound: [])
        context.probePatterns[site] = (source, compiled)
        // What was made for another pattern at this offset (names, type caches) is dropped.
        context.probeShapes.removeValue(forKey: site)
        context.probeMatchers.removeValue(forKey: site)
        return (compiled, probeMatcher(site))
    }

    /// The answer of the expand-into semi-join for the probe at `site` (see
    /// `ExpandIntoProbe`), or nil when the matcher must decide.
    /// - Complexity: O(min(d(a), d(b))) when it answers.
    func expandInto(_ site: Int, _ pattern: CompiledPattern, _ row: Row) -> Bool? {
        let shape: ExpandIntoProbe?
        if let known = context.probeShapes[site] {
            shape = known
        } else {
            shape = ExpandIntoProbe.shape(of: pattern)
            context.probeShapes[site] = .some(shape)
        }
        return shape?.exists(in: row, graph: graph)
    }

    /// The matcher for the probe at `site`, reused across rows; a fresh one when it is busy
    /// (a probe evaluated while its own match is running).
    /// - Complexity: O(1).
    func probeMatcher(_ site: Int) -> PatternMatcher {
        if let m = context.probeMatchers[site], m.depth == 0 { return m }
        let m = PatternMatcher(evaluator: self, bindsHidden: false)
        if context.probeMatchers[site] == nil { context.probeMatchers[site] = m }
        return m
    }

    /// True when `e` evaluates to `true` (null and false both reject).
    func isTrue(_ e: Expression, _ row: Row) throws(QueryError) -> Bool {
        try eval(e, row) == .bool(true)
    }

    // MARK: Access

    func checkLive(_ id: NodeID) throws(QueryError) {
        if !graph.contains(id) {
            throw EngineMessages.runtime(.entityNotFound, .deletedEntityAccess, "node \(id) was deleted")
        }
    }

    func checkLive(_ id: RelationshipID) throws(QueryError) {
        if !graph.contains(id) {
            throw EngineMessages.runtime(.entityNotFound, .deletedEntityAccess, "relationship \(id) was deleted")
        }
    }

    func property(_ v: Value, _ key: String) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .node(let id):
            try checkLive(id)
            return graph.property(key, of: id)
        case .relationship(let id):
            try checkLive(id)
            return graph.property(key, of: id)
        case .map(let m): return m[key] ?? .null
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return TemporalComponents.component(of: v, key) ?? .null
        default:
            throw EngineMessages.runtimeType(
                "property access .\(key) needs a map, node or relationship, got \(v.typeName)")
        }
    }

    func element(_ base: Value, _ index: Value) throws(QueryError) -> Value {
        switch (base, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .int(let i)):
            let n = Int64(items.count)
            let j = i < 0 ? n + i : i
            return j >= 0 && j < n ? items[Int(j)] : .null
        case (.list, _):
            throw EngineMessages.runtime(
                .typeError, .listElementAccessByNonInteger, "a list index must be an integer, got \(index.typeName)")
        case (.map(let m), .string(let k)): return m[k] ?? .null
        case (.node, .string(let k)), (.relationship, .string(let k)): return try property(base, k)
        case (.map, _), (.node, _), (.relationship, _):
            throw EngineMessages.runtime(
                .typeError, .mapElementAccessByNonString, "a map key must be a string, got \(index.typeName)")
        default:
            throw EngineMessages.runtime(
                .typeError, .invalidArgumentType, "cannot index a value of type \(base.typeName)")
        }
    }

    func slice(_ base: Value, _ from: Value?, _ to: Value?) throws(QueryError) -> Value {
        if base.isNull || from == .some(.null) || to == .some(.null) { return .null }
        guard case .list(let items) = base else {
            throw EngineMessages.runtime(
                .typeError, .invalidArgumentType, "cannot slice a value of type \(base.typeName)")
        }
        let n = Int64(items.count)
        func bound(_ v: Value?, _ def: Int64) throws(QueryError) -> Int64 {
            guard let v else { return def }
            guard case .int(let i) = v else {
                throw EngineMessages.runtime(
                    .typeError, .listElementAccessByNonInteger, "a slice bound must be an integer, got \(v.typeName)")
            }
            let j = i < 0 ? n + i : i
            return min(max(j, 0), n)
        }
        let lo = try bound(from, 0)
        let hi = try bound(to, n)
        return lo < hi ? .list(Array(items[Int(lo)..<Int(hi)])) : .list([])
    }

    func quantifier(_ q: QuantifierExpression, _ row: Row) throws(QueryError) -> Value {
        let source = try eval(q.source, row)
        guard case .list(let items) = source else {
            if source.isNull { return .null }
            throw EngineMessages.runtimeType("\(q.quantifier.rawValue)() needs a list, got \(source.typeName)")
        }
        var trues = 0
        var nulls = 0
        var local = row
        for item in items {
            local[q.variable] = item
            let v = try q.predicate.map { (x) throws(QueryError) in try eval(x, local) } ?? .bool(true)
            switch v {
            case .bool(true): trues += 1
            case .null: nulls += 1
            case .bool(false): break
            default: throw EngineMessages.runtimeType("\(q.quantifier.rawValue)() needs a boolean predicate")
            }
        }
        let falses = items.count - trues - nulls
        switch q.quantifier {
        case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
        case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
        case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
        case .single:
            if trues > 1 { return .bool(false) }
            if nulls > 0 { return .null }
            return .bool(trues == 1)
        }
    }

    func mapProjection(_ m: MapProjection, _ row: Row) throws(QueryError) -> Value {
        let subject = row[m.subject] ?? .null
        var all: [String: Value]
        switch subject {
        case .null: return .null
        case .node(let id):
            try checkLive(id)
            all = graph.properties(of: id)
        case .relationship(let id):
            try checkLive(id)
            all = graph.properties(of: id)
        case .map(let x): all = x
        default:
            throw EngineMessages.runtimeType(
                "a map projection needs a map, node or relationship, got \(subject.typeName)")
        }
        var out: [String: Value] = [:]
        for item in m.items {
            switch item {
            case .allProperties: for (k, v) in all { out[k] = v }
            case .property(let k): out[k] = all[k] ?? .null
            case .literal(let k, let e): out[k] = try eval(e, row)
            case .variable(let v): out[v] = row[v] ?? .null
            }
        }
        return .map(out)
    }
}
