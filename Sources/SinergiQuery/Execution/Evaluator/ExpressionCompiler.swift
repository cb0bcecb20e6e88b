// Lowering of expressions: a `BoundExpression` becomes a tree of closures over
// slot rows, made once per statement. Names are resolved to ids where the graph
// knows them (property keys, labels), parameters become constants, functions are
// called through the table entry the binder found, and subqueries run the physical
// plans the lowering made for them. Long-running forms (comprehensions, reduce,
// regular expressions, growing strings and lists) count work against the
// statement's clock and memory bound.

import SinergiGraph

/// An expression ready to run: its value for a row. A struct around the closure, so
/// that arrays and optionals of compiled expressions call it directly (a bare closure
/// type in a generic container is called through reabstraction thunks, with a retain
/// and release of its context each time).
struct CompiledExpression {
    let body: (Row, inout ExecutionState) throws(QueryError) -> Value

    init(_ body: @escaping (Row, inout ExecutionState) throws(QueryError) -> Value) { self.body = body }

    @inline(__always)
    func callAsFunction(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> Value { try body(row, &st) }
}

/// A predicate ready to run: true when the expression's value is `true` (null and false reject).
struct CompiledPredicate {
    let body: (Row, inout ExecutionState) throws(QueryError) -> Bool

    init(_ body: @escaping (Row, inout ExecutionState) throws(QueryError) -> Bool) { self.body = body }

    @inline(__always)
    func callAsFunction(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> Bool { try body(row, &st) }
}

/// Compiles bound expressions; see the file comment.
struct ExpressionCompiler {
    /// The statement's parameters.
    let parameters: [String: Value]
    /// The graph when the plan is made (names resolved to ids; a name it does not know yet
    /// is looked up by name when the expression runs).
    let graph: PropertyGraph
    /// The runner of each subquery.
    let subquery: (BoundSubquery) -> SubqueryRunner

