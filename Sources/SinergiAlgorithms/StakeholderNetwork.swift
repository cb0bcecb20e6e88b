// What connects, in one place: the stakeholder network is every relationship type except the
// two that place nodes in the region tree (LOCATED_IN, PART_OF), followed in either direction,
// between stakeholders. `path`, `reach`, the unconnected regions and the recommended
// partnerships use it unless told otherwise; the forecast and centrality use its types.
import SinergiGraph

/// The default network of the algorithms: every relationship type but LOCATED_IN and PART_OF,
/// between the nodes labelled `Stakeholder`.
///
/// Two stakeholders are *connected* when a chain of these relationships, each taken in either
/// direction, joins them through stakeholders only: attending the same meeting (an Event
/// node) does not connect. So `Unconnected` reports a stakeholder exactly when
/// `ShortestPath.unweighted` over `types(graph)`, `.both` and `nodeLabel(graph)` finds no
/// path from it to Perpusnas or its provincial library office, and `Reach.within` with the
/// same settings from Perpusnas reaches exactly the stakeholders connected to it.
///
/// ```swift
/// let types = StakeholderNetwork.types(graph)     // ["ATTENDED", "COORDINATES", …]
/// try Reach.within(snapshot, from: [office], types: types)
/// ```
public enum StakeholderNetwork {
    /// The relationship types that place nodes in the region tree.
    public static let regionTypes = ["LOCATED_IN", "PART_OF"]

    /// Every relationship type of `graph` except LOCATED_IN and PART_OF, sorted.
    /// - Complexity: O(T log T) for T types.
    public static func types(_ graph: PropertyGraph) -> [String] {
        graph.typeNames.filter { !regionTypes.contains($0) }.sorted()
    }

    /// The label of the nodes a chain may pass through.
    public static let label = "Stakeholder"

    /// `label` when some node of `graph` carries it, else nil (every node): a registry without
    /// the TPBIS schema is walked through every node.
    /// - Complexity: O(1).
    public static func nodeLabel(_ graph: PropertyGraph) -> String? {
        graph.nodeCount(withLabel: label) > 0 ? label : nil
    }

    /// True when `types` is the stakeholder network of `graph` (for saying so in a summary).
    /// - Complexity: O(T log T).
    public static func isDefault(_ types: [String]?, in graph: PropertyGraph) -> Bool {
        types.map { $0.sorted() == self.types(graph) } ?? false
    }
}
