// Changing a PropertyGraph: adding, updating and removing nodes and relationships.

extension PropertyGraph {
    /// Adds a node. A nil `key` gets a generated one (`n<N>`, skipping keys in use).
    ///
    /// - Throws: `GraphError.duplicateNodeKey`, `.emptyName`, `.unstorableValue`.
    /// - Complexity: O(l + p) for l labels and p properties (plus index upkeep).
    @discardableResult
    public mutating func addNode(key: String? = nil, labels: [String] = [], properties: [String: Value] = [:])
        throws(GraphError) -> NodeID
    {
        let key = key ?? generateNodeKey()
        guard !key.isEmpty else { throw .emptyName("a node key") }
        guard keyIndex[key] == nil else { throw .duplicateNodeKey(key) }
        let clean = try Self.storable(properties)
        var labelIDs: [LabelID] = []
        for name in labels {
            guard !name.isEmpty else { throw .emptyName("a label") }
            let l = LabelID(internLabel(name))
            if !labelIDs.contains(l) { labelIDs.append(l) }
        }
        labelIDs.sort()
        let id = NodeID(nodeStore.count)
        nodeStore.append(NodeRecord(key: key, labels: labelIDs, properties: clean, outgoing: [], incoming: []))
        keyIndex[key] = id
        for l in labelIDs { labelMembers[l.index].insert(id) }
        indexInsert(id, labels: labelIDs, properties: clean)
        nodeCount += 1
        changes.touchedNodes.insert(id)
        changes.createdNodes.insert(id)
        return id
    }

    /// Adds a relationship of `type` from `start` to `end`. A nil `key` gets a generated one (`r<N>`).
    ///
    /// - Throws: `GraphError.unknownNode`, `.duplicateRelationshipKey`, `.emptyName`, `.unstorableValue`.
    /// - Complexity: O(p) for p properties.
    @discardableResult
    public mutating func addRelationship(
        key: String? = nil, type: String, from start: NodeID, to end: NodeID, properties: [String: Value] = [:]
    ) throws(GraphError) -> RelationshipID {
        guard contains(start) else { throw .unknownNode(start.description) }
        guard contains(end) else { throw .unknownNode(end.description) }
        guard !type.isEmpty else { throw .emptyName("a relationship type") }
        let key = key ?? generateRelationshipKey()
        guard !key.isEmpty else { throw .emptyName("a relationship key") }
        guard relationshipKeyIndex[key] == nil else { throw .duplicateRelationshipKey(key) }
        let clean = try Self.storable(properties)
        let t = TypeID(typeTable.intern(type))
        let id = RelationshipID(relationshipStore.count)
        relationshipStore.append(RelationshipRecord(key: key, type: t, start: start, end: end, properties: clean))
        relationshipKeyIndex[key] = id
        nodeStore[start.index]?.outgoing.append(id)
        nodeStore[end.index]?.incoming.append(id)
        relationshipCount += 1
        changes.touchedRelationships.insert(id)
        changes.createdRelationships.insert(id)
        return id
    }

