// The distinct-reach operator: for each match of the prefix pattern (ending at the
// start node), a breadth-first search up to
// the maximum number of hops, emitting one row per distinct end node reached at a
// distance within [min, max]; replaces path enumeration when only distinct end
// nodes matter (see RewritePasses). The start node itself counts at distance 0
// only when min is 0, and otherwise only when a closed trail through it exists.

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
        var generation: UInt32 = 0
        var out: [Row] = []
        // Admitted types as a dense table (no hashing per relationship); adjacency walked in
        // place (no array per node).
        var admitted = [Bool](repeating: reach.types.isEmpty, count: graph.typeNames.count + 1)
        for name in reach.types { if let t = graph.typeID(named: name) { admitted[t.index] = true } }
        var avoid: [RelationshipID] = []
        func neighbours(_ v: NodeID, _ body: (RelationshipID, NodeID) -> Void) {
            if reach.direction != .incoming {
                graph.forEachOutgoing(of: v) { (r, t, w) -> Bool in
                    if admitted[t.index] && (avoid.isEmpty || !avoid.contains(r)) { body(r, w) }
                    return true
                }
            }
            if reach.direction != .outgoing {
                graph.forEachIncoming(of: v) { (r, t, w) -> Bool in
                    // An undirected self-loop was already seen as outgoing.
                    if admitted[t.index] && (avoid.isEmpty || !avoid.contains(r))
                        && !(reach.direction == .undirected && w == v)
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
                avoid = reach.prefixRelationships.compactMap { name in
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
                        neighbours(v) { _, w in
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
                if reach.minHops == 0 || closedTrail(origin, reach, neighbours) {
                    reached.insert(origin, at: 0)
                }
                for w in reached {
                    guard let r = try matcher.bindNode(reach.end, w, s, live: true, in: graph) else { continue }
                    if let p = reach.predicate, try !evaluator.isTrue(p, r) { continue }
                    out.append(r)
                }
                try context.checkLimits(out.count)
            }
        }
        return out
    }

    /// True when a trail of 1 … max hops leads from `origin` back to itself without reusing a relationship.
    func closedTrail(
        _ origin: NodeID, _ reach: DistinctReach, _ neighbours: (NodeID, (RelationshipID, NodeID) -> Void) -> Void
    ) -> Bool {
        let limit = reach.maxHops ?? Int.max
        var used = Set<RelationshipID>()
        var budget = 100_000
        func dfs(_ v: NodeID, _ depth: Int) -> Bool {
            if depth >= limit || budget <= 0 { return false }
            var steps: [(RelationshipID, NodeID)] = []
            neighbours(v) { r, w in steps.append((r, w)) }
            for (r, w) in steps where !used.contains(r) {
                budget -= 1
                if w == origin { return true }
                used.insert(r)
                let found = dfs(w, depth + 1)
                used.remove(r)
                if found { return true }
            }
            return false
        }
        return dfs(origin, 0)
    }
}
