// Rewrite pass 3, the factorised chain count: a scan followed by a linear chain of
// single-relationship expansions (each from the node the previous one reached, no
// bound ends, no relationship property maps, each node's checks reading only that
// node), whose rows feed only non-DISTINCT `count(*)` / `count(x)` of pattern
// elements grouped by expressions of one end node, is answered by dynamic
// programming along the chain (how many walks reach each node, level by level:
// O(nodes + relationships of the chain)) instead of enumerating every walk.
//
// Relationship uniqueness: a walk that reuses a relationship at steps i < j puts
// some node at two positions, so the operator checks at run time that the nodes
// reached at each position are pairwise disjoint (skipped when the steps' type sets
// are non-empty and pairwise disjoint, or the positions' labels share no node) and
// otherwise runs `fallback`, the ordinary plan.

import SinergiGraph

extension RewritePasses {
    /// Pass 3; nil when the shape does not occur at `plan`.
    static func chainCount(_ plan: LogicalPlan) -> LogicalPlan? {
        guard case .aggregate(let a, let chain) = plan else { return nil }
        guard var (nodes, steps) = linearChain(chain) else { return nil }
        let patternSlots = Set(nodes.map(\.slot)).union(steps.map(\.slot))
        for agg in a.aggregates {
            guard agg.name == "count", !agg.distinct else { return nil }
            if agg.star { continue }
            guard agg.arguments.count == 1, case .slot(let s) = agg.arguments[0], patternSlots.contains(s) else {
                return nil
            }
        }
        var read = Set<Int>()
        for key in a.keys {
            var pure = true
            key.expression.forEach { x in
                switch x {
                case .subquery: pure = false
                case .call(.scalar(let f), _) where !f.function.isDeterministic: pure = false
                default: break
                }
                return pure
            }
            guard pure else { return nil }
            read.formUnion(key.expression.slotsRead)
        }
        guard read.count <= 1 else { return nil }
        if let v = read.first, let first = nodes.first, let last = nodes.last {
            if v == first.slot && v != last.slot {
                nodes.reverse()
                steps = steps.reversed().map { ($0.slot, $0.types, PatternPlanner.flipped($0.direction)) }
            } else if v != last.slot {
                return nil
            }
        }
        var disjoint = true
        var seen = Set<String>()
        for s in steps {
            if s.types.isEmpty { disjoint = false }
            for t in s.types where !seen.insert(t).inserted { disjoint = false }
        }
        let count = ChainCount(
            nodes: nodes, steps: steps.map { ($0.types, $0.direction) }, keys: a.keys,
            counts: a.aggregates.map(\.slot), typesDisjoint: disjoint, fallback: plan)
        return .chainCount(count, .argument)
    }

    /// The chain of a scan and expansions from the plan's argument that together form a
    /// simple path (the planner may have started anywhere on it), read from one end to the
    /// other: each node's checks (as a scan over its labels) and each step's relationship
    /// slot, types and direction in that reading.
    static func linearChain(_ plan: LogicalPlan)
        -> ([NodeScan], [(slot: Int, types: [String], direction: RelationshipDirection)])?
    {
        var expansions: [Expansion] = []
        var current = plan
        while case .expand(let e, let input) = current {
            expansions.append(e)
            current = input
        }
        guard !expansions.isEmpty, case .scan(let first, .argument) = current else { return nil }
        switch first.source {
        case .all, .label: break
        case .index(_, _, let value) where value.isConstant: break
        default: return nil
        }
        var firstLabels = first.labels
        switch first.source {
        case .label(let l), .index(let l, _, _): firstLabels.insert(l, at: 0)
        default: break
        }
        guard local(first.predicate, first.slot) else { return nil }
        var checks: [Int: NodeScan] = [
            first.slot: NodeScan(
                slot: first.slot, source: first.source, labels: firstLabels, predicate: first.predicate)
        ]
        // Neighbours along the path: node → [(relationship slot, types, direction from the node, other node)].
        var links: [Int: [(Int, [String], RelationshipDirection, Int)]] = [:]
        var relationships = Set<Int>()
        for e in expansions.reversed() {
            guard checks[e.from] != nil, checks[e.to] == nil, !e.into, !e.relationshipBound,
                e.relationshipPredicate == nil, e.distinctFromLists.isEmpty, local(e.predicate, e.to),
                relationships.insert(e.relationship).inserted
            else { return nil }
            checks[e.to] = NodeScan(slot: e.to, source: .all, labels: e.labels, predicate: e.predicate)
            links[e.from, default: []].append((e.relationship, e.types, e.direction, e.to))
            links[e.to, default: []].append((e.relationship, e.types, PatternPlanner.flipped(e.direction), e.from))
        }
        guard links.values.allSatisfy({ $0.count <= 2 }),
            let end = checks.keys.sorted().first(where: { (links[$0]?.count ?? 0) == 1 })
        else { return nil }
        // Walk the path from one end.
        var nodes: [NodeScan] = []
        var steps: [(slot: Int, types: [String], direction: RelationshipDirection)] = []
        var previous = -1
        var at = end
        while let node = checks[at] {
            nodes.append(node)
            guard let step = (links[at] ?? []).first(where: { $0.3 != previous }) else { break }
            steps.append((step.0, step.1, step.2))
            previous = at
            at = step.3
        }
        guard nodes.count == checks.count, steps.count == expansions.count else { return nil }
        // The first node keeps an index seek when it had one; others start from their labels.
        if nodes[0].slot != first.slot { nodes[0].source = .all }
        return (nodes, steps)
    }

    /// True when `predicate` reads no slot but `slot` and no subquery or random value.
    static func local(_ predicate: BoundExpression?, _ slot: Int) -> Bool {
        guard let predicate else { return true }
        var ok = true
        predicate.forEach { x in
            switch x {
            case .subquery: ok = false
            case .call(.scalar(let f), _) where !f.function.isDeterministic: ok = false
            default: break
            }
            return ok
        }
        return ok && predicate.slotsRead.isSubset(of: [slot])
    }
}
