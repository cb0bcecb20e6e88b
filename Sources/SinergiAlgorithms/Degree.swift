// Degree centrality: how many relationships each node has (in, out or both).
import SinergiGraph

/// Degree centrality.
///
/// ```swift
/// let d = Degree.compute(snapshot, direction: .both, types: ["PARTNERS_WITH"])
/// d.top(5)  // the five stakeholders with the most partnerships
/// ```
public enum Degree {
    /// The number of relationships of each node in `direction` whose type passes `types`
    /// (a self-loop counts once out and once in, so twice for `.both`).
    ///
    /// - Parameters:
    ///   - nodeLabel: when given, only nodes with this label are scored and counted as
    ///     neighbours.
    ///   - normalized: divide by n − 1 for n scored nodes (NetworkX's `degree_centrality`).
    /// - Complexity: O(N + E).
    public static func compute(
        _ snapshot: GraphSnapshot, direction: Direction = .both, types: [String]? = nil, nodeLabel: String? = nil,
        normalized: Bool = false
    ) -> NodeScores {
        let mask = snapshot.liveMask(label: nodeLabel)
        let filter = types.map { snapshot.typeFilter($0) }
        let typeOf = snapshot.relationshipTypes
        var values = [Double](repeating: 0, count: snapshot.nodeCapacity)
        var n = 0
        for v in 0..<snapshot.nodeCapacity where mask[v] {
            n += 1
            var d = 0
            if direction != .incoming {
                for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1] {
                    if let filter, !filter.contains(typeOf[snapshot.outRelationships[i].index]) { continue }
                    if mask[snapshot.outTargets[i].index] { d += 1 }
                }
            }
            if direction != .outgoing {
                for i in snapshot.inOffsets[v]..<snapshot.inOffsets[v + 1] {
                    if let filter, !filter.contains(typeOf[snapshot.inRelationships[i].index]) { continue }
                    if mask[snapshot.inSources[i].index] { d += 1 }
                }
            }
            values[v] = Double(d)
        }
        if normalized, n > 1 {
            let scale = 1 / Double(n - 1)
            for v in values.indices { values[v] *= scale }
        }
        return NodeScores(values: values, scored: mask)
    }
}
