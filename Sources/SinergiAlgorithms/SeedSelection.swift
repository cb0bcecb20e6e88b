// Best seeds by reverse-reachable sets with a certified guarantee: OPIM-C (Tang, Tang, Xiao &
// Yuan, "Online Processing Algorithms for Influence Maximization", SIGMOD 2018). Two
// independent RR collections are drawn: greedy maximum coverage picks the seeds on the first,
// the second estimates their spread without the bias of having chosen them, and concentration
// bounds on both give a lower bound on the seeds' spread and an upper bound on the best
// possible spread. Collections double until the ratio of the two reaches 1 − 1/e − ε, which
// then holds with probability at least 1 − δ.
import SinergiGraph
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How best seeds are chosen.
public enum SeedMethod: String, Equatable, Sendable, CaseIterable {
    /// Reverse-reachable sets (OPIM-C), with a certified approximation guarantee.
    case reverseReachable = "rr"
    /// Greedy with CELF lazy evaluation over Monte Carlo simulations.
    case celf = "celf"
}

/// What the reverse-reachable sampling certifies about the seeds it chose.
public struct SeedCertificate: Equatable, Sendable {
    /// The ε asked for: the target guarantee is 1 − 1/e − ε.
    public var epsilon: Double
    /// The failure probability δ of the guarantee.
    public var delta: Double
    /// The approximation ratio certified for this run: with probability at least 1 − δ, the
    /// seeds' expected spread is at least `guarantee` × the best spread any `k` candidates
    /// reach. At least 1 − 1/e − ε unless the sample cap was reached first.
    public var guarantee: Double
    /// With probability at least 1 − δ, the seeds' expected spread is at least this.
    public var spreadLowerBound: Double
    /// With probability at least 1 − δ, no `k` candidates have an expected spread above this.
    public var optimumUpperBound: Double
    /// RR sets drawn (both collections together).
    public var reverseReachableSets: Int
    /// The number of nodes an RR set may start from (live nodes that can be activated or chosen).
    public var universe: Int
}

/// The seeds a best-seeds method chose: the one answer `sinergi spread --kind best-seeds` and
/// `sinergi.spread.bestSeeds` print, whichever method ran.
public struct SeedSelection: Equatable, Sendable {
    /// The seeds, best first; each `expectedSpread` is the estimate for the seeds so far (for
    /// RR sets, from the validation collection, unbiased for a fixed seed set).
    public var seeds: [SeedChoice]
    /// The method that chose them.
    public var method: SeedMethod
    /// The candidates there were (after removing duplicates).
    public var candidates: Int
    /// Reverse-reachable sets: what the sampling certifies; nil for CELF.
    public var certificate: SeedCertificate?
    /// CELF: the simulated runs each estimate averages; nil for RR sets.
    public var runs: Int?

    /// The expected spread of all the seeds (0 without seeds).
    public var expectedSpread: Double { seeds.last?.expectedSpread ?? 0 }
}

extension Spread {
    /// The `k` candidates whose example would spread furthest, chosen on reverse-reachable
    /// sets (OPIM-C) with the guarantee that, with probability at least 1 − δ, their expected
    /// spread is at least (1 − 1/e − ε) × the best that any `k` candidates reach.
    ///
    /// The same `seed` gives the same seeds and figures on every machine and core count.
    /// - Parameters:
    ///   - k: how many seeds (at most the number of candidates are returned).
    ///   - candidates: the nodes that may be picked; nil means every live node.
    ///   - cascade: the model and network; linear threshold and independent cascade.
    ///   - epsilon: the slack of the guarantee, in (0, 1 − 1/e); smaller asks for more RR sets
    ///     (about 1/ε² as many). Default 0.1: the seeds reach at least 53% of the optimum.
    ///   - delta: the failure probability; nil means 1 / (nodes an RR set may start from), at
    ///     most 1%.
    /// - Throws: `AlgorithmError.unknownNode` for an unknown candidate; `.invalidParameter` for a
    ///   negative `k` or an ε or δ out of range; the cascade's errors.
    /// - Complexity: O(N + E) to prepare, then O(θ · s̄) for θ RR sets of mean cost s̄ (its
    ///   nodes and their incoming arcs, spread over the cores), plus O(θ · c̄ + k · C) for the
    ///   greedy over C candidates with c̄ candidate members per set. θ grows like
    ///   (n / OPT) · (k log n) / ε², and only as far as this instance needs.
    public static func selectSeeds(
        _ snapshot: GraphSnapshot, k: Int, candidates: [NodeID]? = nil, cascade: CascadeParameters = .init(),
        epsilon: Double = 0.1, delta: Double? = nil, seed: UInt64 = 42
    ) throws(AlgorithmError) -> SeedSelection {
        try reverseReachableSelection(
            snapshot, k: k, candidates: candidates, cascade: cascade, epsilon: epsilon, delta: delta, seed: seed)
    }

