// The network a cascade simulation runs on, and one worker's reusable simulation state.
//
// Both diffusion models are simulated in their live-edge form (Kempe, Kleinberg & Tardos
// 2003): in run r, each arc of the independent-cascade model is live with its
// probability, and each node of the linear-threshold model keeps at most one incoming
// arc, arc j with probability w_j; the active set is what the seeds reach over live arcs.
// This has exactly the distribution of the step-by-step models, and because each coin is
// SplitMix64 indexed by (seed, run, arc or node), a run's outcome depends on nothing
// but the seed — not on traversal order, thread count or platform.
import SinergiGraph
import SinergiText

/// The diffusion model of a spread simulation.
public enum CascadeModel: String, Sendable, CaseIterable {
    /// Each newly active node gets one chance to activate each neighbour, with the
    /// relationship's probability.
    case independentCascade
    /// A node becomes active when the weights of its active in-neighbours reach its
    /// random threshold (uniform in [0, 1]).
    case linearThreshold
}

/// Arcs with their coin thresholds (IC) or incoming cumulative weights (LT).
struct CascadeNetwork: Sendable {
    let model: CascadeModel
    let offsets: [Int]
    let targets: [Int32]
    /// IC: arc i is live in a run when the run's 53-bit coin for i is below `threshold[i]`.
    let threshold: [UInt64]
    /// LT: node w's incoming arcs are `inArc[inOffsets[w] ..< inOffsets[w + 1]]` (forward
    /// arc indices) with running sums of their weights in `cumulative`.
    let inOffsets: [Int]
    let inArc: [Int32]
    let cumulative: [Double]
    let seed: UInt64

    var nodeCapacity: Int { offsets.count - 1 }

    /// - Parameters:
    ///   - property: IC: the arc probability (missing: `defaultProbability`); LT: the arc
    ///     weight (missing: 1 / in-degree). LT weights into a node that sum above 1 are
    ///     scaled to sum to 1.
    init(_ snapshot: GraphSnapshot, _ cascade: CascadeParameters, seed: UInt64) throws(AlgorithmError) {
        try self.init(
            snapshot, model: cascade.model, types: cascade.types, direction: cascade.direction,
            property: cascade.probabilityProperty, defaultProbability: cascade.defaultProbability,
            typeProbabilities: cascade.typeProbabilities, seed: seed)
    }

    init(
        _ snapshot: GraphSnapshot, model: CascadeModel, types: [String]?, direction: Direction, property: String?,
        defaultProbability: Double, typeProbabilities: [String: Double] = [:], seed: UInt64
    ) throws(AlgorithmError) {
        guard defaultProbability >= 0, defaultProbability <= 1 else {
            throw .invalidParameter(name: "defaultProbability", reason: Message(.algorithmsRuleUnitInterval))
        }
        for (name, p) in typeProbabilities.sorted(by: { $0.key < $1.key }) where !(p >= 0 && p <= 1) {
            throw .invalidParameter(name: "typeProbabilities[\(name)]", reason: Message(.algorithmsRuleUnitInterval))
        }
        let adj = Adjacency(
            snapshot, direction: direction, types: types.map { snapshot.typeFilter($0) }, selfLoops: .drop)
        let m = adj.arcCount
        var values = [Double](repeating: .nan, count: m)
        if model == .independentCascade, !typeProbabilities.isEmpty {
            var byType = [Double](repeating: .nan, count: snapshot.graph.typeNames.count)
            for (name, p) in typeProbabilities {
                if let t = snapshot.graph.typeID(named: name), t.index < byType.count { byType[t.index] = p }
            }
            for i in 0..<m {
                let t = snapshot.relationshipTypes[Int(adj.relationships[i])].index
                if t < byType.count { values[i] = byType[t] }
            }
        }
        if let property {
            for i in 0..<m {
                let rel = RelationshipID(UInt32(adj.relationships[i]))
                let value = snapshot.graph.property(property, of: rel)
                if value.isNull { continue }
                guard let x = value.doubleValue, x >= 0, x.isFinite, model == .linearThreshold || x <= 1 else {
                    let reason =
                        model == .independentCascade
                        ? Message(.algorithmsValueNotProbability) : Message(.algorithmsValueNotFiniteNonNegative)
                    throw .invalidPropertyValue(relationship: rel, property: property, reason: reason)
                }
                values[i] = x
            }
        }
        self.model = model
        self.offsets = adj.offsets
        self.targets = adj.targets
        self.seed = seed
        let n = adj.nodeCapacity
        switch model {
        case .independentCascade:
            threshold = values.map { p in
                let q = p.isNaN ? defaultProbability : p
                return q >= 1 ? 1 << 53 : UInt64(q * 0x1p53)
            }
            inOffsets = []
            inArc = []
            cumulative = []
        case .linearThreshold:
            threshold = []
            var counts = [Int](repeating: 0, count: n + 1)
            for t in adj.targets { counts[Int(t) + 1] += 1 }
            for i in 0..<n { counts[i + 1] += counts[i] }
            var position = counts
            var arcs = [Int32](repeating: 0, count: m)
            for u in 0..<n {
                for i in adj.offsets[u]..<adj.offsets[u + 1] {
                    let w = Int(adj.targets[i])
                    arcs[position[w]] = Int32(i)
                    position[w] += 1
                }
            }
            var cum = [Double](repeating: 0, count: m)
            for w in 0..<n {
                let range = counts[w]..<counts[w + 1]
                guard !range.isEmpty else { continue }
                let uniform = 1 / Double(range.count)
                var total = 0.0
                for j in range {
                    let x = values[Int(arcs[j])]
                    total += x.isNaN ? uniform : x
                    cum[j] = total
                }
                if total > 1 { for j in range { cum[j] /= total } }
            }
            inOffsets = counts
            inArc = arcs
            cumulative = cum
        }
    }

