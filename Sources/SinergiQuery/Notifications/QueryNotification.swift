// A notification about a statement that is valid but probably not what its writer meant:
// a name the registry has never seen (Neo4j's UnknownLabelWarning and its siblings), or a
// write that would add a new name. Language-neutral code, a catalogue message, a place.

import SinergiText

/// What a notification is about; the raw value is its stable, language-neutral code.
public enum QueryNotificationCode: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A read names a label the registry has never seen: it matches nothing.
    case unknownLabel = "UnknownLabelWarning"
    /// A read names a relationship type the registry has never seen: it matches nothing.
    case unknownRelationshipType = "UnknownRelationshipTypeWarning"
    /// A read names a property key the registry has never seen: it reads null.
    case unknownProperty = "UnknownPropertyKeyWarning"
    /// A write adds a label the registry has never seen (and that is no misspelling).
    case newLabel = "NewLabelWarning"
    /// A write adds a relationship type the registry has never seen.
    case newRelationshipType = "NewRelationshipTypeWarning"
    /// A write adds a property key the registry has never seen.
    case newProperty = "NewPropertyKeyWarning"
    /// A write creates a node without a label, in a registry whose schema gives every node a kind.
    case unlabelledNode = "UnlabelledNodeWarning"
    /// A write would add a label one typo away from a known one: refused.
    case misspeltLabel = "MisspeltLabel"
    /// A write would add a relationship type one typo away from a known one: refused.
    case misspeltRelationshipType = "MisspeltRelationshipType"
    /// A write would add a property key one typo away from a known one: refused.
    case misspeltProperty = "MisspeltPropertyKey"

    /// True for the codes that stop a statement from running.
    public var refuses: Bool {
        switch self {
        case .misspeltLabel, .misspeltRelationshipType, .misspeltProperty: true
        default: false
        }
    }
}

/// One notification: a code, the name concerned, the nearest known names, and where it is.
public struct QueryNotification: Sendable, Equatable {
    /// What it is about.
    public var code: QueryNotificationCode
    /// The kind of name.
    public var subject: QueryNameSubject
    /// The name as the statement writes it.
    public var name: String
    /// The nearest known names, best first (may be empty).
    public var suggestions: [String]
    /// Where the name is in the statement.
    public var location: SourceLocation
    /// The text a person reads, in every language (suggestions included).
    public var message: Message

    /// True when the statement must not run (a write of a misspelt new name).
    public var refuses: Bool { code.refuses }

    /// `Code`, for the end of the message line.
    public var qualifiedCode: String { code.rawValue }
}
