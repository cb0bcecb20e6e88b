// Structural invariants of a PropertyGraph's flat storage, checked when a graph is read from an image.

extension PropertyGraph {
    /// Checks every array length and every stored id against the others, so a damaged
    /// image that slipped past the checksums still cannot index out of bounds.
    /// - Complexity: O(N + E + key and slot counts).
    func isStructurallySound() -> Bool {
        let n = nodeLive.count
        let m = relationshipType.count
        guard nodeKeys.count == n, nodeLabelBits.count == n, nodeProperties.offsets.count == n,
            [firstOut, lastOut, firstIn, lastIn, outDegree, inDegree].allSatisfy({ $0.count == n }),
            relationshipKeys.count == m, relationshipProperties.offsets.count == m,
            [relationshipStart, relationshipEnd, nextOut, nextIn].allSatisfy({ $0.count == m }),
            n < Int(UInt32.max), m < Int(UInt32.max),
            nodeCount == nodeLive.lazy.filter({ $0 }).count,
            relationshipCount == relationshipType.lazy.filter({ $0 != Self.none }).count,
            nodeKeys.isSound(ids: n), relationshipKeys.isSound(ids: m),
            nodeProperties.isSound(), relationshipProperties.isSound()
        else { return false }
        let labels = labelTable.count
        if labels < 64, nodeLabelBits.contains(where: { $0 >> UInt64(labels) != 0 }) { return false }
        for (_, words) in labelOverflow where words.count > (labels + 63) / 64 { return false }
        let mm = UInt32(m)
        let nn = UInt32(n)
        for array in [firstOut, lastOut, firstIn, lastIn, nextOut, nextIn]
        where array.contains(where: { $0 != Self.none && $0 >= mm }) {
            return false
        }
        let types = UInt32(typeTable.count)
        for r in 0..<m where relationshipType[r] != Self.none {
            if relationshipType[r] >= types || relationshipStart[r] >= nn || relationshipEnd[r] >= nn { return false }
        }
        return labelMembers.allSatisfy { $0.words.count <= (n + 63) / 64 }
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
