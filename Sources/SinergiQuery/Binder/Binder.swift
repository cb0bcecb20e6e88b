// The binder: walks a parsed statement clause by clause with the set of
// variables in scope, raises the compile-time semantic errors the openCypher TCK
// expects (UndefinedVariable, VariableAlreadyBound, VariableTypeConflict, …),
// expands `*`, pulls aggregates out of projections, and hands the planner a
// `BoundQuery`.

import SinergiGraph

/// Resolves names and checks a statement; see the file comment.
struct Binder {
    /// The statement's source text (for expression texts).
    let source: [UInt8]
    /// Procedures `CALL` may use.
    let procedures: ProcedureRegistry
    /// Variables in scope and what they hold.
    var scope: [String: VariableKind] = [:]
    /// Scope variables in the order they were introduced (for `*`).
    var order: [String] = []
    /// Static types of `.nonEntity` variables (e.g. `WITH 123 AS x`).
    var valueTypes: [String: StaticType] = [:]
    var counter = 0

    init(source: String, procedures: ProcedureRegistry) {
        self.source = Array(source.utf8)
        self.procedures = procedures
    }

    /// Binds a whole query.
    /// - Complexity: O(n) in the size of the query.
    static func bind(_ query: Query, source: String, procedures: ProcedureRegistry) throws(QueryError) -> BoundQuery {
        var parts: [BoundSingleQuery] = []
        var binder = Binder(source: source, procedures: procedures)
        let singles = query.singleQueries
        if let first = query.unions.first {
            if query.unions.contains(where: { $0.all != first.all }) {
                throw EngineMessages.compile(
                    .invalidClauseComposition, "UNION and UNION ALL cannot be mixed in one query", first.span)
            }
        }
        for (i, single) in singles.enumerated() {
            binder.scope = [:]
            binder.order = []
            let bound = try binder.bindSingle(single, isLast: true)
            if i > 0, bound.columns != parts[0].columns {
                throw EngineMessages.compile(
                    .differentColumnsInUnion, "all parts of a UNION must return the same columns",
                    query.unions[i - 1].span)
            }
            parts.append(bound)
        }
        return BoundQuery(parts: parts, unionAll: query.unions.first?.all ?? false, columns: parts.first?.columns ?? [])
    }

    /// A fresh hidden variable name (starts with a space, so no query can name it).
    mutating func fresh(_ prefix: String) -> String {
        counter += 1
        return "  \(prefix)\(counter)"
    }

    /// Introduces `name` into scope.
    mutating func declare(_ name: String, _ kind: VariableKind) {
        if scope[name] == nil { order.append(name) }
        scope[name] = kind
    }

    /// The source text of a span with whitespace removed: a key for "the same expression".
    func canonicalText(_ span: SourceSpan) -> String {
        let lo = max(0, min(span.start.offset, source.count))
        let hi = max(lo, min(span.end.offset, source.count))
        let text = String(decoding: source[lo..<hi], as: UTF8.self)
        return String(text.filter { !$0.isWhitespace })
    }

    // MARK: Single queries

