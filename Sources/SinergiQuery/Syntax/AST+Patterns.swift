// The pattern part of the syntax tree: a `Pattern` is a comma-separated list of
// `PatternPart`s (each optionally named `p = …`), each a `PatternElement`: a node
// followed by zero or more (relationship, node) steps. Used by MATCH, CREATE,
// MERGE, pattern predicates, pattern comprehensions and EXISTS subqueries.

/// A comma-separated list of path patterns, e.g. `(a)-->(b), p = (c)--(d)`.
public struct Pattern: Sendable, Equatable {
    /// The parts in source order.
    public var parts: [PatternPart]
    /// Where the pattern is.
    public var span: SourceSpan

    /// Creates a pattern.
    ///
    /// - Complexity: O(1).
    public init(parts: [PatternPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }
}

/// One path pattern, optionally bound to a path variable: `p = (a)-[r]->(b)`.
public struct PatternPart: Sendable, Equatable {
    /// The path variable, if the part is named.
    public var variable: String?
    /// The node/relationship chain.
    public var element: PatternElement
    /// Where the part is (including `p =`).
    public var span: SourceSpan

    /// Creates a pattern part.
    ///
    /// - Complexity: O(1).
    public init(variable: String?, element: PatternElement, span: SourceSpan) {
        self.variable = variable
        self.element = element
        self.span = span
    }
}

/// A chain `(n0) -r1- (n1) -r2- (n2) …`: a first node, then steps.
public struct PatternElement: Sendable, Equatable {
    /// The first node.
    public var start: NodePattern
    /// Each step: the relationship taken and the node reached.
    public var chain: [PatternStep]
    /// Where the chain is.
    public var span: SourceSpan

    /// Creates a chain.
    ///
    /// - Complexity: O(1).
    public init(start: NodePattern, chain: [PatternStep], span: SourceSpan) {
        self.start = start
        self.chain = chain
        self.span = span
    }

    /// All node patterns in order (`chain.count + 1` of them).
    ///
    /// - Complexity: O(n) in the chain length.
    public var nodes: [NodePattern] { [start] + chain.map(\.node) }

    /// All relationship patterns in order.
    ///
    /// - Complexity: O(n) in the chain length.
    public var relationships: [RelationshipPattern] { chain.map(\.relationship) }
}

/// One step of a chain: a relationship and the node at its far end.
public struct PatternStep: Sendable, Equatable {
    /// The relationship pattern.
    public var relationship: RelationshipPattern
    /// The node reached.
    public var node: NodePattern

    /// Creates a step.
    ///
    /// - Complexity: O(1).
    public init(relationship: RelationshipPattern, node: NodePattern) {
        self.relationship = relationship
        self.node = node
    }
}

/// `(variable:Label1:Label2 {key: value})` or `(n $props)`.
public struct NodePattern: Sendable, Equatable {
    /// The node variable, if any.
    public var variable: String?
    /// The labels required (all of them), in source order.
    public var labels: [String]
    /// The property constraint: a `.map` literal or a `.parameter`; nil when absent.
    public var properties: Expression?
    /// Where the node pattern is, from `(` to `)`.
    public var span: SourceSpan

    /// Creates a node pattern.
    ///
    /// - Complexity: O(1).
    public init(variable: String?, labels: [String], properties: Expression?, span: SourceSpan) {
        self.variable = variable
        self.labels = labels
        self.properties = properties
        self.span = span
    }
}

/// The direction an arrow points, read left to right in the source.
public enum RelationshipDirection: Sendable, Equatable, Hashable {
    /// `-->` / `-[]->`: from the left node to the right node.
    case outgoing
    /// `<--` / `<-[]-`: from the right node to the left node.
    case incoming
    /// `--`, `-[]-` or `<-->`: either direction.
    case undirected
}

/// `-[variable:T1|T2*min..max {key: value}]->`.
public struct RelationshipPattern: Sendable, Equatable {
    /// The relationship variable, if any (for variable length: bound to the list).
    public var variable: String?
    /// Allowed types (any of them); empty means any type.
    public var types: [String]
    /// The arrow's direction.
    public var direction: RelationshipDirection
    /// The `*…` length; nil for a single relationship.
    public var length: VariableLength?
    /// The property constraint: a `.map` literal or a `.parameter`; nil when absent.
    public var properties: Expression?
    /// Where the relationship pattern is, from the first dash or `<` to the last dash or `>`.
    public var span: SourceSpan

    /// Creates a relationship pattern.
    ///
    /// - Complexity: O(1).
    public init(
        variable: String?, types: [String], direction: RelationshipDirection, length: VariableLength?,
        properties: Expression?, span: SourceSpan
    ) {
        self.variable = variable
        self.types = types
        self.direction = direction
        self.length = length
        self.properties = properties
        self.span = span
    }
}

/// The `*` part of a variable-length relationship.
///
/// `*` is `(nil, nil)`; `*2` is `(2, 2)`; `*..3` is `(nil, 3)`; `*2..` is `(2, nil)`;
/// `*1..3` is `(1, 3)`. A nil `minimum` means 1; a nil `maximum` means unbounded.
public struct VariableLength: Sendable, Equatable, Hashable {
    /// Lower bound, or nil for the default (1).
    public var minimum: Int64?
    /// Upper bound, or nil for unbounded.
    public var maximum: Int64?

    /// Creates a length range.
    ///
    /// - Complexity: O(1).
    public init(minimum: Int64?, maximum: Int64?) {
        self.minimum = minimum
        self.maximum = maximum
    }
}

extension PatternElement {
    /// The first rule this chain breaks as a CREATE (`requireDirection: true`)
    /// or MERGE (`false`) pattern for relationships that are not yet bound:
    /// `CreatingVarLength` for `*`, `NoSingleRelationshipType` unless exactly
    /// one type, `RequiresDirectedRelationship` for CREATE without an arrow.
    /// The binder calls it after checking variables (`VariableAlreadyBound`
    /// takes precedence in the TCK).
    ///
    /// - Complexity: O(n) in the chain length.
    public func creationViolation(requireDirection: Bool) -> QueryError? {
        for relationship in relationships {
            if relationship.length != nil {
                return DiagnosticMessages.creatingVarLength(at: relationship.span.start)
            }
            if relationship.types.count != 1 {
                return DiagnosticMessages.noSingleRelationshipType(at: relationship.span.start)
            }
            if requireDirection, relationship.direction == .undirected {
                return DiagnosticMessages.requiresDirectedRelationship(at: relationship.span.start)
            }
        }
        return nil
    }
}
