// The planner's rewrite passes, in the order they run. Each is independent and
// keeps the query's meaning:
// 1. `pushEqualities`: a WHERE conjunct `n.key = e` (n introduced by the MATCH, e
//    using only earlier variables) moves into n's property map, where the matcher
//    can answer it with an index seek on `(label, key)`.
// 2. `keyLookups` (applied to each compiled MATCH pattern): a WHERE conjunct
//    `elementId(n) = e` lets the matcher start at n by an O(1) registry-key lookup.
// 3. `distinctReach` (applied while planning a MATCH): a pattern whose last step
//    is variable-length with an anonymous relationship, whose rows feed only a
//    DISTINCT projection or DISTINCT (or min/max) aggregates, is evaluated as the
//    prefix match followed by a breadth-first search over distinct end nodes
//    (avoiding the prefix's relationships) instead of enumerating paths. When the
//    projection only counts the distinct end nodes (no grouping keys, every
//    aggregate `count(DISTINCT end)`), the search counts them itself.

import SinergiGraph

/// The rewrite passes; see the file comment.
enum RewritePasses {
    /// Runs the clause-level passes in order.
    static func run(_ clauses: [BoundClause]) -> [BoundClause] {
        clauses.map(pushEqualities)
    }

    /// Pass 1: WHERE property equalities into the pattern.
    static func pushEqualities(_ clause: BoundClause) -> BoundClause {
        guard case .match(var m) = clause, let predicate = m.predicate else { return clause }
        var conjuncts = splitAnd(predicate)
        var nodeNames = Set<String>()
        for part in m.pattern.parts {
            for n in part.element.nodes { if let v = n.variable, !m.bound.contains(v) { nodeNames.insert(v) } }
        }
        var moved = false
        var remaining: [Expression] = []
        for c in conjuncts {
            if case .binary(.equal, let l, let r) = c.kind {
                if let (v, key, value) = equality(l, r, nodeNames, m.bound) ?? equality(r, l, nodeNames, m.bound),
                    addProperty(&m.pattern, variable: v, key: key, value: value)
                {
                    moved = true
                    continue
                }
            }
            remaining.append(c)
        }
        guard moved else { return clause }
        conjuncts = remaining
        m.predicate =
            conjuncts.isEmpty
            ? nil
            : conjuncts.dropFirst().reduce(conjuncts[0]) { acc, e in
                Expression(.binary(.and, acc, e), span: acc.span)
            }
        return .match(m)
    }

    static func splitAnd(_ e: Expression) -> [Expression] {
        if case .binary(.and, let l, let r) = e.kind { return splitAnd(l) + splitAnd(r) }
        return [e]
    }

    static func equality(_ l: Expression, _ r: Expression, _ nodes: Set<String>, _ bound: Set<String>)
        -> (String, String, Expression)?
    {
        guard case .property(let base, let key) = l.kind, case .variable(let v) = base.kind, nodes.contains(v) else {
            return nil
        }
        var ok = true
        r.forEachSubexpression { x in
            switch x.kind {
            case .variable(let name): if !bound.contains(name) { ok = false }
            case .patternPredicate, .patternComprehension, .existsSubquery, .listComprehension, .quantifier, .reduce,
                .function, .mapProjection, .countStar:
                ok = false
            default: break
            }
            return ok
        }
        return ok ? (v, key, r) : nil
    }

    /// Adds `key: value` to the first node pattern declaring `variable` with a map (or no) constraint.
    static func addProperty(_ pattern: inout Pattern, variable: String, key: String, value: Expression) -> Bool {
        for p in pattern.parts.indices {
            var element = pattern.parts[p].element
            var changed = false
            func add(_ n: inout NodePattern) {
                guard !changed, n.variable == variable else { return }
                switch n.properties?.kind {
                case nil:
                    n.properties = Expression(
                        .map([MapEntry(key: key, value: value, span: value.span)]), span: value.span)
                    changed = true
                case .map(var entries)?:
                    guard !entries.contains(where: { $0.key == key }) else { return }
                    entries.append(MapEntry(key: key, value: value, span: value.span))
                    n.properties = Expression(.map(entries), span: n.properties?.span ?? value.span)
                    changed = true
                default: return
                }
            }
            add(&element.start)
            for i in element.chain.indices { add(&element.chain[i].node) }
            if changed {
                pattern.parts[p].element = element
                return true
            }
        }
        return false
    }

