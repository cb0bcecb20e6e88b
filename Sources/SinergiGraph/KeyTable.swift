// External keys of one entity kind: a contiguous UTF-8 arena plus an open-addressing hash index.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The keys of every node (or every relationship) ever added, by dense id, and a
/// key → id index over the live ones.
///
/// Keys never change once issued, so key `i` is `bytes[starts[i] ..< starts[i + 1]]`
/// and the arena only grows. The index is a power-of-two table of slots holding the
/// key hash's high 32 bits above `id + 1` (0 empty, `UInt64.max` a deleted entry), probed
/// linearly and filled at most three quarters; the stored hash bits let a probe skip a
/// slot without touching the arena. The hash is FNV-1a, so the table is the same in
/// every process and can be saved in a binary image as it is.
///
/// Trade-off: no per-key allocation and a load that is a plain copy of three arrays;
/// a lookup compares bytes in the arena instead of `String`s.
///
/// - Complexity: `find` and `insert` are O(k) on average for key length k.
struct KeyTable: Sendable {
    static let empty: UInt64 = 0
    static let deleted: UInt64 = .max

    /// UTF-8 bytes of every key, in id order.
    var bytes: [UInt8] = []
    /// `starts[i] ..< starts[i + 1]` are key `i`'s bytes; `count + 1` entries.
    var starts: [UInt32] = [0]
    /// The hash index: `hash >> 32 << 32 | (id + 1)`, `empty` or `deleted`; a power of two
    /// long (or empty).
    var slots: [UInt64] = []
    /// Slots holding a live id or a deleted mark.
    var occupied = 0
    /// Live ids in the index.
    var live = 0

    /// The number of keys issued.
    var count: Int { starts.count - 1 }

    /// Key `i` as a `String`.
    /// - Complexity: O(k).
    func key(_ i: Int) -> String {
        guard i >= 0, i < count else { return "" }
        let s = Int(starts[i])
        let e = Int(starts[i + 1])
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[s..<e]), as: UTF8.self)
        }
    }

    /// FNV-1a over `key`, the table's hash (fixed across processes).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        // FNV-1a only carries bits upwards: fold the well-mixed high bits into the low ones.
        h ^= h >> 32
        h = h &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 29)
    }

    /// Where a key is, or the slot it would take: the result of one hash and one probe,
    /// so an insert after a failed lookup hashes and probes nothing again.
    struct Probe {
        /// The live id with the key, if any.
        var found: Int?
        /// The key's slot, or the first free one on its probe path.
        var slot: Int
        /// The key hash's high 32 bits.
        var tag: UInt64
    }

    /// The live id with this key.
    /// - Complexity: O(k) on average.
    func find(_ key: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        return probe(key).found
    }

    /// Probes for `key`; the table must not be empty (see `reserveOne`).
    func probe(_ key: String) -> Probe {
        var key = key
        return key.withUTF8 { probe($0) }
    }

    func probe(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        let mask = slots.count - 1
        let h = Self.hash(key)
        let tag = h >> 32
        var i = Int(truncatingIfNeeded: h) & mask
        var firstDeleted = -1
        return slots.withUnsafeBufferPointer { slotBuffer in
            bytes.withUnsafeBufferPointer { arena in
                while true {
                    let s = slotBuffer[i]
                    if s == Self.empty {
                        return Probe(found: nil, slot: firstDeleted >= 0 ? firstDeleted : i, tag: tag)
                    }
                    if s == Self.deleted {
                        if firstDeleted < 0 { firstDeleted = i }
                    } else if s >> 32 == tag {
                        let id = Int(s & 0xFFFF_FFFF) - 1
                        let a = Int(starts[id])
                        let b = Int(starts[id + 1])
                        if b - a == key.count, memoryEqual(arena, a, key) { return Probe(found: id, slot: i, tag: tag) }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Makes room for one more key, so `probe` then `insert(_:at:)` needs no rehash between them.
    mutating func reserveOne() {
        if (occupied + 1) * 4 > slots.count * 3 { rehash(minimumLive: live + 1) }
    }

    /// Appends `key`, which `probe` did not find, to the arena and files it in the probed slot.
    /// - Complexity: O(k) amortised.
    mutating func insert(_ key: String, at probe: Probe) -> Int {
        let id = count
        bytes.append(contentsOf: key.utf8)
        starts.append(UInt32(truncatingIfNeeded: bytes.count))
        if slots[probe.slot] == Self.empty { occupied += 1 }
        slots[probe.slot] = probe.tag << 32 | UInt64(id + 1)
        live += 1
        return id
    }

    private func memoryEqual(_ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let a = arena.baseAddress, let k = key.baseAddress else { return key.isEmpty }
        return memcmp(a + start, k, key.count) == 0
    }

    /// Adds id `id` (whose key is in the arena) to the hash index.
    mutating func index(_ id: Int) {
        if (occupied + 1) * 4 > slots.count * 3 { rehash(minimumLive: live + 1) }
        let mask = slots.count - 1
        let h = bytes.withUnsafeBufferPointer { arena in
            Self.hash(UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])]))
        }
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != Self.empty && slots[i] != Self.deleted { i = (i + 1) & mask }
        if slots[i] == Self.empty { occupied += 1 }
        slots[i] = (h >> 32) << 32 | UInt64(id + 1)
        live += 1
    }

    /// Removes id `id` from the hash index (its key stays in the arena).
    mutating func unindex(_ id: Int) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        let h = bytes.withUnsafeBufferPointer { arena in
            Self.hash(UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])]))
        }
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != Self.empty {
            if slots[i] != Self.deleted && slots[i] & 0xFFFF_FFFF == UInt64(id + 1) {
                slots[i] = Self.deleted
                live -= 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// Rebuilds the index with room for `minimumLive` live ids at most half full.
    mutating func rehash(minimumLive: Int) {
        var size = 16
        while size < minimumLive * 2 { size <<= 1 }
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: size)
        occupied = 0
        live = 0
        for s in old where s != Self.empty && s != Self.deleted { index(Int(s & 0xFFFF_FFFF) - 1) }
    }

    /// Reserves room for `n` keys in the index.
    mutating func reserve(_ n: Int) {
        if n * 2 > slots.count { rehash(minimumLive: max(n, live)) }
        starts.reserveCapacity(n + 1)
    }
}
