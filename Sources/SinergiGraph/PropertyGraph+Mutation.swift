// Changing a PropertyGraph: adding, updating and removing nodes and relationships.

extension PropertyGraph {
    /// Adds a node. A nil `key` gets a generated one (`n<N>`, never handed out before; see
    /// `keySerial`).
    ///
    /// - Throws: `GraphError.duplicateNodeKey`, `.emptyName`, `.unstorableValue`.
    /// - Complexity: O(k + l + p) for key length k, l labels and p properties (plus index upkeep).
    @discardableResult
    public mutating func addNode(key: String? = nil, labels: [String] = [], properties: [String: Value] = [:])
        throws(GraphError) -> NodeID
    {
        let key = key ?? generateNodeKey()
        guard !key.isEmpty else { throw .emptyName("a node key") }
        store.nodeKeys.reserveOne()
        let slot = store.nodeKeys.probe(key)
        guard slot.found == nil else { throw .duplicateNodeKey(key) }
        noteKeyInUse(key)
        let clean = try Self.storable(properties)
        var labelIDs: [LabelID] = []
        for name in labels {
            guard !name.isEmpty else { throw .emptyName("a label") }
            let l = LabelID(internLabel(name))
            if !labelIDs.contains(l) { labelIDs.append(l) }
        }
        labelIDs.sort()
        let id = NodeID(store.nodeLive.count)
        _ = store.nodeKeys.insert(key, at: slot)
        store.nodeLive.append(true)
        store.nodeLabelBits.append(0)
        withFields { f in f.nodeProperties.append(clean, keys: &f.propertyKeys) }
        store.firstOut.append(Self.none)
        store.lastOut.append(Self.none)
        store.firstIn.append(Self.none)
        store.lastIn.append(Self.none)
        store.outDegree.append(0)
        store.inDegree.append(0)
        for l in labelIDs { setLabelBit(id, l.index, true) }
        indexInsert(id, labels: labelIDs, properties: clean)
        store.nodeCount += 1
        return id
    }

    /// Adds a relationship of `type` from `start` to `end`. A nil `key` gets a generated one (`r<N>`,
    /// never handed out before).
    ///
    /// - Throws: `GraphError.unknownNode`, `.duplicateRelationshipKey`, `.emptyName`, `.unstorableValue`.
    /// - Complexity: O(k + p) for key length k and p properties.
    @discardableResult
    public mutating func addRelationship(
        key: String? = nil, type: String, from start: NodeID, to end: NodeID, properties: [String: Value] = [:]
    ) throws(GraphError) -> RelationshipID {
        guard contains(start) else { throw .unknownNode(start.description) }
        guard contains(end) else { throw .unknownNode(end.description) }
        guard !type.isEmpty else { throw .emptyName("a relationship type") }
        let key = key ?? generateRelationshipKey()
        guard !key.isEmpty else { throw .emptyName("a relationship key") }
        store.relationshipKeys.reserveOne()
        let slot = store.relationshipKeys.probe(key)
        guard slot.found == nil else { throw .duplicateRelationshipKey(key) }
        noteKeyInUse(key)
        let clean = try Self.storable(properties)
        let t = store.typeTable.intern(type)
        let id = RelationshipID(store.relationshipType.count)
        _ = store.relationshipKeys.insert(key, at: slot)
        store.relationshipType.append(t)
        store.relationshipStart.append(start.rawValue)
        store.relationshipEnd.append(end.rawValue)
        store.nextOut.append(Self.none)
        store.nextIn.append(Self.none)
        withFields { f in f.relationshipProperties.append(clean, keys: &f.propertyKeys) }
        // Append to the start node's outgoing list and the end node's incoming list.
        if store.lastOut[start.index] == Self.none {
            store.firstOut[start.index] = id.rawValue
        } else {
            store.nextOut[Int(store.lastOut[start.index])] = id.rawValue
        }
        store.lastOut[start.index] = id.rawValue
        store.outDegree[start.index] += 1
        if store.lastIn[end.index] == Self.none {
            store.firstIn[end.index] = id.rawValue
        } else {
            store.nextIn[Int(store.lastIn[end.index])] = id.rawValue
        }
        store.lastIn[end.index] = id.rawValue
        store.inDegree[end.index] += 1
        store.relationshipCount += 1
        return id
    }

