// The single-hop expansion of the pattern matcher, without allocating: the node's
// relationship lists are walked in place, the relationship type is tested (against
// ids resolved once per step) before the other end is looked at, and when the
// target node is already bound (an *expand-into*, as in `EXISTS { (l)-[:T]-(b) }`
// with both ends bound) the lists of whichever end has the smaller degree are
// scanned. Both ends' lists are in creation order, so the relationships are found
// in the same order either way (outgoing of `from` = incoming of the target first).

import SinergiGraph

extension PatternMatcher {
    /// Calls `body(next node, [relationship], row)` for each relationship of pattern `rel`
    /// from `from` in `direction` whose other end fits `target`, until `body` returns false.
    /// - Complexity: O(min(d(from), d(target))) relationship checks when the target is
    ///   bound, else O(d(from)); no allocation per relationship checked.
    func expandSingle(
        _ rel: CompiledRelationship, _ target: CompiledNode, from: NodeID, direction: RelationshipDirection,
        boundRel: RelationshipID?, _ row: Row,
        _ body: (NodeID, [RelationshipID], Row) throws(QueryError) -> Bool
    ) throws(QueryError) -> Bool {
        let holder = box  // borrowed from the immutable holder: no copy
        return try expandSingle(
            rel, target, from: from, direction: direction, boundRel: boundRel, row, body, in: holder.graph)
    }

    /// `expandSingle` reading `graph`, a borrowed argument (fetched once per step; calls on
    /// it copy nothing).
    /// - Complexity: as `expandSingle`.
    func expandSingle(
        _ rel: CompiledRelationship, _ target: CompiledNode, from: NodeID, direction: RelationshipDirection,
        boundRel: RelationshipID?, _ row: Row,
        _ body: (NodeID, [RelationshipID], Row) throws(QueryError) -> Bool, in graph: PropertyGraph
    ) throws(QueryError) -> Bool {
        let admitted = admittedTypes(rel)
        let labelIDs = target.labels.map { graph.labelID(named: $0) }
        // Constants only are captured by `attempt` (a captured `var` costs a dynamic
        // exclusivity check per relationship).
        let boundTarget: NodeID? = if case .node(let t)? = row[target.name] { t } else { nil }
        // Every relationship is tried in the walk order of `from`; the callback returns
        // false to stop.
        func attempt(_ r: RelationshipID, _ type: TypeID, _ next: NodeID) throws(QueryError) -> Bool {
            if let boundRel, r != boundRel { return true }
            if let admitted, !admitted.contains(type) { return true }
            if let boundTarget, next != boundTarget { return true }
            if !used.isEmpty && used.contains(r) { return true }
            if rel.properties != nil, try !relationshipFits(rel, r, row) { return true }
            // Reject on the target's labels (ids resolved once per step) before any row is copied.
            for l in labelIDs {
                guard let l, graph.hasLabel(next, labelID: l) else { return true }
            }
            guard try nodeFits(target, next, row, live: true, in: graph, labelsChecked: true) else { return true }
            // One copy of the row for both bindings (none when both are anonymous and unread).
            var r2 = row
            if !rel.hidden || bindsHidden { r2[rel.name] = .relationship(r) }
            if !target.hidden || bindsHidden { r2[target.name] = .node(next) }
            used.insert(r)
            let go = try body(next, [r], r2)
            used.remove(r)
            return go
        }
        if let boundTarget, boundTarget != from, graph.degree(of: boundTarget) < graph.degree(of: from) {
            // Expand into: scan the bound target's lists, reversed, for relationships to `from`.
            if direction != .incoming {
                let go = try graph.forEachIncoming(of: boundTarget) { (r, t, s) throws(QueryError) -> Bool in
                    s == from ? try attempt(r, t, boundTarget) : true
                }
                if !go { return false }
            }
            if direction != .outgoing {
                let go = try graph.forEachOutgoing(of: boundTarget) { (r, t, e) throws(QueryError) -> Bool in
                    e == from ? try attempt(r, t, boundTarget) : true
                }
                if !go { return false }
            }
            return true
        }
        if direction != .incoming {
            let go = try graph.forEachOutgoing(of: from) { (r, t, e) throws(QueryError) -> Bool in
                try attempt(r, t, e)
            }
            if !go { return false }
        }
        if direction != .outgoing {
            let go = try graph.forEachIncoming(of: from) { (r, t, s) throws(QueryError) -> Bool in
                // A self-loop is listed once when undirected.
                if direction == .undirected && s == from { return true }
                return try attempt(r, t, s)
            }
            if !go { return false }
        }
        return true
    }
}
