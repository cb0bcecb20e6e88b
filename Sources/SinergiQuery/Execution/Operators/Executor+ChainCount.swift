// The factorised chain-count operator (planned by `RewritePasses.chainCount`):
// counts the walks of a linear chain pattern by dynamic programming, level by
// level (walks reaching each node of position k+1 = the sum over its admitted
// relationships of the walks reaching the node at position k), then groups the
// end nodes by the projection's keys and sums their counts, producing the rows
// the HashAggregation would have produced. It falls back to enumerating the
// matches (MATCH + HashAggregation) when the nodes reached at two positions of the
// chain overlap and the steps' types could let a walk reuse a relationship.

import SinergiGraph

extension Executor {
    /// Runs a `chainCount` operator over its input rows.
    /// - Complexity: O(nodes and relationships of the chain's levels + groups) when the
    ///   levels are disjoint; otherwise the enumeration's cost.
    func chainCount(_ chain: ChainCount, _ p: BoundProjection, fallback: CompiledPattern, _ rows: [Row])
        throws(QueryError) -> [Row]
    {
        guard rows.count == 1, let only = rows.first, only.isEmpty, let counts = try walkCounts(chain) else {
            let matcher = PatternMatcher(evaluator: evaluator)
            var matched: [Row] = []
            for row in rows {
                try matcher.match(fallback, row) { m throws(QueryError) in
                    matched.append(m)
                    try context.checkLimits(matched.count)
                    return true
                }
            }
            return try aggregate(p, matched)
        }
        let ev = evaluator
        guard let endName = chain.part.nodes.last?.name else { return [] }
        var groups: [[GroupingKey]: Int] = [:]
        var ordered: [(keyValues: [Value], count: Int, row: Row)] = []
        for (node, count) in counts {
            let row: Row = [endName: .node(node)]
            var keyValues: [Value] = []
            for k in p.groupingKeys { keyValues.append(try ev.eval(p.items[k].expression, row)) }
            let key = keyValues.map { GroupingKey($0) }
            if let i = groups[key] {
                let (sum, overflow) = ordered[i].count.addingReportingOverflow(count)
                if overflow { throw ValueMessages.integerOverflow("count(*)") }
                ordered[i].count = sum
            } else {
                groups[key] = ordered.count
                ordered.append((keyValues, count, row))
            }
        }
        if ordered.isEmpty && p.groupingKeys.isEmpty { ordered.append(([], 0, [:])) }
        var out: [Row] = []
        out.reserveCapacity(ordered.count)
        for g in ordered {
            var base = g.row
            for a in p.aggregates { base[a.variable] = .int(Int64(g.count)) }
            var r: Row = [:]
            for (i, k) in p.groupingKeys.enumerated() { r[p.items[k].name] = g.keyValues[i] }
            for (i, item) in p.items.enumerated() where !p.groupingKeys.contains(i) {
                r[item.name] = try ev.eval(item.expression, base)
            }
            for a in p.aggregates { r[a.variable] = base[a.variable] }
            out.append(r)
        }
        return out
    }

    /// The number of walks of the chain ending at each node of its last position (nodes
    /// with none left out); nil when relationship uniqueness could change the answer.
    /// - Complexity: O(Σ over levels of the nodes' degrees).
    func walkCounts(_ chain: ChainCount) throws(QueryError) -> [NodeID: Int]? {
        let graph = context.graph  // one copy for the whole operator
        let matcher = PatternMatcher(evaluator: evaluator)
        let part = chain.part
        guard let first = part.nodes.first else { return nil }
        // Resolved once: label ids (nil entry: a label no node has) and constant property maps.
        var labelIDs: [[LabelID?]] = []
        var wanted: [[String: Value]?] = []
        for n in part.nodes {
            labelIDs.append(n.labels.map { graph.labelID(named: $0) })
            if let props = n.properties {
                guard let m = try matcher.propertyMap(props, [:]) else { return [:] }
                wanted.append(m)
            } else {
                wanted.append(nil)
            }
        }
        func fits(_ k: Int, _ id: NodeID) -> Bool {
            for l in labelIDs[k] {
                guard let l, graph.hasLabel(id, labelID: l) else { return false }
            }
            if let w = wanted[k] {
                for (key, v) in w where CypherSemantics.equals(graph.property(key, of: id), v) != true { return false }
            }
            return true
        }
        // Position of each node reached so far (-1: none), for the disjointness check.
        var position = [Int32](repeating: -1, count: chain.typesDisjoint ? 0 : graph.nodeCapacity)
        func place(_ id: NodeID, _ k: Int) -> Bool {
            if chain.typesDisjoint { return true }
            let p = position[id.index]
            if p != -1 && p != Int32(k) { return false }
            position[id.index] = Int32(k)
            return true
        }
        // Walk counts per node, dense (0: none), with the list of nodes set at each level.
        var count = [Int](repeating: 0, count: graph.nodeCapacity)
        var nextCount = [Int](repeating: 0, count: graph.nodeCapacity)
        var level: [NodeID] = []
        let candidates: [NodeID]
        // An equality on an indexed (label, property) of the first node: seek it.
        let seek = first.labels.lazy.compactMap { label in
            wanted[0]?.first { graph.hasIndex(label: label, property: $0.key) }.map { (label, $0) }
        }.first
        if let (label, entry) = seek {
            candidates =
                entry.value.isNull ? [] : graph.nodes(withLabel: label, property: entry.key, equalTo: entry.value)
        } else if let smallest = first.labels.min(by: {
            graph.nodeCount(withLabel: $0) < graph.nodeCount(withLabel: $1)
        }) {
            candidates = Array(graph.nodes(withLabel: smallest))
        } else {
            candidates = graph.nodes
        }
        for c in candidates where fits(0, c) {
            guard place(c, 0) else { return nil }
            count[c.index] = 1
            level.append(c)
        }
        for (k, rel) in part.rels.enumerated() {
            let admitted: Set<TypeID>? = rel.types.isEmpty ? nil : Set(rel.types.compactMap { graph.typeID(named: $0) })
            var next: [NodeID] = []
            var clash = false
            for u in level {
                try context.checkLimits(0)
                let c = count[u.index]
                count[u.index] = 0
                func add(_ t: TypeID, _ v: NodeID) -> Bool {
                    if let admitted, !admitted.contains(t) { return true }
                    guard fits(k + 1, v) else { return true }
                    let existing = nextCount[v.index]
                    if existing == 0 {
                        if !place(v, k + 1) { clash = true }
                        next.append(v)
                        nextCount[v.index] = c
                    } else {
                        let (sum, overflow) = existing.addingReportingOverflow(c)
                        if overflow { clash = true }
                        nextCount[v.index] = sum
                    }
                    return !clash
                }
                if rel.direction != .incoming {
                    graph.forEachOutgoing(of: u) { _, t, v in add(t, v) }
                }
                if rel.direction != .outgoing {
                    graph.forEachIncoming(of: u) { _, t, v in
                        // A self-loop is listed once when undirected.
                        if rel.direction == .undirected && v == u { return true }
                        return add(t, v)
                    }
                }
                if clash { return nil }
            }
            level = next
            swap(&count, &nextCount)
        }
        var result: [NodeID: Int] = [:]
        result.reserveCapacity(level.count)
        for v in level { result[v] = count[v.index] }
        return result
    }
}