    /// Sets (or, for `.null`, removes) one property of a node.
    /// - Complexity: O(size of the node's record): the record is rewritten from its bytes
    ///   with the one entry replaced; plus index upkeep for indexed labels.
    public mutating func setProperty(_ key: String, to value: Value, on id: NodeID) throws(GraphError) {
        guard contains(id) else { throw .unknownNode(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        let existing = propertyKeyID(named: key)
        let old = existing.flatMap { k in store.nodeProperties.property(id.index, key: k.rawValue) }
        if old == nil && value.isNull { return }
        let labels = store.propertyIndexes.isEmpty ? [] : labelIDs(of: id)
        if let old { indexRemove(id, labels: labels, key: key, value: old) }
        withFields { f in
            let k = existing?.rawValue ?? f.propertyKeys.intern(key)
            f.nodeProperties.set(id.index, key: k, to: value.isNull ? Value?.none : Value?.some(value))
        }
        if !value.isNull { indexInsert(id, labels: labels, key: key, value: value) }
        touch(id)
    }

    /// Replaces all properties of a node.
    /// - Complexity: O(p_old + p_new).
    public mutating func setProperties(_ properties: [String: Value], on id: NodeID) throws(GraphError) {
        guard contains(id) else { throw .unknownNode(id.description) }
        let clean = try Self.storable(properties)
        if !store.propertyIndexes.isEmpty {
            let labels = labelIDs(of: id)
            for (k, v) in self.properties(of: id) { indexRemove(id, labels: labels, key: k, value: v) }
            indexInsert(id, labels: labels, properties: clean)
        }
        withFields { f in f.nodeProperties.set(id.index, clean, keys: &f.propertyKeys) }
        touch(id)
    }

    /// Sets (or, for `.null`, removes) one property of a relationship.
    /// - Complexity: O(size of the relationship's record), rewritten with the one entry replaced.
    public mutating func setProperty(_ key: String, to value: Value, on id: RelationshipID) throws(GraphError) {
        guard contains(id) else { throw .unknownRelationship(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        let existing = propertyKeyID(named: key)
        let old = existing.flatMap { k in store.relationshipProperties.property(id.index, key: k.rawValue) }
        if old == nil && value.isNull { return }
        withFields { f in
            let k = existing?.rawValue ?? f.propertyKeys.intern(key)
            f.relationshipProperties.set(id.index, key: k, to: value.isNull ? Value?.none : Value?.some(value))
        }
        touch(id)
    }

    /// Replaces all properties of a relationship.
    /// - Complexity: O(p).
    public mutating func setProperties(_ properties: [String: Value], on id: RelationshipID) throws(GraphError) {
        guard contains(id) else { throw .unknownRelationship(id.description) }
        let clean = try Self.storable(properties)
        withFields { f in f.relationshipProperties.set(id.index, clean, keys: &f.propertyKeys) }
        touch(id)
    }

    /// Adds a label to a node; returns false when it was there already.
    /// - Complexity: O(p) for the node's properties when indexes are declared, else O(1).
    @discardableResult
    public mutating func addLabel(_ label: String, to id: NodeID) throws(GraphError) -> Bool {
        guard contains(id) else { throw .unknownNode(id.description) }
        guard !label.isEmpty else { throw .emptyName("a label") }
        let l = LabelID(internLabel(label))
        if hasLabelID(id, l.index) { return false }
        setLabelBit(id, l.index, true)
        indexInsert(id, labels: [l], properties: store.propertyIndexes.isEmpty ? [:] : properties(of: id))
        touch(id)
        return true
    }

    /// Removes a label from a node; returns false when it was not there.
    /// - Complexity: O(p) for the node's properties when indexes are declared, else O(1).
    @discardableResult
    public mutating func removeLabel(_ label: String, from id: NodeID) throws(GraphError) -> Bool {
        guard contains(id) else { throw .unknownNode(id.description) }
        guard let raw = labelTable.id(of: label), hasLabelID(id, Int(raw)) else { return false }
        let l = LabelID(raw)
        setLabelBit(id, l.index, false)
        if !store.propertyIndexes.isEmpty {
            for (k, v) in properties(of: id) { indexRemove(id, labels: [l], key: k, value: v) }
        }
        touch(id)
        return true
    }

    /// Removes a relationship; every other id stays valid.
    /// - Complexity: O(d) for the degree of its endpoints.
    public mutating func removeRelationship(_ id: RelationshipID) throws(GraphError) {
        guard contains(id) else { throw .unknownRelationship(id.description) }
        let key = store.relationshipKeys.key(id.index)
        let s = Int(store.relationshipStart[id.index])
        let e = Int(store.relationshipEnd[id.index])
        unlinkOut(id.rawValue, from: s)
        unlinkIn(id.rawValue, from: e)
        store.relationshipType[id.index] = Self.none
        store.relationshipProperties.clear(id.index)
        store.relationshipKeys.unindex(id.index)
        store.relationshipCount -= 1
        noteRemoval(id, key: key)
        if contains(NodeID(s)) { touch(NodeID(s)) }
        if contains(NodeID(e)) { touch(NodeID(e)) }
    }

    /// Removes a node. With `detach`, its relationships go first; without, a node that
    /// still has relationships is refused.
    /// - Throws: `GraphError.unknownNode`, `.nodeHasRelationships`.
    /// - Complexity: O(d·d') for its d relationships and their endpoints' degrees d', plus O(l + p).
    public mutating func removeNode(_ id: NodeID, detach: Bool = false) throws(GraphError) {
        guard contains(id) else { throw .unknownNode(id.description) }
        let key = store.nodeKeys.key(id.index)
        let incident = outgoing(of: id) + incoming(of: id)
        if !incident.isEmpty {
            guard detach else { throw .nodeHasRelationships(key: key, count: incident.count) }
            for r in incident where contains(r) { try removeRelationship(r) }
        }
        let labels = labelIDs(of: id)
        if !store.propertyIndexes.isEmpty { indexRemove(id, labels: labels, properties: properties(of: id)) }
        for l in labels { setLabelBit(id, l.index, false) }
        store.labelOverflow[UInt32(id.index)] = nil
        store.nodeProperties.clear(id.index)
        store.nodeLive[id.index] = false
        store.nodeKeys.unindex(id.index)
        store.nodeCount -= 1
        noteRemoval(id, key: key)
    }

    /// Declares a `(label, property)` equality index and builds it; nothing happens when
    /// that pair is already indexed. The declaration is recorded in `changes`.
    /// - Parameter name: the index's name (default `index_<label>_<property>`); the caller
    ///   keeps names unique (`index(named:)`).
    /// - Returns: true when the index was created.
    /// - Complexity: O(n_label · p).
    @discardableResult
    public mutating func createIndex(label: String, property: String, name: String? = nil) -> Bool {
        let key = IndexKey(label: label, property: property)
        guard store.propertyIndexes[key] == nil else { return false }
        var index = PropertyIndex(label: label, property: property, name: name)
        if let k = store.propertyKeys.id(of: property) {
            for id in nodes(withLabel: label) {
                if let v = store.nodeProperties.property(id.index, key: k) { index.insert(id, value: v) }
            }
        }
        store.propertyIndexes[key] = index
        store.changeLog.indexChanges.append(
            IndexChange(name: index.name, label: label, property: property, dropped: false))
        return true
    }

    /// Drops the `(label, property)` index; the drop is recorded in `changes`.
    /// - Returns: false when there was no such index.
    /// - Complexity: O(1) (the index's memory is released).
    @discardableResult
    public mutating func dropIndex(label: String, property: String) -> Bool {
        guard let index = store.propertyIndexes.removeValue(forKey: IndexKey(label: label, property: property)) else {
            return false
        }
        store.changeLog.indexChanges.append(
            IndexChange(name: index.name, label: label, property: property, dropped: true))
        return true
    }

    // MARK: helpers

    mutating func internLabel(_ name: String) -> UInt32 {
        let raw = store.labelTable.intern(name)
        while store.labelMembers.count < labelTable.count { store.labelMembers.append(NodeSet()) }
        return raw
    }

    /// Sets or clears label `label` on node `id`, in the node's mask and the label's member set.
    mutating func setLabelBit(_ id: NodeID, _ label: Int, _ on: Bool) {
        if label < 64 {
            let bit: UInt64 = 1 << UInt64(label)
            if on { store.nodeLabelBits[id.index] |= bit } else { store.nodeLabelBits[id.index] &= ~bit }
        } else {
            let k = label / 64 - 1
            let bit: UInt64 = 1 << UInt64(label % 64)
            var extra = store.labelOverflow[UInt32(id.index)] ?? []
            while extra.count <= k { extra.append(0) }
            if on { extra[k] |= bit } else { extra[k] &= ~bit }
            store.labelOverflow[UInt32(id.index)] = extra.allSatisfy { $0 == 0 } ? nil : extra
        }
        if on { store.labelMembers[label].insert(id) } else { store.labelMembers[label].remove(id) }
    }

    /// Removes relationship `r` from node `n`'s outgoing list.
    mutating func unlinkOut(_ r: UInt32, from n: Int) {
        var previous = Self.none
        var current = store.firstOut[n]
        while current != Self.none && current != r {
            previous = current
            current = store.nextOut[Int(current)]
        }
        guard current == r else { return }
        let following = store.nextOut[Int(r)]
        if previous == Self.none { store.firstOut[n] = following } else { store.nextOut[Int(previous)] = following }
        if store.lastOut[n] == r { store.lastOut[n] = previous }
        store.nextOut[Int(r)] = Self.none
        store.outDegree[n] -= 1
    }

    /// Removes relationship `r` from node `n`'s incoming list.
    mutating func unlinkIn(_ r: UInt32, from n: Int) {
        var previous = Self.none
        var current = store.firstIn[n]
        while current != Self.none && current != r {
            previous = current
            current = store.nextIn[Int(current)]
        }
        guard current == r else { return }
        let following = store.nextIn[Int(r)]
        if previous == Self.none { store.firstIn[n] = following } else { store.nextIn[Int(previous)] = following }
        if store.lastIn[n] == r { store.lastIn[n] = previous }
        store.nextIn[Int(r)] = Self.none
        store.inDegree[n] -= 1
    }

    static func storable(_ properties: [String: Value]) throws(GraphError) -> [String: Value] {
        var clean = properties
        for (k, v) in properties {
            if v.isNull {
                clean.removeValue(forKey: k)
            } else if !v.isStorable {
                throw .unstorableValue(key: k, type: v.typeName)
            }
        }
        return clean
    }

    mutating func indexInsert(_ id: NodeID, labels: [LabelID], properties: [String: Value]) {
        guard !store.propertyIndexes.isEmpty else { return }
        for (k, v) in properties { indexInsert(id, labels: labels, key: k, value: v) }
    }

    mutating func indexInsert(_ id: NodeID, labels: [LabelID], key: String, value: Value) {
        guard !store.propertyIndexes.isEmpty else { return }
        for l in labels {
            let ik = IndexKey(label: labelTable.name(of: l.rawValue), property: key)
            store.propertyIndexes[ik]?.insert(id, value: value)
        }
    }

    mutating func indexRemove(_ id: NodeID, labels: [LabelID], properties: [String: Value]) {
        guard !store.propertyIndexes.isEmpty else { return }
        for (k, v) in properties { indexRemove(id, labels: labels, key: k, value: v) }
    }

    mutating func indexRemove(_ id: NodeID, labels: [LabelID], key: String, value: Value) {
        guard !store.propertyIndexes.isEmpty else { return }
        for l in labels {
            let ik = IndexKey(label: labelTable.name(of: l.rawValue), property: key)
            store.propertyIndexes[ik]?.remove(id, value: value)
        }
    }
}
