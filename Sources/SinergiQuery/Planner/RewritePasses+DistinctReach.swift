// Rewrite pass 2, distinct reach: a variable-length expansion (at most one
// minimum hop, no property map, its trail list read by nothing after it) whose
// rows feed only a DISTINCT projection or aggregates that are all DISTINCT (or
// min/max) gives the same answer when each start row yields every distinct end
// node once: a breadth-first search replaces the enumeration of trails. When the
// aggregation only counts the distinct ends (`count(DISTINCT end)`, no grouping
// keys, nothing in between), the search counts them itself and the aggregation
// goes. The start's other relationships of the same MATCH are avoided.

import SinergiGraph

extension RewritePasses {
    /// Pass 2; nil when the shape does not occur at `plan`.
    static func distinctReach(_ plan: LogicalPlan) -> LogicalPlan? {
        switch plan {
        case .aggregate(let a, let input):
            guard a.aggregates.allSatisfy({ $0.distinct || $0.name == "min" || $0.name == "max" }) else { return nil }
            let read = a.keys.reduce(into: Set<Int>()) { $0.formUnion($1.expression.slotsRead) }
                .union(a.aggregates.flatMap { $0.arguments.flatMap(\.slotsRead) })
            if case .varExpand(var v, var below) = input, reachable(v), !read.contains(v.relationships),
                a.keys.isEmpty, let counted = onlyDistinctCount(a)
            {
                if counted == v.from, let flipped = flip(v, below) { (v, below) = flipped }
                if counted == v.to { return .distinctReach(reach(v, countInto: a.aggregates.map(\.slot)), below) }
            }
            guard let replaced = replacingExpansion(input, reading: read) else { return nil }
            return .aggregate(a, replaced)
        case .distinct(let slots, let input):
            guard let replaced = replacingExpansion(input, reading: Set(slots)) else { return nil }
            return .distinct(slots, replaced)
        default:
            return nil
        }
    }

    /// `plan` with the variable-length expansion under its filters and projections
    /// replaced by a distinct reach, when nothing on the way (nor `reading`) reads the trail.
    static func replacingExpansion(_ plan: LogicalPlan, reading: Set<Int>) -> LogicalPlan? {
        switch plan {
        case .filter(let p, let input):
            return replacingExpansion(input, reading: reading.union(p.slotsRead)).map { .filter(p, $0) }
        case .project(let assignments, let input):
            let read = assignments.reduce(into: reading) { $0.formUnion($1.expression.slotsRead) }
            return replacingExpansion(input, reading: read).map { .project(assignments, $0) }
        case .varExpand(let v, let input):
            guard reachable(v), !reading.contains(v.relationships) else { return nil }
            return .distinctReach(reach(v, countInto: nil), input)
        default:
            return nil
        }
    }

    /// True when the expansion can be searched breadth-first.
    static func reachable(_ v: VarExpansion) -> Bool {
        v.minHops <= 1 && !v.into && !v.listBound && v.relationshipProperties == nil && v.distinctFromLists.isEmpty
            && !(v.predicate?.slotsRead.contains(v.relationships) ?? false)
    }

    /// The slot every aggregate counts distinctly, when all are `count(DISTINCT x)` of one x.
    static func onlyDistinctCount(_ a: Aggregation) -> Int? {
        var slot: Int?
        for agg in a.aggregates {
            guard agg.name == "count", agg.distinct, !agg.star, agg.arguments.count == 1,
                case .slot(let s) = agg.arguments[0], slot == nil || slot == s
            else { return nil }
            slot = s
        }
        return slot
    }

    /// The expansion run from its other end, when it starts at a scan whose checks and the
    /// expansion's end checks each read only their own node: `scan(a) → a-[*]-b` becomes
    /// `scan(b) → b-[*]-a` (so the distinct ends counted are the a's).
    static func flip(_ v: VarExpansion, _ below: LogicalPlan) -> (VarExpansion, LogicalPlan)? {
        guard case .scan(let s, let rest) = below, s.slot == v.from, local(s.predicate, s.slot),
            local(v.predicate, v.to), v.distinctFrom.isEmpty
        else { return nil }
        var startLabels = s.labels
        switch s.source {
        case .all: break
        case .label(let l): startLabels.insert(l, at: 0)
        default: return nil
        }
        var endLabels = v.labels
        let source: NodeSource
        if let first = endLabels.first {
            source = .label(first)
            endLabels.removeFirst()
        } else {
            source = .all
        }
        var w = v
        w.from = v.to
        w.to = v.from
        w.direction = PatternPlanner.flipped(v.direction)
        w.reversed = !v.reversed
        w.labels = startLabels
        w.predicate = s.predicate
        let scan = NodeScan(slot: v.to, source: source, labels: endLabels, predicate: v.predicate)
        return (w, .scan(scan, rest))
    }

    static func reach(_ v: VarExpansion, countInto: [Int]?) -> DistinctReach {
        DistinctReach(
            start: v.from, end: v.to, types: v.types, direction: v.direction, minHops: v.minHops, maxHops: v.maxHops,
            avoid: v.distinctFrom, labels: v.labels, predicate: v.predicate, countInto: countInto)
    }
}
