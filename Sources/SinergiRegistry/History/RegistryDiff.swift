// What changed between two states of a registry, entity by entity and property by property:
// the ground of `sinergi diff`, the log's summaries, undo and merge.
import SinergiGraph

/// A node's or relationship's state, read by key: what a diff compares.
public struct EntityState: Sendable, Equatable, Hashable {
    /// A node's labels in the order the graph keeps them (empty for a relationship).
    public var labels: [String]
    /// A relationship's type (nil for a node).
    public var type: String?
    /// A relationship's start and end node keys (nil for a node).
    public var start: String?
    public var end: String?
    /// The properties.
    public var properties: [String: Value]

    /// The state of the node `key` in `graph`, nil when there is none.
    /// - Complexity: O(labels + properties).
    public static func node(_ key: String, in graph: PropertyGraph) -> EntityState? {
        guard let id = graph.node(forKey: key) else { return nil }
        return EntityState(
            labels: graph.labels(of: id), type: nil, start: nil, end: nil, properties: graph.properties(of: id))
    }

    /// The state of the relationship `key` in `graph`, nil when there is none.
    /// - Complexity: O(properties).
    public static func relationship(_ key: String, in graph: PropertyGraph) -> EntityState? {
        guard let id = graph.relationship(forKey: key) else { return nil }
        return EntityState(
            labels: [], type: graph.type(of: id), start: graph.key(of: graph.start(of: id)),
            end: graph.key(of: graph.end(of: id)), properties: graph.properties(of: id))
    }

    /// True when `other` is there with this one's type and ends (for a relationship: the same link).
    /// - Complexity: O(1).
    public func sameShape(as other: EntityState?) -> Bool {
        type == other?.type && start == other?.start && end == other?.end
    }

    /// The state of the node or relationship `key` in `graph`, nil when there is none.
    /// - Complexity: as `node` or `relationship`.
    public static func of(_ entity: RegistryChange.Entity, _ key: String, in graph: PropertyGraph) -> EntityState? {
        entity == .node ? node(key, in: graph) : relationship(key, in: graph)
    }
}

/// One property that differs: its value before and after (nil where it is absent).
public struct PropertyChange: Sendable, Equatable, Hashable {
    /// The property's name.
    public var name: String
    /// The value before (nil: the property was not there).
    public var old: Value?
    /// The value after (nil: the property is gone).
    public var new: Value?
}

/// One entity that differs between two states.
public struct RegistryChange: Sendable, Equatable {
    /// Added, removed, or changed.
    public enum Kind: String, Sendable, CaseIterable { case added, removed, changed }
    /// A node or a relationship.
    public enum Entity: String, Sendable { case node, relationship }

    /// What happened to it.
    public var kind: Kind
    /// Which kind of entity.
    public var entity: Entity
    /// Its key.
    public var key: String
    /// Its state before (nil when added) and after (nil when removed).
    public var before: EntityState?
    public var after: EntityState?
    /// The properties that differ, by name (every property of an added or removed entity).
    public var properties: [PropertyChange]
    /// Labels it gained and lost (nodes).
    public var labelsAdded: [String]
    public var labelsRemoved: [String]

    /// The state that describes it: after, or before for a removed entity.
    public var state: EntityState? { after ?? before }

    /// True when a relationship's type or ends differ (it is another link under the same key).
    public var shapeChanged: Bool {
        guard entity == .relationship, let b = before, let a = after else { return false }
        return !b.sameShape(as: a)
    }

    /// The change from `before` to `after`, nil when they are equal.
    /// - Complexity: O(properties + labels).
    public static func between(
        _ before: EntityState?, _ after: EntityState?, entity: Entity, key: String
    ) -> RegistryChange? {
        if before == after { return nil }
        let kind: Kind = before == nil ? .added : (after == nil ? .removed : .changed)
        let old = before?.properties ?? [:]
        let new = after?.properties ?? [:]
        var properties: [PropertyChange] = []
        for name in Set(old.keys).union(new.keys).sorted() where old[name] != new[name] {
            properties.append(PropertyChange(name: name, old: old[name], new: new[name]))
        }
        let oldLabels = before?.labels ?? []
        let newLabels = after?.labels ?? []
        return RegistryChange(
            kind: kind, entity: entity, key: key, before: before, after: after, properties: properties,
            labelsAdded: newLabels.filter { !oldLabels.contains($0) },
            labelsRemoved: oldLabels.filter { !newLabels.contains($0) })
    }
}

/// The states of some entities, read from one graph (what a transaction touched, before it
/// and after it).
public struct EntityStates: Sendable, Equatable {
    /// Node states by key (nil: no such node).
    public var nodes: [String: EntityState?] = [:]
    /// Relationship states by key.
    public var relationships: [String: EntityState?] = [:]

    /// An empty set of states.
    public init() {}

