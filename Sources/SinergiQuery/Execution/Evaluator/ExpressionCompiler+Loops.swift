// The expressions that loop over a list — list comprehensions, quantifiers and
// reduce — each element a unit of work against the statement's clock (so a long
// one is stopped by the timeout inside the expression, not after it), and the
// functions whose result can be far larger than their arguments (`range`,
// `replace`), whose size is checked against the memory bound before it is built.

import SinergiGraph

extension ExpressionCompiler {
    func comprehension(_ c: BoundComprehension) -> CompiledExpression {
        let source = compile(c.source)
        let test = predicate(c.predicate)
        let projection = c.projection.map(compile)
        let slot = c.variable
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            let s = try source(row, &st)
            guard case .list(let items) = s else {
                if s.isNull { return .null }
                throw EngineMessages.needsList("a list comprehension", s)
            }
            var local = row
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items {
                try st.tick()
                local[slot] = item
                if let test, try !test(local, &st) { continue }
                if let projection {
                    out.append(try projection(local, &st))
                } else {
                    out.append(item)
                }
            }
            return .list(out)
        }
    }

    func quantifier(_ q: BoundQuantifier) -> CompiledExpression {
        let source = compile(q.source)
        let body = q.predicate.map(compile)
        let slot = q.variable
        let kind = q.quantifier
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            let s = try source(row, &st)
            guard case .list(let items) = s else {
                if s.isNull { return .null }
                throw EngineMessages.needsList("\(kind.rawValue)()", s)
            }
            var trues = 0
            var nulls = 0
            var local = row
            for item in items {
                try st.tick()
                local[slot] = item
                let v = try body.map { (b) throws(QueryError) in try b(local, &st) } ?? .bool(true)
                switch v {
                case .bool(true): trues += 1
                case .null: nulls += 1
                case .bool(false): break
                default: throw EngineMessages.needsBooleanPredicate("\(kind.rawValue)()")
                }
            }
            return Evaluator.quantified(kind, count: items.count, trues: trues, nulls: nulls)
        }
    }

    func reduce(_ r: BoundReduce) -> CompiledExpression {
        let initial = compile(r.initial)
        let source = compile(r.source)
        let body = compile(r.expression)
        let accumulator = r.accumulator
        let variable = r.variable
        return CompiledExpression { (row, st) throws(QueryError) -> Value in
            let s = try source(row, &st)
            guard case .list(let items) = s else {
                if s.isNull { return .null }
                throw EngineMessages.needsList("reduce()", s)
            }
            var local = row
            var acc = try initial(row, &st)
            for item in items {
                try st.tick()
                local[accumulator] = acc
                local[variable] = item
                acc = .null
                acc = try body(local, &st)
            }
            return acc
        }
    }

    /// For functions whose result may be much larger than their arguments, the bytes the
    /// result will take given the arguments (checked against the memory bound first).
    static func resultBound(_ name: String) -> (([Value]) -> Int)? {
        switch name {
        case "range":
            return { args in
                guard args.count >= 2, case .int(let a) = args[0], case .int(let b) = args[1] else { return 0 }
                var step: Int64 = 1
                if args.count > 2, case .int(let s) = args[2] { step = s }
                guard step != 0 else { return 0 }
                let (span, overflow) = b.subtractingReportingOverflow(a)
                if overflow { return Int.max }
                let (n, divided) = span.dividedReportingOverflow(by: step)
                if divided || n < 0 { return 0 }
                let (bytes, big) = Int(clamping: n).multipliedReportingOverflow(by: MemoryLayout<Value>.stride)
                return big ? Int.max : bytes
            }
        case "replace":
            return { args in
                guard args.count == 3, case .string(let s) = args[0], case .string(let search) = args[1],
                    case .string(let with) = args[2]
                else { return 0 }
                let n = s.utf8.count
                let grow = max(1, with.utf8.count) / max(1, search.utf8.count) + 1
                return n.multipliedReportingOverflow(by: grow).partialValue
            }
        default:
            return nil
        }
    }
}
