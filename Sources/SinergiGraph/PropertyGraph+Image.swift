// Saving a PropertyGraph's flat arrays into a GraphImage and loading them back without per-entity work.

extension PropertyGraph {
    /// The number of sections `writeImage(to:)` adds.
    public static let imageSectionCount = 27

    /// Adds the graph's storage to `writer` as `imageSectionCount` sections.
    /// Declared `(label, property)` indexes are saved as declarations and rebuilt on reading;
    /// the change record is not saved (a read graph has every entity as created).
    /// - Complexity: O(bytes of the graph's storage) for the checksums.
    public func writeImage(to writer: inout GraphImage.Writer) {
        writer.add([
            Int64(nodeCount), Int64(relationshipCount), Int64(store.generatedKeySerial),
            Int64(store.nodeKeys.occupied), Int64(store.nodeKeys.live), Int64(store.relationshipKeys.occupied),
            Int64(store.relationshipKeys.live), Int64(store.nodeProperties.garbage),
            Int64(store.relationshipProperties.garbage),
        ])
        var names: [UInt8] = []
        for table in [labelTable.names, typeTable.names, store.propertyKeys.names] {
            PropertyCodec.appendVarint(UInt64(table.count), to: &names)
            for n in table { PropertyCodec.appendString(n, to: &names) }
        }
        PropertyCodec.appendVarint(UInt64(store.propertyIndexes.count), to: &names)
        for (label, property) in indexes {
            PropertyCodec.appendString(label, to: &names)
            PropertyCodec.appendString(property, to: &names)
            PropertyCodec.appendString(index(label: label, property: property)?.name ?? "", to: &names)
        }
        writer.add(names)
        writer.add(store.nodeKeys.bytes)
        writer.add(store.nodeKeys.starts)
        writer.add(store.nodeKeys.slots)
        writer.add(store.nodeLive)
        writer.add(store.nodeLabelBits)
        var overflow: [UInt64] = []
        for (node, words) in store.labelOverflow.sorted(by: { $0.key < $1.key }) {
            overflow.append(UInt64(node))
            overflow.append(UInt64(words.count))
            overflow.append(contentsOf: words)
        }
        writer.add(overflow)
        writer.add(store.nodeProperties.bytes)
        writer.add(store.nodeProperties.offsets)
        for array in [store.firstOut, store.lastOut, store.firstIn, store.lastIn, store.outDegree, store.inDegree] {
            writer.add(array)
        }
        writer.add(store.relationshipKeys.bytes)
        writer.add(store.relationshipKeys.starts)
        writer.add(store.relationshipKeys.slots)
        for array in [
            store.relationshipType, store.relationshipStart, store.relationshipEnd, store.nextOut, store.nextIn,
        ] { writer.add(array) }
        writer.add(store.relationshipProperties.bytes)
        writer.add(store.relationshipProperties.offsets)
        var members: [UInt64] = []
        for set in store.labelMembers {
            members.append(UInt64(set.count))
            members.append(UInt64(set.words.count))
            members.append(contentsOf: set.words)
        }
        writer.add(members)
    }

