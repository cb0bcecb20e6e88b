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
            let counts = [Value](repeating: .int(Int64(g.count)), count: p.aggregates.count)
            out.append(try groupRow(p, keyValues: g.keyValues, base: g.row, results: counts))
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
        // Constants only: what the adjacency closures capture is never a `var` (a captured
        // `var` costs a dynamic exclusivity check per access).
        var labelTable: [LabelID?] = []  // the labels of position k: labelTable[labelStart[k] ..< labelStart[k + 1]]
        var labelStart: [Int] = [0]
        var wantedTable: [[String: Value]?] = []
        for n in part.nodes {
            labelTable.append(contentsOf: n.labels.map { graph.labelID(named: $0) })
            labelStart.append(labelTable.count)
            if let props = n.properties {
                guard let m = try matcher.propertyMap(props, [:]) else { return [:] }
                wantedTable.append(m)
            } else {
                wantedTable.append(nil)
            }
        }
        // Flat tables of plain values: reading them per relationship retains nothing.
        let labelIDs = labelTable
        let labelRange = labelStart
        let wanted = wantedTable
        let hasWanted = wantedTable.map { $0 != nil }
        func fits(_ k: Int, _ id: NodeID) -> Bool {
            for i in labelRange[k]..<labelRange[k + 1] {
                guard let l = labelIDs[i], graph.hasLabel(id, labelID: l) else { return false }
            }
            if hasWanted[k], let w = wanted[k] {
                for (key, v) in w where CypherSemantics.equals(graph.property(key, of: id), v) != true { return false }
            }
            return true
        }
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
        // Positions whose labels no node shares cannot hold the same node: when every pair
        // is so, no walk can reuse a relationship and positions need no tracking.
        func labelsDisjoint(_ j: Int, _ k: Int) -> Bool {
            part.nodes[j].labels.contains { a in
                part.nodes[k].labels.contains { b in
                    graph.nodes(withLabel: a).isDisjoint(with: graph.nodes(withLabel: b))
                }
            }
        }
        let positions = part.nodes.indices
        let disjoint =
            chain.typesDisjoint
            || positions.allSatisfy { j in positions.allSatisfy { k in j >= k || labelsDisjoint(j, k) } }
        var walk = ChainWalk(nodeCapacity: graph.nodeCapacity, checksPositions: !disjoint)
        for c in candidates where fits(0, c) {
            guard walk.place(c, 0) else { return nil }
            walk.count[c.index] = 1
            walk.level.append(c)
        }
        for (k, rel) in part.rels.enumerated() {
            // Admitted types as a dense table: no hashing per relationship.
            var table = [Bool](repeating: rel.types.isEmpty, count: graph.typeNames.count + 1)
            for name in rel.types { if let t = graph.typeID(named: name) { table[t.index] = true } }
            let admitted = table
            let direction = rel.direction
            for u in walk.level {
                try context.checkLimits(0)
                let c = walk.count[u.index]
                walk.count[u.index] = 0
                if direction != .incoming {
                    graph.forEachOutgoing(of: u) { _, t, v in
                        !admitted[t.index] || !fits(k + 1, v) || walk.add(v, c, at: k + 1)
                    }
                }
                if direction != .outgoing {
                    graph.forEachIncoming(of: u) { _, t, v in
                        // A self-loop is listed once when undirected.
                        if direction == .undirected && v == u { return true }
                        return !admitted[t.index] || !fits(k + 1, v) || walk.add(v, c, at: k + 1)
                    }
                }
                if walk.clash { return nil }
            }
            walk.advance()
        }
        var result: [NodeID: Int] = [:]
        result.reserveCapacity(walk.level.count)
        for v in walk.level { result[v] = walk.count[v.index] }
        return result
    }
}

/// The state of a level-by-level walk count: walks per node at the current level
/// (dense, 0: none) and the next, the nodes of each, and the position each node was
/// first reached at (for the disjointness check).
struct ChainWalk {
    var count: [Int]
    var nextCount: [Int]
    var level: [NodeID] = []
    var next: [NodeID] = []
    /// Position of each node reached so far (-1: none); empty when not checked.
    var position: [Int32]
    /// Set when a node is reached at two positions, or a count overflows.
    var clash = false

    init(nodeCapacity n: Int, checksPositions: Bool) {
        count = [Int](repeating: 0, count: n)
        nextCount = [Int](repeating: 0, count: n)
        position = [Int32](repeating: -1, count: checksPositions ? n : 0)
    }

    /// Records that `id` is reached at position `k`; false when it was reached at another.
    mutating func place(_ id: NodeID, _ k: Int) -> Bool {
        if position.isEmpty { return true }
        let p = position[id.index]
        if p != -1 && p != Int32(k) { return false }
        position[id.index] = Int32(k)
        return true
    }

    /// Adds `c` walks reaching `v` at position `k`; false (stop) on a clash.
    mutating func add(_ v: NodeID, _ c: Int, at k: Int) -> Bool {
        let existing = nextCount[v.index]
        if existing == 0 {
            if !place(v, k) { clash = true }
            next.append(v)
            nextCount[v.index] = c
        } else {
            let (sum, overflow) = existing.addingReportingOverflow(c)
            if overflow { clash = true }
            nextCount[v.index] = sum
        }
        return !clash
    }

    /// Moves to the next level.
    mutating func advance() {
        swap(&count, &nextCount)
        level = next
        next = []
    }
}
