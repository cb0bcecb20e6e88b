// Properties of one entity kind: each entity's map encoded as bytes in one arena, decoded on access.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every node's (or relationship's) properties as an encoded record in a shared byte
/// arena; `offsets[id]` is where the entity's record starts.
///
/// A record is `varint count` then `count` entries of `varint propertyKeyID`, a tag byte
/// and the payload (see `PropertyCodec`), in increasing key id: a look-up of a key the
/// record lacks stops at the first greater key instead of walking the whole record.
/// Offset 0 holds the empty record every entity without properties shares. Replacing a map appends a new record and leaves the old
/// bytes as garbage, reclaimed by `compact` when they outweigh the live ones.
///
/// Trade-off: no allocation per entity and a load that copies two arrays, at the price of
/// decoding on every read (O(p) per entity).
struct PropertyStore: Sendable {
    /// Encoded records; byte 0 is the shared empty record.
    var bytes: [UInt8] = [0]
    /// Where each entity's record starts.
    var offsets: [UInt64] = []
    /// Bytes no entity points at any more.
    var garbage = 0

    /// Adds an entity (its id is `offsets.count`) with `properties`.
    mutating func append(_ properties: [String: Value], keys: inout SymbolTable) {
        offsets.append(encode(properties, keys: &keys))
    }

    /// Replaces entity `id`'s properties.
    mutating func set(_ id: Int, _ properties: [String: Value], keys: inout SymbolTable) {
        garbage += recordLength(id)
        offsets[id] = encode(properties, keys: &keys)
        compactIfWasteful()
    }