    /// Sets (or, for `.null`, removes) one property of a node.
    /// - Complexity: O(1) on average, plus index upkeep for indexed labels.
    public mutating func setProperty(_ key: String, to value: Value, on id: NodeID) throws(GraphError) {
        guard let rec = record(id) else { throw .unknownNode(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        let old = rec.properties[key]
        if old == nil && value.isNull { return }
        if let old { indexRemove(id, labels: rec.labels, key: key, value: old) }
        if value.isNull {
            nodeStore[id.index]?.properties.removeValue(forKey: key)
        } else {
            nodeStore[id.index]?.properties[key] = value
        }
        if !value.isNull { indexInsert(id, labels: rec.labels, key: key, value: value) }
        changes.touchedNodes.insert(id)
    }

    /// Replaces all properties of a node.
    /// - Complexity: O(p_old + p_new).
    public mutating func setProperties(_ properties: [String: Value], on id: NodeID) throws(GraphError) {
        guard let rec = record(id) else { throw .unknownNode(id.description) }
        let clean = try Self.storable(properties)
        for (k, v) in rec.properties { indexRemove(id, labels: rec.labels, key: k, value: v) }
        nodeStore[id.index]?.properties = clean
        indexInsert(id, labels: rec.labels, properties: clean)
        changes.touchedNodes.insert(id)
    }

    /// Sets (or, for `.null`, removes) one property of a relationship.
    /// - Complexity: O(1) on average.
    public mutating func setProperty(_ key: String, to value: Value, on id: RelationshipID) throws(GraphError) {
        guard let rec = record(id) else { throw .unknownRelationship(id.description) }
        if !value.isNull, !value.isStorable { throw .unstorableValue(key: key, type: value.typeName) }
        if rec.properties[key] == nil && value.isNull { return }
        if value.isNull {
            relationshipStore[id.index]?.properties.removeValue(forKey: key)
        } else {
            relationshipStore[id.index]?.properties[key] = value
        }
        changes.touchedRelationships.insert(id)
    }

    /// Replaces all properties of a relationship.
    /// - Complexity: O(p).
    public mutating func setProperties(_ properties: [String: Value], on id: RelationshipID) throws(GraphError) {
        guard record(id) != nil else { throw .unknownRelationship(id.description) }
        relationshipStore[id.index]?.properties = try Self.storable(properties)
        changes.touchedRelationships.insert(id)
    }

    /// Adds a label to a node; returns false when it was there already.
    /// - Complexity: O(l + p) for the node's labels and properties.
    @discardableResult
    public mutating func addLabel(_ label: String, to id: NodeID) throws(GraphError) -> Bool {
        guard var rec = record(id) else { throw .unknownNode(id.description) }
        guard !label.isEmpty else { throw .emptyName("a label") }
        let l = LabelID(internLabel(label))
        if rec.labels.contains(l) { return false }
        rec.labels.append(l)
        rec.labels.sort()
        nodeStore[id.index] = rec
        labelMembers[l.index].insert(id)
        indexInsert(id, labels: [l], properties: rec.properties)
        changes.touchedNodes.insert(id)
        return true
    }

    /// Removes a label from a node; returns false when it was not there.
    /// - Complexity: O(l + p).
    @discardableResult
    public mutating func removeLabel(_ label: String, from id: NodeID) throws(GraphError) -> Bool {
        guard var rec = record(id) else { throw .unknownNode(id.description) }
        guard let raw = labelTable.id(of: label), let i = rec.labels.firstIndex(of: LabelID(raw)) else { return false }
        let l = rec.labels.remove(at: i)
        nodeStore[id.index] = rec
        labelMembers[l.index].remove(id)
        for (k, v) in rec.properties { indexRemove(id, labels: [l], key: k, value: v) }
        changes.touchedNodes.insert(id)
        return true
    }

    /// Removes a relationship; every other id stays valid.
    /// - Complexity: O(d) for the degree of its endpoints.
    public mutating func removeRelationship(_ id: RelationshipID) throws(GraphError) {
        guard let rec = record(id) else { throw .unknownRelationship(id.description) }
        nodeStore[rec.start.index]?.outgoing.removeAll { $0 == id }
        nodeStore[rec.end.index]?.incoming.removeAll { $0 == id }
        relationshipStore[id.index] = nil
        relationshipKeyIndex[rec.key] = nil
        relationshipCount -= 1
        changes.touchedRelationships.remove(id)
        if changes.createdRelationships.remove(id) == nil { changes.removedRelationshipKeys.append(rec.key) }
        if contains(rec.start) { changes.touchedNodes.insert(rec.start) }
        if contains(rec.end) { changes.touchedNodes.insert(rec.end) }
    }

    /// Removes a node. With `detach`, its relationships go first; without, a node that
    /// still has relationships is refused.
    /// - Throws: `GraphError.unknownNode`, `.nodeHasRelationships`.
    /// - Complexity: O(d·d') for its d relationships and their endpoints' degrees d', plus O(l + p).
    public mutating func removeNode(_ id: NodeID, detach: Bool = false) throws(GraphError) {
        guard let rec = record(id) else { throw .unknownNode(id.description) }
        let incident = rec.outgoing + rec.incoming
        if !incident.isEmpty {
            guard detach else { throw .nodeHasRelationships(key: rec.key, count: incident.count) }
            for r in incident where contains(r) { try removeRelationship(r) }
        }
        for l in rec.labels { labelMembers[l.index].remove(id) }
        indexRemove(id, labels: rec.labels, properties: rec.properties)
        nodeStore[id.index] = nil
        keyIndex[rec.key] = nil
        nodeCount -= 1
        changes.touchedNodes.remove(id)
        if changes.createdNodes.remove(id) == nil { changes.removedNodeKeys.append(rec.key) }
    }

    /// Declares a `(label, property)` equality index and builds it.
    /// - Complexity: O(n_label).
    public mutating func createIndex(label: String, property: String) {
        let key = IndexKey(label: label, property: property)
        guard propertyIndexes[key] == nil else { return }
        var index = PropertyIndex(label: label, property: property)
        for id in nodes(withLabel: label) {
            if let v = record(id)?.properties[property] { index.insert(id, value: v) }
        }
        propertyIndexes[key] = index
    }

    /// Forgets the change record (see `changes`).
    /// - Complexity: O(1) amortised.
    public mutating func resetChanges() { changes = ChangeSet() }

    // MARK: helpers

    mutating func internLabel(_ name: String) -> UInt32 {
        let raw = labelTable.intern(name)
        while labelMembers.count < labelTable.count { labelMembers.append(NodeSet()) }
        return raw
    }

    mutating func generateNodeKey() -> String {
        while true {
            generatedKeySerial += 1
            let candidate = "n" + String(generatedKeySerial)
            if keyIndex[candidate] == nil { return candidate }
        }
    }

    mutating func generateRelationshipKey() -> String {
        while true {
            generatedKeySerial += 1
            let candidate = "r" + String(generatedKeySerial)
            if relationshipKeyIndex[candidate] == nil { return candidate }
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
