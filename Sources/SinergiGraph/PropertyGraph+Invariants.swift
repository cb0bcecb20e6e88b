// Structural invariants of a PropertyGraph's flat storage, checked when a graph is read from an image.

extension PropertyGraph {
    /// Checks every array length and every stored id against the others, so a damaged
    /// image that slipped past the checksums still cannot index out of bounds.
    /// - Complexity: O(N + E + key and slot counts).
    func isStructurallySound() -> Bool {
        let n = store.nodeLive.count
        let m = store.relationshipType.count
        guard store.nodeKeys.count == n, store.nodeLabelBits.count == n, store.nodeProperties.offsets.count == n,
            [store.firstOut, store.lastOut, store.firstIn, store.lastIn, store.outDegree, store.inDegree].allSatisfy({
                $0.count == n
            }),
            store.relationshipKeys.count == m, store.relationshipProperties.offsets.count == m,
            [store.relationshipStart, store.relationshipEnd, store.nextOut, store.nextIn].allSatisfy({ $0.count == m }),
            n < Int(UInt32.max), m < Int(UInt32.max),
            nodeCount == store.nodeLive.lazy.filter({ $0 }).count,
            relationshipCount == store.relationshipType.lazy.filter({ $0 != Self.none }).count,
            store.nodeKeys.isSound(ids: n), store.relationshipKeys.isSound(ids: m),
            store.nodeProperties.isSound(), store.relationshipProperties.isSound()
        else { return false }
        let labels = labelTable.count
        if labels < 64, store.nodeLabelBits.contains(where: { $0 >> UInt64(labels) != 0 }) { return false }
        for (_, words) in store.labelOverflow where words.count > (labels + 63) / 64 { return false }
        let mm = UInt32(m)
        let nn = UInt32(n)
        for array in [store.firstOut, store.lastOut, store.firstIn, store.lastIn, store.nextOut, store.nextIn]
        where array.contains(where: { $0 != Self.none && $0 >= mm }) {
            return false
        }
        let types = UInt32(typeTable.count)
        for r in 0..<m where store.relationshipType[r] != Self.none {
            if store.relationshipType[r] >= types || store.relationshipStart[r] >= nn || store.relationshipEnd[r] >= nn
            {
                return false
            }
        }
        return store.labelMembers.allSatisfy { $0.words.count <= (n + 63) / 64 }
    }
}

extension KeyTable {
    /// True when the arena offsets and the hash slots are consistent with `ids` ids.
    func isSound(ids: Int) -> Bool {
        guard starts.count == ids + 1, starts.first == 0, Int(starts[ids]) == bytes.count,
            slots.isEmpty || slots.count & (slots.count - 1) == 0, occupied <= slots.count, live <= occupied
        else { return false }
        var previous: UInt32 = 0
        for s in starts {
            if s < previous { return false }
            previous = s
        }
        let limit = UInt64(ids)
        return !slots.contains { $0 != KeyTable.empty && $0 != KeyTable.deleted && $0 & 0xFFFF_FFFF > limit }
            && (slots.isEmpty || slots.contains(KeyTable.empty))
    }
}

extension PropertyStore {
    /// True when every record offset lies inside the arena and the empty record is in place.
    func isSound() -> Bool {
        guard bytes.first == 0, garbage <= bytes.count else { return false }
        let limit = UInt64(bytes.count)
        return !offsets.contains { $0 >= limit }
    }
}
