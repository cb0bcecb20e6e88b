// Reverse-reachable (RR) sets (Borgs, Brautbar, Chayes & Lucier 2014): pick a node r uniformly,
// then collect the nodes that would have activated r in one random live-edge world. A seed
// set's expected spread is n × the chance that it meets such a set, so covering many sampled
// sets is choosing influential seeds. The independent cascade is sampled by a reverse
// breadth-first search with one coin per incoming arc (geometric skips over hubs whose arcs
// share one probability); the linear threshold by a reverse random walk that keeps at most one
// incoming arc per node. Set i draws from its own xoshiro256** stream of the seed, so the
// collection never depends on how sets are spread over the cores.
import Dispatch
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The cascade network turned around: for node v, the arcs that could activate it.
struct ReverseCascade: Sendable {
    let model: CascadeModel
    /// Incoming arcs of v are `inOffsets[v] ..< inOffsets[v + 1]`.
    let inOffsets: [Int]
    /// The node each incoming arc comes from.
    let inSources: [Int32]
    /// IC: the arc is live when a 53-bit coin is below its threshold.
    let inThreshold: [UInt64]
    /// IC: 1 / log(1 − p) when all of v's incoming arcs share the probability p (0 < p < 1) and
    /// v has many of them, so live arcs can be found by geometric skips; 0 otherwise.
    let skipScale: [Double]
    /// LT: running sums of the incoming weights (as in `CascadeNetwork.cumulative`).
    let inCumulative: [Double]

    var nodeCapacity: Int { inOffsets.count - 1 }

    /// Hubs with at least this many incoming arcs of one probability are sampled by skips.
    static let skipDegree = 24

    /// - Complexity: O(N + E).
    init(_ net: CascadeNetwork) {
        model = net.model
        let n = net.nodeCapacity
        let m = net.targets.count
        var source = [Int32](repeating: 0, count: m)
        for u in 0..<n {
            for i in net.offsets[u]..<net.offsets[u + 1] { source[i] = Int32(truncatingIfNeeded: u) }
        }
        switch net.model {
        case .linearThreshold:
            inOffsets = net.inOffsets
            inSources = net.inArc.map { source[Int($0)] }
            inCumulative = net.cumulative
            inThreshold = []
            skipScale = []
        case .independentCascade:
            var counts = [Int](repeating: 0, count: n + 1)
            for t in net.targets { counts[Int(t) + 1] += 1 }
            for i in 0..<n { counts[i + 1] += counts[i] }
            var position = counts
            var sources = [Int32](repeating: 0, count: m)
            var thresholds = [UInt64](repeating: 0, count: m)
            for u in 0..<n {
                for i in net.offsets[u]..<net.offsets[u + 1] {
                    let w = Int(net.targets[i])
                    sources[position[w]] = Int32(truncatingIfNeeded: u)
                    thresholds[position[w]] = net.threshold[i]
                    position[w] += 1
                }
            }
            var scale = [Double](repeating: 0, count: n)
            for v in 0..<n where counts[v + 1] - counts[v] >= Self.skipDegree {
                let first = thresholds[counts[v]]
                guard first > 0, first < 1 << 53 else { continue }
                if thresholds[counts[v]..<counts[v + 1]].allSatisfy({ $0 == first }) {
                    let p = Double(first) * 0x1p-53
                    scale[v] = 1 / log1p(-p)
                }
            }
            inOffsets = counts
            inSources = sources
            inThreshold = thresholds
            skipScale = scale
            inCumulative = []
        }
    }
}

/// A growing collection of RR sets that keeps only their candidate members (the only nodes a
/// seed set can be made of), in the order the sets were drawn. Sets without a candidate can
/// never be covered, so only their number is kept.
struct ReverseReachableSets {
    /// Members of stored set j are `members[ends[j - 1] ..< ends[j]]` (`ends[-1]` = 0).
    var members: [Int32] = []
    var ends: [UInt32] = []
    /// Sets drawn, stored or not.
    var total = 0

