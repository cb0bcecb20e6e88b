// The mutable property graph: nodes and typed, directed relationships with properties.

/// A property graph held as contiguous arrays indexed by dense ids: a value type.
///
/// Nodes have a unique external key, zero or more labels and properties;
/// relationships have a unique external key, a type, a start and an end node and
/// properties. Ids are never reused by one graph value, so removing an entity leaves a
/// tombstone and every other id valid. Copies share storage until one of them is
/// changed (copy-on-write of the underlying arrays).
///
/// Indexes maintained on every change: node key → id, relationship key → id,
/// label → `NodeSet`, and declared `(label, property)` equality indexes.
///
/// ```swift
/// var g = PropertyGraph()
/// let a = try g.addNode(key: "perpusnas", labels: ["Stakeholder", "Perpusnas"], properties: ["name": "Perpusnas"])
/// let b = try g.addNode(key: "bappenas", labels: ["Stakeholder", "Bappenas"])
/// try g.addRelationship(type: "PARTNERS_WITH", from: a, to: b)
/// g.node(forKey: "bappenas")  // b
/// ```
public struct PropertyGraph: Sendable {
    struct NodeRecord: Sendable {
        var key: String
        var labels: [LabelID]
        var properties: [String: Value]
        var outgoing: [RelationshipID]
        var incoming: [RelationshipID]
    }

    struct RelationshipRecord: Sendable {
        var key: String
        var type: TypeID
        var start: NodeID
        var end: NodeID
        var properties: [String: Value]
    }

    struct IndexKey: Hashable, Sendable {
        var label: String
        var property: String
    }

    var nodeStore: [NodeRecord?] = []
    var relationshipStore: [RelationshipRecord?] = []
    /// Label names by `LabelID`.
    public internal(set) var labelTable = SymbolTable()
    /// Relationship type names by `TypeID`.
    public internal(set) var typeTable = SymbolTable()
    var keyIndex: [String: NodeID] = [:]
    var relationshipKeyIndex: [String: RelationshipID] = [:]
    var labelMembers: [NodeSet] = []
    var propertyIndexes: [IndexKey: PropertyIndex] = [:]
    var generatedKeySerial = 0
    /// What changed since the last `resetChanges()`; the registry turns it into a journal entry.
    public internal(set) var changes = ChangeSet()

    /// The number of live nodes.
    public internal(set) var nodeCount = 0
    /// The number of live relationships.
    public internal(set) var relationshipCount = 0

    /// An empty graph.
    public init() {}

    /// One more than the largest node id ever issued (live or removed).
    public var nodeCapacity: Int { nodeStore.count }
    /// One more than the largest relationship id ever issued (live or removed).
    public var relationshipCapacity: Int { relationshipStore.count }

    /// Reserves room for `nodes` nodes and `relationships` relationships.
    /// - Complexity: O(nodes + relationships).
    public mutating func reserveCapacity(nodes: Int, relationships: Int) {
        nodeStore.reserveCapacity(nodes)
        relationshipStore.reserveCapacity(relationships)
        keyIndex.reserveCapacity(nodes)
        relationshipKeyIndex.reserveCapacity(relationships)
    }
}

// MARK: - Reading

extension PropertyGraph {
    /// True when `id` names a live node.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: NodeID) -> Bool { _nodeIsLive(id) }

    /// True when `id` names a live relationship.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: RelationshipID) -> Bool { _relationshipIsLive(id) }

    @usableFromInline func _nodeIsLive(_ id: NodeID) -> Bool {
        id.index < nodeStore.count && nodeStore[id.index] != nil
    }

    @usableFromInline func _relationshipIsLive(_ id: RelationshipID) -> Bool {
        id.index < relationshipStore.count && relationshipStore[id.index] != nil
    }

    /// The live node with external key `key`.
    /// - Complexity: O(1) on average.
    public func node(forKey key: String) -> NodeID? { keyIndex[key] }

    /// The live relationship with external key `key`.
    /// - Complexity: O(1) on average.
    public func relationship(forKey key: String) -> RelationshipID? { relationshipKeyIndex[key] }

    /// The external key of a live node ("" for a removed one).
    /// - Complexity: O(1).
    public func key(of id: NodeID) -> String { record(id)?.key ?? "" }

    /// The external key of a live relationship ("" for a removed one).
    /// - Complexity: O(1).
    public func key(of id: RelationshipID) -> String { record(id)?.key ?? "" }

    /// The node's label names, in the order they were first added to the graph.
    /// - Complexity: O(l), l the node's label count.
    public func labels(of id: NodeID) -> [String] {
        (record(id)?.labels ?? []).map { labelTable.name(of: $0.rawValue) }
    }

    /// The node's label ids, sorted.
    /// - Complexity: O(1).
    public func labelIDs(of id: NodeID) -> [LabelID] { record(id)?.labels ?? [] }

    /// True when the node carries `label`.
    /// - Complexity: O(1).
    public func hasLabel(_ id: NodeID, _ label: String) -> Bool {
        guard let l = labelTable.id(of: label) else { return false }
        return labelMembers[Int(l)].contains(id)
    }

