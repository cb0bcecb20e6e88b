// Allocating keys: the generated keys `n<N>` and `r<N>` come from one serial that only grows,
// so a key is never handed out twice — not after a delete, not after compaction (the
// registry writes the serial down), not in another process.

extension PropertyGraph {
    /// The key serial: every key `n<k>` or `r<k>` with k ≤ `keySerial` has been handed out
    /// or named by someone, so none of them is ever generated again.
    ///
    /// Adding a node or relationship with such a key (given by a user, or read back from a
    /// registry) raises the serial to it; generating a key raises it by one. The registry
    /// keeps the serial in its commit records, so a deleted `n7` stays taken after the
    /// journal is compacted away.
    ///
    /// - Complexity: O(1).
    public var keySerial: Int { store.generatedKeySerial }

    /// Raises the key serial to at least `serial` (from a registry's commit record).
    ///
    /// - Complexity: O(1).
    public mutating func reserveKeys(through serial: Int) {
        guard serial > store.generatedKeySerial else { return }
        store.generatedKeySerial = serial
    }

    /// The key serial that the live keys alone show: the largest k of a live key `n<k>` or
    /// `r<k>` (0 when none). A registry whose serial is larger writes it down on compaction.
    ///
    /// - Complexity: O(N + E) key reads.
    public var keySerialShownByKeys: Int {
        var highest = 0
        for n in nodes { highest = max(highest, Self.serial(inKey: key(of: n)) ?? 0) }
        for r in relationships { highest = max(highest, Self.serial(inKey: key(of: r)) ?? 0) }
        return highest
    }

    /// k for a key `n<k>` or `r<k>` (k a decimal number without sign or leading zero), else nil.
    ///
    /// - Complexity: O(k) in the length of the key.
    public static func serial(inKey key: String) -> Int? {
        let utf8 = key.utf8
        guard utf8.count >= 2, utf8.count <= 19, let first = utf8.first,
            first == UInt8(ascii: "n") || first == UInt8(ascii: "r")
        else { return nil }
        var value = 0
        for (i, b) in utf8.dropFirst().enumerated() {
            guard b >= 48, b <= 57, !(i == 0 && b == 48) else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    /// Raises the serial past `key` when it has the shape of a generated key.
    mutating func noteKeyInUse(_ key: String) {
        if let k = Self.serial(inKey: key), k > store.generatedKeySerial { store.generatedKeySerial = k }
    }

    mutating func generateNodeKey() -> String {
        while true {
            store.generatedKeySerial += 1
            let candidate = "n" + String(store.generatedKeySerial)
            if store.nodeKeys.find(candidate) == nil { return candidate }
        }
    }

    mutating func generateRelationshipKey() -> String {
        while true {
            store.generatedKeySerial += 1
            let candidate = "r" + String(store.generatedKeySerial)
            if store.relationshipKeys.find(candidate) == nil { return candidate }
        }
    }
}
