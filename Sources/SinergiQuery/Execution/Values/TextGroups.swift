// Strings to group numbers, for GROUP BY and DISTINCT on one text key: while every key is
// ASCII, a table of the keys' bytes with a fast hash; from the first other key on, Swift's
// dictionary of `String`s, which every key moves to. The bytes decide equality only for ASCII
// text, where canonical equivalence is byte equality (two different ASCII strings are never
// canonically equal; "e" + U+0301 and "é", or U+212A and "K", are, and they are not ASCII).

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Groups of strings, numbered by the caller.
///
/// A `String` key hashes with SipHash and compares with Unicode rules; on the grouping keys of
/// a national registry (postal codes, levels, kinds, names) those were a quarter of the
/// aggregation. Here an ASCII key costs one pass over its bytes for the hash (eight at a time,
/// seeded per process so no input can choose its collisions) and a `memcmp` per probe.
struct TextGroups {
    /// The keys' bytes, in the order they were added; key k is `bytes[starts[k] ..< starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// The number of each key, by key.
    private var numbers: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing over the keys: key + 1, 0 for an empty slot; a power of two long.
    private var slots: [Int32] = []
    /// Every key, once a key was not ASCII.
    private var general: [String: Int]?

    /// The number of keys.
    var count: Int { general?.count ?? numbers.count }

    /// The number given to `text`, or nil when it has none yet.
    /// - Complexity: O(length of the text) on average.
    mutating func number(of text: String) -> Int? {
        if let general { return general[text] }
        var text = text
        let found = text.withUTF8 { utf8 -> Int?? in
            guard Self.isASCII(utf8) else { return .none }
            return .some(find(utf8, Self.hash(utf8)).map { numbers[$0] })
        }
        if let found { return found }
        moveToGeneral()
        return general?[text]
    }

    /// Gives `text` (which has no number yet) the number `n`.
    /// - Complexity: O(length of the text) amortised.
    mutating func add(_ text: String, number n: Int) {
        if general != nil {
            general?[text] = n
            return
        }
        var text = text
        let added = text.withUTF8 { utf8 -> Bool in
            guard Self.isASCII(utf8) else { return false }
            if (numbers.count + 1) * 2 > slots.count { grow() }
            let h = Self.hash(utf8)
            bytes.append(contentsOf: utf8)
            starts.append(bytes.count)
            numbers.append(n)
            hashes.append(h)
            place(numbers.count - 1, h)
            return true
        }
        if !added {
            moveToGeneral()
            general?[text] = n
        }
    }

    /// Inserts `text` with the next number; true when it was new.
    mutating func insert(_ text: String) -> Bool {
        guard number(of: text) == nil else { return false }
        add(text, number: count)
        return true
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        return bytes.withUnsafeBufferPointer { arena -> Int? in
            while true {
                let s = Int(slots[i])
                if s == 0 { return nil }
                let k = s - 1
                if hashes[k] == h {
                    let (a, b) = (starts[k], starts[k + 1])
                    if b - a == key.count,
                        key.isEmpty || memcmp(arena.baseAddress! + a, key.baseAddress!, key.count) == 0
                    {
                        return k
                    }
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func place(_ k: Int, _ h: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(k + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(16, slots.count * 2))
        for k in numbers.indices { place(k, hashes[k]) }
    }

    /// Moves every key to the dictionary of strings, from now on the only table.
    private mutating func moveToGeneral() {
        var all: [String: Int] = [:]
        all.reserveCapacity(numbers.count)
        bytes.withUnsafeBufferPointer { arena in
            for k in numbers.indices {
                let key = String(
                    decoding: UnsafeBufferPointer(rebasing: arena[starts[k]..<starts[k + 1]]), as: UTF8.self)
                all[key] = numbers[k]
            }
        }
        general = all
        (bytes, starts, numbers, hashes, slots) = ([], [0], [], [], [])
    }

    /// True when no byte has its top bit set, tested eight bytes at a time.
    /// - Complexity: O(length).
    static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt64 = 0
        var i = 0
        if let base = utf8.baseAddress {
            while i + 8 <= utf8.count {
                high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                i += 8
            }
        }
        while i < utf8.count {
            high |= UInt64(utf8[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// This process's seed: keys cannot be chosen to collide without knowing it.
    static let seed = UInt64.random(in: .min ... .max) | 1

    /// A multiply-and-fold hash of the bytes, eight at a time, from `seed`.
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed ^ (UInt64(utf8.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        if let base = utf8.baseAddress {
            while i + 8 <= utf8.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < utf8.count {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
