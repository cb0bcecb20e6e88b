// Replication forecast: Monte Carlo independent-cascade and linear-threshold simulation
// from given seeds, and the best k seeds by greedy selection with CELF lazy evaluation.
import Dispatch
import SinergiGraph
import SinergiText

// `squareRoot()` lowers to libm's `sqrt` in debug builds; importing the C library makes
// the linker add libm for every product that links the algorithms.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The outcome of a spread forecast.
public struct SpreadForecast: Equatable, Sendable {
    /// The model simulated.
    public var model: CascadeModel
    /// The number of simulated runs.
    public var runs: Int
    /// The seeds (duplicates removed, in the order given).
    public var seeds: [NodeID]
    /// The mean number of active nodes at the end of a run, seeds included.
    public var expectedSpread: Double
    /// The sample standard deviation of the spread over the runs.
    public var standardDeviation: Double
    /// The 95% confidence interval of the expected spread (normal approximation,
    /// mean ± 1.96 · sd / √runs).
    public var confidenceInterval95: ClosedRange<Double>
    /// The fraction of runs in which each node ended active, indexed by node id.
    public var adoptionProbability: [Double]

    /// The nodes with adoption probability at least `minimum` (and above 0), most
    /// likely first, ties by id.
    /// - Complexity: O(N + a log a) for a adopters.
    public func adopters(minimumProbability minimum: Double = 0) -> [NodeScore] {
        var result: [NodeScore] = []
        for (i, p) in adoptionProbability.enumerated() where p > 0 && p >= minimum {
            result.append(NodeScore(node: NodeID(i), score: p))
        }
        result.sort { $0.score != $1.score ? $0.score > $1.score : $0.node < $1.node }
        return result
    }
}

/// One seed picked by `Spread.bestSeeds`.
public struct SeedChoice: Equatable, Sendable {
    /// The seed.
    public var node: NodeID
    /// How much it adds to the expected spread of the seeds picked before it.
    public var marginalGain: Double
    /// The expected spread of all seeds picked so far, this one included.
    public var expectedSpread: Double
}

/// Spread forecasts on a snapshot.
///
/// For replication, influence flows from a role model to its replicators, against the
/// REPLICATED_FROM arrows: use `types: ["REPLICATED_FROM"], direction: .incoming`. For
/// partnerships, `types: ["PARTNERS_WITH"], direction: .both`.
///
/// ```swift
/// let f = try Spread.forecast(snapshot, seeds: roleModels, runs: 1000, seed: 2024,
///                             types: ["PARTNERS_WITH"], defaultProbability: 0.1)
/// f.expectedSpread, f.confidenceInterval95
/// let picks = try Spread.bestSeeds(snapshot, k: 5, candidates: villageLibraries, seed: 2024)
/// ```
public enum Spread {
    /// Simulates `runs` cascades from `seeds` and reports the expected spread and each
    /// node's adoption probability. The same `seed` gives identical results everywhere.
    ///
    /// - Parameters:
    ///   - model: independent cascade or linear threshold.
    ///   - types: relationship types the influence follows; nil means every type.
    ///   - direction: which way influence flows along a relationship.
    ///   - probabilityProperty: independent cascade: the relationship's activation
    ///     probability in [0, 1], `defaultProbability` when missing; linear threshold: the
    ///     relationship's weight (≥ 0), 1 / in-degree when missing.
    ///   - defaultProbability: the independent-cascade probability of relationships
    ///     without the property (default 0.1).
    /// - Throws: `AlgorithmError.unknownNode`; `.invalidParameter` for runs < 1 or a bad
    ///   default probability; `.invalidPropertyValue` for an unusable probability or weight.
    /// - Complexity: O(N + E) to prepare, then O(runs · (s + Σ deg of activated nodes)),
    ///   spread over the available cores.
    public static func forecast(
        _ snapshot: GraphSnapshot, seeds: [NodeID], model: CascadeModel = .independentCascade, runs: Int = 1000,
        seed: UInt64 = 42, types: [String]? = nil, direction: Direction = .both, probabilityProperty: String? = nil,
        defaultProbability: Double = 0.1
    ) throws(AlgorithmError) -> SpreadForecast {
        try forecast(
            snapshot, seeds: seeds,
            cascade: CascadeParameters(
                model: model, types: types, direction: direction, probabilityProperty: probabilityProperty,
                defaultProbability: defaultProbability), runs: runs, seed: seed)
    }

