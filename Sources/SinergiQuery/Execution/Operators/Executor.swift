// The executor: runs a plan chain operator by operator over materialised row
// batches (each clause sees all rows of the previous one, as openCypher's
// clause-at-a-time semantics require), counting rows per operator for PROFILE
// and enforcing the row limit and timeout.

import SinergiGraph

/// Runs plans against an `ExecutionContext`.
struct Executor {
    /// The statement's state.
    let context: ExecutionContext

    var evaluator: Evaluator { Evaluator(context: context) }

    /// The rows `node` produces when its chain starts from `input`.
    /// - Complexity: the sum of the operators' work.
    ///
    /// `want` says how many rows the consumer will read at most (from a LIMIT above pure
    /// operators), so UNWIND and MATCH can stop early; writing operators never get it.
    func run(_ node: PlanNode, input: [Row], want: Int? = nil) throws(QueryError) -> [Row] {
        var childWant: Int?
        switch node.op {
        case .project, .select: childWant = want
        case .sort: childWant = nil
        case .limit(let e):
            let n = try count(e, "LIMIT")
            childWant = min(n, want ?? Int.max)
        case .skip(let e):
            let k = try count(e, "SKIP")
            childWant = want.map { $0 &+ k }
        default: childWant = nil
        }
        let rows =
            try node.input.map { (n) throws(QueryError) in try run(n, input: input, want: childWant) } ?? input
        let out = try apply(node, rows, input: input, want: want)
        context.profile[node.id, default: 0] += out.count
        try context.checkLimits(out.count)
        return out
    }

    func apply(_ node: PlanNode, _ rows: [Row], input: [Row], want: Int?) throws(QueryError) -> [Row] {
        let cap = want ?? Int.max
        let ev = evaluator
        switch node.op {
        case .argument:
            return rows
        case .match(let pattern, let predicate, let optional):
            var out: [Row] = []
            let matcher = PatternMatcher(evaluator: ev, bindsHidden: false)
            // One hold of the graph for the whole operator (matching and predicates never write).
            try matcher.hold { () throws(QueryError) in
                for row in rows {
                    var any = false
                    try matcher.match(pattern, row) { m throws(QueryError) in
                        if let predicate, try !ev.isTrue(predicate, m) { return true }
                        any = true
                        out.append(m)
                        if out.count > context.options.maxRows {
                            throw EngineMessages.rowLimit(context.options.maxRows)
                        }
                        return out.count < cap
                    }
                    if out.count >= cap { break }
                    if optional && !any {
                        var r = row
                        for name in pattern.introduced where r[name] == nil { r[name] = .null }
                        out.append(r)
                    }
                }
            }
            return out
        case .distinctReach(let reach):
            return try distinctReach(reach, rows)
        case .chainCount(let chain, let projection, let fallback):
            return try chainCount(chain, projection, fallback: fallback, rows)
        case .filter(let predicate):
            var out: [Row] = []
            for row in rows where try ev.isTrue(predicate, row) { out.append(row) }
            return out
        case .unwind(let e, let v):
            var out: [Row] = []
            for row in rows {
                let value = try ev.eval(e, row)
                switch value {
                case .list(let items):
                    for item in items {
                        if out.count >= cap { break }
                        var r = row
                        r[v] = item
                        out.append(r)
                    }
                    try context.checkLimits(out.count)
                    if out.count >= cap { return out }
                case .null: break
                default:
                    var r = row
                    r[v] = value
                    out.append(r)
                }
            }
            return out
        case .project(let items, let keepInput):
            var out: [Row] = []
            out.reserveCapacity(rows.count)
            for row in rows {
                var r: Row = keepInput ? row : [:]
                var values: [Value] = []
                for item in items { values.append(try ev.eval(item.expression, row)) }
                for (item, v) in zip(items, values) { r[item.name] = v }
                out.append(r)
            }
            return out
        case .aggregate(let p):
            return try aggregate(p, rows)
        case .distinct(let columns):
            var seen = Set<[GroupingKey]>()
            var out: [Row] = []
            for row in rows {
                let key = columns.map { GroupingKey(row[$0] ?? .null) }
                if seen.insert(key).inserted { out.append(row) }
            }
            return out
        case .sort(let keys):
            return try sort(rows, keys, keep: want)
        case .skip(let e):
            let n = try count(e, "SKIP")
            return n >= rows.count ? [] : Array(rows[n...])
        case .limit(let e):
            let n = try count(e, "LIMIT")
            return n >= rows.count ? rows : Array(rows[..<n])
        case .select(let columns):
            return rows.map { row in
                var r: Row = [:]
                for c in columns { r[c] = row[c] ?? .null }
                return r
            }
        case .create(let pattern):
            return try create(pattern, rows)
        case .merge(let m, let compiled):
            return try merge(m, compiled, rows)
        case .set(let items):
            for row in rows { for item in items { try set(item, row) } }
            return rows
        case .remove(let items):
            for row in rows { for item in items { try remove(item, row) } }
            return rows
        case .delete(let detach, let exprs):
            try delete(detach: detach, exprs, rows)
            return rows
        case .call(let c):
            return try call(c, rows)
        case .union(let branches, let all):
            var out: [Row] = []
            for b in branches { out.append(contentsOf: try run(b, input: input)) }
            if all { return out }
            var seen = Set<[String: GroupingKey]>()
            var unique: [Row] = []
            for row in out where seen.insert(row.mapValues { GroupingKey($0) }).inserted { unique.append(row) }
            return unique
        case .discard:
            return []
        }
    }

