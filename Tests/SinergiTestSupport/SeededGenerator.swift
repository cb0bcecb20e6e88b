// The deterministic generator of the tests: SinergiGraph's SplitMix64 under the name
// the tests use.

import SinergiGraph

/// SplitMix64: a small, fast generator whose output depends only on its seed.
public typealias SeededGenerator = SplitMix64