    /// Pass 2: registry-key lookups from `WHERE elementId(n) = e`.
    static func keyLookups(_ pattern: inout CompiledPattern, _ predicate: Expression?, bound: Set<String>) {
        guard let predicate else { return }
        for c in splitAnd(predicate) {
            guard case .binary(.equal, let l, let r) = c.kind else { continue }
            for (call, value) in [(l, r), (r, l)] {
                guard case .function(let f) = call.kind, f.name.lowercasedName == "elementid", f.arguments.count == 1,
                    case .variable(let v) = f.arguments[0].kind, !bound.contains(v),
                    equality(Expression(.property(f.arguments[0], "k"), span: .empty), value, [v], bound) != nil
                else { continue }
                for p in pattern.parts.indices {
                    for n in pattern.parts[p].nodes.indices where pattern.parts[p].nodes[n].name == v {
                        pattern.parts[p].nodes[n].key = value
                    }
                }
            }
        }
    }

    /// Pass 3: a MATCH that can be answered by a breadth-first distinct reach, given the clause after it.
    static func distinctReach(
        _ pattern: CompiledPattern, _ predicate: Expression?, next: BoundClause, bound: Set<String>
    )
        -> DistinctReach?
    {
        guard pattern.parts.count == 1, var part = pattern.parts.first, part.pathName == nil,
            var rel = part.rels.last, rel.variableLength, rel.name.hasPrefix(" "), rel.properties == nil,
            rel.minHops <= 1
        else { return nil }
        // A one-step pattern whose far end is bound is searched from the bound end.
        if part.rels.count == 1, bound.contains(part.nodes[1].name), !bound.contains(part.nodes[0].name) {
            part.nodes.reverse()
            if rel.direction == .outgoing {
                rel.direction = .incoming
            } else if rel.direction == .incoming {
                rel.direction = .outgoing
            }
            part.rels = [rel]
        }
        if part.rels.dropLast().contains(where: { $0.variableLength }) { return nil }
        guard case .projection(let p) = next else { return nil }
        if p.isAggregating {
            guard p.aggregates.allSatisfy({ $0.distinct || ($0.name == "min" || $0.name == "max") }) else { return nil }
        } else if !p.distinct {
            return nil
        }
        if let predicate {
            var usesRel = false
            predicate.forEachSubexpression { x in
                if case .variable(let v) = x.kind, v == rel.name { usesRel = true }
                return !usesRel
            }
            if usesRel { return nil }
        }
        let prefixPart = CompiledPart(
            pathName: nil, nodes: Array(part.nodes.dropLast()), rels: Array(part.rels.dropLast()))
        let prefix = CompiledPattern(parts: [prefixPart], introduced: [])
        guard let start = prefixPart.nodes.last, let end = part.nodes.last else { return nil }
        let countsEnds =
            predicate == nil && !end.hidden && p.isAggregating && p.groupingKeys.isEmpty
            && p.aggregates.allSatisfy { a in
                guard a.name == "count", a.distinct, !a.star, a.arguments.count == 1,
                    case .variable(let v) = a.arguments[0].kind
                else { return false }
                return v == end.name
            }
        return DistinctReach(
            prefix: prefix, prefixRelationships: prefixPart.rels.map(\.name), start: start, end: end, types: rel.types,
            direction: rel.direction, minHops: rel.minHops, maxHops: rel.maxHops, predicate: predicate,
            countedBy: countsEnds ? p : nil)
    }
}
