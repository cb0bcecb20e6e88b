// Which way a traversal follows relationships.

/// The direction a traversal follows relationships in.
public enum Direction: String, Sendable, CaseIterable {
    /// From start to end.
    case outgoing
    /// From end to start.
    case incoming
    /// Either way (undirected).
    case both
}
