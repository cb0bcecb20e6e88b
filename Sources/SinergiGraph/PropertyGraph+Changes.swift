// Change tracking for PropertyGraph: a compact log, turned into a ChangeSet when asked for.

/// What changed since `resetChanges()`, kept compactly.
///
/// Entities created since the reset are exactly the live ids at or above the
/// capacities recorded at the reset, so creation costs nothing to record (loading a
/// registry adds every entity). Only changes to older entities are kept in sets.
struct ChangeLog: Sendable {
    /// Node capacity at the last reset: ids at or above it were created since.
    var nodeBase = 0
    /// Relationship capacity at the last reset.
    var relationshipBase = 0
    /// Older live nodes modified.
    var touchedNodes: Set<NodeID> = []
    /// Older live relationships modified.
    var touchedRelationships: Set<RelationshipID> = []
    var removedNodeKeys: [String] = []
    var removedRelationshipKeys: [String] = []
    /// Index declarations and drops, in order.
    var indexChanges: [IndexChange] = []
}

extension PropertyGraph {
    /// What changed since the last `resetChanges()`; the registry turns it into a journal entry.
    /// - Complexity: O(entities created or touched since the reset).
    public var changes: ChangeSet {
        var set = ChangeSet()
        set.touchedNodes = store.changeLog.touchedNodes
        set.touchedRelationships = store.changeLog.touchedRelationships
        for i in store.changeLog.nodeBase..<max(store.changeLog.nodeBase, nodeCapacity) where store.nodeLive[i] {
            set.createdNodes.insert(NodeID(i))
            set.touchedNodes.insert(NodeID(i))
        }
        for i in store.changeLog.relationshipBase..<max(store.changeLog.relationshipBase, relationshipCapacity)
        where store.relationshipType[i] != Self.none {
            set.createdRelationships.insert(RelationshipID(i))
            set.touchedRelationships.insert(RelationshipID(i))
        }
        set.removedNodeKeys = store.changeLog.removedNodeKeys
        set.removedRelationshipKeys = store.changeLog.removedRelationshipKeys
        set.indexChanges = store.changeLog.indexChanges
        return set
    }

    /// Forgets the change record (see `changes`).
    /// - Complexity: O(1) amortised.
    public mutating func resetChanges() {
        store.changeLog = ChangeLog(nodeBase: nodeCapacity, relationshipBase: relationshipCapacity)
    }

    mutating func touch(_ id: NodeID) {
        if id.index < store.changeLog.nodeBase { store.changeLog.touchedNodes.insert(id) }
    }

    mutating func touch(_ id: RelationshipID) {
        if id.index < store.changeLog.relationshipBase { store.changeLog.touchedRelationships.insert(id) }
    }

    mutating func noteRemoval(_ id: NodeID, key: String) {
        guard id.index < store.changeLog.nodeBase else { return }
        store.changeLog.touchedNodes.remove(id)
        store.changeLog.removedNodeKeys.append(key)
    }

    mutating func noteRemoval(_ id: RelationshipID, key: String) {
        guard id.index < store.changeLog.relationshipBase else { return }
        store.changeLog.touchedRelationships.remove(id)
        store.changeLog.removedRelationshipKeys.append(key)
    }
}
