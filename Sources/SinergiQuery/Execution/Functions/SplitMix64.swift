// A tiny seeded pseudo-random generator (SplitMix64, Steele et al. 2014) for
// `rand()`: the same seed gives the same sequence on every platform, which the
// query option `randomSeed` relies on.

/// SplitMix64: a 64-bit state, one addition and a mixing function per number.
///
/// ```swift
/// var g = SplitMix64(seed: 42)
/// let x = g.nextDouble()   // in [0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The generator's state; advances by a fixed odd constant per draw.
    public var state: UInt64

    /// Creates a generator from a seed.
    ///
    /// - Complexity: O(1).
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    ///
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double uniformly drawn from [0, 1) using the top 53 bits.
    ///
    /// - Complexity: O(1).
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
