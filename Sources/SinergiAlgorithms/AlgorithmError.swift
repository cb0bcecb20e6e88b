// The one error type the algorithms report for input they cannot work with.
import SinergiGraph
import SinergiText

/// Why an algorithm refused its input.
///
/// Algorithms validate everything a user can type (node ids, hop limits, probabilities,
/// counts, property values) and report it here instead of trapping.
public enum AlgorithmError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The id names no live node of the snapshot.
    case unknownNode(NodeID)
    /// A parameter is out of its range; `name` is the parameter, `reason` says why.
    case invalidParameter(name: String, reason: Message)
    /// A relationship property used as a weight or probability holds an unusable value.
    case invalidPropertyValue(relationship: RelationshipID, property: String, reason: Message)
    /// The registry does not hold what an estimate needs (the message says what is missing).
    case notEstimable(Message)

    public var description: String {
        switch self {
        case .unknownNode(let id): return "no node \(id)"
        case .invalidParameter(let name, let reason): return "invalid \(name): \(reason.text(.en))"
        case .invalidPropertyValue(let r, let p, let reason):
            return "relationship \(r), property '\(p)': \(reason.text(.en))"
        case .notEstimable(let message): return message.text(.en)
        }
    }
}

extension GraphSnapshot {
    /// Throws `AlgorithmError.unknownNode` unless every id names a live node.
    /// - Complexity: O(k) for k ids.
    func requireLive(_ ids: [NodeID]) throws(AlgorithmError) {
        for id in ids where !contains(id) { throw .unknownNode(id) }
    }

    /// One flag per node id: true for live nodes (optionally only those carrying `label`).
    /// - Complexity: O(N).
    func liveMask(label: String? = nil) -> [Bool] {
        var mask = [Bool](repeating: false, count: nodeCapacity)
        if let label {
            for v in graph.nodes(withLabel: label) where v.index < mask.count { mask[v.index] = true }
        } else {
            for i in 0..<nodeCapacity where graph.contains(NodeID(i)) { mask[i] = true }
        }
        return mask
    }
}
