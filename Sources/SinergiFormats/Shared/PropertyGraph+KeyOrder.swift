// Sorting ids by their external keys, the order every writer uses so output is deterministic.

import SinergiGraph

extension PropertyGraph {
    /// `ids` sorted by node key (each key looked up once).
    /// - Complexity: O(k log k) for k ids.
    func sortedByKey(_ ids: [NodeID]) -> [NodeID] {
        ids.map { (key(of: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// `ids` sorted by relationship key (each key looked up once).
    /// - Complexity: O(k log k) for k ids.
    func sortedByKey(_ ids: [RelationshipID]) -> [RelationshipID] {
        ids.map { (key(of: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