    mutating func bindSingle(_ single: SingleQuery, isLast: Bool, subquery: Bool = false) throws(QueryError)
        -> BoundSingleQuery
    {
        var clauses: [BoundClause] = []
        var columns: [String] = []
        for (i, clause) in single.clauses.enumerated() {
            let last = i == single.clauses.count - 1
            switch clause {
            case .match(let m):
                clauses.append(.match(try bindMatch(m)))
            case .unwind(let u):
                _ = try check(u.expression, aggregates: .forbidden("UNWIND"))
                if scope[u.variable] != nil { throw EngineMessages.alreadyBound(u.variable, u.span) }
                declare(u.variable, .value)
                clauses.append(.unwind(u.expression, u.variable))
            case .with(let w):
                let p = try bindProjection(w.projection, predicate: w.predicate, isReturn: false, span: w.span)
                clauses.append(.projection(p))
            case .return(let r):
                if !last {
                    throw EngineMessages.compile(
                        .invalidClauseComposition, "RETURN must be the last clause", r.span)
                }
                let p = try bindProjection(r.projection, predicate: nil, isReturn: true, span: r.span)
                columns = p.items.map(\.name)
                clauses.append(.projection(p))
            case .create(let c):
                clauses.append(.create(try bindCreate(c.pattern)))
            case .merge(let m):
                clauses.append(.merge(try bindMerge(m)))
            case .set(let s):
                for item in s.items { try checkSetItem(item) }
                clauses.append(.set(s.items))
            case .remove(let r):
                for item in r.items {
                    switch item {
                    case .property(let e, _, _): _ = try check(e, aggregates: .forbidden("REMOVE"))
                    case .labels(let v, _, let span): try requireVariable(v, span)
                    }
                }
                clauses.append(.remove(r.items))
            case .delete(let d):
                for e in d.expressions {
                    let t = try check(e, aggregates: .forbidden("DELETE"))
                    if case .hasLabels = e.kind {
                        throw EngineMessages.compile(
                            .invalidDelete, "DELETE takes nodes, relationships or paths", e.span)
                    }
                    switch t {
                    case .any, .null, .node, .relationship, .path, .list: break
                    default:
                        throw EngineMessages.compile(
                            .invalidArgumentType, "DELETE cannot delete a value of type \(t.name)", e.span)
                    }
                }
                clauses.append(.delete(detach: d.detach, d.expressions))
            case .call(let c):
                let standalone = single.clauses.count == 1
                let bound = try bindCall(c, standalone: standalone)
                if standalone { columns = bound.yields.map(\.variable) }
                clauses.append(.call(bound))
            }
        }
        if !subquery, let lastClause = single.clauses.last {
            switch lastClause {
            case .match, .unwind, .with:
                throw EngineMessages.compile(
                    .invalidClauseComposition, "a query cannot end with \(lastClause.name); add RETURN",
                    lastClause.span)
            case .call(let c) where single.clauses.count > 1 && c.yield != nil:
                throw EngineMessages.compile(
                    .invalidClauseComposition, "a query cannot end with CALL … YIELD; add RETURN", c.span)
            default: break
            }
        }
        return BoundSingleQuery(clauses: clauses, columns: columns)
    }

    mutating func requireVariable(_ name: String, _ span: SourceSpan) throws(QueryError) {
        if scope[name] == nil { throw EngineMessages.undefinedVariable(name, span) }
    }

    mutating func checkSetItem(_ item: SetItem) throws(QueryError) {
        switch item {
        case .property(let e, _, let v, _):
            let t = try check(e, aggregates: .forbidden("SET"))
            if !t.admitsPropertyAccess {
                throw EngineMessages.invalidArgumentType("SET of a property", t, e.span)
            }
            _ = try check(v, aggregates: .forbidden("SET"))
        case .replaceProperties(let name, let v, let span), .mergeProperties(let name, let v, let span):
            try requireVariable(name, span)
            _ = try check(v, aggregates: .forbidden("SET"))
        case .labels(let name, _, let span):
            try requireVariable(name, span)
        }
    }

    // MARK: CALL

    mutating func bindCall(_ c: CallClause, standalone: Bool) throws(QueryError) -> BoundCall {
        guard let procedure = procedures.lookup(c.procedure.fullName) else {
            throw QueryError(
                kind: .procedureError, phase: .compileTime, code: .procedureNotFound,
                message: "there is no procedure called '\(c.procedure.fullName)'", location: c.span.start)
        }
        var arguments: [Expression] = []
        if let args = c.arguments {
            for a in args { _ = try check(a, aggregates: .forbidden("CALL")) }
            if args.count != procedure.inputs.count {
                throw EngineMessages.compile(
                    .invalidNumberOfArguments,
                    "procedure \(procedure.name) takes \(procedure.inputs.count) argument(s), got \(args.count)",
                    c.span)
            }
            for (a, field) in zip(args, procedure.inputs) {
                if let v = Binder.literalValue(a), !field.type.admits(v) {
                    throw EngineMessages.compile(
                        .invalidArgumentType,
                        "argument '\(field.name)' of \(procedure.name) must be \(field.type.rawValue), got \(v.typeName)",
                        a.span)
                }
            }
            arguments = args
        } else {
            if !standalone {
                throw EngineMessages.compile(
                    .invalidArgumentPassingMode, "implicit arguments are only allowed in a standalone CALL", c.span)
            }
            arguments = procedure.inputs.map { Expression(.parameter($0.name), span: c.span) }
        }
        var yields: [(Int, String)] = []
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
                yields.append((idx, item.variable))
            }
        } else {
            for (i, f) in procedure.outputs.enumerated() where c.yield != nil || standalone {
                if !standalone, scope[f.name] != nil { throw EngineMessages.alreadyBound(f.name, c.span) }
                yields.append((i, f.name))
            }
        }
        for (_, v) in yields { declare(v, .value) }
        var predicate: Expression?
        if let p = c.yield?.predicate {
            _ = try check(p, aggregates: .forbidden("WHERE"))
            predicate = p
        }
        return BoundCall(
            procedure: procedure, arguments: arguments, yields: yields, predicate: predicate, standalone: standalone)
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
