// Properties of one entity kind: each entity's map encoded as bytes in one arena, decoded on access.

/// Every node's (or relationship's) properties as an encoded record in a shared byte
/// arena; `offsets[id]` is where the entity's record starts.
///
/// A record is `varint count` then `count` entries of `varint propertyKeyID`, a tag byte
/// and the payload (see `PropertyCodec`). Offset 0 holds the empty record every entity
/// without properties shares. Replacing a map appends a new record and leaves the old
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

    /// Drops entity `id`'s properties (a removal).
    mutating func clear(_ id: Int) {
        garbage += recordLength(id)
        offsets[id] = 0
    }

    private mutating func encode(_ properties: [String: Value], keys: inout SymbolTable) -> UInt64 {
        if properties.isEmpty { return 0 }
        let start = UInt64(bytes.count)
        PropertyCodec.appendVarint(UInt64(properties.count), to: &bytes)
        for (k, v) in properties {
            PropertyCodec.appendVarint(UInt64(keys.intern(k)), to: &bytes)
            PropertyCodec.appendValue(v, to: &bytes)
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
