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
        set.touchedNodes = changeLog.touchedNodes
        set.touchedRelationships = changeLog.touchedRelationships
        for i in changeLog.nodeBase..<max(changeLog.nodeBase, nodeCapacity) where nodeLive[i] {
            set.createdNodes.insert(NodeID(i))
            set.touchedNodes.insert(NodeID(i))
        }
        for i in changeLog.relationshipBase..<max(changeLog.relationshipBase, relationshipCapacity)
        where relationshipType[i] != Self.none {
            set.createdRelationships.insert(RelationshipID(i))
            set.touchedRelationships.insert(RelationshipID(i))
        }
        set.removedNodeKeys = changeLog.removedNodeKeys
        set.removedRelationshipKeys = changeLog.removedRelationshipKeys
        set.indexChanges = changeLog.indexChanges
        return set
    }

    /// Forgets the change record (see `changes`).
    /// - Complexity: O(1) amortised.
    public mutating func resetChanges() {
        changeLog = ChangeLog(nodeBase: nodeCapacity, relationshipBase: relationshipCapacity)
    }

    mutating func touch(_ id: NodeID) {
        if id.index < changeLog.nodeBase { changeLog.touchedNodes.insert(id) }
    }

    mutating func touch(_ id: RelationshipID) {
        if id.index < changeLog.relationshipBase { changeLog.touchedRelationships.insert(id) }
    }

    mutating func noteRemoval(_ id: NodeID, key: String) {
        guard id.index < changeLog.nodeBase else { return }
        changeLog.touchedNodes.remove(id)
        changeLog.removedNodeKeys.append(key)
    }

    mutating func noteRemoval(_ id: RelationshipID, key: String) {
        guard id.index < changeLog.relationshipBase else { return }
        changeLog.touchedRelationships.remove(id)
        changeLog.removedRelationshipKeys.append(key)
    }
}