    /// The states of the given keys in `graph`.
    /// - Complexity: O(size of those entities).
    public init(nodes nodeKeys: [String], relationships relationshipKeys: [String], in graph: PropertyGraph) {
        for k in nodeKeys { nodes[k] = .some(EntityState.node(k, in: graph)) }
        for k in relationshipKeys { relationships[k] = .some(EntityState.relationship(k, in: graph)) }
    }

    /// Every node and relationship of `graph`.
    /// - Complexity: O(N + E + total property size).
    public init(everythingIn graph: PropertyGraph) {
        self.init(
            nodes: graph.nodes.map { graph.key(of: $0) }, relationships: graph.relationships.map { graph.key(of: $0) },
            in: graph)
    }
}

/// What differs between two states of a registry: nodes first, then relationships, each in
/// key order.
///
/// ```swift
/// let diff = RegistryDiff(from: before.graph, to: after.graph)
/// for change in diff.changes where change.kind == .changed { print(change.key, change.properties) }
/// ```
public struct RegistryDiff: Sendable, Equatable {
    /// The entities that differ.
    public var changes: [RegistryChange]

    /// The changes, as given.
    public init(changes: [RegistryChange]) { self.changes = changes }

    /// The difference between two graphs, compared by key.
    /// - Complexity: O((N + E) · log(N + E) + total property size) over both graphs.
    public init(from old: PropertyGraph, to new: PropertyGraph) {
        var nodeKeys = Set(old.nodes.map { old.key(of: $0) })
        for n in new.nodes { nodeKeys.insert(new.key(of: n)) }
        var relationshipKeys = Set(old.relationships.map { old.key(of: $0) })
        for r in new.relationships { relationshipKeys.insert(new.key(of: r)) }
        var changes: [RegistryChange] = []
        for key in nodeKeys.sorted() {
            if let c = RegistryChange.between(
                EntityState.node(key, in: old), EntityState.node(key, in: new), entity: .node, key: key)
            {
                changes.append(c)
            }
        }
        for key in relationshipKeys.sorted() {
            if let c = RegistryChange.between(
                EntityState.relationship(key, in: old), EntityState.relationship(key, in: new), entity: .relationship,
                key: key)
            {
                changes.append(c)
            }
        }
        self.changes = changes
    }

    /// The difference between two captures of the same keys (before and after a transaction).
    /// - Complexity: O(k log k + size of the states) for k keys.
    public init(from old: EntityStates, to new: EntityStates) {
        var changes: [RegistryChange] = []
        for key in Set(old.nodes.keys).union(new.nodes.keys).sorted() {
            if let c = RegistryChange.between(old.nodes[key] ?? nil, new.nodes[key] ?? nil, entity: .node, key: key) {
                changes.append(c)
            }
        }
        for key in Set(old.relationships.keys).union(new.relationships.keys).sorted() {
            if let c = RegistryChange.between(
                old.relationships[key] ?? nil, new.relationships[key] ?? nil, entity: .relationship, key: key)
            {
                changes.append(c)
            }
        }
        self.changes = changes
    }

    /// True when nothing differs.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes there are of one kind, nodes and relationships together.
    /// - Complexity: O(changes).
    public func count(_ kind: RegistryChange.Kind) -> Int { changes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// How many changes there are of each kind, per entity kind.
    /// - Complexity: O(changes).
    public func count(_ kind: RegistryChange.Kind, _ entity: RegistryChange.Entity) -> Int {
        changes.reduce(0) { $0 + ($1.kind == kind && $1.entity == entity ? 1 : 0) }
    }
}

/// One transaction as a replay applied it: what it changed, and what the caller read of the
/// graph right before and right after it.
public struct HistoryStep<Context> {
    /// The transaction.
    public var transaction: JournalTransaction
    /// What it changed.
    public var changes: RegistryDiff
    /// What the context reader read before and after it.
    public var before: Context
    public var after: Context
}

extension HistoryReplay {
    /// Applies the next transaction and says what it changed; `context` reads what else the
    /// caller needs of the graph (names, places) for the keys the transaction touches, right
    /// before and right after it. Nil at the end.
    /// - Complexity: O(size of the transaction and of the entities it touches), plus `context`.
    public mutating func step<Context>(
        context: (_ graph: PropertyGraph, _ nodes: [String], _ relationships: [String]) -> Context
    ) throws(RegistryError) -> HistoryStep<Context>? {
        guard let tx = next else { return nil }
        let keys = tx.touchedKeys(before: graph)
        let before = EntityStates(nodes: keys.nodes, relationships: keys.relationships, in: graph)
        let beforeContext = context(graph, keys.nodes, keys.relationships)
        _ = try applyNext()
        let after = EntityStates(nodes: keys.nodes, relationships: keys.relationships, in: graph)
        let afterContext = context(graph, keys.nodes, keys.relationships)
        return HistoryStep(
            transaction: tx, changes: RegistryDiff(from: before, to: after), before: beforeContext, after: afterContext)
    }
}
