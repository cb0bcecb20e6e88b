// The existence test of one relationship between two bound nodes, as in
// `EXISTS { MATCH (l)-[:PARTNERS_WITH]-(b) }` or `NOT (l)-[:PARTNERS_WITH]-(b)`
// with `l` and `b` bound: instead of running the pattern matcher (anchor, row
// bindings, expansion), the adjacency list of whichever end has the smaller
// degree is scanned for a relationship of an admitted type to the other end —
// an *expand-into* semi-join. Any other shape, or a row where an end is not a
// bound live node, goes to the matcher.

import SinergiGraph

/// A probe pattern of the shape `(a:L…)-[:T|U…]-(b:M…)` with both ends named and
/// no property maps, the relationship anonymous and single-hop.
struct ExpandIntoProbe {
    var from: CompiledNode
    var to: CompiledNode
    var types: [String]
    var direction: RelationshipDirection

    /// The probe for `pattern`, or nil when it has another shape.
    /// - Complexity: O(1).
    static func shape(of pattern: CompiledPattern) -> ExpandIntoProbe? {
        guard pattern.parts.count == 1, let part = pattern.parts.first, part.pathName == nil, part.rels.count == 1,
            let rel = part.rels.first, rel.hidden, !rel.variableLength, rel.properties == nil,
            part.nodes.allSatisfy({ !$0.hidden && $0.properties == nil && $0.key == nil })
        else { return nil }
        return ExpandIntoProbe(from: part.nodes[0], to: part.nodes[1], types: rel.types, direction: rel.direction)
    }

    /// Whether `row`'s two nodes are joined as the pattern says; nil when an end is not
    /// bound to a live node in `row` (the matcher decides then).
    /// - Complexity: O(min(d(a), d(b))) relationship checks; no allocation for up to a
    ///   few types.
    func exists(in row: Row, graph: PropertyGraph) -> Bool? {
        guard case .node(let a)? = row[from.name], case .node(let b)? = row[to.name], graph.contains(a),
            graph.contains(b)
        else { return nil }
        for l in from.labels where !graph.hasLabel(a, l) { return false }
        for l in to.labels where !graph.hasLabel(b, l) { return false }
        var admitted: [TypeID] = []
        for name in types {
            if let t = graph.typeID(named: name) { admitted.append(t) }
        }
        if !types.isEmpty && admitted.isEmpty { return false }
        func fits(_ t: TypeID) -> Bool { types.isEmpty || admitted.contains(t) }
        // a→b is an outgoing relationship of a and an incoming one of b; scan the smaller list.
        func joined(_ start: NodeID, _ end: NodeID) -> Bool {
            if graph.degree(of: start) <= graph.degree(of: end) {
                return !graph.forEachOutgoing(of: start) { _, t, e in !(e == end && fits(t)) }
            }
            return !graph.forEachIncoming(of: end) { _, t, s in !(s == start && fits(t)) }
        }
        switch direction {
        case .outgoing: return joined(a, b)
        case .incoming: return joined(b, a)
        case .undirected: return joined(a, b) || joined(b, a)
        }
    }
}
