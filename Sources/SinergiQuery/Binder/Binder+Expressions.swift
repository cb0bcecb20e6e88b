// Binding expressions: every variable defined (and resolved to its slot),
// aggregates only where allowed and never nested (each replaced by the slot of its
// result), functions known and called with the right number of arguments, the
// statically visible type errors (`NOT 1`, `1 IN 2`, `labels(path)`), parameters
// supplied, and the local variables of comprehensions, quantifiers and reduce
// given slots of their own.

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

/// A bound expression and its static type.
struct TypedExpression {
    var expression: BoundExpression
    var type: StaticType
}

extension Binder {
    /// Binds `e` in the current scope.
    mutating func bind(_ e: Expression, _ rule: AggregateRule) throws(QueryError) -> TypedExpression {
        func typed(_ x: BoundExpression, _ t: StaticType) -> TypedExpression { TypedExpression(expression: x, type: t) }
        switch e.kind {
        case .integer(let i): return typed(.constant(.int(i)), .int)
        case .double(let d): return typed(.constant(.double(d)), .float)
        case .string(let s): return typed(.constant(.string(s)), .string)
        case .boolean(let b): return typed(.constant(.bool(b)), .bool)
        case .null: return typed(.constant(.null), .null)
        case .list(let items):
            var out: [BoundExpression] = []
            for i in items { out.append(try bind(i, rule).expression) }
            if let values = Binder.constants(out) { return typed(.constant(.list(values)), .list) }
            return typed(.list(out), .list)
        case .map(let entries):
            var out: [BoundMapEntry] = []
            for en in entries { out.append(BoundMapEntry(key: en.key, value: try bind(en.value, rule).expression)) }
            return typed(.map(out), .map)
        case .parameter(let name):
            try useParameter(name, e.span)
            return typed(.parameter(name), .any)
        case .variable(let name):
            guard let v = lookup(name) else { throw EngineMessages.undefinedVariable(name, e.span) }
            if v.kind == .nonEntity { return typed(.slot(v.slot), valueTypes[name] ?? .any) }
            return typed(.slot(v.slot), StaticType(v.kind))
        case .property(let base, let key):
            let t = try bind(base, rule)
            if !t.type.admitsPropertyAccess {
                var err = EngineMessages.invalidArgumentType("property access", t.type, base.span)
                if t.type != .path { err.kind = .typeError }
                throw err
            }
            return typed(.property(t.expression, key), .any)
        case .index(let base, let index):
            let bt = try bind(base, rule)
            let it = try bind(index, rule)
            var problem: QueryError?
            if bt.type == .list, it.type != .int, it.type != .any, it.type != .null {
                problem = EngineMessages.invalidArgumentType("a list index", it.type, index.span)
            }
            if bt.type == .map, it.type != .string, it.type != .any, it.type != .null {
                problem = EngineMessages.invalidArgumentType("a map key", it.type, index.span)
            }
            if [.int, .float, .bool, .string].contains(bt.type) {
                problem = EngineMessages.invalidArgumentType("element access", bt.type, base.span)
            }
            if var problem {
                problem.kind = .typeError
                throw problem
            }
            return typed(.element(bt.expression, it.expression), .any)
        case .slice(let base, let from, let to):
            let b = try bind(base, rule).expression
            let f = try from.map { (x) throws(QueryError) in try bind(x, rule).expression }
            let t = try to.map { (x) throws(QueryError) in try bind(x, rule).expression }
            return typed(.slice(b, f, t), .any)
        case .hasLabels(let base, let labels):
            return typed(.hasLabels(try bind(base, rule).expression, labels), .bool)
        case .unary(let op, let operand):
            let t = try bind(operand, rule)
            if op == .not {
                if !t.type.canBeBoolean { throw EngineMessages.invalidArgumentType("NOT", t.type, operand.span) }
                return typed(.unary(op, t.expression), .bool)
            }
            return typed(.unary(op, t.expression), t.type == .int || t.type == .float ? t.type : .any)
        case .binary(let op, let l, let r):
            let lt = try bind(l, rule)
            let rt = try bind(r, rule)
            let x = BoundExpression.binary(op, lt.expression, rt.expression)
            switch op {
            case .and, .or, .xor:
                if !lt.type.canBeBoolean { throw EngineMessages.invalidArgumentType(op.rawValue, lt.type, l.span) }
                if !rt.type.canBeBoolean { throw EngineMessages.invalidArgumentType(op.rawValue, rt.type, r.span) }
                return typed(x, .bool)
            case .in:
                if !rt.type.canBeList { throw EngineMessages.invalidArgumentType("IN", rt.type, r.span) }
                return typed(x, .bool)
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .startsWith, .endsWith,
                .contains, .regexMatch:
                return typed(x, .bool)
            case .add:
                if lt.type == .list || rt.type == .list { return typed(x, .list) }
                if lt.type == .string || rt.type == .string {
                    return typed(x, lt.type == .any || rt.type == .any ? .any : .string)
                }
                return typed(x, Binder.numeric(lt.type, rt.type))
            case .subtract, .multiply, .divide, .modulo, .power:
                for (t, side) in [(lt.type, l), (rt.type, r)]
                where [.string, .bool, .list, .map, .node, .relationship, .path].contains(t) {
                    throw EngineMessages.invalidArgumentType("'\(op.rawValue)'", t, side.span)
                }
                if op == .power { return typed(x, lt.type == .any || rt.type == .any ? .any : .float) }
                return typed(x, Binder.numeric(lt.type, rt.type))
            }
        case .isNull(let x):
            return typed(.isNull(try bind(x, rule).expression, negated: false), .bool)
        case .isNotNull(let x):
            return typed(.isNull(try bind(x, rule).expression, negated: true), .bool)
        case .countStar:
            try aggregateAllowed(rule, "count(*)", e.span)
            return typed(
                .slot(
                    collectAggregate(
                        BoundAggregate(slot: -1, name: "count", distinct: false, arguments: [], star: true))),
                .int)
        case .function(let call):
            return try bindCall(call, rule: rule, span: e.span)
        case .caseExpression(let c):
            var bound = BoundCase(subject: nil, alternatives: [], otherwise: nil)
            if let s = c.subject { bound.subject = try bind(s, rule).expression }
            for alt in c.alternatives {
                bound.alternatives.append(
                    BoundAlternative(
                        when: try bind(alt.when, rule).expression, then: try bind(alt.then, rule).expression))
            }
            if let el = c.elseValue { bound.otherwise = try bind(el, rule).expression }
            return typed(.caseOf(bound), .any)
        case .listComprehension(let c):
            let source = try bind(c.source, rule).expression
            let saved = savedScope
            let variable = declareLocal(c.variable, from: c.source)
            let inner = Binder.inner(rule, "a list comprehension")
            var predicate: BoundExpression?
            if let p = c.predicate { predicate = try bindPredicate(p, rule: inner, what: "WHERE") }
            let projection = try c.projection.map { (x) throws(QueryError) in try bind(x, inner).expression }
            restore(saved)
            return typed(
                .comprehension(
                    BoundComprehension(source: source, variable: variable, predicate: predicate, projection: projection)
                ),
                .list)
        case .patternComprehension(let c):
            return typed(try bindPatternComprehension(c, rule: rule), .list)
        case .patternPredicate(let element):
            if element.chain.isEmpty { throw EngineMessages.invalidArgumentType("a pattern predicate", .node, e.span) }
            let pattern = Pattern(
                parts: [PatternPart(variable: nil, element: element, span: element.span)], span: element.span)
            return typed(try bindPatternSubquery(pattern, predicate: nil, use: .predicate), .bool)
        case .existsSubquery(let sub):
            switch sub {
            case .pattern(let p, let w):
                return typed(try bindPatternSubquery(p, predicate: w, use: .local), .bool)
            case .query(let q):
                return typed(try bindExistsQuery(q), .bool)
            }
        case .quantifier(let q):
            let source = try bind(q.source, rule).expression
            let saved = savedScope
            let variable = declareLocal(q.variable, from: q.source)
            var predicate: BoundExpression?
            if let p = q.predicate {
                predicate = try bindPredicate(
                    p, rule: Binder.inner(rule, q.quantifier.rawValue + "()"), what: q.quantifier.rawValue)
            }
            restore(saved)
            return typed(
                .quantifier(
                    BoundQuantifier(quantifier: q.quantifier, source: source, variable: variable, predicate: predicate)),
                .bool)
        case .reduce(let r):
            let initial = try bind(r.initial, rule).expression
            let source = try bind(r.source, rule).expression
            let saved = savedScope
            let accumulator = declareFresh(r.accumulator, .value)
            let variable = declareLocal(r.variable, from: r.source)
            let body = try bind(r.expression, Binder.inner(rule, "reduce()")).expression
            restore(saved)
            return typed(
                .reduce(
                    BoundReduce(
                        accumulator: accumulator, initial: initial, variable: variable, source: source, expression: body
                    )),
                .any)
        case .mapProjection(let m):
            guard let subject = lookup(m.subject) else {
                throw EngineMessages.undefinedVariable(m.subject, m.subjectSpan)
            }
            if subject.kind == .path || subject.kind == .nonEntity {
                throw EngineMessages.invalidArgumentType("a map projection", StaticType(subject.kind), m.subjectSpan)
            }
            var items: [BoundMapProjection.Item] = []
            for item in m.items {
                switch item {
                case .literal(let k, let x): items.append(.literal(k, try bind(x, rule).expression))
                case .variable(let v):
                    guard let variable = lookup(v) else { throw EngineMessages.undefinedVariable(v, m.subjectSpan) }
                    items.append(.variable(v, variable.slot))
                case .property(let k): items.append(.property(k))
                case .allProperties: items.append(.allProperties)
                }
            }
            return typed(.mapProjection(BoundMapProjection(subject: subject.slot, items: items)), .map)
        }
    }

