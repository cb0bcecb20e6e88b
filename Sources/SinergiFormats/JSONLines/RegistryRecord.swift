// One line of a registry file: an APOC-shaped node or relationship, or a journal record.
import SinergiGraph
import SinergiText

/// A parsed registry line (see `docs/registry-format.md`).
public enum RegistryRecord: Sendable, Equatable {
    /// A node's complete state. `tx` is nil in the snapshot section.
    case node(key: String, labels: [String], properties: [String: Value], tx: Int64?)
    /// A relationship's complete state. `tx` is nil in the snapshot section.
    case relationship(key: String, type: String, start: String, end: String, properties: [String: Value], tx: Int64?)
    /// Removes a node (and its relationships) within transaction `tx`.
    case deleteNode(key: String, tx: Int64)
    /// Removes a relationship within transaction `tx`.
    case deleteRelationship(key: String, tx: Int64)
    /// Declares (or, when `change.dropped`, drops) a `(label, property)` index within
    /// transaction `tx`.
    case index(IndexChange, tx: Int64)
    /// Closes a transaction (`record.tx`), which had `record.lines` lines before this one,
    /// with the key serial after it and who wrote it, when and why (`CommitRecord`).
    case commit(CommitRecord)

    /// The transaction the record belongs to, nil for snapshot records.
    public var tx: Int64? {
        switch self {
        case .node(_, _, _, let tx), .relationship(_, _, _, _, _, let tx): return tx
        case .deleteNode(_, let tx), .deleteRelationship(_, let tx), .index(_, let tx): return tx
        case .commit(let record): return record.tx
        }
    }
}

/// A line that is not a valid registry record: what is wrong and the 1-based column.
public struct JSONLineError: Error, Equatable, Sendable, CustomStringConvertible, Localized {
    /// What is wrong, in every language.
    public var message: Message
    /// The 1-based column (byte offset + 1) where the problem was found.
    public var column: Int
    /// True when the line ran out before the value or record was complete (a cut line).
    public var atEnd: Bool

    public init(_ message: Message, column: Int, atEnd: Bool = false) {
        self.message = message
        self.column = column
        self.atEnd = atEnd
    }

    public var description: String { "column \(column): \(message)" }
}