    /// The best `k` candidates by `method`: reverse-reachable sets (`selectSeeds`, with ε and
    /// δ) or CELF over `runs` simulations (`bestSeeds`).
    /// - Throws: as the method.
    /// - Complexity: as the method.
    public static func chooseSeeds(
        _ snapshot: GraphSnapshot, k: Int, candidates: [NodeID]? = nil, cascade: CascadeParameters = .init(),
        method: SeedMethod = .reverseReachable, epsilon: Double = 0.1, delta: Double? = nil, runs: Int = 200,
        seed: UInt64 = 42
    ) throws(AlgorithmError) -> SeedSelection {
        switch method {
        case .reverseReachable:
            return try selectSeeds(
                snapshot, k: k, candidates: candidates, cascade: cascade, epsilon: epsilon, delta: delta, seed: seed)
        case .celf:
            let picks = try bestSeeds(snapshot, k: k, candidates: candidates, cascade: cascade, runs: runs, seed: seed)
            let pool = candidates.map { Set($0).count } ?? snapshot.nodeCount
            return SeedSelection(seeds: picks, method: .celf, candidates: pool, certificate: nil, runs: runs)
        }
    }

    static func reverseReachableSelection(
        _ snapshot: GraphSnapshot, k: Int, candidates: [NodeID]?, cascade: CascadeParameters, epsilon: Double,
        delta: Double?, seed: UInt64
    ) throws(AlgorithmError) -> SeedSelection {
        if let candidates { try snapshot.requireLive(candidates) }
        guard k >= 0 else { throw .invalidParameter(name: "k", reason: Message(.algorithmsRuleZeroOrMore)) }
        let approximation = 1 - exp(-1.0)
        guard epsilon > 0, epsilon < approximation else {
            throw .invalidParameter(name: "epsilon", reason: Message(.algorithmsRuleEpsilon))
        }
        if let delta, !(delta > 0 && delta < 1) {
            throw .invalidParameter(name: "delta", reason: Message(.algorithmsRuleOpenUnitInterval))
        }
        let net = try CascadeNetwork(snapshot, cascade, seed: seed)
        let reverse = ReverseCascade(net)
        let n = net.nodeCapacity
        var isCandidate = [Bool](repeating: false, count: n)
        var pool: [Int] = []
        if let candidates {
            for c in candidates where !isCandidate[c.index] {
                isCandidate[c.index] = true
                pool.append(c.index)
            }
            pool.sort()
        } else {
            for v in 0..<n where snapshot.contains(NodeID(v)) {
                isCandidate[v] = true
                pool.append(v)
            }
        }
        // A node with no incoming arc that is not a candidate can never be active: its RR set
        // would never be covered, so leaving it out of the roots changes no estimate.
        var roots: [Int32] = []
        for v in 0..<n where snapshot.contains(NodeID(v)) {
            if isCandidate[v] || reverse.inOffsets[v + 1] > reverse.inOffsets[v] { roots.append(Int32(v)) }
        }
        let universe = Double(roots.count)
        let delta = delta ?? min(0.01, 1 / max(universe, 2))
        let picks = min(k, pool.count)
        func answer(_ seeds: [SeedChoice], _ certificate: SeedCertificate) -> SeedSelection {
            SeedSelection(
                seeds: seeds, method: .reverseReachable, candidates: pool.count, certificate: certificate, runs: nil)
        }
        guard picks > 0 else {
            return answer(
                [],
                SeedCertificate(
                    epsilon: epsilon, delta: delta, guarantee: 1, spreadLowerBound: 0, optimumUpperBound: 0,
                    reverseReachableSets: 0, universe: roots.count))
        }
        let logChoices = Self.logBinomial(pool.count, picks)
        let alpha = log(6 / delta).squareRoot()
        let beta = (approximation * (logChoices + log(6 / delta))).squareRoot()
        let spread = (approximation * alpha + beta) * (approximation * alpha + beta)
        let base = max(1, Int((2 * spread).rounded(.up)))
        let cap = max(base, Int((2 * universe * spread / (Double(picks) * epsilon * epsilon)).rounded(.up)))
        let rounds = Int(log2(Double(cap) / Double(base)).rounded(.down)) + 1
        let a = log(3 * Double(rounds) / delta)
        let first = ReverseReachableSampler(
            network: reverse, roots: roots, candidate: isCandidate, seed: seed, family: 1)
        let second = ReverseReachableSampler(
            network: reverse, roots: roots, candidate: isCandidate, seed: seed, family: 2)
        var r1 = ReverseReachableSets()
        var r2 = ReverseReachableSets()
        var size = base
        var result: SeedSelection?
        for round in 0..<rounds {
            first.grow(&r1, to: size)
            second.grow(&r2, to: size)
            let cover = MaximumCoverage(r1, pool: pool, nodeCapacity: n, k: picks)
            let theta = Double(size)
            let validated = Self.prefixCoverage(r2, seeds: cover.seeds, nodeCapacity: n)
            let covered2 = Double(validated.last ?? 0)
            let lower =
                max(0, pow((covered2 + 2 * a / 9).squareRoot() - (a / 2).squareRoot(), 2) - a / 18) * universe / theta
            let upper =
                pow((Double(cover.upperBound) + a / 2).squareRoot() + (a / 2).squareRoot(), 2) * universe / theta
            let ratio = upper > 0 ? min(1, lower / upper) : 1
            if ratio >= approximation - epsilon || round == rounds - 1 {
                var choices: [SeedChoice] = []
                var previous = 0.0
                for (j, v) in cover.seeds.enumerated() {
                    let estimate = Double(validated[j]) * universe / theta
                    choices.append(
                        SeedChoice(node: NodeID(v), marginalGain: estimate - previous, expectedSpread: estimate))
                    previous = estimate
                }
                result = answer(
                    choices,
                    SeedCertificate(
                        epsilon: epsilon, delta: delta, guarantee: ratio, spreadLowerBound: lower,
                        optimumUpperBound: upper, reverseReachableSets: 2 * size, universe: roots.count))
                break
            }
            size *= 2
        }
        return result
            ?? answer(
                [],
                SeedCertificate(
                    epsilon: epsilon, delta: delta, guarantee: 0, spreadLowerBound: 0, optimumUpperBound: 0,
                    reverseReachableSets: 0, universe: roots.count))
    }

