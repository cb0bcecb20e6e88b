// Pattern compilation: a MATCH pattern (with its WHERE) becomes scans and
// expansions. Property maps and WHERE become conjuncts; the planner then grows the
// pattern greedily from what is bound — expanding along a relationship with a
// bound end (both ends bound: expand into), otherwise scanning the cheapest
// unbound node (registry key, declared index, hashed look-up of a bound value,
// smallest label, all nodes) — and checks each conjunct in the first step after
// which all its slots are bound. Relationships are unique within the pattern
// (relationship isomorphism); named parts get their path projected at the end.

import SinergiGraph

/// Plans one pattern; see the file comment.
struct PatternPlanner {
    let statistics: PlannerStatistics
    /// Slots bound before the pattern.
    var bound: Set<Int>
    /// True when a look-up table may be built for repeated unindexed equalities: only where
    /// the graph cannot change between look-ups (not in MERGE, which creates as it goes,
    /// nor in a subquery, which a writing clause may evaluate between its writes).
    let hashing: Bool

    init(statistics: PlannerStatistics, bound: Set<Int>, hashing: Bool) {
        self.statistics = statistics
        self.bound = bound
        self.hashing = hashing
    }

    /// One relationship of the pattern.
    struct Edge {
        var pattern: BoundRelationshipPattern
        /// Node slots, left and right as written.
        var left: Int
        var right: Int
    }

