// Checking expressions: every variable defined, aggregates only where allowed and
// never nested, functions known and called with the right number of arguments,
// and the statically visible type errors (`NOT 1`, `1 IN 2`, `labels(path)`).

import SinergiGraph

/// Whether an expression may contain aggregate calls.
enum AggregateRule {
    /// Allowed (a WITH/RETURN item or ORDER BY of an aggregating projection).
    case allowed
    /// Forbidden; the string names the place for the message.
    case forbidden(String)
    /// Inside an aggregate's arguments: another aggregate is nested.
    case nested
}

extension Binder {
    /// Checks `e` in the current scope and returns its static type.
    mutating func check(_ e: Expression, aggregates rule: AggregateRule) throws(QueryError) -> StaticType {
        switch e.kind {
        case .integer: return .int
        case .double: return .float
        case .string: return .string
        case .boolean: return .bool
        case .null: return .null
        case .list(let items):
            for i in items { _ = try check(i, aggregates: rule) }
            return .list
        case .map(let entries):
            for en in entries { _ = try check(en.value, aggregates: rule) }
            return .map
        case .parameter: return .any
        case .variable(let name):
            guard let kind = scope[name] else { throw EngineMessages.undefinedVariable(name, e.span) }
            if kind == .nonEntity { return valueTypes[name] ?? .any }
            return StaticType(kind)
        case .property(let base, _):
            let t = try check(base, aggregates: rule)
            if !t.admitsPropertyAccess {
                var err = EngineMessages.invalidArgumentType("property access", t, base.span)
                if t != .path { err.kind = .typeError }
                throw err
            }
            return .any
        case .index(let base, let index):
            let bt = try check(base, aggregates: rule)
            let it = try check(index, aggregates: rule)
            var problem: QueryError?
            if bt == .list, it != .int, it != .any, it != .null {
                problem = EngineMessages.invalidArgumentType("a list index", it, index.span)
            }
            if bt == .map, it != .string, it != .any, it != .null {
                problem = EngineMessages.invalidArgumentType("a map key", it, index.span)
            }
            if [.int, .float, .bool, .string].contains(bt) {
                problem = EngineMessages.invalidArgumentType("element access", bt, base.span)
            }
            if var problem {
                problem.kind = .typeError
                throw problem
            }
            return .any
        case .slice(let base, let from, let to):
            _ = try check(base, aggregates: rule)
            if let from { _ = try check(from, aggregates: rule) }
            if let to { _ = try check(to, aggregates: rule) }
            return .any
        case .hasLabels(let base, _):
            _ = try check(base, aggregates: rule)
            return .bool
        case .unary(let op, let operand):
            let t = try check(operand, aggregates: rule)
            if op == .not {
                if !t.canBeBoolean { throw EngineMessages.invalidArgumentType("NOT", t, operand.span) }
                return .bool
            }
            return t == .int || t == .float ? t : .any
        case .binary(let op, let l, let r):
            let lt = try check(l, aggregates: rule)
            let rt = try check(r, aggregates: rule)
            switch op {
            case .and, .or, .xor:
                if !lt.canBeBoolean { throw EngineMessages.invalidArgumentType(op.rawValue, lt, l.span) }
                if !rt.canBeBoolean { throw EngineMessages.invalidArgumentType(op.rawValue, rt, r.span) }
                return .bool
            case .in:
                if !rt.canBeList { throw EngineMessages.invalidArgumentType("IN", rt, r.span) }
                return .bool
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .startsWith, .endsWith,
                .contains, .regexMatch:
                return .bool
            case .add:
                if lt == .list || rt == .list { return .list }
                if lt == .string || rt == .string { return lt == .any || rt == .any ? .any : .string }
                return Binder.numeric(lt, rt)
            case .subtract, .multiply, .divide, .modulo, .power:
                for (t, x) in [(lt, l), (rt, r)]
                where [.string, .bool, .list, .map, .node, .relationship, .path].contains(t) {
                    throw EngineMessages.invalidArgumentType("'\(op.rawValue)'", t, x.span)
                }
                if op == .power { return lt == .any || rt == .any ? .any : .float }
                return Binder.numeric(lt, rt)
            }
        case .isNull(let x), .isNotNull(let x):
            _ = try check(x, aggregates: rule)
            return .bool
        case .countStar:
            try aggregateAllowed(rule, "count(*)", e.span)
            return .int
        case .function(let call):
            return try checkCall(call, rule: rule, span: e.span)
        case .caseExpression(let c):
            if let s = c.subject { _ = try check(s, aggregates: rule) }
            for alt in c.alternatives {
                _ = try check(alt.when, aggregates: rule)
                _ = try check(alt.then, aggregates: rule)
            }
            if let el = c.elseValue { _ = try check(el, aggregates: rule) }
            return .any
        case .listComprehension(let c):
            _ = try check(c.source, aggregates: rule)
            let saved = (scope, order)
            declareLocal(c.variable, from: c.source)
            let inner = Binder.inner(rule, "a list comprehension")
            if let p = c.predicate { try checkPredicate(p, rule: inner, what: "WHERE") }
            if let p = c.projection { _ = try check(p, aggregates: inner) }
            (scope, order) = saved
            return .list
        case .patternComprehension(let c):
            let saved = (scope, order)
            _ = try bindPattern(
                Pattern(
                    parts: [PatternPart(variable: c.pathVariable, element: c.pattern, span: c.pattern.span)],
                    span: c.pattern.span), use: .local)
            if let p = c.predicate { try checkPredicate(p, rule: rule, what: "WHERE") }
            _ = try check(c.projection, aggregates: rule)
            (scope, order) = saved
            return .list
        case .patternPredicate(let element):
            let saved = (scope, order)
            if element.chain.isEmpty {
                throw EngineMessages.invalidArgumentType("a pattern predicate", .node, e.span)
            }
            _ = try bindPattern(
                Pattern(parts: [PatternPart(variable: nil, element: element, span: element.span)], span: element.span),
                use: .predicate)
            (scope, order) = saved
            return .bool
        case .existsSubquery(let sub):
            let saved = (scope, order)
            switch sub {
            case .pattern(let p, let w):
                _ = try bindPattern(p, use: .local)
                if let w { try checkPredicate(w, rule: .forbidden("EXISTS"), what: "WHERE") }
            case .query(let q):
                for single in q.singleQueries {
                    for clause in single.clauses {
                        switch clause {
                        case .create, .merge, .set, .remove, .delete:
                            throw EngineMessages.compile(
                                .invalidClauseComposition, "an EXISTS subquery cannot change the graph", clause.span)
                        default: break
                        }
                    }
                    var inner = self
                    _ = try inner.bindSingle(single, isLast: true, subquery: true)
                }
            }
            (scope, order) = saved
            return .bool
        case .quantifier(let q):
            _ = try check(q.source, aggregates: rule)
            let saved = (scope, order)
            declareLocal(q.variable, from: q.source)
            if let p = q.predicate {
                try checkPredicate(
                    p, rule: Binder.inner(rule, q.quantifier.rawValue + "()"), what: q.quantifier.rawValue)
            }
            (scope, order) = saved
            return .bool
        case .reduce(let r):
            _ = try check(r.initial, aggregates: rule)
            _ = try check(r.source, aggregates: rule)
            let saved = (scope, order)
            declare(r.accumulator, .value)
            declareLocal(r.variable, from: r.source)
            _ = try check(r.expression, aggregates: Binder.inner(rule, "reduce()"))
            (scope, order) = saved
            return .any
        case .mapProjection(let m):
            guard let kind = scope[m.subject] else { throw EngineMessages.undefinedVariable(m.subject, m.subjectSpan) }
            if kind == .path || kind == .nonEntity {
                throw EngineMessages.invalidArgumentType("a map projection", StaticType(kind), m.subjectSpan)
            }
            for item in m.items {
                switch item {
                case .literal(_, let x): _ = try check(x, aggregates: rule)
                case .variable(let v):
                    if scope[v] == nil { throw EngineMessages.undefinedVariable(v, m.subjectSpan) }
                default: break
                }
            }
            return .map
        }
    }

