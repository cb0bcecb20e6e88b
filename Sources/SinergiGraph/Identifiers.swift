// Dense integer identifiers for nodes, relationships, labels and relationship types.
//
// Ids index contiguous arrays inside `PropertyGraph` and `GraphSnapshot`. They are
// valid for the graph value that issued them; a removed entity's id is never
// reused by that graph, so every other id stays valid after a removal.

/// The dense id of a node inside one `PropertyGraph`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The position of the node in the graph's node array.
    public var rawValue: UInt32

    /// Creates an id from its raw position.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    /// Creates an id from an `Int` position.
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(truncatingIfNeeded: index) }

    /// The position as an `Int`, for indexing arrays.
    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "n\(rawValue)" }
}

/// The dense id of a relationship inside one `PropertyGraph`.
public struct RelationshipID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The position of the relationship in the graph's relationship array.
    public var rawValue: UInt32

    /// Creates an id from its raw position.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    /// Creates an id from an `Int` position.
    @inlinable public init(_ index: Int) { self.rawValue = UInt32(truncatingIfNeeded: index) }

    /// The position as an `Int`, for indexing arrays.
    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: RelationshipID, rhs: RelationshipID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "r\(rawValue)" }
}

/// The interned id of a node label.
public struct LabelID: Hashable, Comparable, Sendable {
    /// The position of the label in the graph's label table.
    public var rawValue: UInt32

    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: LabelID, rhs: LabelID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The interned id of a relationship type.
public struct TypeID: Hashable, Comparable, Sendable {
    /// The position of the type in the graph's type table.
    public var rawValue: UInt32

    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