    /// The values of `items` when all are constants.
    static func constants(_ items: [BoundExpression]) -> [Value]? {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for i in items {
            guard case .constant(let v) = i else { return nil }
            out.append(v)
        }
        return out
    }

    /// The aggregate rule inside a comprehension body: aggregates are never allowed there.
    static func inner(_ rule: AggregateRule, _ place: String) -> AggregateRule {
        if case .nested = rule { return rule }
        return .forbidden(place)
    }

    /// Declares a comprehension variable with a fresh slot, typed when `source` is a list
    /// literal of one static type; returns the slot.
    mutating func declareLocal(_ name: String, from source: Expression) -> Int {
        let slot = declareFresh(name, .value)
        guard case .list(let items) = source.kind, !items.isEmpty else { return slot }
        var types = Set<String>()
        var type: StaticType = .any
        for i in items {
            let t: StaticType
            switch i.kind {
            case .integer: t = .int
            case .double: t = .float
            case .string: t = .string
            case .boolean: t = .bool
            default: return slot
            }
            types.insert(t.name)
            type = t
        }
        if types.count == 1 {
            scope[name] = Variable(slot: slot, kind: .nonEntity)
            valueTypes[name] = type
        }
        return slot
    }

    mutating func bindPredicate(_ p: Expression, rule: AggregateRule, what: String) throws(QueryError)
        -> BoundExpression
    {
        let t = try bind(p, rule)
        if !t.type.canBeBoolean { throw EngineMessages.invalidArgumentType(what, t.type, p.span) }
        return t.expression
    }

