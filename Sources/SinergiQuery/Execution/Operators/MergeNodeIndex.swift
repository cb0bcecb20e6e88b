// MERGE's look-up of a single node by its properties, `MERGE (n:Label {k: v, …})`, as a
// hash table from the property values to the nodes holding them, built from the graph
// the first time a MERGE needs it for a second row and kept up to date with every write
// of the same statement: the writes append the nodes they touch to the statement's node
// write log (`ExecutionState.touch`), and before each look-up the index files the nodes
// written since its last look-up under their values now. A node whose values changed
// stays filed under its old values too, so each candidate is checked again against the
// graph as it is (live, every label, every property equal), which also drops deleted
// nodes. The answer is exactly what the match plan's scan would find, in the same (id)
// order, at O(1 + k) per row instead of O(nodes of the label).

import SinergiGraph

/// The node of a single-node MERGE pattern: what `MergeNodeIndex` looks up.
struct MergeNodePattern {
    /// The node's slot.
    var slot: Int
    /// The labels the node must carry (the first one is scanned to build the index).
    var labels: [String]
    /// The property map `{k: v, …}`.
    var properties: CompiledExpression
}

/// See the file comment.
struct MergeNodeIndex {
    /// The property names, sorted: a row's map must have exactly these.
    let keys: [String]
    /// The labels every match carries.
    let labels: [String]
    /// The properties' interned ids, nil while no entity has had the property.
    private var keyIDs: [PropertyKeyID?]
    /// Nodes by their values (one value: that value; several: the list of them, in key order).
    private var buckets: [GroupingKey: [NodeID]] = [:]
    /// How much of the statement's node write log is filed.
    private var filed: Int

    /// Files every node carrying `labels[0]` (every node when there is no label).
    /// - Complexity: O(n) for the n nodes scanned, each decoding only the keyed properties.
    init(keys: [String], labels: [String], graph: PropertyGraph, logPosition: Int) {
        self.keys = keys
        self.labels = labels
        keyIDs = keys.map { graph.propertyKeyID(named: $0) }
        filed = logPosition
        if keyIDs.contains(where: { $0 == nil }) { return }  // no node has every key yet
        if let first = labels.first {
            for id in graph.nodes(withLabel: first) { file(id, graph) }
        } else {
            for id in graph.nodes { file(id, graph) }
        }
    }

    /// The key a row's property map is looked up under: nil when the map's keys are not
    /// this index's, or a value is one the hash cannot promise to find (only booleans,
    /// numbers other than NaN, and strings are looked up; other values take the scan).
    /// - Complexity: O(number of keys).
    func lookupKey(_ entries: [String: Value]) -> GroupingKey? {
        guard entries.count == keys.count else { return nil }
        var values: [Value] = []
        values.reserveCapacity(keys.count)
        for k in keys {
            guard let v = entries[k] else { return nil }
            switch v {
            case .bool, .int, .string: break
            case .double(let d) where !d.isNaN: break
            default: return nil
            }
            values.append(v)
        }
        return GroupingKey(values.count == 1 ? values[0] : .list(values))
    }

    /// Files the nodes the statement wrote since the last call, then answers the live nodes
    /// carrying every label whose properties equal `entries`, in increasing id order.
    /// - Complexity: O(w + k log k) for w nodes written since and k candidates.
    mutating func matches(
        _ key: GroupingKey, _ entries: [String: Value], log: [NodeID], graph: PropertyGraph
    ) -> [NodeID] {
        if filed < log.count {
            for i in 0..<keyIDs.count where keyIDs[i] == nil { keyIDs[i] = graph.propertyKeyID(named: keys[i]) }
            if !keyIDs.contains(where: { $0 == nil }) {
                for i in filed..<log.count { refile(log[i], graph) }
            }
            filed = log.count
        }
        guard let candidates = buckets[key] else { return [] }
        var found: [NodeID] = []
        for id in candidates where graph.contains(id) {
            if !labels.allSatisfy({ graph.hasLabel(id, $0) }) { continue }
            var equal = true
            for (k, v) in entries where CypherSemantics.equals(graph.property(k, of: id), v) != true {
                equal = false
                break
            }
            if equal { found.append(id) }
        }
        if found.count > 1 { found.sort() }
        return found
    }

    /// The key `id` is filed under now, nil when it lacks a keyed property.
    private func key(of id: NodeID, _ graph: PropertyGraph) -> GroupingKey? {
        if keyIDs.count == 1, let k = keyIDs[0] {
            let v = graph.property(k, of: id)
            return v.isNull ? nil : GroupingKey(v)
        }
        var values: [Value] = []
        for k in keyIDs {
            guard let k else { return nil }
            let v = graph.property(k, of: id)
            if v.isNull { return nil }
            values.append(v)
        }
        return GroupingKey(.list(values))
    }

    /// Files a node of the initial scan (each once, in id order).
    private mutating func file(_ id: NodeID, _ graph: PropertyGraph) {
        guard let key = key(of: id, graph) else { return }
        buckets[key, default: []].append(id)
    }

    /// Files a written node under its values now, unless it is filed there already.
    private mutating func refile(_ id: NodeID, _ graph: PropertyGraph) {
        guard graph.contains(id), let key = key(of: id, graph) else { return }
        if let first = labels.first, !graph.hasLabel(id, first) { return }
        if buckets[key]?.contains(id) == true { return }
        buckets[key, default: []].append(id)
    }
}
