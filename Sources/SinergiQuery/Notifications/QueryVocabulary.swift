// The names a statement is checked against: the labels, relationship types and property
// keys a registry has ever seen (or a schema declares). The notifications stage compares
// every name a statement uses with one of these.

import SinergiGraph

/// Sets of labels, relationship types and property keys.
///
/// ```swift
/// var known = QueryVocabulary(graph)        // what the registry has seen
/// known.formUnion(QueryVocabulary(labels: ["Patron"]))
/// known.labels.contains("Patron")           // true
/// ```
public struct QueryVocabulary: Sendable, Equatable {
    /// Node labels.
    public var labels: Set<String>
    /// Relationship types.
    public var types: Set<String>
    /// Property keys (of nodes and relationships alike).
    public var properties: Set<String>

    /// A vocabulary of the given names.
    ///
    /// - Complexity: O(1) beyond copying the sets.
    public init(labels: Set<String> = [], types: Set<String> = [], properties: Set<String> = []) {
        self.labels = labels
        self.types = types
        self.properties = properties
    }

    /// Every label, relationship type and property key `graph` has ever stored (names whose
    /// last use was deleted included: the graph's name tables only grow).
    ///
    /// - Complexity: O(l + t + k) for l labels, t types and k property keys.
    public init(_ graph: PropertyGraph) {
        self.init(
            labels: Set(graph.labelNames), types: Set(graph.typeNames), properties: Set(graph.propertyNames))
    }

    /// The names of `subject` in this vocabulary.
    ///
    /// - Complexity: O(1).
    public subscript(subject: QueryNameSubject) -> Set<String> {
        get {
            switch subject {
            case .label: labels
            case .relationshipType: types
            case .property: properties
            }
        }
        set {
            switch subject {
            case .label: labels = newValue
            case .relationshipType: types = newValue
            case .property: properties = newValue
            }
        }
    }

    /// Adds every name of `other`.
    ///
    /// - Complexity: O(n) in the size of `other`.
    public mutating func formUnion(_ other: QueryVocabulary) {
        labels.formUnion(other.labels)
        types.formUnion(other.types)
        properties.formUnion(other.properties)
    }
}

/// What kind of name a statement uses.
public enum QueryNameSubject: Sendable, Equatable, Hashable, CaseIterable {
    /// A node label (`:Bappeda`).
    case label
    /// A relationship type (`:PARTNERS_WITH`).
    case relationshipType
    /// A property key (`o.name`, `{name: …}`).
    case property
}
