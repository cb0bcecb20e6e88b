// Reading a PropertyGraph: lookups by key, labels, properties, endpoints and adjacency.

extension PropertyGraph {
    /// True when `id` names a live node.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: NodeID) -> Bool { _nodeIsLive(id) }

    /// True when `id` names a live relationship.
    /// - Complexity: O(1).
    @inlinable public func contains(_ id: RelationshipID) -> Bool { _relationshipIsLive(id) }

    @usableFromInline func _nodeIsLive(_ id: NodeID) -> Bool {
        id.index < store.nodeLive.count && store.nodeLive[id.index]
    }

    @usableFromInline func _relationshipIsLive(_ id: RelationshipID) -> Bool {
        id.index < store.relationshipType.count && store.relationshipType[id.index] != Self.none
    }

    /// The live node with external key `key`.
    /// - Complexity: O(k) on average for key length k.
    public func node(forKey key: String) -> NodeID? { store.nodeKeys.find(key).map { NodeID($0) } }

    /// The live relationship with external key `key`.
    /// - Complexity: O(k) on average for key length k.
    public func relationship(forKey key: String) -> RelationshipID? {
        store.relationshipKeys.find(key).map { RelationshipID($0) }
    }

    /// The external key of a live node ("" for a removed one).
    /// - Complexity: O(k).
    public func key(of id: NodeID) -> String { contains(id) ? store.nodeKeys.key(id.index) : "" }

    /// The external key of a live relationship ("" for a removed one).
    /// - Complexity: O(k).
    public func key(of id: RelationshipID) -> String { contains(id) ? store.relationshipKeys.key(id.index) : "" }

    /// The node's label names, in the order they were first added to the graph.
    /// - Complexity: O(l + w), l the node's label count and w its label words.
    public func labels(of id: NodeID) -> [String] { labelIDs(of: id).map { labelTable.name(of: $0.rawValue) } }

    /// The node's label ids, sorted.
    /// - Complexity: O(l + w), l the node's label count and w its label words.
    public func labelIDs(of id: NodeID) -> [LabelID] {
        guard contains(id) else { return [] }
        var out: [LabelID] = []
        var word = store.nodeLabelBits[id.index]
        while word != 0 {
            out.append(LabelID(UInt32(word.trailingZeroBitCount)))
            word &= word - 1
        }
        if let extra = store.labelOverflow[UInt32(id.index)] {
            for (k, w) in extra.enumerated() {
                var word = w
                while word != 0 {
                    out.append(LabelID(UInt32(64 * (k + 1) + word.trailingZeroBitCount)))
                    word &= word - 1
                }
            }
        }
        return out
    }

    /// True when the node carries label id `label`.
    func hasLabelID(_ id: NodeID, _ label: Int) -> Bool {
        guard contains(id) else { return false }
        if label < 64 { return store.nodeLabelBits[id.index] & (1 << UInt64(label)) != 0 }
        guard let extra = store.labelOverflow[UInt32(id.index)] else { return false }
        let k = label / 64 - 1
        return k < extra.count && extra[k] & (1 << UInt64(label % 64)) != 0
    }

    /// True when the node carries `label`.
    /// - Complexity: O(1).
    public func hasLabel(_ id: NodeID, _ label: String) -> Bool {
        guard let l = labelTable.id(of: label) else { return false }
        return store.labelMembers[Int(l)].contains(id)
    }

    /// The node's properties.
    /// - Complexity: O(p), decoded from the node's property record.
    public func properties(of id: NodeID) -> [String: Value] {
        contains(id) ? store.nodeProperties.properties(id.index, keys: store.propertyKeys) : [:]
    }

    /// One property of a node, `.null` when absent.
    /// - Complexity: O(size of the node's property record).
    public func property(_ key: String, of id: NodeID) -> Value {
        guard contains(id), let k = store.propertyKeys.id(of: key) else { return .null }
        return store.nodeProperties.property(id.index, key: k) ?? .null
    }

    /// The relationship's properties.
    /// - Complexity: O(p), decoded from the relationship's property record.
    public func properties(of id: RelationshipID) -> [String: Value] {
        contains(id) ? store.relationshipProperties.properties(id.index, keys: store.propertyKeys) : [:]
    }

    /// One property of a relationship, `.null` when absent.
    /// - Complexity: O(size of the relationship's property record).
    public func property(_ key: String, of id: RelationshipID) -> Value {
        guard contains(id), let k = store.propertyKeys.id(of: key) else { return .null }
        return store.relationshipProperties.property(id.index, key: k) ?? .null
    }

    /// The relationship's type name.
    /// - Complexity: O(1).
    public func type(of id: RelationshipID) -> String {
        guard contains(id) else { return "" }
        return typeTable.name(of: store.relationshipType[id.index])
    }

