// The draws the registry generator needs (bounded integers, Bernoulli trials,
// shuffles, samples) on SinergiGraph's SplitMix64, written here instead of using the
// standard library's `random(in:using:)` and `shuffle(using:)`, whose algorithms are
// not promised to stay the same across releases — a seed must mean the same graph on
// every platform and toolchain.

import SinergiGraph

/// The draws the registry generator makes from SinergiGraph's `SplitMix64`.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// rng.uniform(below: 6)      // a die roll in 0..<6
/// rng.bernoulli(0.3)         // true about 30% of the time
/// ```
/// - Complexity: every draw is O(1) (expected, for `uniform(below:)`).
extension SplitMix64 {
    /// A generator for one concern of a seed (`stream` names the concern), so that
    /// changing how one concern draws does not shift the numbers of the others.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    /// A uniformly distributed integer in `0..<bound`; 0 when `bound <= 1`.
    ///
    /// Lemire's multiply-and-reject method: no modulo bias.
    /// - Complexity: O(1) expected.
    mutating func uniform(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        let threshold = (0 &- b) % b
        while true {
            let product = next().multipliedFullWidth(by: b)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// A uniformly distributed integer in `range`; `range.lowerBound` for an empty range.
    /// - Complexity: O(1) expected.
    mutating func uniform(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + uniform(below: range.upperBound - range.lowerBound + 1)
    }

    /// A double in `[0, 1)` with 53 random bits.
    /// - Complexity: O(1).
    mutating func unit() -> Double { nextDouble() }

    /// True with probability `p` (clamped to `[0, 1]`).
    /// - Complexity: O(1).
    mutating func bernoulli(_ p: Double) -> Bool { unit() < p }

    /// Shuffles `items` in place (Fisher–Yates, from the back).
    /// - Complexity: O(n).
    mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i > 0 {
            let j = uniform(below: i + 1)
            items.swapAt(i, j)
            i -= 1
        }
    }

    /// `count` distinct elements of `items` picked uniformly, in the order drawn
    /// (all of them, shuffled, when `count >= items.count`).
    /// - Complexity: O(n) for n items.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        let k = max(0, min(count, pool.count))
        for i in 0..<k {
            let j = i + uniform(below: pool.count - i)
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }
}