    /// `forecast` with the model and network in one value (per-type probabilities too).
    /// - Throws: as `forecast`; `.invalidParameter` for a type probability outside [0, 1].
    /// - Complexity: as `forecast`.
    public static func forecast(
        _ snapshot: GraphSnapshot, seeds: [NodeID], cascade: CascadeParameters, runs: Int = 1000, seed: UInt64 = 42
    ) throws(AlgorithmError) -> SpreadForecast {
        try snapshot.requireLive(seeds)
        guard runs >= 1 else {
            throw .invalidParameter(name: "runs", reason: Message(.algorithmsRuleAtLeast, ["least": .int(1)]))
        }
        let model = cascade.model
        let net = try CascadeNetwork(snapshot, cascade, seed: seed)
        var unique: [NodeID] = []
        var seen = Set<NodeID>()
        for s in seeds where seen.insert(s).inserted { unique.append(s) }
        let seedIndices = unique.map { Int32($0.index) }
        let n = net.nodeCapacity
        let chunks = min(runs, 8)
        var counts = [UInt32](repeating: 0, count: n)
        var spreads = [Int](repeating: 0, count: runs)
        let check = Interruption.current
        parallelChunks(chunks) { c in
            let range = (c * runs / chunks)..<((c + 1) * runs / chunks)
            var worker = CascadeWorker(nodeCapacity: n)
            var local = [UInt32](repeating: 0, count: n)
            var localSpreads: [Int] = []
            for r in range {
                // Interrupted: the missing runs count as no spread; the caller discards it.
                if Interruption.stop(check) {
                    localSpreads.append(0)
                    continue
                }
                let k = worker.simulate(net, seeds: seedIndices, run: r)
                localSpreads.append(k)
                for i in 0..<k { local[Int(worker.queue[i])] += 1 }
            }
            return (range, local, localSpreads)
        } merge: { (part: (Range<Int>, [UInt32], [Int])) in
            for (i, r) in part.0.enumerated() { spreads[r] = part.2[i] }
            for i in 0..<n where part.1[i] != 0 { counts[i] += part.1[i] }
        }
        var sum = 0.0
        for s in spreads { sum += Double(s) }
        let mean = sum / Double(runs)
        var squares = 0.0
        for s in spreads { squares += (Double(s) - mean) * (Double(s) - mean) }
        let sd = runs > 1 ? (squares / Double(runs - 1)).squareRoot() : 0
        let half = 1.96 * sd / Double(runs).squareRoot()
        let probability = counts.map { Double($0) / Double(runs) }
        return SpreadForecast(
            model: model, runs: runs, seeds: unique, expectedSpread: mean, standardDeviation: sd,
            confidenceInterval95: (mean - half)...(mean + half), adoptionProbability: probability)
    }

    /// The `k` seeds that maximise the expected spread, picked greedily with CELF lazy
    /// evaluation (Leskovec et al. 2007), each with its marginal gain.
    ///
    /// Every estimate averages the same `runs` simulated worlds (common random numbers),
    /// so the estimated spread is monotone and submodular and CELF returns exactly what
    /// plain greedy would on those worlds. Ties go to the smaller node id.
    /// - Parameters:
    ///   - candidates: nodes that may be picked; nil means every live node.
    ///   - other parameters: as in `forecast`.
    /// - Throws: as `forecast`; `.invalidParameter` for a negative `k`.
    /// - Complexity: O(C · runs · c̄) for the first pass over C candidates (c̄ the mean
    ///   cost of a single-seed run, spread over the cores), then O(runs · cost of a
    ///   k-seed run) per lazy re-evaluation; usually few re-evaluations per pick.
    public static func bestSeeds(
        _ snapshot: GraphSnapshot, k: Int, candidates: [NodeID]? = nil, model: CascadeModel = .independentCascade,
        runs: Int = 200, seed: UInt64 = 42, types: [String]? = nil, direction: Direction = .both,
        probabilityProperty: String? = nil, defaultProbability: Double = 0.1
    ) throws(AlgorithmError) -> [SeedChoice] {
        try bestSeeds(
            snapshot, k: k, candidates: candidates,
            cascade: CascadeParameters(
                model: model, types: types, direction: direction, probabilityProperty: probabilityProperty,
                defaultProbability: defaultProbability), runs: runs, seed: seed)
    }

