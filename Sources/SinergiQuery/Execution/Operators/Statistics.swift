// Side-effect counts computed the way the openCypher TCK computes them: by
// comparing the graph before and after the statement over the entities the
// statement touched (created, changed or deleted), and the label names in use.

import SinergiGraph

/// Computes `QueryStatistics` from before/after graphs.
enum Statistics {
    /// - Complexity: O(t·p + L) for t touched entities with p properties and L label names.
    static func compare(before: PropertyGraph, after: PropertyGraph, state: ExecutionState) -> QueryStatistics {
        var s = QueryStatistics()
        var nodes = state.touchedNodes
        var rels = state.touchedRelationships
        // Deleted entities: live before, dead after (only those the statement could have removed).
        if after.nodeCount != before.nodeCount || after.nodeCapacity != before.nodeCapacity
            || !state.touchedNodes.isEmpty
        {
            for i in 0..<before.nodeCapacity where before.contains(NodeID(i)) && !after.contains(NodeID(i)) {
                nodes.insert(NodeID(i))
            }
        }
        if after.relationshipCount != before.relationshipCount
            || after.relationshipCapacity != before.relationshipCapacity || !state.touchedRelationships.isEmpty
        {
            for i in 0..<before.relationshipCapacity
            where before.contains(RelationshipID(i)) && !after.contains(RelationshipID(i)) {
                rels.insert(RelationshipID(i))
            }
        }
        func diff(_ old: [String: Value], _ new: [String: Value]) {
            for (k, v) in new where old[k] != v { s.propertiesSet += 1 }
            for (k, v) in old where new[k] != v { s.propertiesRemoved += 1 }
        }
        // Records compared by key id on their bytes when the key ids agree (always, as
        // `after` is `before` after writes); dictionaries otherwise.
        let byBytes = after.extendsPropertyKeys(of: before)
        func count(_ d: (set: Int, removed: Int)) {
            s.propertiesSet += d.set
            s.propertiesRemoved += d.removed
        }
        for n in nodes {
            let was = before.contains(n)
            let isLive = after.contains(n)
            if was && !isLive { s.nodesDeleted += 1 }
            if !was && isLive { s.nodesCreated += 1 }
            if byBytes {
                count(after.propertyChanges(of: n, since: before))
            } else {
                diff(was ? before.properties(of: n) : [:], isLive ? after.properties(of: n) : [:])
            }
        }
        for r in rels {
            let was = before.contains(r)
            let isLive = after.contains(r)
            if was && !isLive { s.relationshipsDeleted += 1 }
            if !was && isLive { s.relationshipsCreated += 1 }
            if byBytes {
                count(after.propertyChanges(of: r, since: before))
            } else {
                diff(was ? before.properties(of: r) : [:], isLive ? after.properties(of: r) : [:])
            }
        }
        let names = Set(before.labelNames).union(after.labelNames)
        for l in names {
            let b = before.nodeCount(withLabel: l) > 0
            let a = after.nodeCount(withLabel: l) > 0
            if a && !b { s.labelsAdded += 1 }
            if b && !a { s.labelsRemoved += 1 }
        }
        return s
    }
}
