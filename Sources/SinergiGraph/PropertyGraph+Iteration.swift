// Non-allocating adjacency iteration: walks a node's outgoing or incoming
// relationship list in place (creation order), handing each relationship with its
// type id and the node at its other end to a closure, so hot loops in the query
// engine need not build an array per node as `outgoing(of:)`/`incoming(of:)` do.

extension PropertyGraph {
    /// Calls `body(relationship, type, end node)` for each relationship starting at `id`,
    /// in creation order, until `body` returns false; nothing for a deleted node.
    /// - Returns: false when `body` stopped the iteration.
    /// - Complexity: O(d), d the node's out-degree; no allocation.
    @discardableResult
    public func forEachOutgoing<E: Error>(
        of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool
    ) throws(E) -> Bool {
        guard contains(id) else { return true }
        var r = store.firstOut[id.index]
        while r != Self.none {
            let i = Int(r)
            if !(try body(RelationshipID(r), TypeID(store.relationshipType[i]), NodeID(store.relationshipEnd[i]))) {
                return false
            }
            r = store.nextOut[i]
        }
        return true
    }

    /// Calls `body(relationship, type, start node)` for each relationship ending at `id`,
    /// in creation order, until `body` returns false; nothing for a deleted node.
    /// - Returns: false when `body` stopped the iteration.
    /// - Complexity: O(d), d the node's in-degree; no allocation.
    @discardableResult
    public func forEachIncoming<E: Error>(
        of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool
    ) throws(E) -> Bool {
        guard contains(id) else { return true }
        var r = store.firstIn[id.index]
        while r != Self.none {
            let i = Int(r)
            if !(try body(RelationshipID(r), TypeID(store.relationshipType[i]), NodeID(store.relationshipStart[i]))) {
                return false
            }
            r = store.nextIn[i]
        }
        return true
    }

    /// True when the node carries the label with id `label` (resolve it once with
    /// `labelID(named:)`).
    /// - Complexity: O(1).
    public func hasLabel(_ id: NodeID, labelID label: LabelID) -> Bool { hasLabelID(id, Int(label.rawValue)) }
}