    /// The plan matching `pattern` (and `predicate`) for each row of `input`.
    /// - Complexity: O((nodes + relationships + conjuncts)²) in the pattern's size.
    mutating func plan(_ pattern: BoundPattern, predicate: BoundExpression?, from input: LogicalPlan) -> LogicalPlan {
        var conjuncts = predicate?.conjuncts ?? []
        var labels: [Int: [String]] = [:]
        var order: [Int] = []  // node slots in first-seen order
        var edges: [Edge] = []
        var relationshipConjuncts: [Int: [BoundExpression]] = [:]
        for part in pattern.parts {
            for n in part.nodes {
                if labels[n.slot] == nil { order.append(n.slot) }
                for l in n.labels where !(labels[n.slot] ?? []).contains(l) { labels[n.slot, default: []].append(l) }
                if labels[n.slot] == nil { labels[n.slot] = [] }
                conjuncts += PatternPlanner.mapConjuncts(n.properties, .slot(n.slot))
            }
            for (i, r) in part.relationships.enumerated() {
                edges.append(Edge(pattern: r, left: part.nodes[i].slot, right: part.nodes[i + 1].slot))
                if r.length == nil {
                    relationshipConjuncts[r.slot] = PatternPlanner.mapConjuncts(r.properties, .slot(r.slot))
                }
            }
        }
        var plan = input
        // Nodes bound before the pattern: check they are nodes with the pattern's labels.
        for slot in order where bound.contains(slot) {
            plan = .filter(PatternPlanner.nodeCheck(slot, labels[slot] ?? []), plan)
        }
        var done = [Bool](repeating: false, count: edges.count)
        var plannedSingles: [(slot: Int, types: [String])] = []
        var plannedLists: [(slot: Int, types: [String])] = []
        // Conjuncts whose slots are all bound now.
        func take() -> BoundExpression? {
            var ready: [BoundExpression] = []
            conjuncts.removeAll { c in
                if c.slotsRead.isSubset(of: bound) {
                    ready.append(c)
                    return true
                }
                return false
            }
            return BoundExpression.and(ready)
        }
        if let p = take() { plan = .filter(p, plan) }
        while true {
            if let i = nextEdge(edges, done) {
                done[i] = true
                let e = edges[i]
                let overlapping = { (types: [String]) in
                    types.isEmpty || e.pattern.types.isEmpty || !Set(types).isDisjoint(with: e.pattern.types)
                }
                let singles = plannedSingles.filter { overlapping($0.types) }.map(\.slot)
                let lists = plannedLists.filter { overlapping($0.types) }.map(\.slot)
                let relationshipBound = bound.contains(e.pattern.slot)
                if !bound.contains(e.left) && !bound.contains(e.right) {
                    // Only the relationship is bound (by an earlier clause): its two ends.
                    bound.insert(e.left)
                    bound.insert(e.right)
                    let step = BoundRelationshipStep(
                        relationship: e.pattern.slot, from: e.left, to: e.right, direction: e.pattern.direction,
                        types: e.pattern.types, fromLabels: labels[e.left] ?? [], toLabels: labels[e.right] ?? [],
                        relationshipPredicate: BoundExpression.and(relationshipConjuncts[e.pattern.slot] ?? []),
                        predicate: take())
                    plan = .boundRelationship(step, plan)
                    plannedSingles.append((e.pattern.slot, e.pattern.types))
                    continue
                }
                let fromLeft = bound.contains(e.left)
                let from = fromLeft ? e.left : e.right
                let to = fromLeft ? e.right : e.left
                let direction = fromLeft ? e.pattern.direction : PatternPlanner.flipped(e.pattern.direction)
                let into = bound.contains(to)
                let targetLabels = into ? [] : (labels[to] ?? [])
                bound.insert(e.pattern.slot)
                bound.insert(to)
                if let length = e.pattern.length {
                    let step = VarExpansion(
                        from: from, relationships: e.pattern.slot, to: to, types: e.pattern.types, direction: direction,
                        minHops: length.min, maxHops: length.max, reversed: !fromLeft, into: into,
                        listBound: relationshipBound, distinctFrom: singles, distinctFromLists: lists,
                        labels: targetLabels, relationshipProperties: e.pattern.properties, predicate: take())
                    plan = .varExpand(step, plan)
                    plannedLists.append((e.pattern.slot, e.pattern.types))
                } else {
                    let step = Expansion(
                        from: from, relationship: e.pattern.slot, to: to, types: e.pattern.types, direction: direction,
                        into: into, relationshipBound: relationshipBound, distinctFrom: singles,
                        distinctFromLists: lists, labels: targetLabels,
                        relationshipPredicate: BoundExpression.and(relationshipConjuncts[e.pattern.slot] ?? []),
                        predicate: take())
                    plan = .expand(step, plan)
                    plannedSingles.append((e.pattern.slot, e.pattern.types))
                }
                continue
            }
            // Start a new component at its cheapest node.
            guard let start = cheapestNode(order.filter { !bound.contains($0) }, labels, conjuncts) else { break }
            let (source, used) = nodeSource(start.slot, labels[start.slot] ?? [], conjuncts)
            if let used { conjuncts.remove(at: used) }
            var scanLabels = labels[start.slot] ?? []
            switch source {
            case .label(let l), .index(let l, _, _), .hashedProperty(let l?, _, _): scanLabels.removeAll { $0 == l }
            default: break
            }
            bound.insert(start.slot)
            plan = .scan(NodeScan(slot: start.slot, source: source, labels: scanLabels, predicate: take()), plan)
        }
        // Relationships bound before whose ends were bound before too: check them.
        if let p = take() { plan = .filter(p, plan) }
        var paths: [SlotAssignment] = []
        for part in pattern.parts {
            guard let p = part.path else { continue }
            var steps: [PathStep] = [.node(part.nodes[0].slot)]
            for (i, r) in part.relationships.enumerated() {
                steps.append(r.length == nil ? .relationship(r.slot) : .relationships(r.slot))
                steps.append(.node(part.nodes[i + 1].slot))
            }
            paths.append(SlotAssignment(slot: p, expression: .path(steps)))
            bound.insert(p)
        }
        if !paths.isEmpty { plan = .project(paths, plan) }
        if let p = take() { plan = .filter(p, plan) }
        if !conjuncts.isEmpty, let p = BoundExpression.and(conjuncts) { plan = .filter(p, plan) }
        return plan
    }

    /// The next relationship to expand: one with a bound end (both ends bound first, then
    /// single relationships before variable-length ones), or a bound relationship.
    func nextEdge(_ edges: [Edge], _ done: [Bool]) -> Int? {
        var best: Int?
        var bestScore = Int.min
        for (i, e) in edges.enumerated() where !done[i] {
            let l = bound.contains(e.left)
            let r = bound.contains(e.right)
            let relationshipBound = bound.contains(e.pattern.slot) && e.pattern.length == nil
            guard l || r || relationshipBound else { continue }
            var score = 0
            if l && r { score += 100 }
            if relationshipBound { score += 50 }
            if e.pattern.length == nil { score += 10 }
            if score > bestScore {
                best = i
                bestScore = score
            }
        }
        return best
    }