    /// The closure computing `e`.
    /// - Complexity: O(size of e).
    func compile(_ e: BoundExpression) -> CompiledExpression {
        switch e {
        case .constant(let v):
            return CompiledExpression { (_, _) throws(QueryError) -> Value in v }
        case .parameter(let name):
            let v = parameters[name] ?? .null
            return CompiledExpression { (_, _) throws(QueryError) -> Value in v }
        case .slot(let s):
            return CompiledExpression { (row, _) throws(QueryError) -> Value in row[s] }
        case .property(let base, let key):
            let keyID = graph.propertyKeyID(named: key)
            if case .slot(let s) = base {
                return CompiledExpression { (row, st) throws(QueryError) -> Value in
                    try Evaluator.property(row[s], key, keyID, st)
                }
            }
            let b = compile(base)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let v = try b(row, &st)
                return try Evaluator.property(v, key, keyID, st)
            }
        case .element(let base, let index):
            let b = compile(base)
            let i = compile(index)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try b(row, &st)
                let y = try i(row, &st)
                return try Evaluator.element(x, y, st.graph)
            }
        case .slice(let base, let from, let to):
            let b = compile(base)
            let f = from.map(compile)
            let t = to.map(compile)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let x = try b(row, &st)
                let lo = try f.map { (c) throws(QueryError) in try c(row, &st) }
                let hi = try t.map { (c) throws(QueryError) in try c(row, &st) }
                return try Evaluator.slice(x, lo, hi)
            }
        case .hasLabels(let base, let labels):
            let ids = labels.map { graph.labelID(named: $0) }
            let b = compile(base)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                let v = try b(row, &st)
                return try Evaluator.hasLabels(v, labels, ids, st.graph)
            }
        case .unary(let op, let operand):
            let x = compile(operand)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                try CypherSemantics.unary(op, try x(row, &st))
            }
        case .binary(let op, let l, let r):
            return binary(op, l, r)
        case .isNull(let operand, let negated):
            let x = compile(operand)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                .bool(try x(row, &st).isNull != negated)
            }
        case .call(let function, let arguments):
            return call(function, arguments)
        case .caseOf(let c):
            return caseOf(c)
        case .list(let items):
            let cs = items.map(compile)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                var out: [Value] = []
                out.reserveCapacity(cs.count)
                for c in cs { out.append(try c(row, &st)) }
                return .list(out)
            }
        case .map(let entries):
            let keys = entries.map(\.key)
            let cs = entries.map { compile($0.value) }
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                var out: [String: Value] = [:]
                for (k, c) in zip(keys, cs) { out[k] = try c(row, &st) }
                return .map(out)
            }
        case .comprehension(let c):
            return comprehension(c)
        case .quantifier(let q):
            return quantifier(q)
        case .reduce(let r):
            return reduce(r)
        case .mapProjection(let m):
            let literals = m.items.compactMap { item -> CompiledExpression? in
                if case .literal(_, let e) = item { return compile(e) }
                return nil
            }
            let subject = m.subject
            let items = m.items
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                var values: [Value] = []
                for c in literals { values.append(try c(row, &st)) }
                return try Evaluator.mapProjection(row[subject], items, literals: values, row: row, st.graph)
            }
        case .subquery(let q):
            let runner = subquery(q)
            return CompiledExpression { (row, st) throws(QueryError) -> Value in try runner.evaluate(row, &st) }
        case .path(let steps):
            return CompiledExpression { (row, st) throws(QueryError) -> Value in Evaluator.path(steps, row, st.graph) }
        }
    }

    /// The closure testing `e` for `true`.
    func predicate(_ e: BoundExpression) -> CompiledPredicate {
        let c = compile(e)
        return CompiledPredicate { (row, st) throws(QueryError) -> Bool in
            if case .bool(true) = try c(row, &st) { return true }
            return false
        }
    }

    /// An optional predicate (nil: always true).
    func predicate(_ e: BoundExpression?) -> CompiledPredicate? { e.map { predicate($0) } }

    func caseOf(_ c: BoundCase) -> CompiledExpression {
        let subject = c.subject.map(compile)
        let whens = c.alternatives.map { compile($0.when) }
        let thens = c.alternatives.map { compile($0.then) }
        let otherwise = c.otherwise.map(compile)
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            if let subject {
                let s = try subject(row, &st)
                for (i, w) in whens.enumerated() where CypherSemantics.equals(s, try w(row, &st)) == true {
                    return try thens[i](row, &st)
                }
            } else {
                for (i, w) in whens.enumerated() {
                    if case .bool(true) = try w(row, &st) { return try thens[i](row, &st) }
                }
            }
            return try otherwise.map { (o) throws(QueryError) in try o(row, &st) } ?? .null
        }
    }

    func call(_ function: BoundFunction, _ arguments: [BoundExpression]) -> CompiledExpression {
        let cs = arguments.map(compile)
        switch function {
        case .exists:
            let x = cs.first
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                .bool(!(try x.map { (c) throws(QueryError) in try c(row, &st) } ?? .null).isNull)
            }
        case .graph(let g):
            return CompiledExpression { (row, st) throws(QueryError) -> Value in
                var args: [Value] = []
                args.reserveCapacity(cs.count)
                for c in cs { args.append(try c(row, &st)) }
                return try Evaluator.graphFunction(g, args, &st)
            }
        case .scalar(let reference):
            let f = reference.function
            let bound = ExpressionCompiler.resultBound(f.name.lowercased())
            if cs.count == 1, bound == nil {
                let a = cs[0]
                let general = CompiledExpression { (row, st) throws(QueryError) -> Value in
                    let v = try a(row, &st)
                    return try f.call(v, context: &st.functions)
                }
                return stringPropertyCall(f.name.lowercased(), arguments, cs, general) ?? general
            }
            let general = CompiledExpression { (row, st) throws(QueryError) -> Value in
                var args: [Value] = []
                args.reserveCapacity(cs.count)
                for c in cs { args.append(try c(row, &st)) }
                if let bound { try st.reserve(bound(args)) }
                return try f.call(args, context: &st.functions)
            }
            if bound != nil { return general }
            return stringPropertyCall(f.name.lowercased(), arguments, cs, general) ?? general
        }
    }
}