    /// Sets stored (those with a candidate).
    var count: Int { ends.count }

    /// The members of stored set `j`.
    @inline(__always) func range(_ j: Int) -> Range<Int> { (j == 0 ? 0 : Int(ends[j - 1]))..<Int(ends[j]) }
}

/// Draws RR sets for one network, seed and candidate set.
struct ReverseReachableSampler: Sendable {
    let network: ReverseCascade
    /// The nodes a set may start from: live nodes that can be activated or chosen.
    let roots: [Int32]
    /// True for the candidates (the only members kept).
    let candidate: [Bool]
    let seed: UInt64
    /// Which stream family the sets draw from (two families give independent collections).
    let family: UInt64

    /// Appends sets `collection.count ..< target` to `collection`, on the available cores.
    /// - Complexity: O(Σ size of the sampled sets, with their incoming arcs).
    func grow(_ collection: inout ReverseReachableSets, to target: Int) {
        let start = collection.total
        guard target > start else { return }
        let total = target - start
        let chunks = min(max(1, total / 256), 16)
        let parts = ChunkResults<ReverseReachableSets>(count: chunks)
        defer { parts.free() }
        let sampler = self
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = start + c * total / chunks
            let hi = start + (c + 1) * total / chunks
            var part = ReverseReachableSets()
            ReverseReachableWorker.sample(sampler, sets: lo..<hi, into: &part)
            parts.store(part, at: c)
        }
        for c in 0..<chunks {
            guard let part = parts.load(c) else { continue }
            let base = UInt32(collection.members.count)
            collection.members.append(contentsOf: part.members)
            for e in part.ends { collection.ends.append(base + e) }
            collection.total += part.total
        }
    }
}