    /// Sets entity `id`'s property `key` to `value` (nil: removes it), writing the record
    /// again from its own bytes with that one entry replaced: no dictionary, no decoding
    /// of the other properties.
    /// - Complexity: O(size of the record); the old record becomes garbage.
    mutating func set(_ id: Int, key: UInt32, to newValue: Value?) {
        // `.null` is no value: the entry is removed (spelled out, as `Value` is nil-literal).
        var value: Value? = Optional.none
        if let v = newValue, !v.isNull { value = Optional.some(v) }
        let adds = value.map { _ in 1 } ?? 0
        let start = Int(offsets[id])
        let length = recordLength(id)
        let newStart = UInt64(bytes.count)
        var kept = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { old in
            _ = bytes.withUnsafeBufferPointer { b in
                old.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: b[start..<(start + length)]))
            }
            let record = UnsafeBufferPointer(old)
            var entries: [Range<Int>] = []
            // The kept entries before the new key's place (the record is in key order).
            var before = 0
            if length > 0 {
                var reader = PropertyCodec.Reader(
                    buffer: UnsafeBufferPointer(rebasing: record[0..<length]), position: 0)
                let count = reader.varint()
                entries.reserveCapacity(Int(count))
                for _ in 0..<count {
                    let from = reader.position
                    let k = reader.varint()
                    reader.skipValue()
                    if k != UInt64(key) { entries.append(from..<reader.position) }
                    if k < UInt64(key) { before = entries.count }
                }
            }
            kept = entries.count
            let total = kept + adds
            guard total > 0 else { return }
            PropertyCodec.appendVarint(UInt64(total), to: &bytes)
            for e in entries[..<before] { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: record[e])) }
            if let value {
                PropertyCodec.appendVarint(UInt64(key), to: &bytes)
                PropertyCodec.appendValue(value, to: &bytes)
            }
            for e in entries[before...] { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: record[e])) }
        }
        garbage += length
        offsets[id] = kept + adds == 0 ? 0 : newStart
        compactIfWasteful()
    }

    /// How entity `newID`'s properties in `new` differ from entity `oldID`'s in `old` (nil:
    /// no entity, no properties), counted as the two dictionaries would be: `set` the
    /// entries of the new map whose old value is absent or unequal, `removed` the entries
    /// of the old map whose new value is absent or unequal. Both stores must share their
    /// key ids (one is the other after writes). Equal bytes are equal values unless they
    /// hold a float (NaN is unequal to itself); other entries are decoded and compared.
    /// - Complexity: O(p²) key comparisons for p properties, no dictionary.
    static func differences(old: PropertyStore, _ oldID: Int?, new: PropertyStore, _ newID: Int?)
        -> (set: Int, removed: Int)
    {
        old.bytes.withUnsafeBufferPointer { ob in
            new.bytes.withUnsafeBufferPointer { nb in
                let o = oldID.map { Int(old.offsets[$0]) } ?? 0
                let n = newID.map { Int(new.offsets[$0]) } ?? 0
                return (
                    unmatched(nb, n, against: ob, o), unmatched(ob, o, against: nb, n)
                )
            }
        }
    }

    /// The entries of the record at `a` (in `ab`) that the record at `b` lacks or holds unequal.
    private static func unmatched(
        _ ab: UnsafeBufferPointer<UInt8>, _ a: Int, against bb: UnsafeBufferPointer<UInt8>, _ b: Int
    ) -> Int {
        if a == 0 { return 0 }
        var reader = PropertyCodec.Reader(buffer: ab, position: a)
        let count = reader.varint()
        // Nothing on the other side: every property differs.
        if b == 0 { return Int(count) }
        var differing = 0
        for _ in 0..<count {
            let key = reader.varint()
            let from = reader.position
            reader.skipValue()
            let value = UnsafeBufferPointer(rebasing: ab[from..<reader.position])
            var other = PropertyCodec.Reader(buffer: bb, position: b)
            guard other.seek(property: UInt32(truncatingIfNeeded: key)) else {
                differing += 1
                continue
            }
            let otherFrom = other.position
            other.skipValue()
            let otherValue = UnsafeBufferPointer(rebasing: bb[otherFrom..<other.position])
            let tag = value.first ?? 0
            if tag != 3, tag != 6, tag != 7, value.count == otherValue.count,
                memcmp(value.baseAddress!, otherValue.baseAddress!, value.count) == 0
            {
                continue
            }
            var x = PropertyCodec.Reader(buffer: ab, position: from)
            var y = PropertyCodec.Reader(buffer: bb, position: otherFrom)
            if x.value() != y.value() { differing += 1 }
        }
        return differing
    }

    /// Drops entity `id`'s properties (a removal).
    mutating func clear(_ id: Int) {
        garbage += recordLength(id)
        offsets[id] = 0
    }

    private mutating func encode(_ properties: [String: Value], keys: inout SymbolTable) -> UInt64 {
        if properties.isEmpty { return 0 }
        let start = UInt64(bytes.count)
        PropertyCodec.appendVarint(UInt64(properties.count), to: &bytes)
        // The entries in key-id order, sorted in place in temporary memory (no array per entity).
        withUnsafeTemporaryAllocation(of: (UInt32, Dictionary<String, Value>.Index).self, capacity: properties.count) {
            buffer in
            var order = buffer
            var n = 0
            for index in properties.indices {
                order.initializeElement(at: n, to: (keys.intern(properties[index].key), index))
                n += 1
            }
            order.sort { $0.0 < $1.0 }
            for (key, index) in order {
                PropertyCodec.appendVarint(UInt64(key), to: &bytes)
                PropertyCodec.appendValue(properties[index].value, to: &bytes)
            }
            _ = order.deinitialize()
        }
        return start
    }

    /// The byte length of entity `id`'s record.
    func recordLength(_ id: Int) -> Int {
        let start = Int(offsets[id])
        if start == 0 { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = PropertyCodec.Reader(buffer: buffer, position: start)
            let count = reader.varint()
            for _ in 0..<count {
                _ = reader.varint()
                reader.skipValue()
            }
            return reader.position - start
        }
    }

    /// Entity `id`'s properties as a dictionary.
    /// - Complexity: O(p + size of the values).
    func properties(_ id: Int, keys: SymbolTable) -> [String: Value] {
        let start = Int(offsets[id])
        if start == 0 { return [:] }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = PropertyCodec.Reader(buffer: buffer, position: start)
            let count = Int(reader.varint())
            var out: [String: Value] = [:]
            out.reserveCapacity(count)
            for _ in 0..<count {
                let k = keys.name(of: UInt32(truncatingIfNeeded: reader.varint()))
                out[k] = reader.value()
            }
            return out
        }
    }

    /// One property of entity `id`, nil when absent.
    /// - Complexity: O(size of the record).
    func property(_ id: Int, key: UInt32) -> Value? {
        let start = Int(offsets[id])
        if start == 0 { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = PropertyCodec.Reader(buffer: buffer, position: start)
            return reader.seek(property: key) ? reader.value() : nil
        }
    }

    /// Rewrites the arena without garbage once garbage is most of it.
    private mutating func compactIfWasteful() {
        guard garbage > 1 << 20, garbage * 2 > bytes.count else { return }
        var fresh: [UInt8] = [0]
        fresh.reserveCapacity(bytes.count - garbage)
        for id in offsets.indices where offsets[id] != 0 {
            let start = Int(offsets[id])
            let length = recordLength(id)
            offsets[id] = UInt64(fresh.count)
            fresh.append(contentsOf: bytes[start..<(start + length)])
        }
        bytes = fresh
        garbage = 0
    }
}
