// The SinergiAlgorithms module: reach, paths, components, fragile links, synergy gaps,
// replication spread and centrality, each a pure function of a read-only `GraphSnapshot`.
//
// One algorithm family per file; plain parameters in, plain structs out; dense arrays
// indexed by node id inside. See docs/algorithms.md for the guide and comparisons.
import SinergiGraph

/// A node with a score, as centralities and rankings report it.
public struct NodeScore: Equatable, Sendable {
    /// The node.
    public var node: NodeID
    /// Its score.
    public var score: Double

    public init(node: NodeID, score: Double) {
        self.node = node
        self.score = score
    }
}

/// One score per node id (0 for removed or excluded nodes), as centralities return them.
///
/// ```swift
/// let pr = try PageRank.compute(snapshot)
/// pr.scores[someNode]      // that node's score
/// pr.scores.top(10)        // the ten best, best first
/// ```
public struct NodeScores: Equatable, Sendable {
    /// The scores, indexed by `NodeID.index`.
    public var values: [Double]
    /// True for the nodes that were scored (live and admitted), indexed like `values`.
    public var scored: [Bool]

    public init(values: [Double], scored: [Bool]) {
        self.values = values
        self.scored = scored
    }

    /// The score of `node` (0 when it was not scored).
    /// - Complexity: O(1).
    public subscript(node: NodeID) -> Double {
        node.index < values.count ? values[node.index] : 0
    }

    /// The `k` best scored nodes, best first; ties by increasing id.
    /// - Complexity: O(N log k).
    public func top(_ k: Int) -> [NodeScore] {
        guard k > 0 else { return [] }
        var all: [NodeScore] = []
        for i in values.indices where scored[i] { all.append(NodeScore(node: NodeID(i), score: values[i])) }
        all.sort { $0.score != $1.score ? $0.score > $1.score : $0.node < $1.node }
        return Array(all.prefix(k))
    }
}
