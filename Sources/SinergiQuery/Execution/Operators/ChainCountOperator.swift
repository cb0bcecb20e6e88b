// The factorised chain-count operator (`RewritePasses.chainCount`): counts the
// walks of a linear chain by dynamic programming, level by level (walks reaching a
// node of position k+1 = the sum over its admitted relationships of the walks
// reaching the node at position k), then groups the end nodes by the keys and sums
// their counts, producing the rows the aggregation would have produced. When the
// nodes reached at two positions overlap and the steps' types could let a walk
// reuse a relationship, it runs the fallback plan (expansion and aggregation).

import SinergiGraph

/// A chain count; see the file comment.
final class ChainCountOperator: PipeOperator {
    struct Position {
        var slot: Int
        var labels: [String]
        var predicate: CompiledPredicate?
    }
    let positions: [Position]
    let steps: [(types: OperatorState<TypeTable>, direction: RelationshipDirection)]
    /// The first node's index seek, when it has one: label, property, value.
    let seek: (label: String, property: String, value: CompiledExpression)?
    let keySlots: [Int]
    let keys: [CompiledExpression]
    let counts: [Int]
    let typesDisjoint: Bool
    let width: Int
    /// The plan used when relationship uniqueness could change the count.
    let fallback: PhysicalOperator

    init(
        id: Int, positions: [Position], steps: [(types: [String], direction: RelationshipDirection)],
        seek: (label: String, property: String, value: CompiledExpression)?, keySlots: [Int],
        keys: [CompiledExpression], counts: [Int], typesDisjoint: Bool, width: Int, fallback: PhysicalOperator,
        next: PhysicalOperator
    ) {
        self.positions = positions
        self.steps = steps.map { (OperatorState(TypeTable(names: $0.types)), $0.direction) }
        self.seek = seek
        self.keySlots = keySlots
        self.keys = keys
        self.counts = counts
        self.typesDisjoint = typesDisjoint
        self.width = width
        self.fallback = fallback
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        guard let ends = try walkCounts(&st) else {
            var r = row
            _ = try fallback.push(&r, &st)
            try fallback.finish(&st)
            return true
        }
        var scratch = [Value](repeating: .null, count: width)
        guard let last = positions.last else { return true }
        var groups: [[GroupingKey]: Int] = [:]
        // One key (the usual case) is hashed alone, not as an array of one.
        var single: [GroupingKey: Int] = [:]
        if keys.count == 1 { single.reserveCapacity(ends.count) }
        var ordered: [(values: [Value], count: Int)] = []
        for (node, count) in ends {
            try st.tick()
            scratch[last.slot] = .node(node)
            let existing: Int?
            var values: [Value] = []
            if keys.count == 1 {
                let value = try keys[0](scratch, &st)
                let key = GroupingKey(value)
                existing = single[key]
                if existing == nil {
                    single[key] = ordered.count
                    values = [value]
                }
            } else {
                for k in keys { values.append(try k(scratch, &st)) }
                let key = values.map(GroupingKey.init)
                existing = groups[key]
                if existing == nil { groups[key] = ordered.count }
            }
            if let i = existing {
                let (sum, overflow) = ordered[i].count.addingReportingOverflow(count)
                if overflow { throw ValueMessages.integerOverflow("count(*)") }
                ordered[i].count = sum
            } else {
                ordered.append((values, count))
            }
        }
        if ordered.isEmpty && keys.isEmpty { ordered.append(([], 0)) }
        try st.hold(ordered.count)
        for g in ordered {
            var out = [Value](repeating: .null, count: width)
            for (i, s) in keySlots.enumerated() { out[s] = g.values[i] }
            for s in counts { out[s] = .int(Int64(g.count)) }
            if !(try emit(&out, &st)) { return false }
        }
        return true
    }

    /// The number of walks ending at each node of the last position (nodes with none left
    /// out), in the order the last level reached them; nil when relationship uniqueness
    /// could change the answer.
    /// - Complexity: O(Σ over levels of the nodes' degrees).
    func walkCounts(_ st: inout ExecutionState) throws(QueryError) -> [(NodeID, Int)]? {
        if let reader = st.reader { return try walkCounts(reader.pointee, &st) }
        return try walkCounts(st.graph, &st)
    }