    /// `bestSeeds` with the model and network in one value (per-type probabilities too).
    /// - Throws: as `bestSeeds`.
    /// - Complexity: as `bestSeeds`.
    public static func bestSeeds(
        _ snapshot: GraphSnapshot, k: Int, candidates: [NodeID]? = nil, cascade: CascadeParameters, runs: Int = 200,
        seed: UInt64 = 42
    ) throws(AlgorithmError) -> [SeedChoice] {
        if let candidates { try snapshot.requireLive(candidates) }
        guard k >= 0 else { throw .invalidParameter(name: "k", reason: Message(.algorithmsRuleZeroOrMore)) }
        guard runs >= 1 else {
            throw .invalidParameter(name: "runs", reason: Message(.algorithmsRuleAtLeast, ["least": .int(1)]))
        }
        let net = try CascadeNetwork(snapshot, cascade, seed: seed)
        let n = net.nodeCapacity
        var pool = candidates?.map(\.index) ?? (0..<n).filter { snapshot.contains(NodeID($0)) }
        var seenPool = [Bool](repeating: false, count: n)
        pool = pool.filter { v in
            defer { seenPool[v] = true }
            return !seenPool[v]
        }
        guard k > 0, !pool.isEmpty else { return [] }
        // first pass: the spread of every candidate alone
        var gains = [Double](repeating: 0, count: pool.count)
        let chunks = min(pool.count, 8)
        let candidatePool = pool
        let check = Interruption.current
        parallelChunks(chunks) { c in
            let range = (c * candidatePool.count / chunks)..<((c + 1) * candidatePool.count / chunks)
            var worker = CascadeWorker(nodeCapacity: n)
            var local: [Double] = []
            for j in range {
                let v = candidatePool[j]
                if Interruption.stop(check) {  // unfinished: the caller discards it
                    local.append(0)
                    continue
                }
                if net.offsets[v + 1] == net.offsets[v] {
                    local.append(1)
                    continue
                }
                var total = 0
                for r in 0..<runs { total += worker.simulate(net, seeds: [Int32(v)], run: r) }
                local.append(Double(total) / Double(runs))
            }
            return (range, local)
        } merge: { (part: (Range<Int>, [Double])) in
            for (i, j) in part.0.enumerated() { gains[j] = part.1[i] }
        }
        var heap = MinHeap(capacity: pool.count)
        var evaluatedAt = [Int32](repeating: 0, count: n)
        for (j, v) in pool.enumerated() { heap.push(-gains[j], Int32(v)) }
        var worker = CascadeWorker(nodeCapacity: n)
        var chosen: [Int32] = []
        var result: [SeedChoice] = []
        var current = 0.0
        while result.count < k, let (key, item) = heap.pop() {
            if Interruption.stop(check) { break }  // unfinished: the caller discards it
            let v = Int(item)
            if evaluatedAt[v] == Int32(result.count) {
                chosen.append(item)
                current += -key
                result.append(SeedChoice(node: NodeID(v), marginalGain: -key, expectedSpread: current))
                continue
            }
            var total = 0
            let trial = chosen + [item]
            for r in 0..<runs { total += worker.simulate(net, seeds: trial, run: r) }
            let gain = Double(total) / Double(runs) - current
            evaluatedAt[v] = Int32(result.count)
            heap.push(-gain, item)
        }
        return result
    }

    /// Runs `work` for chunks 0 ..< count on the available cores, then `merge`s the
    /// results in chunk order on the calling thread (so the outcome never depends on
    /// scheduling).
    static func parallelChunks<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T, merge: (T) -> Void) {
        let slots = ChunkResults<T>(count: count)
        defer { slots.free() }
        withoutActuallyEscaping(work) { work in
            DispatchQueue.concurrentPerform(iterations: count) { c in slots.store(work(c), at: c) }
        }
        for c in 0..<count { if let value = slots.load(c) { merge(value) } }
    }
}
