// A path through the graph, as query results carry it.

/// An alternating sequence of nodes and relationships, `nodes.count == relationships.count + 1`.
///
/// The direction each relationship is traversed in follows from its endpoints and the
/// nodes on either side of it.
public struct PathValue: Hashable, Sendable {
    /// The nodes along the path, first to last.
    public var nodes: [NodeID]
    /// The relationships along the path; `relationships[i]` joins `nodes[i]` and `nodes[i + 1]`.
    public var relationships: [RelationshipID]

    /// A path of one node and no relationships.
    public init(start: NodeID) {
        nodes = [start]
        relationships = []
    }

    /// A path from its parts; `nodes.count` must be `relationships.count + 1`.
    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// The number of relationships.
    public var length: Int { relationships.count }
}