    /// The key of run `run`; coins of the run are SplitMix64 outputs indexed by arc or node.
    @inline(__always) func runKey(_ run: Int) -> UInt64 {
        var g = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: run) &* 0xD1B5_4A32_D192_ED03))
        return g.next()
    }

    /// The coin for `index` in the run keyed `key`: 53 uniform bits.
    @inline(__always) static func coin(_ key: UInt64, _ index: Int) -> UInt64 {
        var z = key &+ UInt64(truncatingIfNeeded: index + 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) >> 11
    }
}

/// One thread's simulation state: stamp-marked arrays reused across runs (no clearing,
/// no allocation per run).
struct CascadeWorker {
    var active: [UInt32]
    var chosenStamp: [UInt32]
    var chosen: [Int32]
    var queue: [Int32]
    var stamp: UInt32 = 0

    init(nodeCapacity n: Int) {
        active = [UInt32](repeating: 0, count: n)
        chosenStamp = [UInt32](repeating: 0, count: n)
        chosen = [Int32](repeating: -1, count: n)
        queue = [Int32](repeating: 0, count: n)
    }

    /// Simulates run `run` from `seeds`; returns how many nodes end active, which are
    /// `queue[0 ..< count]`.
    /// - Complexity: O(s + Σ deg) over the nodes activated.
    mutating func simulate(_ net: CascadeNetwork, seeds: [Int32], run: Int) -> Int {
        if stamp == UInt32.max {
            for i in active.indices {
                active[i] = 0
                chosenStamp[i] = 0
            }
            stamp = 0
        }
        stamp += 1
        let st = stamp
        let key = net.runKey(run)
        let model = net.model
        var count = 0
        active.withUnsafeMutableBufferPointer { act in
            queue.withUnsafeMutableBufferPointer { q in
                for s in seeds where act[Int(s)] != st {
                    act[Int(s)] = st
                    q[count] = s
                    count += 1
                }
                net.offsets.withUnsafeBufferPointer { off in
                    net.targets.withUnsafeBufferPointer { tgt in
                        var head = 0
                        if model == .independentCascade {
                            net.threshold.withUnsafeBufferPointer { thr in
                                while head < count {
                                    let v = Int(q[head])
                                    head += 1
                                    for i in off[v]..<off[v + 1] {
                                        let w = Int(tgt[i])
                                        if act[w] == st { continue }
                                        if CascadeNetwork.coin(key, i) < thr[i] {
                                            act[w] = st
                                            q[count] = Int32(w)
                                            count += 1
                                        }
                                    }
                                }
                            }
                        } else {
                            let ltKey = key ^ 0x5851_F42D_4C95_7F2D
                            while head < count {
                                let v = Int(q[head])
                                head += 1
                                for i in off[v]..<off[v + 1] {
                                    let w = Int(tgt[i])
                                    if act[w] == st { continue }
                                    if chosenStamp[w] != st {
                                        chosenStamp[w] = st
                                        chosen[w] = Self.pickIncoming(net, w, ltKey)
                                    }
                                    if chosen[w] == Int32(i) {
                                        act[w] = st
                                        q[count] = Int32(w)
                                        count += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return count
    }

    /// The one incoming arc node `w` keeps in the run keyed `key` (-1 for none).
    static func pickIncoming(_ net: CascadeNetwork, _ w: Int, _ key: UInt64) -> Int32 {
        let u = Double(CascadeNetwork.coin(key, w)) * 0x1p-53
        for j in net.inOffsets[w]..<net.inOffsets[w + 1] where u < net.cumulative[j] { return net.inArc[j] }
        return -1
    }
}
