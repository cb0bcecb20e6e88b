// The distinct-reach operator: for each match of the prefix pattern (ending at the
// start node), a breadth-first search up to
// the maximum number of hops, emitting one row per distinct end node reached at a
// distance within [min, max]; replaces path enumeration when only distinct end
// nodes matter (see RewritePasses). The start node itself counts at distance 0
// only when min is 0, and otherwise only when a closed trail through it exists.
// When the next projection only counts the distinct end nodes, the operator counts
// them across all start rows and produces that projection's row itself.

import SinergiGraph

extension Executor {
    func distinctReach(_ reach: DistinctReach, _ rows: [Row]) throws(QueryError) -> [Row] {
        let matcher = PatternMatcher(evaluator: evaluator)
        return try matcher.hold { () throws(QueryError) in try distinctReach(reach, rows, matcher) }
    }

    private func distinctReach(_ reach: DistinctReach, _ rows: [Row], _ matcher: PatternMatcher) throws(QueryError)
        -> [Row]
    {
        let graph = context.graph
        var stamp = [UInt32](repeating: 0, count: graph.nodeCapacity)
        // Count-only mode: the end nodes counted so far (across all start rows).
        var counted = reach.countedBy == nil ? [] : [Bool](repeating: false, count: graph.nodeCapacity)
        var count = 0
        // The end's labels as ids (nil: a label no node has), checked without hashing names.
        let endLabels = reach.end.labels.map { graph.labelID(named: $0) }
        var generation: UInt32 = 0
        var out: [Row] = []
        // Admitted types as a dense table (no hashing per relationship); adjacency walked in
        // place (no array per node). The walk captures only constants: a captured `var`
        // would cost a dynamic exclusivity check per relationship.
        var table = [Bool](repeating: reach.types.isEmpty, count: graph.typeNames.count + 1)
        for name in reach.types { if let t = graph.typeID(named: name) { table[t.index] = true } }
        let admitted = table
        let direction = reach.direction
        func neighbours(_ v: NodeID, avoiding avoid: [RelationshipID], _ body: (RelationshipID, NodeID) -> Void) {
            if direction != .incoming {
                graph.forEachOutgoing(of: v) { (r, t, w) -> Bool in
                    if admitted[t.index] && (avoid.isEmpty || !avoid.contains(r)) { body(r, w) }
                    return true
                }
            }
            if direction != .outgoing {
                graph.forEachIncoming(of: v) { (r, t, w) -> Bool in
                    // An undirected self-loop was already seen as outgoing.
                    if admitted[t.index] && (avoid.isEmpty || !avoid.contains(r))
                        && !(direction == .undirected && w == v)
                    {
                        body(r, w)
                    }
                    return true
                }
            }
        }
        for row in rows {
            var starts: [Row] = []
            try matcher.match(reach.prefix, row) { r throws(QueryError) in
                starts.append(r)
                return true
            }
            for s in starts {
                guard case .node(let origin)? = s[reach.start.name] else { continue }
                let avoid = reach.prefixRelationships.compactMap { name -> RelationshipID? in
                    if case .relationship(let id)? = s[name] { return id }
                    return nil
                }
                generation &+= 1
                if generation == 0 {
                    for i in stamp.indices { stamp[i] = 0 }
                    generation = 1
                }
                stamp[origin.index] = generation
                var frontier = [origin]
                var reached: [NodeID] = []
                var depth = 0
                while !frontier.isEmpty {
                    if let max = reach.maxHops, depth >= max { break }
                    depth += 1
                    var next: [NodeID] = []
                    for v in frontier {
                        neighbours(v, avoiding: avoid) { _, w in
                            if stamp[w.index] != generation {
                                stamp[w.index] = generation
                                next.append(w)
                            }
                        }
                    }
                    reached.append(contentsOf: next)
                    frontier = next
                    try context.checkLimits(reached.count)
                }
                // The origin is an end only at 0 hops or by a closed trail (searched only when it fits `end`).
                let originFits = try matcher.nodeFits(reach.end, origin, s, live: true, in: graph, labelsChecked: false)
                if reach.minHops == 0
                    || (originFits && closedTrail(origin, reach, { neighbours($0, avoiding: avoid, $1) }))
                {
                    reached.insert(origin, at: 0)
                }
                if reach.countedBy != nil {
                    // The row is consulted only when the end is bound already or has a property map.
                    let checksRow = reach.end.properties != nil || s[reach.end.name] != nil
                    for w in reached where !counted[w.index] {
                        guard endLabels.allSatisfy({ $0.map { graph.hasLabel(w, labelID: $0) } ?? false }) else {
                            continue
                        }
                        if checksRow, try !matcher.nodeFits(reach.end, w, s, live: true, in: graph, labelsChecked: true)
                        {
                            continue
                        }
                        counted[w.index] = true
                        count += 1
                    }
                    continue
                }
                for w in reached {
                    guard let r = try matcher.bindNode(reach.end, w, s, live: true, in: graph) else { continue }
                    if let p = reach.predicate, try !evaluator.isTrue(p, r) { continue }
                    out.append(r)
                }
                try context.checkLimits(out.count)
            }
        }
        if let p = reach.countedBy {
            // One group (no grouping keys) whose aggregates are all `count(DISTINCT end)`.
            let counts = [Value](repeating: .int(Int64(count)), count: p.aggregates.count)
            return [try groupRow(p, keyValues: [], base: [:], results: counts)]
        }
        return out
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
    func closedTrail(
        _ origin: NodeID, _ reach: DistinctReach, _ neighbours: (NodeID, (RelationshipID, NodeID) -> Void) -> Void
    ) -> Bool {
        let limit = reach.maxHops ?? Int.max
        if limit < 1 { return false }
        // Per reached node: distance, the relationship it was reached by, and its branch.
        var info: [NodeID: (depth: Int, via: RelationshipID, branch: RelationshipID)] = [:]
        var frontier = [origin]
        var depth = 0
        var found = false
        let undirected = reach.direction == .undirected
        while !frontier.isEmpty && !found && depth < limit {
            var next: [NodeID] = []
            for u in frontier {
                let du = depth
                let branchU = info[u]?.branch
                neighbours(u) { r, w in
                    if found { return }
                    if w == origin {
                        // Back at the origin: a directed cycle of du + 1 hops; undirected,
                        // only by another relationship than u's tree relationship.
                        if !undirected || (u == origin || info[u]?.via != r), du + 1 <= limit { found = true }
                        return
                    }
                    if let seen = info[w] {
                        // Undirected: a non-tree relationship joining two branches.
                        if undirected, u != origin, seen.via != r, info[u]?.via != r, seen.branch != branchU,
                            du + seen.depth + 1 <= limit
                        {
                            found = true
                        }
                        if undirected, u == origin, seen.via != r, seen.depth + 1 <= limit { found = true }
                        return
                    }
                    info[w] = (du + 1, r, branchU ?? r)
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
