// Changing a PropertyGraph: adding, updating and removing nodes and relationships.

extension PropertyGraph {
    /// Adds a node. A nil `key` gets a generated one (`n<N>`, skipping keys in use).
    ///
    /// - Throws: `GraphError.duplicateNodeKey`, `.emptyName`, `.unstorableValue`.
    /// - Complexity: O(k + l + p) for key length k, l labels and p properties (plus index upkeep).
    @discardableResult
    public mutating func addNode(key: String? = nil, labels: [String] = [], properties: [String: Value] = [:])
        throws(GraphError) -> NodeID
    {
        let key = key ?? generateNodeKey()
        guard !key.isEmpty else { throw .emptyName("a node key") }
        nodeKeys.reserveOne()
        let slot = nodeKeys.probe(key)
        guard slot.found == nil else { throw .duplicateNodeKey(key) }
        let clean = try Self.storable(properties)
        var labelIDs: [LabelID] = []
        for name in labels {
            guard !name.isEmpty else { throw .emptyName("a label") }
            let l = LabelID(internLabel(name))
            if !labelIDs.contains(l) { labelIDs.append(l) }
        }
        labelIDs.sort()
        let id = NodeID(nodeLive.count)
        _ = nodeKeys.insert(key, at: slot)
        nodeLive.append(true)
        nodeLabelBits.append(0)
        withFields { f in f.nodeProperties.append(clean, keys: &f.propertyKeys) }
        firstOut.append(Self.none)
        lastOut.append(Self.none)
        firstIn.append(Self.none)
        lastIn.append(Self.none)
        outDegree.append(0)
        inDegree.append(0)
        for l in labelIDs { setLabelBit(id, l.index, true) }
        indexInsert(id, labels: labelIDs, properties: clean)
        nodeCount += 1
        return id
    }

