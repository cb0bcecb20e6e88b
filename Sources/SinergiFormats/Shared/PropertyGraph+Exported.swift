// The properties exporters write: every stored property except nulls. (A null means
// "absent"; this guards the writers should one ever be stored.)

import SinergiGraph

extension PropertyGraph {
    /// The node's properties without null values.
    /// - Complexity: O(p) for p properties.
    func exportedProperties(of id: NodeID) -> [String: Value] { properties(of: id).filter { !$0.value.isNull } }

    /// The relationship's properties without null values.
    /// - Complexity: O(p) for p properties.
    func exportedProperties(of id: RelationshipID) -> [String: Value] {
        properties(of: id).filter { !$0.value.isNull }
    }
}
