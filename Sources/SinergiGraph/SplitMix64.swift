// The one seeded pseudo-random generator every module uses (the query engine's
// rand(), the algorithms' seeds, the registry generator, the tests), so that a seed
// gives bit-identical results on every run, platform and toolchain version — which
// the standard library's SystemRandomNumberGenerator and random(in:) helpers do not
// promise.

/// SplitMix64 (Steele, Lea & Flood 2014; the constants of Vigna's reference code): a
/// 64-bit state, one addition and a mixing function per number.
///
/// ```swift
/// var g = SplitMix64(seed: 42)
/// g.next()        // the same value on every platform
/// g.nextDouble()  // in [0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The generator's whole state; advances by a fixed odd constant per draw.
    public var state: UInt64

    /// A generator starting from `seed`.
    /// - Complexity: O(1).
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double uniformly drawn from [0, 1) with the top 53 bits.
    /// - Complexity: O(1).
    @inlinable public mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }
}
