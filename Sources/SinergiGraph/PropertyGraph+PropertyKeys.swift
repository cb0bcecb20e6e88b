// Reading one property by its interned key, without decoding the entity's other
// properties and without hashing the key's name on every read: the query engine
// resolves a name to a `PropertyKeyID` once per statement, then reads
// `property(key, of:)` per row; a string property can be tested on its UTF-8
// bytes in the store without building a `String` at all.

/// The interned id of a property name in one graph.
public struct PropertyKeyID: Hashable, Sendable {
    /// The position of the name in the graph's property-name table.
    public var rawValue: UInt32

    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
}

extension PropertyGraph {
    /// The id of a property name, if any entity ever had a property of that name.
    /// - Complexity: O(k) on average for a name of length k.
    public func propertyKeyID(named name: String) -> PropertyKeyID? {
        store.propertyKeys.id(of: name).map(PropertyKeyID.init)
    }

    /// One property of a node, `.null` when absent or the node is removed.
    /// - Complexity: O(size of the node's property record); decodes only that property.
    public func property(_ key: PropertyKeyID, of id: NodeID) -> Value {
        let f = fields  // in place: no copy of the store's arrays per read
        guard id.index < f.pointee.nodeLive.count, f.pointee.nodeLive[id.index] else { return .null }
        return f.pointee.nodeProperties.property(id.index, key: key.rawValue) ?? .null
    }

    /// One property of a relationship, `.null` when absent or the relationship is removed.
    /// - Complexity: O(size of the relationship's property record); decodes only that property.
    public func property(_ key: PropertyKeyID, of id: RelationshipID) -> Value {
        let f = fields
        guard id.index < f.pointee.relationshipType.count, f.pointee.relationshipType[id.index] != Self.none else {
            return .null
        }
        return f.pointee.relationshipProperties.property(id.index, key: key.rawValue) ?? .null
    }

    /// `test` applied to the UTF-8 bytes of a node's string property, read in place (no
    /// `String` is made); nil when the property is absent or not a string.
    /// - Complexity: O(size of the record) plus the test; no allocation.
    public func testString(_ key: PropertyKeyID, of id: NodeID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        let f = fields
        guard id.index < f.pointee.nodeLive.count, f.pointee.nodeLive[id.index] else { return nil }
        return f.pointee.nodeProperties.testString(id.index, key: key.rawValue, test)
    }

    /// `test` applied to the UTF-8 bytes of a relationship's string property, read in place;
    /// nil when the property is absent or not a string.
    /// - Complexity: O(size of the record) plus the test; no allocation.
    public func testString(
        _ key: PropertyKeyID, of id: RelationshipID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        let f = fields
        guard id.index < f.pointee.relationshipType.count, f.pointee.relationshipType[id.index] != Self.none else {
            return nil
        }
        return f.pointee.relationshipProperties.testString(id.index, key: key.rawValue, test)
    }
}

extension PropertyStore {
    /// `test` on the bytes of entity `id`'s string property `key`; nil when absent or not a string.
    /// - Complexity: O(size of the record) plus the test.
    func testString(_ id: Int, key: UInt32, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        let start = Int(offsets[id])
        if start == 0 { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Bool? in
            var reader = PropertyCodec.Reader(buffer: buffer, position: start)
            guard reader.seek(property: key), let text = reader.stringBytes() else { return nil }
            return test(text)
        }
    }
}

extension PropertyGraph {
    /// True when every property key id of `earlier` names the same key here (this graph
    /// is `earlier` after writes, which only ever add keys), so records of the two can be
    /// compared by key id.
    /// - Complexity: O(property keys).
    public func extendsPropertyKeys(of earlier: PropertyGraph) -> Bool {
        let old = earlier.store.propertyKeys.names
        let new = store.propertyKeys.names
        return old.count <= new.count && new.prefix(old.count).elementsEqual(old)
    }

    /// How node `id`'s properties here differ from those it had in `earlier` (a node not
    /// live in a graph has none there): `set` counts the keys whose value here is new or
    /// unequal, `removed` the keys whose value in `earlier` is gone or unequal here. Needs
    /// `extendsPropertyKeys(of: earlier)`.
    /// - Complexity: O(p²) key comparisons on the two records; decodes only unequal bytes.
    public func propertyChanges(of id: NodeID, since earlier: PropertyGraph) -> (set: Int, removed: Int) {
        PropertyStore.differences(
            old: earlier.store.nodeProperties, earlier.contains(id) ? id.index : nil,
            new: store.nodeProperties, contains(id) ? id.index : nil)
    }

    /// The same for relationship `id`.
    /// - Complexity: O(p²) key comparisons on the two records; decodes only unequal bytes.
    public func propertyChanges(of id: RelationshipID, since earlier: PropertyGraph) -> (set: Int, removed: Int) {
        PropertyStore.differences(
            old: earlier.store.relationshipProperties, earlier.contains(id) ? id.index : nil,
            new: store.relationshipProperties, contains(id) ? id.index : nil)
    }
}
