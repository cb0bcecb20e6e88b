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
    ///
    /// Keeps the best `k` seen so far in a sorted buffer: a node enters only when it beats the
    /// buffer's worst, so for small `k` almost every node costs one comparison.
    /// - Complexity: O(N log k) comparisons (O(N + k·m) element moves for the m entries).
    public func top(_ k: Int) -> [NodeScore] {
        guard k > 0 else { return [] }
        func better(_ a: NodeScore, _ b: NodeScore) -> Bool {
            a.score != b.score ? a.score > b.score : a.node < b.node
        }
        var best: [NodeScore] = []
        best.reserveCapacity(min(k, values.count) + 1)
        for i in values.indices where scored[i] {
            let candidate = NodeScore(node: NodeID(i), score: values[i])
            if best.count == k, let worst = best.last, !better(candidate, worst) { continue }
            var lo = 0
            var hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if better(best[mid], candidate) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(candidate, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