    /// Evaluates a SKIP/LIMIT count (a constant or parameter).
    func count(_ e: Expression, _ what: String) throws(QueryError) -> Int {
        let v = try evaluator.eval(e, [:])
        switch v {
        case .int(let i):
            if i < 0 {
                throw EngineMessages.runtime(
                    .syntaxError, .negativeIntegerArgument, "\(what) cannot be negative (\(i))")
            }
            return Int(clamping: i)
        default:
            throw EngineMessages.runtime(
                .syntaxError, .invalidArgumentType, "\(what) must be a non-negative integer, got \(v.typeName)")
        }
    }

    /// Sorts stably by `keys`; with `keep` (a LIMIT above), only the first `keep` rows are
    /// selected, in O(n log keep) comparisons.
    func sort(_ rows: [Row], _ keys: [SortItem], keep: Int? = nil) throws(QueryError) -> [Row] {
        var keyed: [(values: [Value], index: Int)] = []
        keyed.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            var values: [Value] = []
            for k in keys { values.append(try evaluator.eval(k.expression, row)) }
            keyed.append((values, i))
        }
        let ascending = keys.map(\.ascending)
        let count = keys.count
        func before(_ a: (values: [Value], index: Int), _ b: (values: [Value], index: Int)) -> Bool {
            var i = 0
            while i < count {
                let c = CypherSemantics.orderCompare(a.values[i], b.values[i])
                if c != 0 { return ascending[i] ? c < 0 : c > 0 }
                i += 1
            }
            return a.index < b.index
        }
        if let keep, keep < keyed.count / 4 {
            // Top-k: a sorted buffer of the best `keep` rows seen so far.
            var best: [(values: [Value], index: Int)] = []
            best.reserveCapacity(keep + 1)
            for item in keyed {
                if best.count == keep, let last = best.last, !before(item, last) { continue }
                var lo = 0
                var hi = best.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if before(item, best[mid]) { hi = mid } else { lo = mid + 1 }
                }
                best.insert(item, at: lo)
                if best.count > keep { best.removeLast() }
            }
            return best.map { rows[$0.index] }
        }
        keyed.sort(by: before)
        return keyed.map { rows[$0.index] }
    }

    func call(_ c: BoundCall, _ rows: [Row]) throws(QueryError) -> [Row] {
        var out: [Row] = []
        for row in rows {
            var args: [Value] = []
            for (a, field) in zip(c.arguments, c.procedure.inputs) {
                let v = try evaluator.eval(a, row)
                if !field.type.admits(v) {
                    throw EngineMessages.runtime(
                        .typeError, .invalidArgumentType,
                        "argument '\(field.name)' of \(c.procedure.name) must be \(field.type.rawValue), got \(v.typeName)"
                    )
                }
                args.append(v)
            }
            let results = try c.procedure.body(ProcedureContext(graph: context.graph), args)
            for result in results {
                var r = row
                for (index, variable) in c.yields where index < result.count { r[variable] = result[index] }
                if let p = c.predicate, try !evaluator.isTrue(p, r) { continue }
                out.append(r)
            }
            if c.procedure.outputs.isEmpty && c.yields.isEmpty && !c.standalone { out.append(row) }
        }
        return out
    }
}
