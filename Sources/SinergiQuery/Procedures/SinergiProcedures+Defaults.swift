// Defaults the `sinergi.*` procedures and the `sinergi` algorithm commands share, so a
// command and its procedure answer the same question when given the same input.

import SinergiGraph

/// Defaults shared by the procedures and the `sinergi` algorithm commands.
public enum SinergiDefaults {
    /// The relationship types that place nodes in the region tree, left out of the
    /// stakeholder network by default.
    public static let regionTypes = ["LOCATED_IN", "PART_OF"]

    /// The stakeholder network: every relationship type of `graph` except LOCATED_IN and
    /// PART_OF, sorted.
    /// - Complexity: O(T log T) for T types.
    public static func networkTypes(_ graph: PropertyGraph) -> [String] {
        graph.typeNames.filter { !regionTypes.contains($0) }.sorted()
    }
}