    /// The aggregate rule inside a comprehension body: aggregates are never allowed there.
    static func inner(_ rule: AggregateRule, _ place: String) -> AggregateRule {
        if case .nested = rule { return rule }
        return .forbidden(place)
    }

    /// Declares a comprehension variable, typed when `source` is a list literal of one static type.
    mutating func declareLocal(_ name: String, from source: Expression) {
        declare(name, .value)
        guard case .list(let items) = source.kind, !items.isEmpty else { return }
        var types = Set<String>()
        var type: StaticType = .any
        for i in items {
            let t: StaticType
            switch i.kind {
            case .integer: t = .int
            case .double: t = .float
            case .string: t = .string
            case .boolean: t = .bool
            default: return
            }
            types.insert(t.name)
            type = t
        }
        if types.count == 1 {
            declare(name, .nonEntity)
            valueTypes[name] = type
        }
    }

    mutating func checkPredicate(_ p: Expression, rule: AggregateRule, what: String) throws(QueryError) {
        let t = try check(p, aggregates: rule)
        if !t.canBeBoolean { throw EngineMessages.invalidArgumentType(what, t, p.span) }
    }

    static func numeric(_ a: StaticType, _ b: StaticType) -> StaticType {
        if a == .int && b == .int { return .int }
        if (a == .int || a == .float) && (b == .int || b == .float) { return .float }
        return .any
    }

