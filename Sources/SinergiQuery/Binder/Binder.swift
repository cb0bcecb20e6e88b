// The binder: walks a parsed statement clause by clause with the variables in
// scope, raises the compile-time semantic errors the openCypher TCK expects
// (UndefinedVariable, VariableAlreadyBound, VariableTypeConflict, …) and a
// missing parameter, resolves every variable — anonymous pattern elements,
// comprehension variables and aggregate results included — to a slot of the
// statement's rows, expands `*`, pulls aggregates out of projections, binds each
// subquery once, and hands the planner a `BoundQuery`.

import SinergiGraph

/// Resolves names and checks a statement; see the file comment.
struct Binder {
    /// A variable in scope: its slot and what it holds.
    struct Variable {
        var slot: Int
        var kind: VariableKind
    }

    /// Procedures `CALL` may use.
    let procedures: ProcedureRegistry
    /// The statement's parameters; nil when they are not checked (EXPLAIN).
    let parameters: [String: Value]?
    /// Variables in scope.
    var scope: [String: Variable] = [:]
    /// Scope variables in the order they were introduced (for `*`).
    var order: [String] = []
    /// Static types of `.nonEntity` variables (e.g. `WITH 123 AS x`).
    var valueTypes: [String: StaticType] = [:]
    /// Every slot of the statement.
    var slots = SlotTable()
    /// Parameters the statement uses.
    var usedParameters = Set<String>()
    /// The aggregates of the projection being bound (nil outside projections).
    var aggregateSink: [BoundAggregate]?
    /// The subqueries being bound, innermost last: the first slot each owns and the outer
    /// slots it reads.
    var subqueryFrames: [(start: Int, reads: Set<Int>)] = []
    /// Subqueries bound so far (their ids).
    var subqueryCount = 0

    init(procedures: ProcedureRegistry, parameters: [String: Value]?) {
        self.procedures = procedures
        self.parameters = parameters
    }

    /// Binds a whole query; `parameters` nil skips the check that each is supplied.
    /// - Complexity: O(n) in the size of the query.
    static func bind(_ query: Query, procedures: ProcedureRegistry, parameters: [String: Value]?)
        throws(QueryError) -> BoundQuery
    {
        var binder = Binder(procedures: procedures, parameters: parameters)
        if let first = query.unions.first, query.unions.contains(where: { $0.all != first.all }) {
            throw EngineMessages.mixedUnion(first.span)
        }
        var parts: [BoundSingleQuery] = []
        for (i, single) in query.singleQueries.enumerated() {
            binder.scope = [:]
            binder.order = []
            let bound = try binder.bindSingle(single)
            if i > 0, bound.columns.map(\.name) != parts[0].columns.map(\.name) {
                throw EngineMessages.unionColumns(query.unions[i - 1].span)
            }
            parts.append(bound)
        }
        return BoundQuery(
            parts: parts, unionAll: query.unions.first?.all ?? false, columns: parts.first?.columns.map(\.name) ?? [],
            slots: binder.slots, parameters: binder.usedParameters)
    }

    // MARK: Scope

    /// A fresh hidden slot (its name starts with a space, so no query can name it).
    mutating func hidden(_ prefix: String) -> Int {
        slots.add("  \(prefix)\(slots.count)")
    }

    /// Introduces `name` into scope with a new slot, or updates the kind of the variable
    /// already there; returns its slot.
    @discardableResult
    mutating func declare(_ name: String, _ kind: VariableKind) -> Int {
        if let existing = scope[name] {
            scope[name] = Variable(slot: existing.slot, kind: kind)
            return existing.slot
        }
        let slot = slots.add(name)
        scope[name] = Variable(slot: slot, kind: kind)
        order.append(name)
        return slot
    }

    /// Introduces `name` with a fresh slot even when the name is in scope (a local
    /// variable shadowing an outer one).
    mutating func declareFresh(_ name: String, _ kind: VariableKind) -> Int {
        let slot = slots.add(name)
        if scope[name] == nil { order.append(name) }
        scope[name] = Variable(slot: slot, kind: kind)
        return slot
    }