    /// The walk over `g` (the reader of a reading statement, whose loops pay no retain per
    /// relationship, or the graph itself).
    func walkCounts<G: GraphAccess>(_ g: G, _ st: inout ExecutionState) throws(QueryError) -> [(NodeID, Int)]? {
        let graph = st.graph
        // Position k's label ids are `flatLabels[labelStart[k] ..< labelStart[k + 1]]`: plain
        // arrays, so the test of every relationship's far node copies no position (its
        // label list and predicate closure, a few reference counts each time).
        var labelStart = [0]
        var flatLabels: [LabelID] = []
        for p in positions {
            for l in p.labels {
                guard let id = graph.labelID(named: l) else { return [] }
                flatLabels.append(id)
            }
            labelStart.append(flatLabels.count)
        }
        var scratch = [Value](repeating: .null, count: width)
        let tested = positions.map { $0.predicate != nil }
        func fits(_ k: Int, _ id: NodeID, _ scratch: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
            var j = labelStart[k]
            while j < labelStart[k + 1] {
                if !g.hasLabel(id, labelID: flatLabels[j]) { return false }
                j += 1
            }
            guard tested[k], let p = positions[k].predicate else { return true }
            scratch[positions[k].slot] = .node(id)
            return try p(scratch, &st)
        }
        let first = positions[0]
        func candidates(_ scratch: Row, _ st: inout ExecutionState) throws(QueryError) -> [NodeID] {
            if let seek {
                let v = try seek.value(scratch, &st)
                return v.isNull ? [] : graph.nodes(withLabel: seek.label, property: seek.property, equalTo: v)
            }
            if let smallest = first.labels.min(by: {
                graph.nodeCount(withLabel: $0) < graph.nodeCount(withLabel: $1)
            }) {
                return Array(graph.nodes(withLabel: smallest))
            }
            return graph.nodes
        }
        // Positions whose labels no node shares cannot hold the same node: when every pair
        // is so, no walk can reuse a relationship and positions need no tracking.
        func labelsDisjoint(_ j: Int, _ k: Int) -> Bool {
            positions[j].labels.contains { a in
                positions[k].labels.contains { b in
                    graph.nodes(withLabel: a).isDisjoint(with: graph.nodes(withLabel: b))
                }
            }
        }
        let indices = positions.indices
        // One step cannot use a relationship twice.
        let disjoint =
            typesDisjoint || steps.count <= 1
            || indices.allSatisfy { j in indices.allSatisfy { k in j >= k || labelsDisjoint(j, k) } }
        var walk = ChainWalk(nodeCapacity: graph.nodeCapacity, checksPositions: !disjoint)
        defer { walk.release() }
        var firstStep = 0
        if disjoint, seek == nil, first.labels.isEmpty, first.predicate == nil, positions.count > 1,
            let smallest = positions[1].labels.min(by: {
                graph.nodeCount(withLabel: $0) < graph.nodeCount(withLabel: $1)
            })
        {
            // Any node may start: the walks reaching a node of the second position are its
            // admitted relationships in the step's direction, counted from its side (its
            // label's members, not every node of the graph).
            let admitted = steps[0].types.value.table(graph)
            let direction = steps[0].direction
            for v in graph.nodes(withLabel: smallest) where try fits(1, v, &scratch, &st) {
                try st.tick()
                var c = 0
                if direction != .outgoing {
                    _ = g.forEachOutgoing(of: v) { (_, t, _) -> Bool in
                        if t.index < admitted.count, admitted[t.index] { c += 1 }
                        return true
                    }
                }
                if direction != .incoming {
                    _ = g.forEachIncoming(of: v) { (_, t, u) -> Bool in
                        // A self-loop is listed once when undirected.
                        if direction == .undirected && u == v { return true }
                        if t.index < admitted.count, admitted[t.index] { c += 1 }
                        return true
                    }
                }
                if c > 0, !walk.add(v, c, at: 1) { return nil }
            }
            walk.advance()
            firstStep = 1
        } else {
            for c in try candidates(scratch, &st) where try fits(0, c, &scratch, &st) {
                try st.tick()
                guard walk.place(c, 0) else { return nil }
                walk.count[c.index] = 1
                walk.level.append(c)
            }
        }
        for k in firstStep..<steps.count {
            let step = steps[k]
            let admitted = step.types.value.table(graph)
            let direction = step.direction
            for u in walk.level {
                try st.tick()
                let c = walk.count[u.index]
                walk.count[u.index] = 0
                if direction != .incoming {
                    _ = try g.forEachOutgoing(of: u) { (_, t, v) throws(QueryError) -> Bool in
                        guard t.index < admitted.count, admitted[t.index], try fits(k + 1, v, &scratch, &st) else {
                            return true
                        }
                        return walk.add(v, c, at: k + 1)
                    }
                }
                if direction != .outgoing {
                    _ = try g.forEachIncoming(of: u) { (_, t, v) throws(QueryError) -> Bool in
                        // A self-loop is listed once when undirected.
                        if direction == .undirected && v == u { return true }
                        guard t.index < admitted.count, admitted[t.index], try fits(k + 1, v, &scratch, &st) else {
                            return true
                        }
                        return walk.add(v, c, at: k + 1)
                    }
                }
                if walk.clash { return nil }
            }
            walk.advance()
        }
        return walk.level.map { ($0, walk.count[$0.index]) }
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
        count = ScratchCounts.shared.take(n)
        nextCount = ScratchCounts.shared.take(n)
        position = [Int32](repeating: -1, count: checksPositions ? n : 0)
    }

    /// Gives the counters back to the pool (`ScratchCounts`); the walk is empty after.
    mutating func release() {
        // Moved out first, so the pool holds the only reference and zeroes it in place.
        var a: [Int] = []
        var b: [Int] = []
        swap(&a, &count)
        swap(&b, &nextCount)
        ScratchCounts.shared.give(a)
        ScratchCounts.shared.give(b)
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