    func aggregateAllowed(_ rule: AggregateRule, _ name: String, _ span: SourceSpan) throws(QueryError) {
        switch rule {
        case .allowed: return
        case .nested:
            throw EngineMessages.compile(.nestedAggregation, "\(name) cannot be used inside another aggregate", span)
        case .forbidden(let place):
            throw EngineMessages.compile(
                .invalidAggregation, "\(name) is an aggregate and cannot be used in \(place)", span)
        }
    }

    mutating func checkCall(_ call: FunctionCall, rule: AggregateRule, span: SourceSpan) throws(QueryError)
        -> StaticType
    {
        let name = call.name.lowercasedName
        if FunctionBridge.isAggregate(name) {
            try aggregateAllowed(rule, "\(call.name.fullName)()", span)
            var types: [StaticType] = []
            for a in call.arguments {
                types.append(try check(a, aggregates: .nested))
                var random = false
                a.forEachSubexpression { x in
                    if case .function(let f) = x.kind, f.name.lowercasedName == "rand" { random = true }
                    return !random
                }
                if random {
                    throw EngineMessages.compile(
                        .nonConstantExpression, "an aggregate cannot take a non-deterministic argument", a.span)
                }
            }
            let expected = name == "percentiledisc" || name == "percentilecont" ? 2 : 1
            if call.arguments.count != expected {
                throw EngineMessages.compile(
                    .invalidNumberOfArguments,
                    "\(call.name.fullName)() takes \(expected) argument(s), got \(call.arguments.count)", span)
            }
            return name == "count" ? .int : (name == "collect" ? .list : .any)
        }
        if name == "exists", call.arguments.count == 1 {
            let arg = call.arguments[0]
            switch arg.kind {
            case .property, .patternPredicate, .index: break
            default:
                throw EngineMessages.compile(
                    .invalidArgumentType, "exists() takes a property access or a pattern", arg.span)
            }
            _ = try check(arg, aggregates: rule)
            return .bool
        }
        var types: [StaticType] = []
        for a in call.arguments { types.append(try check(a, aggregates: rule)) }
        guard let arity = FunctionBridge.arity(name) else {
            throw EngineMessages.compile(.unknownFunction, "there is no function called '\(call.name.fullName)'", span)
        }
        if !arity.contains(call.arguments.count) {
            throw EngineMessages.compile(
                .invalidNumberOfArguments,
                "\(call.name.fullName)() takes \(Binder.describe(arity)) argument(s), got \(call.arguments.count)", span
            )
        }
        if let first = types.first, let allowed = FunctionBridge.firstArgumentTypes(name), first != .any,
            first != .null, !allowed.contains(first)
        {
            throw EngineMessages.invalidArgumentType("\(call.name.fullName)()", first, call.arguments[0].span)
        }
        return FunctionBridge.resultType(name)
    }

    static func describe(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
    }
}