    /// The variable `name` in scope, recorded as an outer read of every enclosing
    /// subquery that started after it.
    mutating func lookup(_ name: String) -> Variable? {
        guard let v = scope[name] else { return nil }
        for i in subqueryFrames.indices where v.slot < subqueryFrames[i].start {
            subqueryFrames[i].reads.insert(v.slot)
        }
        return v
    }

    /// The scope as it is, to restore after a local binding (comprehension, subquery).
    var savedScope: ([String: Variable], [String], [String: StaticType]) { (scope, order, valueTypes) }

    mutating func restore(_ saved: ([String: Variable], [String], [String: StaticType])) {
        (scope, order, valueTypes) = saved
    }

    mutating func requireVariable(_ name: String, _ span: SourceSpan) throws(QueryError) -> Variable {
        guard let v = lookup(name) else { throw EngineMessages.undefinedVariable(name, span) }
        return v
    }

    // MARK: Single queries

    /// Binds one single query; `subquery`: inside EXISTS (it may end without RETURN).
    mutating func bindSingle(_ single: SingleQuery, subquery: Bool = false) throws(QueryError) -> BoundSingleQuery {
        var clauses: [BoundClause] = []
        var columns: [(name: String, slot: Int)] = []
        var returns = false
        for (i, clause) in single.clauses.enumerated() {
            let last = i == single.clauses.count - 1
            switch clause {
            case .match(let m):
                clauses.append(.match(try bindMatch(m)))
            case .unwind(let u):
                let e = try bind(u.expression, .forbidden("UNWIND"))
                if scope[u.variable] != nil { throw EngineMessages.alreadyBound(u.variable, u.span) }
                let slot = declare(u.variable, .value)
                clauses.append(.unwind(e.expression, slot: slot))
            case .with(let w):
                let p = try bindProjection(w.projection, predicate: w.predicate, isReturn: false, span: w.span)
                clauses.append(.projection(p))
            case .return(let r):
                if !last { throw EngineMessages.returnNotLast(r.span) }
                let p = try bindProjection(r.projection, predicate: nil, isReturn: true, span: r.span)
                columns = p.items.map { ($0.name, $0.slot) }
                returns = true
                clauses.append(.projection(p))
            case .create(let c):
                let bound = try bindPattern(c.pattern, use: .create)
                clauses.append(.create(bound.pattern, introduced: bound.introduced))
            case .merge(let m):
                clauses.append(.merge(try bindMerge(m)))
            case .set(let s):
                var items: [BoundSetItem] = []
                for item in s.items { items.append(try bindSetItem(item)) }
                clauses.append(.set(items))
            case .remove(let r):
                var items: [BoundRemoveItem] = []
                for item in r.items {
                    switch item {
                    case .property(let e, let key, _):
                        items.append(.property(entity: try bind(e, .forbidden("REMOVE")).expression, key: key))
                    case .labels(let v, let labels, let span):
                        items.append(.labels(slot: try requireVariable(v, span).slot, labels: labels))
                    }
                }
                clauses.append(.remove(items))
            case .delete(let d):
                var targets: [BoundExpression] = []
                for e in d.expressions {
                    let t = try bind(e, .forbidden("DELETE"))
                    if case .hasLabels = e.kind { throw EngineMessages.deleteLabels(e.span) }
                    switch t.type {
                    case .any, .null, .node, .relationship, .path, .list: break
                    default: throw EngineMessages.deleteType(t.type, e.span)
                    }
                    targets.append(t.expression)
                }
                clauses.append(.delete(detach: d.detach, targets))
            case .call(let c):
                let standalone = single.clauses.count == 1
                let bound = try bindCall(c, standalone: standalone)
                if standalone {
                    columns = bound.yields.map { (slots.names[$0.slot], $0.slot) }
                    returns = true
                }
                clauses.append(.call(bound))
            }
        }
        if !subquery, let lastClause = single.clauses.last {
            switch lastClause {
            case .match, .unwind, .with:
                throw EngineMessages.queryEndsWith(lastClause.name, lastClause.span)
            case .call(let c) where single.clauses.count > 1 && c.yield != nil:
                throw EngineMessages.queryEndsWith("CALL … YIELD", c.span)
            default: break
            }
        }
        return BoundSingleQuery(clauses: clauses, columns: columns, returns: returns)
    }

