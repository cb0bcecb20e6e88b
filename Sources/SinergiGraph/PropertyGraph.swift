// The mutable property graph: nodes and typed, directed relationships with properties.

/// A property graph held as flat arrays of plain data indexed by dense ids: a value type.
///
/// Nodes have a unique external key, zero or more labels and properties;
/// relationships have a unique external key, a type, a start and an end node and
/// properties. Ids are never reused by one graph value, so removing an entity leaves a
/// tombstone and every other id valid. Copies share storage until one of them is
/// changed (copy-on-write of the underlying arrays).
///
/// Storage (no heap object per entity, so a binary image loads with a few copies):
/// - keys: a UTF-8 arena per entity kind with an open-addressing hash index (`KeyTable`);
/// - labels: a 64-bit mask per node, plus overflow words for label ids ≥ 64;
/// - properties: one encoded record per entity in a byte arena (`PropertyStore`),
///   property names interned in `propertyKeys`;
/// - adjacency: linked lists threaded through the relationship records
///   (`firstOut`/`lastOut`/`firstIn`/`lastIn` per node, `nextOut`/`nextIn` per
///   relationship), appended at the tail so they keep creation order.
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
// Sendable by value semantics: the shared storage is changed only when uniquely referenced.
public struct PropertyGraph: @unchecked Sendable {
    /// The "no relationship" link and the removed-relationship type.
    static let none: UInt32 = .max

    struct IndexKey: Hashable, Sendable {
        var label: String
        var property: String
    }

    /// The stored arrays and tables of one graph value.
    struct Fields: Sendable {
        // Nodes, by NodeID.
        var nodeKeys = KeyTable()
        var nodeLive: [Bool] = []
        var nodeLabelBits: [UInt64] = []
        /// Label words beyond the first: word k holds label ids 64(k+1) ..< 64(k+2).
        var labelOverflow: [UInt32: [UInt64]] = [:]
        var nodeProperties = PropertyStore()
        var firstOut: [UInt32] = []
        var lastOut: [UInt32] = []
        var firstIn: [UInt32] = []
        var lastIn: [UInt32] = []
        var outDegree: [UInt32] = []
        var inDegree: [UInt32] = []

        // Relationships, by RelationshipID.
        var relationshipKeys = KeyTable()
        /// The type id, or `none` for a removed relationship.
        var relationshipType: [UInt32] = []
        var relationshipStart: [UInt32] = []
        var relationshipEnd: [UInt32] = []
        var nextOut: [UInt32] = []
        var nextIn: [UInt32] = []
        var relationshipProperties = PropertyStore()

        /// Label names by `LabelID`.
        var labelTable = SymbolTable()
        /// Relationship type names by `TypeID`.
        var typeTable = SymbolTable()
        /// Property names by the ids the property records use.
        var propertyKeys = SymbolTable()
        var labelMembers: [NodeSet] = []
        var propertyIndexes: [IndexKey: PropertyIndex] = [:]
        var generatedKeySerial = 0
        var changeLog = ChangeLog()

        /// The number of live nodes.
        var nodeCount = 0
        /// The number of live relationships.
        var relationshipCount = 0
    }

    /// The fields in one heap object, shared by copies of the value until one of them
    /// changes (`makeUnique`): copying a `PropertyGraph` is one reference-count
    /// increment, not one per array.
    final class Storage: ManagedBuffer<Fields, Void> {}

    /// The shared storage; every mutation goes through `makeUnique()` first.
    var storage = PropertyGraph.makeStorage(Fields())

    static func makeStorage(_ fields: Fields) -> Storage {
        unsafeDowncast(Storage.create(minimumCapacity: 0) { _ in fields }, to: Storage.self)
    }

    /// The fields in place. Reached through a pointer, so an access pays no dynamic
    /// exclusivity check (a class's stored property would); valid while `storage` is
    /// alive, i.e. during an access to `self`.
    @inline(__always)
    var fields: UnsafeMutablePointer<Fields> { storage.withUnsafeMutablePointerToHeader { $0 } }

    /// Gives this value its own storage when another value shares it.
    /// - Complexity: O(1) when unshared, else O(number of stored fields).
    @inline(__always)
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = PropertyGraph.makeStorage(fields.pointee) }
    }

    /// Changes two or more fields at once (one uniqueness check, no overlapping
    /// accesses to `self`).
    mutating func withFields<T>(_ body: (inout Fields) throws -> T) rethrows -> T {
        makeUnique()
        return try body(&fields.pointee)
    }

    /// The fields, read in place and changed after `makeUnique()` (copy on write).
    var store: Fields {
        _read { yield fields.pointee }
        _modify {
            makeUnique()
            yield &fields.pointee
        }
    }

    /// Label names by `LabelID`.
    public var labelTable: SymbolTable { _read { yield store.labelTable } }

    /// Relationship type names by `TypeID`.
    public var typeTable: SymbolTable { _read { yield store.typeTable } }

    /// The number of live nodes.
    public var nodeCount: Int { _read { yield store.nodeCount } }

    /// The number of live relationships.
    public var relationshipCount: Int { _read { yield store.relationshipCount } }

    /// An empty graph.
    public init() {}

    /// One more than the largest node id ever issued (live or removed).
    public var nodeCapacity: Int { store.nodeLive.count }
    /// One more than the largest relationship id ever issued (live or removed).
    public var relationshipCapacity: Int { store.relationshipType.count }

    /// Reserves room for `nodes` nodes and `relationships` relationships.
    /// - Complexity: O(nodes + relationships).
    public mutating func reserveCapacity(nodes: Int, relationships: Int) {
        store.nodeKeys.reserve(nodes)
        store.nodeLive.reserveCapacity(nodes)
        store.nodeLabelBits.reserveCapacity(nodes)
        store.nodeProperties.offsets.reserveCapacity(nodes)
        for array in [\Fields.firstOut, \.lastOut, \.firstIn, \.lastIn, \.outDegree, \.inDegree] {
            store[keyPath: array].reserveCapacity(nodes)
        }
        store.relationshipKeys.reserve(relationships)
        store.relationshipType.reserveCapacity(relationships)
        for array in [\Fields.relationshipStart, \.relationshipEnd, \.nextOut, \.nextIn] {
            store[keyPath: array].reserveCapacity(relationships)
        }
        store.relationshipProperties.offsets.reserveCapacity(relationships)
    }

    /// Reserves room for the bytes of keys and encoded property records still to come (an
    /// upper bound is fine: room that is never written is address space, not memory), so
    /// the arenas are not copied as they grow.
    /// - Complexity: O(1) beyond the allocation.
    public mutating func reserveBytes(
        nodeKeys: Int, relationshipKeys: Int, nodeProperties: Int, relationshipProperties: Int
    ) {
        store.nodeKeys.bytes.reserveCapacity(store.nodeKeys.bytes.count + nodeKeys)
        store.relationshipKeys.bytes.reserveCapacity(store.relationshipKeys.bytes.count + relationshipKeys)
        store.nodeProperties.bytes.reserveCapacity(store.nodeProperties.bytes.count + nodeProperties)
        store.relationshipProperties.bytes.reserveCapacity(
            store.relationshipProperties.bytes.count + relationshipProperties)
    }
}
