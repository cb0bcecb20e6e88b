// Hash aggregation: rows are grouped by the values of the grouping items
// (openCypher equivalence via `GroupingKey`), each group feeds one accumulator
// per aggregate (from the values layer's `Aggregates`), and the aggregate items
// are computed from the group's first row plus the aggregate results.

import SinergiGraph

extension Executor {
    struct Group {
        var first: Row
        var keyValues: [Value]
        var accumulators: [any Accumulator]
    }

    func aggregate(_ p: BoundProjection, _ rows: [Row]) throws(QueryError) -> [Row] {
        let ev = evaluator
        var groups: [[GroupingKey]: Int] = [:]
        var singleGroups: [GroupingKey: Int] = [:]
        let single = p.groupingKeys.count == 1
        var ordered: [Group] = []
        func fresh() throws(QueryError) -> [any Accumulator] {
            var accs: [any Accumulator] = []
            for a in p.aggregates {
                guard let acc = a.star ? Aggregates.makeCountStar() : Aggregates.make(a.name, distinct: a.distinct)
                else {
                    throw EngineMessages.compile(.unknownFunction, "there is no aggregate called '\(a.name)'", .empty)
                }
                accs.append(acc)
            }
            return accs
        }
        for row in rows {
            var keyValues: [Value] = []
            for k in p.groupingKeys { keyValues.append(try ev.eval(p.items[k].expression, row)) }
            let index: Int
            if single {
                let key = GroupingKey(keyValues[0])
                if let i = singleGroups[key] {
                    index = i
                } else {
                    index = ordered.count
                    singleGroups[key] = index
                    ordered.append(Group(first: row, keyValues: keyValues, accumulators: try fresh()))
                }
            } else {
                let key = keyValues.map { GroupingKey($0) }
                if let i = groups[key] {
                    index = i
                } else {
                    index = ordered.count
                    groups[key] = index
                    ordered.append(Group(first: row, keyValues: keyValues, accumulators: try fresh()))
                }
            }
            for (i, a) in p.aggregates.enumerated() {
                if a.star {
                    try ordered[index].accumulators[i].add(.null)
                    continue
                }
                let v = try a.arguments.first.map { (x) throws(QueryError) in try ev.eval(x, row) } ?? .null
                let param =
                    try a.arguments.dropFirst().first.map { (x) throws(QueryError) in try ev.eval(x, row) } ?? .null
                try ordered[index].accumulators[i].add(v, parameter: param)
            }
        }
        if ordered.isEmpty && p.groupingKeys.isEmpty {
            ordered.append(Group(first: [:], keyValues: [], accumulators: try fresh()))
        }
        var out: [Row] = []
        out.reserveCapacity(ordered.count)
        for g in ordered {
            out.append(
                try groupRow(p, keyValues: g.keyValues, base: g.first, results: g.accumulators.map { $0.result() }))
        }
        return out
    }

    /// The output row of one group of the aggregating projection `p`: the grouping keys'
    /// values, the aggregates' `results` (bound to their hidden variables), and the other
    /// items evaluated over `base` (a row of the group) with those results.
    /// - Complexity: O(size of the items).
    func groupRow(_ p: BoundProjection, keyValues: [Value], base: Row, results: [Value]) throws(QueryError) -> Row {
        var base = base
        for (a, v) in zip(p.aggregates, results) { base[a.variable] = v }
        var r: Row = [:]
        for (i, k) in p.groupingKeys.enumerated() { r[p.items[k].name] = keyValues[i] }
        for (i, item) in p.items.enumerated() where !p.groupingKeys.contains(i) {
            r[item.name] = try evaluator.eval(item.expression, base)
        }
        for a in p.aggregates { r[a.variable] = base[a.variable] }
        return r
    }
}