    mutating func bindSetItem(_ item: SetItem) throws(QueryError) -> BoundSetItem {
        switch item {
        case .property(let e, let key, let v, _):
            let target = try bind(e, .forbidden("SET"))
            if !target.type.admitsPropertyAccess {
                throw EngineMessages.invalidArgumentType("SET of a property", target.type, e.span)
            }
            return .property(entity: target.expression, key: key, value: try bind(v, .forbidden("SET")).expression)
        case .replaceProperties(let name, let v, let span):
            let slot = try requireVariable(name, span).slot
            return .replaceProperties(slot: slot, value: try bind(v, .forbidden("SET")).expression)
        case .mergeProperties(let name, let v, let span):
            let slot = try requireVariable(name, span).slot
            return .mergeProperties(slot: slot, value: try bind(v, .forbidden("SET")).expression)
        case .labels(let name, let labels, let span):
            return .labels(slot: try requireVariable(name, span).slot, labels: labels)
        }
    }

    // MARK: CALL

    mutating func bindCall(_ c: CallClause, standalone: Bool) throws(QueryError) -> BoundCall {
        guard let procedure = procedures.lookup(c.procedure.fullName) else {
            throw EngineMessages.unknownProcedure(c.procedure.fullName, c.span)
        }
        var arguments: [BoundExpression] = []
        if let args = c.arguments {
            for a in args { arguments.append(try bind(a, .forbidden("CALL")).expression) }
            if args.count != procedure.inputs.count {
                throw EngineMessages.procedureArity(procedure.name, procedure.inputs.count, args.count, c.span)
            }
            for (a, field) in zip(args, procedure.inputs) {
                if let v = Binder.literalValue(a), !field.type.admits(v) {
                    throw EngineMessages.procedureArgument(
                        field.name, procedure.name, field.type.rawValue, v.typeName, a.span)
                }
            }
        } else {
            if !standalone { throw EngineMessages.implicitArguments(c.span) }
            for field in procedure.inputs {
                try useParameter(field.name, c.span)
                arguments.append(.parameter(field.name))
            }
        }
        var yields: [(Int, String, SourceSpan)] = []
        if let y = c.yield, !y.all {
            var seen = Set<String>()
            for item in y.items {
                guard let idx = procedure.outputs.firstIndex(where: { $0.name == item.field }) else {
                    throw EngineMessages.undefinedVariable(item.field, item.span)
                }
                if scope[item.variable] != nil || seen.contains(item.variable) {
                    throw EngineMessages.alreadyBound(item.variable, item.span)
                }
                seen.insert(item.variable)
                yields.append((idx, item.variable, item.span))
            }
        } else {
            for (i, f) in procedure.outputs.enumerated() where c.yield != nil || standalone {
                if !standalone, scope[f.name] != nil { throw EngineMessages.alreadyBound(f.name, c.span) }
                yields.append((i, f.name, c.span))
            }
        }
        var yielded: [(index: Int, slot: Int)] = []
        for (index, name, _) in yields { yielded.append((index, declareFresh(name, .value))) }
        var predicate: BoundExpression?
        if let p = c.yield?.predicate {
            predicate = try bind(p, .forbidden("WHERE")).expression
        }
        return BoundCall(
            procedure: procedure, arguments: arguments, yields: yielded, predicate: predicate, standalone: standalone)
    }

    /// Records that `$name` is used; fails when the caller gave parameters without it.
    mutating func useParameter(_ name: String, _ span: SourceSpan) throws(QueryError) {
        usedParameters.insert(name)
        if let parameters, parameters[name] == nil {
            throw EngineMessages.missingParameter(name, span, supplied: parameters.keys)
        }
    }

    /// The value of a literal expression (numbers, strings, booleans, null, lists/maps of literals).
    static func literalValue(_ e: Expression) -> Value? {
        switch e.kind {
        case .integer(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .boolean(let b): return .bool(b)
        case .null: return .null
        case .list(let items):
            var out: [Value] = []
            for i in items {
                guard let v = literalValue(i) else { return nil }
                out.append(v)
            }
            return .list(out)
        case .map(let entries):
            var out: [String: Value] = [:]
            for en in entries {
                guard let v = literalValue(en.value) else { return nil }
                out[en.key] = v
            }
            return .map(out)
        default: return nil
        }
    }
}