    /// The node's properties.
    /// - Complexity: O(1).
    public func properties(of id: NodeID) -> [String: Value] { record(id)?.properties ?? [:] }

    /// One property of a node, `.null` when absent.
    /// - Complexity: O(1) on average.
    public func property(_ key: String, of id: NodeID) -> Value { record(id)?.properties[key] ?? .null }

    /// The relationship's properties.
    /// - Complexity: O(1).
    public func properties(of id: RelationshipID) -> [String: Value] { record(id)?.properties ?? [:] }

    /// One property of a relationship, `.null` when absent.
    /// - Complexity: O(1) on average.
    public func property(_ key: String, of id: RelationshipID) -> Value { record(id)?.properties[key] ?? .null }

    /// The relationship's type name.
    /// - Complexity: O(1).
    public func type(of id: RelationshipID) -> String {
        guard let r = record(id) else { return "" }
        return typeTable.name(of: r.type.rawValue)
    }

    /// The relationship's type id.
    /// - Complexity: O(1).
    public func typeID(of id: RelationshipID) -> TypeID { record(id)?.type ?? TypeID(UInt32.max) }

    /// The relationship's start node.
    /// - Complexity: O(1).
    public func start(of id: RelationshipID) -> NodeID { record(id)?.start ?? NodeID(UInt32.max) }

    /// The relationship's end node.
    /// - Complexity: O(1).
    public func end(of id: RelationshipID) -> NodeID { record(id)?.end ?? NodeID(UInt32.max) }

    /// Relationships that start at the node, in creation order.
    /// - Complexity: O(1).
    public func outgoing(of id: NodeID) -> [RelationshipID] { record(id)?.outgoing ?? [] }

    /// Relationships that end at the node, in creation order.
    /// - Complexity: O(1).
    public func incoming(of id: NodeID) -> [RelationshipID] { record(id)?.incoming ?? [] }

    /// The number of relationships touching the node (a self-loop counts twice).
    /// - Complexity: O(1).
    public func degree(of id: NodeID) -> Int { (record(id)?.outgoing.count ?? 0) + (record(id)?.incoming.count ?? 0) }

    /// Live node ids in increasing order.
    /// - Complexity: O(capacity) to iterate.
    public var nodes: [NodeID] { nodeStore.indices.compactMap { nodeStore[$0] == nil ? nil : NodeID($0) } }

    /// Live relationship ids in increasing order.
    /// - Complexity: O(capacity) to iterate.
    public var relationships: [RelationshipID] {
        relationshipStore.indices.compactMap { relationshipStore[$0] == nil ? nil : RelationshipID($0) }
    }

    /// Every label name in use or ever used, in first-use order.
    public var labelNames: [String] { labelTable.names }

    /// Every relationship type name ever used, in first-use order.
    public var typeNames: [String] { typeTable.names }

    /// The id of a label name, if the graph has seen it.
    public func labelID(named name: String) -> LabelID? { labelTable.id(of: name).map(LabelID.init) }

    /// The id of a relationship type name, if the graph has seen it.
    public func typeID(named name: String) -> TypeID? { typeTable.id(of: name).map(TypeID.init) }

    /// The nodes carrying `label`, iterated in id order.
    /// - Complexity: O(1) to obtain; O(capacity / 64 + k) to iterate.
    public func nodes(withLabel label: String) -> NodeSet {
        guard let l = labelTable.id(of: label) else { return NodeSet() }
        return labelMembers[Int(l)]
    }

    /// The number of nodes carrying `label`.
    /// - Complexity: O(1).
    public func nodeCount(withLabel label: String) -> Int { nodes(withLabel: label).count }

    /// The nodes with `label` whose `property` equals `value` (openCypher equality on numbers).
    ///
    /// Uses the `(label, property)` index when one is declared (`createIndex`), otherwise
    /// scans the label.
    /// - Complexity: O(1 + k) with an index; O(n_label) without.
    public func nodes(withLabel label: String, property: String, equalTo value: Value) -> [NodeID] {
        if let index = propertyIndexes[IndexKey(label: label, property: property)] {
            return index.nodes(equalTo: value)
        }
        let wanted = PropertyIndex.normalise(value)
        return nodes(withLabel: label).filter { id in
            guard let v = record(id)?.properties[property] else { return false }
            return PropertyIndex.normalise(v) == wanted
        }
    }

    /// True when a `(label, property)` index is declared.
    public func hasIndex(label: String, property: String) -> Bool {
        propertyIndexes[IndexKey(label: label, property: property)] != nil
    }

    /// The declared `(label, property)` indexes.
    public var indexes: [(label: String, property: String)] {
        propertyIndexes.keys.sorted { ($0.label, $0.property) < ($1.label, $1.property) }.map {
            ($0.label, $0.property)
        }
    }

    func record(_ id: NodeID) -> NodeRecord? { id.index < nodeStore.count ? nodeStore[id.index] : nil }

    func record(_ id: RelationshipID) -> RelationshipRecord? {
        id.index < relationshipStore.count ? relationshipStore[id.index] : nil
    }
}