    /// The unbound node to start from: the fewest candidates by its best source.
    func cheapestNode(_ candidates: [Int], _ labels: [Int: [String]], _ conjuncts: [BoundExpression])
        -> (slot: Int, cost: Int)?
    {
        var best: (Int, Int)?
        for slot in candidates {
            let (source, _) = nodeSource(slot, labels[slot] ?? [], conjuncts)
            let cost: Int
            switch source {
            case .key: cost = 1
            case .index: cost = 2
            case .hashedProperty(let l, _, _):
                cost = 3 + (l.map { statistics.count($0) } ?? statistics.nodeCount) / 1000
            case .label(let l): cost = 10 + statistics.count(l)
            case .all: cost = 10 + statistics.nodeCount
            }
            if best == nil || cost < (best?.1 ?? 0) { best = (slot, cost) }
        }
        return best.map { (slot: $0.0, cost: $0.1) }
    }

    /// How to find the candidates of node `slot`, and the conjunct the source answers (removed
    /// from the checks only for a key seek, whose equality is exact).
    func nodeSource(_ slot: Int, _ labels: [String], _ conjuncts: [BoundExpression]) -> (NodeSource, Int?) {
        // WHERE elementId(n) = value.
        for (i, c) in conjuncts.enumerated() {
            if let value = PatternPlanner.keyEquality(c, slot, bound) { return (.key(value), i) }
        }
        // An equality on a declared index.
        for c in conjuncts {
            guard let (key, value) = PatternPlanner.propertyEquality(c, slot, bound) else { continue }
            for l in labels where statistics.hasIndex(l, key) {
                return (.index(label: l, property: key, value: value), nil)
            }
        }
        let smallest = labels.min { statistics.count($0) < statistics.count($1) }
        // An equality with a value of the row (not a constant): a hashed look-up.
        for c in conjuncts where hashing {
            guard let (key, value) = PatternPlanner.propertyEquality(c, slot, bound), !value.isConstant else {
                continue
            }
            return (.hashedProperty(label: smallest, property: key, value: value), nil)
        }
        if let smallest { return (.label(smallest), nil) }
        return (.all, nil)
    }

    // MARK: Conjuncts

    /// `{k: v, …}` as conjuncts `target.k = v`.
    static func mapConjuncts(_ map: BoundExpression?, _ target: BoundExpression) -> [BoundExpression] {
        guard let map else { return [] }
        if case .map(let entries) = map {
            return entries.map { .binary(.equal, .property(target, $0.key), $0.value) }
        }
        if case .constant(.map(let m)) = map {
            return m.keys.sorted().map { .binary(.equal, .property(target, $0), .constant(m[$0] ?? .null)) }
        }
        return [.call(.graph(.propertyMapMatches), [target, map])]
    }

    /// The check that the value in `slot` is a node with `labels` (null: no match; not a node: an error).
    static func nodeCheck(_ slot: Int, _ labels: [String]) -> BoundExpression {
        let isNode = BoundExpression.call(.graph(.requireNode), [.slot(slot)])
        return labels.isEmpty ? isNode : .binary(.and, isNode, .hasLabels(.slot(slot), labels))
    }

    /// `value` when `c` is `elementId(n) = value` (value over bound slots).
    static func keyEquality(_ c: BoundExpression, _ slot: Int, _ bound: Set<Int>) -> BoundExpression? {
        guard case .binary(.equal, let l, let r) = c else { return nil }
        for (call, value) in [(l, r), (r, l)] {
            guard case .call(.graph(.elementId), let args) = call, args == [.slot(slot)],
                PatternPlanner.usable(value, bound)
            else { continue }
            return value
        }
        return nil
    }

    /// `(key, value)` when `c` is `n.key = value` (value over bound slots).
    static func propertyEquality(_ c: BoundExpression, _ slot: Int, _ bound: Set<Int>) -> (String, BoundExpression)? {
        guard case .binary(.equal, let l, let r) = c else { return nil }
        for (property, value) in [(l, r), (r, l)] {
            guard case .property(.slot(slot), let key) = property, usable(value, bound) else { continue }
            return (key, value)
        }
        return nil
    }

    /// True when `value` can be computed before the node is bound: only bound slots, no subqueries.
    static func usable(_ value: BoundExpression, _ bound: Set<Int>) -> Bool {
        var ok = true
        value.forEach { x in
            switch x {
            case .subquery, .comprehension, .quantifier, .reduce: ok = false
            case .call(.scalar(let f), _) where !f.function.isDeterministic: ok = false
            default: break
            }
            return ok
        }
        return ok && value.slotsRead.isSubset(of: bound)
    }

    static func flipped(_ d: RelationshipDirection) -> RelationshipDirection {
        switch d {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .undirected: return .undirected
        }
    }
}