    /// Reads a graph written by `writeImage(to:)` from the reader's next sections, or nil
    /// when a section is missing, damaged or inconsistent with the others.
    /// - Complexity: O(bytes of the image): copies and bounds checks, no per-entity allocation.
    public init?(image reader: GraphImage.Reader) {
        self.init()
        guard let counts = reader.next(Int64.self), counts.count == 9, counts.allSatisfy({ $0 >= 0 }),
            let names = reader.next(UInt8.self)
        else { return nil }
        var declaredIndexes: [(String, String, String)] = []
        let namesOK = names.withUnsafeBufferPointer { buffer -> Bool in
            var r = PropertyCodec.Reader(buffer: buffer, position: 0)
            var tables: [SymbolTable] = []
            for _ in 0..<3 {
                var t = SymbolTable()
                let n = r.varint()
                guard n <= UInt64(buffer.count) else { return false }
                for _ in 0..<n { _ = t.intern(r.string()) }
                guard t.count == Int(n) else { return false }
                tables.append(t)
            }
            let n = r.varint()
            guard n <= UInt64(buffer.count) else { return false }
            for _ in 0..<n { declaredIndexes.append((r.string(), r.string(), r.string())) }
            store.labelTable = tables[0]
            store.typeTable = tables[1]
            store.propertyKeys = tables[2]
            return r.position == buffer.count
        }
        guard namesOK else { return nil }
        guard let nk = Self.readKeys(reader), let live = reader.next(UInt8.self), let bits = reader.next(UInt64.self),
            let overflow = reader.next(UInt64.self), let np = Self.readProperties(reader)
        else { return nil }
        store.nodeKeys = nk
        // Read as bytes: a byte other than 0 or 1 must never become a `Bool`.
        store.nodeLive = live.map { $0 != 0 }
        store.nodeLabelBits = bits
        store.nodeProperties = np
        var adjacency: [[UInt32]] = []
        for _ in 0..<6 {
            guard let a = reader.next(UInt32.self) else { return nil }
            adjacency.append(a)
        }
        (store.firstOut, store.lastOut, store.firstIn, store.lastIn, store.outDegree, store.inDegree) =
            (adjacency[0], adjacency[1], adjacency[2], adjacency[3], adjacency[4], adjacency[5])
        guard let rk = Self.readKeys(reader) else { return nil }
        store.relationshipKeys = rk
        var relationshipArrays: [[UInt32]] = []
        for _ in 0..<5 {
            guard let a = reader.next(UInt32.self) else { return nil }
            relationshipArrays.append(a)
        }
        (store.relationshipType, store.relationshipStart, store.relationshipEnd, store.nextOut, store.nextIn) =
            (
                relationshipArrays[0], relationshipArrays[1], relationshipArrays[2], relationshipArrays[3],
                relationshipArrays[4]
            )
        guard let rp = Self.readProperties(reader), let members = reader.next(UInt64.self) else { return nil }
        store.relationshipProperties = rp
        store.nodeCount = Int(counts[0])
        store.relationshipCount = Int(counts[1])
        store.generatedKeySerial = Int(counts[2])
        store.nodeKeys.occupied = Int(counts[3])
        store.nodeKeys.live = Int(counts[4])
        store.relationshipKeys.occupied = Int(counts[5])
        store.relationshipKeys.live = Int(counts[6])
        store.nodeProperties.garbage = Int(counts[7])
        store.relationshipProperties.garbage = Int(counts[8])
        guard readOverflow(overflow), readMembers(members), isStructurallySound() else { return nil }
        for (label, property, name) in declaredIndexes { createIndex(label: label, property: property, name: name) }
        store.changeLog = ChangeLog()  // a read graph has no changes (the declarations above are not new)
    }

    static func readKeys(_ reader: GraphImage.Reader) -> KeyTable? {
        guard let bytes = reader.next(UInt8.self), let starts = reader.next(UInt32.self),
            let slots = reader.next(UInt64.self)
        else { return nil }
        var t = KeyTable()
        t.bytes = bytes
        t.starts = starts
        t.slots = slots
        return t
    }

    static func readProperties(_ reader: GraphImage.Reader) -> PropertyStore? {
        guard let bytes = reader.next(UInt8.self), let offsets = reader.next(UInt64.self) else { return nil }
        var p = PropertyStore()
        p.bytes = bytes
        p.offsets = offsets
        return p
    }

    mutating func readOverflow(_ flat: [UInt64]) -> Bool {
        var i = 0
        while i < flat.count {
            guard i + 2 <= flat.count, flat[i] < UInt64(store.nodeLive.count), flat[i + 1] <= UInt64(flat.count - i - 2)
            else { return false }
            let n = Int(flat[i + 1])
            store.labelOverflow[UInt32(flat[i])] = Array(flat[(i + 2)..<(i + 2 + n)])
            i += 2 + n
        }
        return true
    }

    mutating func readMembers(_ flat: [UInt64]) -> Bool {
        var i = 0
        store.labelMembers.reserveCapacity(labelTable.count)
        while i < flat.count {
            guard i + 2 <= flat.count, flat[i + 1] <= UInt64(flat.count - i - 2), flat[i] <= flat[i + 1] * 64 else {
                return false
            }
            let n = Int(flat[i + 1])
            store.labelMembers.append(NodeSet(words: Array(flat[(i + 2)..<(i + 2 + n)]), count: Int(flat[i])))
            i += 2 + n
        }
        return store.labelMembers.count == labelTable.count
    }
}