    /// ln C(n, k).
    /// - Complexity: O(k).
    static func logBinomial(_ n: Int, _ k: Int) -> Double {
        guard k > 0, k <= n else { return 0 }
        var total = 0.0
        for i in 0..<k { total += log(Double(n - i)) - log(Double(i + 1)) }
        return total
    }

    /// How many sets of `sets` the first j + 1 seeds cover, for each j.
    /// - Complexity: O(total members).
    static func prefixCoverage(_ sets: ReverseReachableSets, seeds: [Int], nodeCapacity n: Int) -> [Int] {
        var rank = [Int32](repeating: -1, count: n)
        for (j, v) in seeds.enumerated() { rank[v] = Int32(j) }
        var firstCovered = [Int](repeating: 0, count: seeds.count)
        var start = 0
        for e in sets.ends {
            let end = Int(e)
            var best = Int32.max
            for i in start..<end {
                let r = rank[Int(sets.members[i])]
                if r >= 0, r < best { best = r }
            }
            if best != Int32.max { firstCovered[Int(best)] += 1 }
            start = end
        }
        var running = 0
        return firstCovered.map { c in
            running += c
            return running
        }
    }
}

/// Greedy maximum coverage of RR sets by k candidates, with OPIM-C's upper bound on the
/// coverage any k candidates reach: the least, over the greedy steps, of what the seeds so far
/// cover plus the k largest marginal coverages left.
struct MaximumCoverage {
    /// The chosen nodes, in the order picked.
    var seeds: [Int] = []
    /// Sets the seeds cover.
    var covered = 0
    /// No k candidates cover more sets than this.
    var upperBound = Int.max

    /// - Complexity: O(total members + k · C) for C candidates.
    init(_ sets: ReverseReachableSets, pool: [Int], nodeCapacity n: Int, k: Int) {
        // candidate → the sets it is in (CSR)
        var offsets = [Int](repeating: 0, count: n + 1)
        for m in sets.members { offsets[Int(m) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var position = offsets
        var setsOf = [Int32](repeating: 0, count: sets.members.count)
        var start = 0
        for (j, e) in sets.ends.enumerated() {
            let end = Int(e)
            for i in start..<end {
                let v = Int(sets.members[i])
                setsOf[position[v]] = Int32(j)
                position[v] += 1
            }
            start = end
        }
        var gain = [Int](repeating: 0, count: n)
        for v in pool { gain[v] = offsets[v + 1] - offsets[v] }
        var chosen = [Bool](repeating: false, count: n)
        var done = [Bool](repeating: false, count: sets.count)
        var top = [Int]()
        top.reserveCapacity(k + 1)
        for step in 0...k {
            // the best candidate left (ties: smaller id) and the k largest gains
            var best = -1
            top.removeAll(keepingCapacity: true)
            for v in pool where !chosen[v] {
                let g = gain[v]
                if best < 0 || g > gain[best] { best = v }
                if top.count < k {
                    top.append(g)
                    if top.count == k { top.sort() }
                } else if g > top[0] {
                    top[0] = g
                    var i = 0
                    while i + 1 < top.count, top[i] > top[i + 1] {
                        top.swapAt(i, i + 1)
                        i += 1
                    }
                }
            }
            upperBound = min(upperBound, covered + top.reduce(0, +))
            guard step < k, best >= 0 else { break }
            seeds.append(best)
            chosen[best] = true
            covered += gain[best]
            for i in offsets[best]..<offsets[best + 1] {
                let j = Int(setsOf[i])
                if done[j] { continue }
                done[j] = true
                for t in sets.range(j) { gain[Int(sets.members[t])] -= 1 }
            }
        }
        if upperBound == Int.max { upperBound = covered }
    }
}
