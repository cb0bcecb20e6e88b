// The distinct-reach operator (`RewritePasses.distinctReach`): for each input row, a
// breadth-first search from the start node up to the maximum number of hops,
// binding each distinct end node reached at a distance within [min, max] once,
// instead of enumerating the trails to it. The start itself counts at distance 0
// only when min is 0, and otherwise only when a closed trail through it exists.
// In count mode (the aggregation was only `count(DISTINCT end)`), the operator
// counts the fitting ends across all input rows and produces that one row itself.

import SinergiGraph

/// A distinct reach; see the file comment.
final class DistinctReachOperator: PipeOperator {
    let r: DistinctReach
    let predicate: CompiledPredicate?
    let width: Int
    struct Search {
        var stamp: [UInt32] = []
        var generation: UInt32 = 0
        var counted: [Bool] = []
        var count = 0
        var first: Row?
    }
    let search = OperatorState(Search())
    let types: OperatorState<TypeTable>
    let names: SlotTable

    init(
        _ r: DistinctReach, predicate: CompiledPredicate?, width: Int, id: Int, names: SlotTable, next: PhysicalOperator
    ) {
        self.r = r
        self.predicate = predicate
        self.width = width
        types = OperatorState(TypeTable(names: r.types))
        self.names = names
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let origin: NodeID
        switch row[r.start] {
        case .node(let n): origin = n
        case .null: return true
        default: throw EngineMessages.notANode(names.display(r.start), row[r.start])
        }
        let graph = st.graph
        guard graph.contains(origin) else { return true }
        if search.value.stamp.count != graph.nodeCapacity {
            search.value.stamp = [UInt32](repeating: 0, count: graph.nodeCapacity)
            search.value.generation = 0
        }
        if r.countInto != nil {
            if search.value.counted.count != graph.nodeCapacity {
                search.value.counted = [Bool](repeating: false, count: graph.nodeCapacity)
            }
            if search.value.first == nil { search.value.first = row }
        }
        let admitted = types.value.table(graph)
        let endLabels = r.labels.map { graph.labelID(named: $0) }
        if endLabels.contains(where: { $0 == nil }) { return true }
        var avoid: [RelationshipID] = []
        for s in r.avoid { if case .relationship(let id) = row[s] { avoid.append(id) } }
        let direction = r.direction
        let avoiding = avoid
        func neighbours(_ v: NodeID, _ body: (RelationshipID, NodeID) -> Void) {
            if direction != .incoming {
                graph.forEachOutgoing(of: v) { (rel, t, w) -> Bool in
                    if t.index < admitted.count && admitted[t.index] && (avoiding.isEmpty || !avoiding.contains(rel)) {
                        body(rel, w)
                    }
                    return true
                }
            }
            if direction != .outgoing {
                graph.forEachIncoming(of: v) { (rel, t, w) -> Bool in
                    // An undirected self-loop was already seen as outgoing.
                    if t.index < admitted.count && admitted[t.index] && (avoiding.isEmpty || !avoiding.contains(rel))
                        && !(direction == .undirected && w == v)
                    {
                        body(rel, w)
                    }
                    return true
                }
            }
        }
        search.value.generation &+= 1
        if search.value.generation == 0 {
            for i in search.value.stamp.indices { search.value.stamp[i] = 0 }
            search.value.generation = 1
        }
        let generation = search.value.generation
        search.value.stamp[origin.index] = generation
        var frontier = [origin]
        var reached: [NodeID] = []
        var depth = 0
        while !frontier.isEmpty {
            if let max = r.maxHops, depth >= max { break }
            depth += 1
            var next: [NodeID] = []
            for v in frontier {
                neighbours(v) { _, w in
                    if search.value.stamp[w.index] != generation {
                        search.value.stamp[w.index] = generation
                        next.append(w)
                    }
                }
            }
            reached.append(contentsOf: next)
            frontier = next
            try st.tick()
            try st.hold(reached.count)
        }
        // The origin is an end only at 0 hops or by a closed trail (searched only when it fits).
        var originCounts = r.minHops == 0
        if !originCounts, try fits(origin, endLabels, graph, &row, &st) {
            originCounts = closedTrail(origin, neighbours)
        }
        if originCounts { reached.insert(origin, at: 0) }
        if r.countInto != nil {
            for w in reached where !search.value.counted[w.index] {
                guard try fits(w, endLabels, graph, &row, &st) else { continue }
                search.value.counted[w.index] = true
                search.value.count += 1
            }
            return true
        }
        for w in reached {
            guard try fits(w, endLabels, graph, &row, &st) else { continue }
            if !(try emit(&row, &st)) { return false }
        }
        return true
    }

    /// True when `w` fits the end node (labels, checks); binds it.
    @inline(__always)
    func fits(_ w: NodeID, _ labels: [LabelID?], _ graph: PropertyGraph, _ row: inout Row, _ st: inout ExecutionState)
        throws(QueryError) -> Bool
    {
        for l in labels {
            guard let l, graph.hasLabel(w, labelID: l) else { return false }
        }
        row[r.end] = .node(w)
        if let predicate, try !predicate(row, &st) { return false }
        return true
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        if let slots = r.countInto {
            var row = search.value.first ?? [Value](repeating: .null, count: width)
            for s in slots { row[s] = .int(Int64(search.value.count)) }
            search.value.counted = []
            search.value.count = 0
            search.value.first = nil
            _ = try emit(&row, &st)
        }
        try next.finish(&st)
    }

    /// True when a trail of 1 … max hops leads from `origin` back to itself without
    /// reusing a relationship. Such a trail exists exactly when a simple cycle through
    /// `origin` of at most max hops does (cutting a closed trail at a repeated node keeps
    /// it closed, through `origin`, and no longer), so one breadth-first search decides it:
    /// directed, the shortest cycle is 1 + the distance of the nearest node with a
    /// relationship back to `origin`; undirected, every node is labelled with the first
    /// relationship of its search path (its branch), and the shortest cycle is the least
    /// d(u) + d(w) + 1 over relationships u–w outside the search tree that join two
    /// branches (or `origin` and a branch by another relationship than the tree's).
    /// - Complexity: O(nodes and relationships within max − 1 hops of `origin`).
    func closedTrail(_ origin: NodeID, _ neighbours: (NodeID, (RelationshipID, NodeID) -> Void) -> Void) -> Bool {
        let limit = r.maxHops ?? Int.max
        if limit < 1 { return false }
        var info: [NodeID: (depth: Int, via: RelationshipID, branch: RelationshipID)] = [:]
        var frontier = [origin]
        var depth = 0
        var found = false
        let undirected = r.direction == .undirected
        while !frontier.isEmpty && !found && depth < limit {
            var next: [NodeID] = []
            for u in frontier {
                let du = depth
                let branchU = info[u]?.branch
                neighbours(u) { rel, w in
                    if found { return }
                    if w == origin {
                        if !undirected || (u == origin || info[u]?.via != rel), du + 1 <= limit { found = true }
                        return
                    }
                    if let seen = info[w] {
                        if undirected, u != origin, seen.via != rel, info[u]?.via != rel, seen.branch != branchU,
                            du + seen.depth + 1 <= limit
                        {
                            found = true
                        }
                        if undirected, u == origin, seen.via != rel, seen.depth + 1 <= limit { found = true }
                        return
                    }
                    info[w] = (du + 1, rel, branchU ?? rel)
                    next.append(w)
                }
                if found { break }
            }
            frontier = next
            depth += 1
        }
        return found
    }
}
