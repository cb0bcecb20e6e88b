// Dense per-node counters, kept between statements: a walk that counts by node id needs
// arrays as long as the graph's node capacity, and a fresh array of that size is fresh
// memory, paid for in page faults (on the national registry, 2 MB per array and a quarter
// of a short chain count). Returned arrays are zeroed again and kept, a few at a time.

import Foundation

/// A process-wide pool of zeroed `[Int]` arrays.
final class ScratchCounts: @unchecked Sendable {
    /// The shared pool.
    static let shared = ScratchCounts()

    private let lock = NSLock()
    private var kept: [[Int]] = []
    /// Arrays kept at most (a walk uses two).
    private let capacity = 4

    /// An array of `count` zeros: a kept one when one is that long, else a new one.
    /// - Complexity: O(1) for a kept array; O(count) for a new one.
    func take(_ count: Int) -> [Int] {
        lock.lock()
        let i = kept.firstIndex { $0.count == count }
        let found = i.map { kept.remove(at: $0) }
        lock.unlock()
        return found ?? [Int](repeating: 0, count: count)
    }

    /// Takes `array` back, zeroed, for a later `take`; the oldest kept one goes when full.
    /// - Complexity: O(length of the array) (the zeroing, on memory already mapped).
    func give(_ array: consuming [Int]) {
        var array = array
        array.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        lock.lock()
        defer { lock.unlock() }
        if kept.count >= capacity { kept.removeFirst() }
        kept.append(array)
    }
}