    static func numeric(_ a: StaticType, _ b: StaticType) -> StaticType {
        if a == .int && b == .int { return .int }
        if (a == .int || a == .float) && (b == .int || b == .float) { return .float }
        return .any
    }

    func aggregateAllowed(_ rule: AggregateRule, _ name: String, _ span: SourceSpan) throws(QueryError) {
        switch rule {
        case .allowed: return
        case .nested: throw EngineMessages.nestedAggregate(name, span)
        case .forbidden(let place): throw EngineMessages.misplacedAggregate(name, place, span)
        }
    }

    /// The slot of `aggregate`'s result: the slot of the same call already collected, or a new one.
    mutating func collectAggregate(_ aggregate: BoundAggregate) -> Int {
        if let same = aggregateSink?.first(where: { $0.sameCall(as: aggregate) }) { return same.slot }
        var a = aggregate
        a.slot = hidden("agg")
        aggregateSink?.append(a)
        return a.slot
    }

    mutating func bindCall(_ call: FunctionCall, rule: AggregateRule, span: SourceSpan) throws(QueryError)
        -> TypedExpression
    {
        let name = call.name.lowercasedName
        if Aggregates.isAggregate(name) {
            try aggregateAllowed(rule, "\(call.name.fullName)()", span)
            var arguments: [BoundExpression] = []
            for a in call.arguments {
                arguments.append(try bind(a, .nested).expression)
                var random = false
                a.forEachSubexpression { x in
                    if case .function(let f) = x.kind, f.name.lowercasedName == "rand" { random = true }
                    return !random
                }
                if random { throw EngineMessages.randomAggregate(a.span) }
            }
            let expected = name == "percentiledisc" || name == "percentilecont" ? 2 : 1
            if call.arguments.count != expected {
                throw EngineMessages.arity(call.name.fullName, "\(expected)", call.arguments.count, span)
            }
            let slot = collectAggregate(
                BoundAggregate(slot: -1, name: name, distinct: call.distinct, arguments: arguments, star: false))
            return TypedExpression(
                expression: .slot(slot), type: name == "count" ? .int : (name == "collect" ? .list : .any))
        }
        if name == "exists", call.arguments.count == 1 {
            let arg = call.arguments[0]
            switch arg.kind {
            case .property, .patternPredicate, .index: break
            default: throw EngineMessages.existsArgument(arg.span)
            }
            let bound = try bind(arg, rule).expression
            if case .patternPredicate = arg.kind { return TypedExpression(expression: bound, type: .bool) }
            return TypedExpression(expression: .call(.exists, [bound]), type: .bool)
        }
        if name == "exists" { throw EngineMessages.arity(call.name.fullName, "1", call.arguments.count, span) }
        var arguments: [BoundExpression] = []
        var types: [StaticType] = []
        for a in call.arguments {
            let t = try bind(a, rule)
            arguments.append(t.expression)
            types.append(t.type)
        }
        guard let function = FunctionTable.lookup(name) else {
            throw EngineMessages.unknownFunction(call.name.fullName, span)
        }
        let arity = function.arity
        if !arity.contains(call.arguments.count) {
            throw EngineMessages.arity(call.name.fullName, Binder.describe(arity), call.arguments.count, span)
        }
        if let first = types.first, let allowed = StaticType.firstArgumentTypes(name), first != .any,
            first != .null, !allowed.contains(first)
        {
            throw EngineMessages.invalidArgumentType("\(call.name.fullName)()", first, call.arguments[0].span)
        }
        let bound: BoundFunction =
            GraphFunction(lowercased: name).map { .graph($0) } ?? .scalar(FunctionReference(function: function))
        return TypedExpression(expression: .call(bound, arguments), type: StaticType.result(of: name))
    }

    static func describe(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
    }
}