/// Draws a range of RR sets on one thread, with every array's storage reached once per range
/// (no reference counting in the loop). Sets are drawn in the order of their roots, which keeps
/// neighbouring memory together; a set's content depends only on its index, and coverage does
/// not depend on the order sets are stored in.
enum ReverseReachableWorker {
    /// Appends the candidate members of sets `range` to `part`.
    /// - Complexity: O(Σ |set| + incoming arcs examined).
    static func sample(_ s: ReverseReachableSampler, sets range: Range<Int>, into part: inout ReverseReachableSets) {
        let net = s.network
        let n = net.nodeCapacity
        let streamSeed = s.seed ^ (s.family &* 0x9E37_79B9_7F4A_7C15)
        var mark = [UInt32](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: max(n, 1))
        var members: [Int32] = []
        var ends: [UInt32] = []
        mark.withUnsafeMutableBufferPointer { mark in
            queue.withUnsafeMutableBufferPointer { queue in
                net.inOffsets.withUnsafeBufferPointer { off in
                    net.inSources.withUnsafeBufferPointer { src in
                        net.inThreshold.withUnsafeBufferPointer { thr in
                            net.skipScale.withUnsafeBufferPointer { skip in
                                net.inCumulative.withUnsafeBufferPointer { cum in
                                    s.roots.withUnsafeBufferPointer { roots in
                                        s.candidate.withUnsafeBufferPointer { candidate in
                                            // visit the sets in root order: neighbouring roots share cache lines
                                            // (a counting sort of the set indices by root position)
                                            var start = [Int32](repeating: 0, count: roots.count + 1)
                                            var drawn = [Int32](repeating: 0, count: range.count)
                                            for (i, j) in range.enumerated() {
                                                var rng = Xoshiro256StarStar(seed: streamSeed, stream: UInt64(j))
                                                let r = rng.nextInt(below: roots.count)
                                                drawn[i] = Int32(truncatingIfNeeded: r)
                                                start[r + 1] += 1
                                            }
                                            for r in 0..<roots.count { start[r + 1] += start[r] }
                                            var order = [Int](repeating: 0, count: range.count)
                                            for (i, j) in range.enumerated() {
                                                let r = Int(drawn[i])
                                                order[Int(start[r])] = j
                                                start[r] += 1
                                            }
                                            var stamp: UInt32 = 0
                                            for j in order {
                                                if stamp == UInt32.max {
                                                    for i in 0..<n { mark[i] = 0 }
                                                    stamp = 0
                                                }
                                                stamp += 1
                                                var rng = Xoshiro256StarStar(seed: streamSeed, stream: UInt64(j))
                                                let root = Int(roots[rng.nextInt(below: roots.count)])
                                                let count: Int
                                                if net.model == .independentCascade {
                                                    count = independentCascade(
                                                        root, &rng, stamp, mark, queue, off, src, thr, skip)
                                                } else {
                                                    count = linearThreshold(
                                                        root, &rng, stamp, mark, queue, off, src, cum)
                                                }
                                                let before = members.count
                                                for i in 0..<count where candidate[Int(queue[i])] {
                                                    members.append(queue[i])
                                                }
                                                if members.count > before { ends.append(UInt32(members.count)) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        part.members = members
        part.ends = ends
        part.total = range.count
    }

    /// The reverse breadth-first search of one IC world from `root`: how many nodes it marks
    /// (they are `queue[0 ..< count]`).
    @inline(__always) static func independentCascade(
        _ root: Int, _ rng: inout Xoshiro256StarStar, _ st: UInt32, _ mark: UnsafeMutableBufferPointer<UInt32>,
        _ queue: UnsafeMutableBufferPointer<Int32>, _ off: UnsafeBufferPointer<Int>, _ src: UnsafeBufferPointer<Int32>,
        _ thr: UnsafeBufferPointer<UInt64>, _ skip: UnsafeBufferPointer<Double>
    ) -> Int {
        var count = 1
        mark[root] = st
        queue[0] = Int32(truncatingIfNeeded: root)
        var head = 0
        while head < count {
            let v = Int(queue[head])
            head += 1
            let lo = off[v]
            let hi = off[v + 1]
            let scale = skip[v]
            if scale != 0 {
                // all arcs share p: the gap to the next live arc is geometric
                var i = lo - 1
                while true {
                    let u = 1 - rng.nextDouble()  // in (0, 1]
                    let gap = (log(u) * scale).rounded(.down)
                    guard gap < Double(hi - i) else { break }
                    i += 1 + Int(gap)
                    if i >= hi { break }
                    let w = Int(src[i])
                    if mark[w] != st {
                        mark[w] = st
                        queue[count] = Int32(truncatingIfNeeded: w)
                        count += 1
                    }
                }
            } else {
                for i in lo..<hi {
                    let w = Int(src[i])
                    if mark[w] == st { continue }
                    if rng.next() >> 11 < thr[i] {
                        mark[w] = st
                        queue[count] = Int32(truncatingIfNeeded: w)
                        count += 1
                    }
                }
            }
        }
        return count
    }

    /// The reverse random walk of one LT world from `root`: each node keeps at most one incoming
    /// arc; the walk stops at a node without one or at a node already on the walk.
    @inline(__always) static func linearThreshold(
        _ root: Int, _ rng: inout Xoshiro256StarStar, _ st: UInt32, _ mark: UnsafeMutableBufferPointer<UInt32>,
        _ queue: UnsafeMutableBufferPointer<Int32>, _ off: UnsafeBufferPointer<Int>, _ src: UnsafeBufferPointer<Int32>,
        _ cum: UnsafeBufferPointer<Double>
    ) -> Int {
        var count = 1
        mark[root] = st
        queue[0] = Int32(truncatingIfNeeded: root)
        var v = root
        while true {
            let lo = off[v]
            let hi = off[v + 1]
            guard lo < hi else { break }
            let u = rng.nextDouble()
            var chosen = -1
            for i in lo..<hi where u < cum[i] {
                chosen = Int(src[i])
                break
            }
            guard chosen >= 0, mark[chosen] != st else { break }
            mark[chosen] = st
            queue[count] = Int32(truncatingIfNeeded: chosen)
            count += 1
            v = chosen
        }
        return count
    }
}