    /// The relationship's type id.
    /// - Complexity: O(1).
    public func typeID(of id: RelationshipID) -> TypeID {
        TypeID(contains(id) ? store.relationshipType[id.index] : UInt32.max)
    }

    /// The relationship's start node.
    /// - Complexity: O(1).
    public func start(of id: RelationshipID) -> NodeID {
        NodeID(contains(id) ? store.relationshipStart[id.index] : UInt32.max)
    }

    /// The relationship's end node.
    /// - Complexity: O(1).
    public func end(of id: RelationshipID) -> NodeID {
        NodeID(contains(id) ? store.relationshipEnd[id.index] : UInt32.max)
    }

    /// Relationships that start at the node, in creation order.
    /// - Complexity: O(d), d the node's out-degree.
    public func outgoing(of id: NodeID) -> [RelationshipID] {
        guard contains(id) else { return [] }
        var out: [RelationshipID] = []
        out.reserveCapacity(Int(store.outDegree[id.index]))
        var r = store.firstOut[id.index]
        while r != Self.none {
            out.append(RelationshipID(r))
            r = store.nextOut[Int(r)]
        }
        return out
    }

    /// Relationships that end at the node, in creation order.
    /// - Complexity: O(d), d the node's in-degree.
    public func incoming(of id: NodeID) -> [RelationshipID] {
        guard contains(id) else { return [] }
        var out: [RelationshipID] = []
        out.reserveCapacity(Int(store.inDegree[id.index]))
        var r = store.firstIn[id.index]
        while r != Self.none {
            out.append(RelationshipID(r))
            r = store.nextIn[Int(r)]
        }
        return out
    }

    /// The number of relationships touching the node (a self-loop counts twice).
    /// - Complexity: O(1).
    public func degree(of id: NodeID) -> Int {
        contains(id) ? Int(store.outDegree[id.index]) + Int(store.inDegree[id.index]) : 0
    }

    /// Live node ids in increasing order.
    /// - Complexity: O(capacity).
    public var nodes: [NodeID] {
        var out: [NodeID] = []
        out.reserveCapacity(nodeCount)
        for i in store.nodeLive.indices where store.nodeLive[i] { out.append(NodeID(i)) }
        return out
    }

    /// Live relationship ids in increasing order.
    /// - Complexity: O(capacity).
    public var relationships: [RelationshipID] {
        var out: [RelationshipID] = []
        out.reserveCapacity(relationshipCount)
        for i in store.relationshipType.indices where store.relationshipType[i] != Self.none {
            out.append(RelationshipID(i))
        }
        return out
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
        return store.labelMembers[Int(l)]
    }

    /// The number of nodes carrying `label`.
    /// - Complexity: O(1).
    public func nodeCount(withLabel label: String) -> Int { nodes(withLabel: label).count }

    /// The nodes with `label` whose `property` equals `value` (openCypher equality on numbers).
    ///
    /// Uses the `(label, property)` index when one is declared (`createIndex`), otherwise
    /// scans the label.
    /// - Complexity: O(1 + k) with an index; O(n_label · p) without.
    public func nodes(withLabel label: String, property: String, equalTo value: Value) -> [NodeID] {
        if let index = store.propertyIndexes[IndexKey(label: label, property: property)] {
            return index.nodes(equalTo: value)
        }
        guard let k = store.propertyKeys.id(of: property) else { return [] }
        let wanted = PropertyIndex.normalise(value)
        return nodes(withLabel: label).filter { id in
            guard let v = store.nodeProperties.property(id.index, key: k) else { return false }
            return PropertyIndex.normalise(v) == wanted
        }
    }

    /// True when a `(label, property)` index is declared.
    public func hasIndex(label: String, property: String) -> Bool {
        store.propertyIndexes[IndexKey(label: label, property: property)] != nil
    }

    /// The declared `(label, property)` indexes, by label then property.
    /// - Complexity: O(i log i) for i indexes.
    public var indexes: [(label: String, property: String)] {
        store.propertyIndexes.keys.sorted { ($0.label, $0.property) < ($1.label, $1.property) }.map {
            ($0.label, $0.property)
        }
    }

    /// The declared index on `(label, property)`, or nil.
    /// - Complexity: O(1).
    public func index(label: String, property: String) -> PropertyIndex? {
        store.propertyIndexes[IndexKey(label: label, property: property)]
    }

    /// The declared index called `name`, or nil.
    /// - Complexity: O(i) for i indexes.
    public func index(named name: String) -> PropertyIndex? {
        store.propertyIndexes.values.first { $0.name == name }
    }
}
