// The record of what a sequence of changes touched, for journaling and statistics.

/// Which entities changed since `PropertyGraph.resetChanges()`.
///
/// The registry writes one journal upsert per touched live entity and one delete per
/// removed entity that existed before the changes began. Entities created and removed
/// within the same change set leave no trace.
public struct ChangeSet: Sendable, Equatable {
    /// Live nodes created or modified.
    public internal(set) var touchedNodes: Set<NodeID> = []
    /// Live relationships created or modified.
    public internal(set) var touchedRelationships: Set<RelationshipID> = []
    /// Keys of nodes removed that existed before the change set began.
    public internal(set) var removedNodeKeys: [String] = []
    /// Keys of relationships removed that existed before the change set began.
    public internal(set) var removedRelationshipKeys: [String] = []
    /// Nodes created within the change set.
    public internal(set) var createdNodes: Set<NodeID> = []
    /// Relationships created within the change set.
    public internal(set) var createdRelationships: Set<RelationshipID> = []
    /// Index declarations and drops, in the order they happened.
    public internal(set) var indexChanges: [IndexChange] = []

    public init() {}

    /// True when nothing changed.
    public var isEmpty: Bool {
        touchedNodes.isEmpty && touchedRelationships.isEmpty && removedNodeKeys.isEmpty
            && removedRelationshipKeys.isEmpty && indexChanges.isEmpty
    }
}

/// A `(label, property)` index declared or dropped (a schema change the registry journals).
public struct IndexChange: Sendable, Equatable {
    /// The index's name.
    public var name: String
    /// The indexed label.
    public var label: String
    /// The indexed property.
    public var property: String
    /// True for a drop, false for a declaration.
    public var dropped: Bool

    /// A change record.
    /// - Complexity: O(1).
    public init(name: String, label: String, property: String, dropped: Bool) {
        self.name = name
        self.label = label
        self.property = property
        self.dropped = dropped
    }
}
