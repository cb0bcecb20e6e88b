// Betweenness centrality (Brandes): exact, or estimated from k seeded pivots.
import SinergiGraph
import SinergiText

/// Betweenness centrality: for each node, how many shortest paths between other nodes
/// pass through it, the brokers of the network.
///
/// Works on the simple graph of the admitted relationships: parallel relationships count
/// once and self-loops are ignored (as NetworkX's `Graph`/`DiGraph`).
///
/// ```swift
/// let exact = try Betweenness.compute(snapshot, types: ["PARTNERS_WITH"], normalized: true)
/// let quick = try Betweenness.compute(snapshot, samples: 256, seed: 7)  // national scale
/// ```
public enum Betweenness {
    /// Betweenness of every node, NetworkX-compatible scaling (endpoints excluded).
    ///
    /// - Parameters:
    ///   - types: relationship types followed; nil means every type.
    ///   - direction: `.both` for undirected (each unordered pair once), `.outgoing` for
    ///     directed, `.incoming` for directed against the arrows.
    ///   - normalized: divide by the number of ordered pairs (n − 1)(n − 2).
    ///   - samples: when given (k ≥ 2) and below n, runs Brandes from k pivots drawn with
    ///     `seed` and rescales like NetworkX 3.6's `betweenness_centrality(k=…)`.
    ///   - nodeLabel: when given, only nodes with this label take part.
    /// - Throws: `AlgorithmError.invalidParameter` for `samples` below 2.
    /// - Complexity: O(N·E) time exact, O(k·E) sampled; O(N + E) memory.
    public static func compute(
        _ snapshot: GraphSnapshot, types: [String]? = nil, direction: Direction = .both, normalized: Bool = false,
        samples: Int? = nil, seed: UInt64 = 42, nodeLabel: String? = nil
    ) throws(AlgorithmError) -> NodeScores {
        if let samples, samples < 2 {
            throw .invalidParameter(name: "samples", reason: Message(.algorithmsRuleAtLeast, ["least": .int(2)]))
        }
        let mask = snapshot.liveMask(label: nodeLabel)
        let adj = Adjacency(
            snapshot, direction: direction, types: types.map { snapshot.typeFilter($0) }, nodeMask: mask,
            selfLoops: .drop, simple: true)
        let included = (0..<snapshot.nodeCapacity).filter { mask[$0] }
        let n = included.count
        var sources = included
        var sampled = false
        if let k = samples, k < n {
            var rng = Xoshiro256StarStar(seed: seed)
            for i in 0..<k {
                let j = i + rng.nextInt(below: n - i)
                sources.swapAt(i, j)
            }
            sources.removeSubrange(k...)
            sampled = true
        }
        var bc = accumulate(adj, sources: sources)
        let directed = direction != .both
        let big = Double(n - 1)  // pairs (s, t), s ≠ t, that can pass through v
        guard big >= 2 else { return NodeScores(values: bc, scored: mask) }
        let correction: Double = directed ? 1 : 2
        let k = Double(sources.count)
        if !sampled {
            let scale = normalized ? 1 / (big * (big - 1)) : 1 / correction
            for v in included { bc[v] *= scale }
        } else {
            let sourceScale = normalized ? 1 / ((k - 1) * (big - 1)) : big / ((k - 1) * correction)
            let otherScale = normalized ? 1 / (k * (big - 1)) : big / (k * correction)
            var isSource = [Bool](repeating: false, count: snapshot.nodeCapacity)
            for s in sources { isSource[s] = true }
            for v in included { bc[v] *= isSource[v] ? sourceScale : otherScale }
        }
        return NodeScores(values: bc, scored: mask)
    }

    /// Brandes's dependency accumulation from each source, over a fixed number of chunks
    /// of sources run on the available cores and summed in chunk order (so the result
    /// does not depend on scheduling).
    static func accumulate(_ adj: Adjacency, sources: [Int]) -> [Double] {
        let n = adj.nodeCapacity
        let check = Interruption.current
        let chunks = min(sources.count, 4)
        guard chunks > 0 else { return [Double](repeating: 0, count: n) }
        var bc = [Double](repeating: 0, count: n)
        Spread.parallelChunks(chunks) { c in
            let part = sources[(c * sources.count / chunks)..<((c + 1) * sources.count / chunks)]
            return accumulate(adj, sources: part, check: check)
        } merge: { (partial: [Double]) in
            for v in 0..<n { bc[v] += partial[v] }
        }
        return bc
    }

    /// Per-node Brandes state kept together so one cache line serves each visit.
    struct State {
        var sigma: Double = 0
        var delta: Double = 0
        var dist: Int32 = -1
    }

    /// Brandes from each of `sources`; successors are recognised by distance, so no
    /// predecessor lists are stored.
    static func accumulate(_ adj: Adjacency, sources: ArraySlice<Int>, check: Interruption?) -> [Double] {
        let n = adj.nodeCapacity
        var bc = [Double](repeating: 0, count: n)
        var state = [State](repeating: State(), count: n)
        var order = [Int32](repeating: 0, count: n)
        adj.offsets.withUnsafeBufferPointer { off in
            adj.targets.withUnsafeBufferPointer { tgt in
                state.withUnsafeMutableBufferPointer { st in
                    order.withUnsafeMutableBufferPointer { order in
                        for s in sources {
                            if Interruption.stop(check) { break }  // unfinished: the caller discards it
                            var count = 1
                            order[0] = Int32(s)
                            st[s].dist = 0
                            st[s].sigma = 1
                            var head = 0
                            while head < count {
                                let v = Int(order[head])
                                head += 1
                                let dv = st[v].dist + 1
                                let sv = st[v].sigma
                                for i in off[v]..<off[v + 1] {
                                    let w = Int(tgt[i])
                                    let dw = st[w].dist
                                    if dw < 0 {
                                        st[w].dist = dv
                                        st[w].sigma = sv
                                        order[count] = Int32(w)
                                        count += 1
                                    } else if dw == dv {
                                        st[w].sigma += sv
                                    }
                                }
                            }
                            var j = count - 1
                            while j >= 0 {
                                let v = Int(order[j])
                                j -= 1
                                let dv = st[v].dist + 1
                                var dsum = 0.0
                                for i in off[v]..<off[v + 1] {
                                    let w = Int(tgt[i])
                                    if st[w].dist == dv { dsum += (1 + st[w].delta) / st[w].sigma }
                                }
                                let delta = st[v].sigma * dsum
                                st[v].delta = delta
                                if v != s { bc[v] += delta }
                            }
                            for j in 0..<count { st[Int(order[j])] = State() }
                        }
                    }
                }
            }
        }
        return bc
    }
}
