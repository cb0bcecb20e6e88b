// Errors the graph store reports for invalid changes.
import SinergiText

/// Why a change to a `PropertyGraph` was refused.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible, Localized {
    /// A node with this key exists already.
    case duplicateNodeKey(String)
    /// A relationship with this key exists already.
    case duplicateRelationshipKey(String)
    /// No live node has this key or id.
    case unknownNode(String)
    /// No live relationship has this key or id.
    case unknownRelationship(String)
    /// The node still has relationships and the removal was not a detach.
    case nodeHasRelationships(key: String, count: Int)
    /// A property value that cannot be stored (an entity, or null inside a list).
    case unstorableValue(key: String, type: String)
    /// An empty key, label or type name.
    case emptyName(String)

    /// What is wrong, in every language.
    public var message: Message {
        switch self {
        case .duplicateNodeKey(let k): return Message(.graphDuplicateNodeKey, ["key": .text(k)])
        case .duplicateRelationshipKey(let k): return Message(.graphDuplicateRelationshipKey, ["key": .text(k)])
        case .unknownNode(let k): return Message(.graphUnknownNode, ["key": .text(k)])
        case .unknownRelationship(let k): return Message(.graphUnknownRelationship, ["key": .text(k)])
        case .nodeHasRelationships(let k, let c):
            return Message(.graphNodeHasRelationships, ["key": .text(k), "count": .count(c)])
        case .unstorableValue(let k, let t): return Message(.graphUnstorableValue, ["key": .text(k), "type": .text(t)])
        case .emptyName(let what): return Message(.graphEmptyName, ["what": .text(what)])
        }
    }

    public var description: String {
        switch self {
        case .duplicateNodeKey(let k): return "a node with key '\(k)' exists already"
        case .duplicateRelationshipKey(let k): return "a relationship with key '\(k)' exists already"
        case .unknownNode(let k): return "no node '\(k)'"
        case .unknownRelationship(let k): return "no relationship '\(k)'"
        case .nodeHasRelationships(let k, let c):
            return "node '\(k)' still has \(c) relationship(s); delete them first or detach"
        case .unstorableValue(let k, let t): return "property '\(k)' cannot hold a value of type \(t)"
        case .emptyName(let what): return "\(what) must not be empty"
        }
    }
}
