// A binary min-heap of (priority, node) pairs for Dijkstra and CELF.

/// A binary min-heap keyed by a `Double` priority, holding `Int32` payloads in two
/// parallel arrays (no per-push allocation once grown). Equal priorities pop the smaller
/// payload first, so results never depend on push order. Stale entries are the caller's
/// business (lazy deletion).
struct MinHeap {
    private(set) var keys: [Double] = []
    private(set) var items: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        items.reserveCapacity(capacity)
    }

    /// Adds `item` with priority `key`.
    /// - Complexity: O(log n).
    mutating func push(_ key: Double, _ item: Int32) {
        keys.append(key)
        items.append(item)
        var i = keys.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if !Self.less(key, item, keys[p], items[p]) { break }
            keys[i] = keys[p]
            items[i] = items[p]
            i = p
        }
        keys[i] = key
        items[i] = item
    }

    /// Removes and returns the entry with the smallest priority.
    /// - Complexity: O(log n).
    mutating func pop() -> (key: Double, item: Int32)? {
        guard let lastKey = keys.last, let lastItem = items.last else { return nil }
        let top = (keys[0], items[0])
        keys.removeLast()
        items.removeLast()
        let n = keys.count
        if n > 0 {
            var i = 0
            while true {
                let l = 2 * i + 1
                if l >= n { break }
                let r = l + 1
                let c = r < n && Self.less(keys[r], items[r], keys[l], items[l]) ? r : l
                if !Self.less(keys[c], items[c], lastKey, lastItem) { break }
                keys[i] = keys[c]
                items[i] = items[c]
                i = c
            }
            keys[i] = lastKey
            items[i] = lastItem
        }
        return top
    }

    @inline(__always) static func less(_ k1: Double, _ i1: Int32, _ k2: Double, _ i2: Int32) -> Bool {
        k1 < k2 || (k1 == k2 && i1 < i2)
    }
}
