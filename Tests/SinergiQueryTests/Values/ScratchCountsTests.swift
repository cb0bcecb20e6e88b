// The pool of dense counters hands out zeros only: an array given back dirty is zeroed
// before anyone takes it again, of the length asked for, and the pool keeps a few at most.
import Testing

@testable import SinergiQuery

@Suite struct ScratchCountsTests {
    @Test func anArrayGivenBackDirtyComesBackZeroed() {
        let pool = ScratchCounts()
        var a = pool.take(1_000)
        #expect(a.count == 1_000 && a.allSatisfy { $0 == 0 })
        for i in stride(from: 0, to: 1_000, by: 7) { a[i] = i + 1 }
        pool.give(a)
        let again = pool.take(1_000)
        #expect(again.count == 1_000)
        #expect(again.allSatisfy { $0 == 0 })
        // Another length is never a kept array cut or padded.
        let other = pool.take(999)
        #expect(other.count == 999 && other.allSatisfy { $0 == 0 })
        // Many given back: each taken one is still all zeros.
        for n in 1...10 { pool.give([Int](repeating: n, count: 64)) }
        for _ in 1...10 { #expect(pool.take(64) == [Int](repeating: 0, count: 64)) }
    }
}