    /// Adds a relationship of `type` from `start` to `end`. A nil `key` gets a generated one (`r<N>`).
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
        relationshipKeys.reserveOne()
        let slot = relationshipKeys.probe(key)
        guard slot.found == nil else { throw .duplicateRelationshipKey(key) }
        let clean = try Self.storable(properties)
        let t = typeTable.intern(type)
        let id = RelationshipID(relationshipType.count)
        _ = relationshipKeys.insert(key, at: slot)
        relationshipType.append(t)
        relationshipStart.append(start.rawValue)
        relationshipEnd.append(end.rawValue)
        nextOut.append(Self.none)
        nextIn.append(Self.none)
        withFields { f in f.relationshipProperties.append(clean, keys: &f.propertyKeys) }
        // Append to the start node's outgoing list and the end node's incoming list.
        if lastOut[start.index] == Self.none {
            firstOut[start.index] = id.rawValue
        } else {
            nextOut[Int(lastOut[start.index])] = id.rawValue
        }
        lastOut[start.index] = id.rawValue
        outDegree[start.index] += 1
        if lastIn[end.index] == Self.none {
            firstIn[end.index] = id.rawValue
        } else {
            nextIn[Int(lastIn[end.index])] = id.rawValue
        }
        lastIn[end.index] = id.rawValue
        inDegree[end.index] += 1
        relationshipCount += 1
        return id
    }

    /// Sets (or, for `.null`, removes) one property of a node.
    /// - Complexity: O(p), re-encoding the node's properties, plus index upkeep for indexed labels.
    public mutating func setProperty(_ key: String, to value: Value, on id: NodeID) throws(GraphError) {
        guard contains(id) else { throw .unknownNode(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        var properties = self.properties(of: id)
        let old = properties[key]
        if old == nil && value.isNull { return }
        let labels = labelIDs(of: id)
        if let old { indexRemove(id, labels: labels, key: key, value: old) }
        if value.isNull { properties.removeValue(forKey: key) } else { properties[key] = value }
        withFields { f in f.nodeProperties.set(id.index, properties, keys: &f.propertyKeys) }
        if !value.isNull { indexInsert(id, labels: labels, key: key, value: value) }
        touch(id)
    }

    /// Replaces all properties of a node.
    /// - Complexity: O(p_old + p_new).
    public mutating func setProperties(_ properties: [String: Value], on id: NodeID) throws(GraphError) {
        guard contains(id) else { throw .unknownNode(id.description) }
        let clean = try Self.storable(properties)
        if !propertyIndexes.isEmpty {
            let labels = labelIDs(of: id)
            for (k, v) in self.properties(of: id) { indexRemove(id, labels: labels, key: k, value: v) }
            indexInsert(id, labels: labels, properties: clean)
        }
        withFields { f in f.nodeProperties.set(id.index, clean, keys: &f.propertyKeys) }
        touch(id)
    }

    /// Sets (or, for `.null`, removes) one property of a relationship.
    /// - Complexity: O(p), re-encoding the relationship's properties.
    public mutating func setProperty(_ key: String, to value: Value, on id: RelationshipID) throws(GraphError) {
        guard contains(id) else { throw .unknownRelationship(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        var properties = self.properties(of: id)
        if properties[key] == nil && value.isNull { return }
        if value.isNull { properties.removeValue(forKey: key) } else { properties[key] = value }
        withFields { f in f.relationshipProperties.set(id.index, properties, keys: &f.propertyKeys) }
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
        indexInsert(id, labels: [l], properties: propertyIndexes.isEmpty ? [:] : properties(of: id))
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
        if !propertyIndexes.isEmpty {
            for (k, v) in properties(of: id) { indexRemove(id, labels: [l], key: k, value: v) }
        }
        touch(id)
        return true
    }

    /// Removes a relationship; every other id stays valid.
    /// - Complexity: O(d) for the degree of its endpoints.
    public mutating func removeRelationship(_ id: RelationshipID) throws(GraphError) {
        guard contains(id) else { throw .unknownRelationship(id.description) }
        let key = relationshipKeys.key(id.index)
        let s = Int(relationshipStart[id.index])
        let e = Int(relationshipEnd[id.index])
        unlinkOut(id.rawValue, from: s)
        unlinkIn(id.rawValue, from: e)
        relationshipType[id.index] = Self.none
        relationshipProperties.clear(id.index)
        relationshipKeys.unindex(id.index)
        relationshipCount -= 1
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
        let key = nodeKeys.key(id.index)
        let incident = outgoing(of: id) + incoming(of: id)
        if !incident.isEmpty {
            guard detach else { throw .nodeHasRelationships(key: key, count: incident.count) }
            for r in incident where contains(r) { try removeRelationship(r) }
        }
        let labels = labelIDs(of: id)
        if !propertyIndexes.isEmpty { indexRemove(id, labels: labels, properties: properties(of: id)) }
        for l in labels { setLabelBit(id, l.index, false) }
        labelOverflow[UInt32(id.index)] = nil
        nodeProperties.clear(id.index)
        nodeLive[id.index] = false
        nodeKeys.unindex(id.index)
        nodeCount -= 1
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
        guard propertyIndexes[key] == nil else { return false }
        var index = PropertyIndex(label: label, property: property, name: name)
        if let k = propertyKeys.id(of: property) {
            for id in nodes(withLabel: label) {
                if let v = nodeProperties.property(id.index, key: k) { index.insert(id, value: v) }
            }
        }
        propertyIndexes[key] = index
        changeLog.indexChanges.append(
            IndexChange(name: index.name, label: label, property: property, dropped: false))
        return true
    }

    /// Drops the `(label, property)` index; the drop is recorded in `changes`.
    /// - Returns: false when there was no such index.
    /// - Complexity: O(1) (the index's memory is released).
    @discardableResult
    public mutating func dropIndex(label: String, property: String) -> Bool {
        guard let index = propertyIndexes.removeValue(forKey: IndexKey(label: label, property: property)) else {
            return false
        }
        changeLog.indexChanges.append(IndexChange(name: index.name, label: label, property: property, dropped: true))
        return true
    }

    // MARK: helpers

    mutating func internLabel(_ name: String) -> UInt32 {
        let raw = labelTable.intern(name)
        while labelMembers.count < labelTable.count { labelMembers.append(NodeSet()) }
        return raw
    }

    /// Sets or clears label `label` on node `id`, in the node's mask and the label's member set.
    mutating func setLabelBit(_ id: NodeID, _ label: Int, _ on: Bool) {
        if label < 64 {
            let bit: UInt64 = 1 << UInt64(label)
            if on { nodeLabelBits[id.index] |= bit } else { nodeLabelBits[id.index] &= ~bit }
        } else {
            let k = label / 64 - 1
            let bit: UInt64 = 1 << UInt64(label % 64)
            var extra = labelOverflow[UInt32(id.index)] ?? []
            while extra.count <= k { extra.append(0) }
            if on { extra[k] |= bit } else { extra[k] &= ~bit }
            labelOverflow[UInt32(id.index)] = extra.allSatisfy { $0 == 0 } ? nil : extra
        }
        if on { labelMembers[label].insert(id) } else { labelMembers[label].remove(id) }
    }

    /// Removes relationship `r` from node `n`'s outgoing list.
    mutating func unlinkOut(_ r: UInt32, from n: Int) {
        var previous = Self.none
        var current = firstOut[n]
        while current != Self.none && current != r {
            previous = current
            current = nextOut[Int(current)]
        }
        guard current == r else { return }
        let following = nextOut[Int(r)]
        if previous == Self.none { firstOut[n] = following } else { nextOut[Int(previous)] = following }
        if lastOut[n] == r { lastOut[n] = previous }
        nextOut[Int(r)] = Self.none
        outDegree[n] -= 1
    }

    /// Removes relationship `r` from node `n`'s incoming list.
    mutating func unlinkIn(_ r: UInt32, from n: Int) {
        var previous = Self.none
        var current = firstIn[n]
        while current != Self.none && current != r {
            previous = current
            current = nextIn[Int(current)]
        }
        guard current == r else { return }
        let following = nextIn[Int(r)]
        if previous == Self.none { firstIn[n] = following } else { nextIn[Int(previous)] = following }
        if lastIn[n] == r { lastIn[n] = previous }
        nextIn[Int(r)] = Self.none
        inDegree[n] -= 1
    }

    mutating func generateNodeKey() -> String {
        while true {
            generatedKeySerial += 1
            let candidate = "n" + String(generatedKeySerial)
            if nodeKeys.find(candidate) == nil { return candidate }
        }
    }

    mutating func generateRelationshipKey() -> String {
        while true {
            generatedKeySerial += 1
            let candidate = "r" + String(generatedKeySerial)
            if relationshipKeys.find(candidate) == nil { return candidate }
        }
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
        guard !propertyIndexes.isEmpty else { return }
        for (k, v) in properties { indexInsert(id, labels: labels, key: k, value: v) }
    }

    mutating func indexInsert(_ id: NodeID, labels: [LabelID], key: String, value: Value) {
        guard !propertyIndexes.isEmpty else { return }
        for l in labels {
            let ik = IndexKey(label: labelTable.name(of: l.rawValue), property: key)
            propertyIndexes[ik]?.insert(id, value: value)
        }
    }

    mutating func indexRemove(_ id: NodeID, labels: [LabelID], properties: [String: Value]) {
        guard !propertyIndexes.isEmpty else { return }
        for (k, v) in properties { indexRemove(id, labels: labels, key: k, value: v) }
    }

    mutating func indexRemove(_ id: NodeID, labels: [LabelID], key: String, value: Value) {
        guard !propertyIndexes.isEmpty else { return }
        for l in labels {
            let ik = IndexKey(label: labelTable.name(of: l.rawValue), property: key)
            propertyIndexes[ik]?.remove(id, value: value)
        }
    }
}
