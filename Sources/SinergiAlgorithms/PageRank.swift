// PageRank by power iteration, dangling nodes handled as NetworkX does.
import SinergiGraph
import SinergiText

/// PageRank scores and how the iteration ended.
public struct PageRankResult: Equatable, Sendable {
    /// The scores (summing to 1 over the scored nodes).
    public var scores: NodeScores
    /// Power iterations performed.
    public var iterations: Int
    /// True when the L1 change fell below n × tolerance within `maxIterations`.
    public var converged: Bool
}

/// PageRank: a stakeholder matters when stakeholders that matter point to it.
///
/// ```swift
/// let pr = try PageRank.compute(snapshot, types: ["MENTORS", "FUNDS"])
/// pr.scores.top(10)
/// ```
public enum PageRank {
    /// PageRank of every node by power iteration, as NetworkX's `pagerank`: uniform start
    /// and teleport vectors, the rank of dangling nodes (no admitted outgoing weight)
    /// spread uniformly, convergence when the L1 change is below n × `tolerance`.
    ///
    /// - Parameters:
    ///   - damping: the probability of following a relationship (NetworkX's `alpha`), in [0, 1].
    ///   - direction: `.outgoing` (default) follows relationships forwards; `.both` treats
    ///     them as undirected (as NetworkX does for a `Graph`); `.incoming` reverses them.
    ///   - weightProperty: a numeric relationship property used as weight (missing: 1);
    ///     nil weighs every relationship 1. Parallel relationships add up.
    ///   - nodeLabel: when given, only nodes with this label take part.
    /// - Throws: `AlgorithmError.invalidParameter` for a damping outside [0, 1], a
    ///   non-positive tolerance or iteration count; `.invalidPropertyValue` for a negative
    ///   or non-numeric weight.
    /// - Complexity: O(N + E) per iteration, O((N + E)·iterations) in all.
    public static func compute(
        _ snapshot: GraphSnapshot, damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100,
        types: [String]? = nil, direction: Direction = .outgoing, weightProperty: String? = nil,
        nodeLabel: String? = nil
    ) throws(AlgorithmError) -> PageRankResult {
        guard damping >= 0, damping <= 1 else {
            throw .invalidParameter(name: "damping", reason: Message(.algorithmsRuleUnitInterval))
        }
        guard tolerance > 0 else {
            throw .invalidParameter(name: "tolerance", reason: Message(.algorithmsRulePositive))
        }
        guard maxIterations > 0 else {
            throw .invalidParameter(name: "maxIterations", reason: Message(.algorithmsRulePositive))
        }
        let mask = snapshot.liveMask(label: nodeLabel)
        let adj = Adjacency(
            snapshot, direction: direction, types: types.map { snapshot.typeFilter($0) }, nodeMask: mask,
            selfLoops: .once)
        let nodes = (0..<snapshot.nodeCapacity).filter { mask[$0] }
        let count = nodes.count
        let capacity = snapshot.nodeCapacity
        guard count > 0 else {
            return PageRankResult(scores: NodeScores(values: [], scored: mask), iterations: 0, converged: true)
        }
        // arc weights and each node's total outgoing weight
        var arcWeight = [Double](repeating: 1, count: adj.arcCount)
        if let weightProperty {
            for i in 0..<adj.arcCount {
                let rel = RelationshipID(UInt32(adj.relationships[i]))
                let value = snapshot.graph.property(weightProperty, of: rel)
                if value.isNull { continue }
                guard let w = value.doubleValue, w >= 0, w.isFinite else {
                    throw .invalidPropertyValue(
                        relationship: rel, property: weightProperty,
                        reason: Message(.algorithmsValueNotFiniteNonNegative))
                }
                arcWeight[i] = w
            }
        }
        var outWeight = [Double](repeating: 0, count: capacity)
        for u in nodes {
            for i in adj.offsets[u]..<adj.offsets[u + 1] { outWeight[u] += arcWeight[i] }
        }
        // incoming arcs with their transition probability w(u→v) / outWeight(u)
        var inOffsets = [Int](repeating: 0, count: capacity + 1)
        for t in adj.targets { inOffsets[Int(t) + 1] += 1 }
        for i in 0..<capacity { inOffsets[i + 1] += inOffsets[i] }
        var inSources = [Int32](repeating: 0, count: adj.arcCount)
        var inCoefficients = [Double](repeating: 0, count: adj.arcCount)
        var position = inOffsets
        for u in nodes {
            for i in adj.offsets[u]..<adj.offsets[u + 1] {
                let v = Int(adj.targets[i])
                inSources[position[v]] = Int32(u)
                inCoefficients[position[v]] = arcWeight[i] / outWeight[u]
                position[v] += 1
            }
        }
        let dangling = nodes.filter { outWeight[$0] == 0 }
        let n = Double(count)
        var x = [Double](repeating: 0, count: capacity)
        for v in nodes { x[v] = 1 / n }
        var next = x
        var iterations = 0
        var converged = false
        let check = Interruption.current
        while iterations < maxIterations {
            if Interruption.stop(check) { break }  // unfinished: the caller discards it
            iterations += 1
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            let base = damping * danglingSum / n + (1 - damping) / n
            var err = 0.0
            for v in nodes {
                var s = 0.0
                for i in inOffsets[v]..<inOffsets[v + 1] { s += x[Int(inSources[i])] * inCoefficients[i] }
                let value = damping * s + base
                next[v] = value
                err += abs(value - x[v])
            }
            swap(&x, &next)
            if err < n * tolerance {
                converged = true
                break
            }
        }
        return PageRankResult(scores: NodeScores(values: x, scored: mask), iterations: iterations, converged: converged)
    }
}
