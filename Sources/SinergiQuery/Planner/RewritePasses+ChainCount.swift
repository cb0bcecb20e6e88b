// Rewrite pass 4, the factorised chain count: a MATCH that is one linear chain of
// single-hop relationships, whose rows feed only `count(*)` / `count(x)` grouped by
// expressions of one end node of the chain, is answered by dynamic programming
// along the chain (how many walks reach each node, level by level: O(nodes + edges
// of the chain)) instead of enumerating every path; see `ChainCount`.
//
// When it applies (checked here, conservatively; anything else keeps the ordinary
// MATCH + HashAggregation plan):
// - a non-optional MATCH without WHERE, as the first clause (nothing bound before,
//   so its input is the single starting row), one part, no path variable;
// - at least one relationship, every one single-hop (no `*`) without a property map;
// - node and relationship variables pairwise distinct (no cycle closed by a repeated
//   name), node property maps constant (no variables);
// - the next clause aggregates, every aggregate is a non-DISTINCT `count(*)` or
//   `count(v)` of a pattern variable (never null in a match, so equal to `count(*)`),
//   and every projected expression reads only the end node's variable (and the
//   aggregates), without subqueries, pattern predicates or `rand()`.
//
// Relationship uniqueness (isomorphism): the count is of walks; a walk that reuses a
// relationship at steps i < j has the same end-node pair at both steps, so some node
// sits at two positions of the walk. The operator therefore checks at run time that
// the sets of nodes reached at each position are pairwise disjoint (then no walk
// repeats a node, so walks and relationship-unique paths coincide); when they are
// not, or the relationship type sets of the steps are not pairwise disjoint and a
// node is shared, it falls back to enumeration. Steps with non-empty, pairwise
// disjoint type sets can never reuse a relationship, so the check is skipped then;
// so it is when every two positions have labels no node carries together (checked
// on the label bitsets when the operator runs).

import SinergiGraph

extension RewritePasses {
    /// Pass 4: a MATCH + count aggregation answered by `ChainCount`; nil when the shape
    /// does not qualify (see the file comment).
    /// - Complexity: O(size of the pattern and the projection).
    static func chainCount(
        _ pattern: CompiledPattern, _ predicate: Expression?, optional: Bool, next: BoundClause, bound: Set<String>
    ) -> ChainCount? {
        guard !optional, predicate == nil, bound.isEmpty, pattern.bound.isEmpty, pattern.parts.count == 1,
            let part = pattern.parts.first, part.pathName == nil, !part.rels.isEmpty,
            let first = part.nodes.first, let last = part.nodes.last
        else { return nil }
        guard part.rels.allSatisfy({ !$0.variableLength && $0.properties == nil && $0.minHops == 1 && $0.maxHops == 1 })
        else { return nil }
        let names = part.nodes.map(\.name) + part.rels.map(\.name)
        guard Set(names).count == names.count else { return nil }
        for n in part.nodes {
            if let p = n.properties, !PatternMatcher.isConstant(p) { return nil }
            if n.key != nil { return nil }
        }
        guard case .projection(let p) = next, p.isAggregating else { return nil }
        let patternNames = Set(names)
        for a in p.aggregates {
            guard a.name == "count", !a.distinct else { return nil }
            if a.star { continue }
            guard a.arguments.count == 1, case .variable(let v) = a.arguments[0].kind, patternNames.contains(v) else {
                return nil
            }
        }
        let aggregateVariables = Set(p.aggregates.map(\.variable))
        var read = Set<String>()
        var pure = true
        for item in p.items {
            item.expression.forEachSubexpression { x in
                switch x.kind {
                case .variable(let v): if !aggregateVariables.contains(v) { read.insert(v) }
                case .patternPredicate, .patternComprehension, .existsSubquery, .countStar: pure = false
                case .function(let f) where f.name.lowercasedName == "rand": pure = false
                default: break
                }
                return pure
            }
        }
        guard pure, read.count <= 1 else { return nil }
        // Count towards the end the projection reads (the last node when it reads none).
        var chain = part
        if let v = read.first {
            if v == first.name && v != last.name {
                chain = reversed(part)
            } else if v != last.name {
                return nil
            }
        }
        var disjoint = true
        var seenTypes = Set<String>()
        for r in part.rels {
            if r.types.isEmpty { disjoint = false }
            for t in r.types where !seenTypes.insert(t).inserted { disjoint = false }
        }
        return ChainCount(part: chain, typesDisjoint: disjoint)
    }

    /// The same chain read from its last node to its first.
    static func reversed(_ part: CompiledPart) -> CompiledPart {
        var rels: [CompiledRelationship] = []
        for var r in part.rels.reversed() {
            if r.direction == .outgoing {
                r.direction = .incoming
            } else if r.direction == .incoming {
                r.direction = .outgoing
            }
            rels.append(r)
        }
        return CompiledPart(pathName: nil, nodes: part.nodes.reversed(), rels: rels)
    }
}
