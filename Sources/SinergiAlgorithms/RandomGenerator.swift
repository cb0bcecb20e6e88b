// The fast generator the stochastic algorithms draw from, seeded through SinergiGraph's
// SplitMix64, so that a seed gives bit-identical results on every run, platform and
// toolchain version.

import SinergiGraph

/// xoshiro256** (Blackman & Vigna 2018): the fast, statistically strong generator used
/// by the cascade simulations and by pivot sampling; its state is filled by `SplitMix64`.
///
/// ```swift
/// var g = Xoshiro256StarStar(seed: 7)
/// g.nextDouble()  // in [0, 1), identical for seed 7 everywhere
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose 256-bit state is filled from `seed` by SplitMix64.
    /// - Complexity: O(1).
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next()
        s1 = sm.next()
        s2 = sm.next()
        s3 = sm.next()
    }

    /// A generator for stream `stream` of `seed`: independent streams (one per simulation
    /// run) that do not depend on how runs are scheduled.
    /// - Complexity: O(1).
    public init(seed: UInt64, stream: UInt64) {
        var sm = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        _ = sm.next()
        self.init(seed: sm.next())
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    @inlinable public mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(45)
        return result
    }

    /// A double uniformly in [0, 1) with 53 random bits.
    /// - Complexity: O(1).
    @inlinable public mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An integer uniformly in `0 ..< bound` (Lemire's multiply-shift with rejection);
    /// 0 when `bound` is not positive.
    /// - Complexity: O(1) expected.
    @inlinable public mutating func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }
}

extension UInt64 {
    @inlinable func rotatedLeft(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 &- k)) }
}
