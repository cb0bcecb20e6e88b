// A read-only view of a graph's arrays for hot loops in other modules: liveness,
// labels, adjacency and property records reached through plain pointers, every
// method inlinable, so a loop over many nodes pays no call, retain or copy per
// node. Valid only inside `PropertyGraph.withReader` and only while the graph is
// not changed (the query engine uses it for statements that do not write).

/// Pointers into one graph value's storage; see the file comment.
///
/// ```swift
/// let names = graph.withReader { r in
///     (0..<r.nodeCapacity).filter { r.contains(NodeID($0)) }.count
/// }
/// ```
@frozen public struct GraphReader {
    /// The graph the pointers belong to (for the rare reads the reader leaves to it).
    public let graph: PropertyGraph
    @usableFromInline let live: UnsafeBufferPointer<Bool>
    @usableFromInline let labelBits: UnsafeBufferPointer<UInt64>
    @usableFromInline let nodeOffsets: UnsafeBufferPointer<UInt64>
    @usableFromInline let nodeBytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let relationshipOffsets: UnsafeBufferPointer<UInt64>
    @usableFromInline let relationshipBytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let firstOut: UnsafeBufferPointer<UInt32>
    @usableFromInline let firstIn: UnsafeBufferPointer<UInt32>
    @usableFromInline let nextOut: UnsafeBufferPointer<UInt32>
    @usableFromInline let nextIn: UnsafeBufferPointer<UInt32>
    @usableFromInline let types: UnsafeBufferPointer<UInt32>
    @usableFromInline let starts: UnsafeBufferPointer<UInt32>
    @usableFromInline let ends: UnsafeBufferPointer<UInt32>
    @usableFromInline let outDegrees: UnsafeBufferPointer<UInt32>
    @usableFromInline let inDegrees: UnsafeBufferPointer<UInt32>

    @usableFromInline init(
        graph: PropertyGraph, live: UnsafeBufferPointer<Bool>, labelBits: UnsafeBufferPointer<UInt64>,
        nodeOffsets: UnsafeBufferPointer<UInt64>, nodeBytes: UnsafeBufferPointer<UInt8>,
        relationshipOffsets: UnsafeBufferPointer<UInt64>, relationshipBytes: UnsafeBufferPointer<UInt8>,
        firstOut: UnsafeBufferPointer<UInt32>, firstIn: UnsafeBufferPointer<UInt32>,
        nextOut: UnsafeBufferPointer<UInt32>, nextIn: UnsafeBufferPointer<UInt32>, types: UnsafeBufferPointer<UInt32>,
        starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>, outDegrees: UnsafeBufferPointer<UInt32>,
        inDegrees: UnsafeBufferPointer<UInt32>
    ) {
        self.graph = graph
        self.live = live
        self.labelBits = labelBits
        self.nodeOffsets = nodeOffsets
        self.nodeBytes = nodeBytes
        self.relationshipOffsets = relationshipOffsets
        self.relationshipBytes = relationshipBytes
        self.firstOut = firstOut
        self.firstIn = firstIn
        self.nextOut = nextOut
        self.nextIn = nextIn
        self.types = types
        self.starts = starts
        self.ends = ends
        self.outDegrees = outDegrees
        self.inDegrees = inDegrees
    }

    /// "No relationship" in the adjacency lists, and the type of a removed relationship.
    @usableFromInline static var none: UInt32 { .max }

    /// One more than the largest node id.
    @inlinable public var nodeCapacity: Int { live.count }

    /// True when `id` names a live node.
    @inlinable public func contains(_ id: NodeID) -> Bool { id.index < live.count && live[id.index] }

    /// True when `id` names a live relationship.
    @inlinable public func contains(_ id: RelationshipID) -> Bool {
        id.index < types.count && types[id.index] != GraphReader.none
    }

    /// True when the live node carries the label with id `label`.
    @inlinable public func hasLabel(_ id: NodeID, labelID label: LabelID) -> Bool {
        if label.rawValue < 64 {
            return contains(id) && labelBits[id.index] & (1 << UInt64(label.rawValue)) != 0
        }
        return graph.hasLabel(id, labelID: label)
    }

    /// Relationships touching the node (a self-loop counts twice).
    @inlinable public func degree(of id: NodeID) -> Int {
        contains(id) ? Int(outDegrees[id.index]) + Int(inDegrees[id.index]) : 0
    }

    @inlinable public func type(of r: RelationshipID) -> TypeID { TypeID(types[r.index]) }
    @inlinable public func start(of r: RelationshipID) -> NodeID { NodeID(starts[r.index]) }
    @inlinable public func end(of r: RelationshipID) -> NodeID { NodeID(ends[r.index]) }

    /// `body(relationship, type, end)` for each relationship starting at `id`, in creation
    /// order, until it returns false; false when it stopped.
    @inlinable public func forEachOutgoing<E: Error>(
        of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool
    ) throws(E) -> Bool {
        guard contains(id) else { return true }
        var r = firstOut[id.index]
        while r != GraphReader.none {
            let i = Int(r)
            if !(try body(RelationshipID(r), TypeID(types[i]), NodeID(ends[i]))) { return false }
            r = nextOut[i]
        }
        return true
    }

    /// `body(relationship, type, start)` for each relationship ending at `id`, in creation
    /// order, until it returns false; false when it stopped.
    @inlinable public func forEachIncoming<E: Error>(
        of id: NodeID, _ body: (RelationshipID, TypeID, NodeID) throws(E) -> Bool
    ) throws(E) -> Bool {
        guard contains(id) else { return true }
        var r = firstIn[id.index]
        while r != GraphReader.none {
            let i = Int(r)
            if !(try body(RelationshipID(r), TypeID(types[i]), NodeID(starts[i]))) { return false }
            r = nextIn[i]
        }
        return true
    }

    // MARK: Properties

    /// Property `key` of the record at `start` in `bytes`: found in place, only its value decoded.
    @inlinable static func property(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UInt32) -> Value {
        if start == 0 { return .null }
        var reader = PropertyCodec.Reader(buffer: bytes, position: start)
        return reader.seek(property: key) ? reader.value() : .null
    }

    /// `test` on the bytes of string property `key` of the record at `start`; nil when absent
    /// or not a string.
    @inlinable static func test(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UInt32, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        if start == 0 { return nil }
        var reader = PropertyCodec.Reader(buffer: bytes, position: start)
        guard reader.seek(property: key), let text = reader.stringBytes() else { return nil }
        return test(text)
    }

    /// One property of a node (`.null` when absent).
    /// - Complexity: O(size of the node's record); decodes only that property.
    @inlinable public func property(_ key: PropertyKeyID, of id: NodeID) -> Value {
        guard contains(id) else { return .null }
        return GraphReader.property(nodeBytes, Int(nodeOffsets[id.index]), key.rawValue)
    }

    /// One property of a relationship (`.null` when absent).
    /// - Complexity: O(size of the relationship's record); decodes only that property.
    @inlinable public func property(_ key: PropertyKeyID, of id: RelationshipID) -> Value {
        guard contains(id) else { return .null }
        return GraphReader.property(relationshipBytes, Int(relationshipOffsets[id.index]), key.rawValue)
    }

    /// `test` on the UTF-8 bytes of a node's string property, in place; nil when absent or not a string.
    /// - Complexity: O(size of the record) plus the test; no allocation.
    @inlinable public func testString(
        _ key: PropertyKeyID, of id: NodeID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        guard contains(id) else { return nil }
        return GraphReader.test(nodeBytes, Int(nodeOffsets[id.index]), key.rawValue, test)
    }

    /// `test` on the UTF-8 bytes of a relationship's string property; nil when absent or not a string.
    /// - Complexity: O(size of the record) plus the test; no allocation.
    @inlinable public func testString(
        _ key: PropertyKeyID, of id: RelationshipID, _ test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool? {
        guard contains(id) else { return nil }
        return GraphReader.test(relationshipBytes, Int(relationshipOffsets[id.index]), key.rawValue, test)
    }
}

extension PropertyGraph {
    /// Calls `body` with a reader of this graph's arrays. The reader is valid only inside
    /// `body`, and only while this graph value is not changed.
    /// - Complexity: O(1) plus `body`.
    public func withReader<R, E: Error>(_ body: (GraphReader) throws(E) -> R) throws(E) -> R {
        let f = fields.pointee  // holds the arrays for the duration
        return try f.nodeLive.withUnsafeBufferPointer { (live) throws(E) -> R in
            try f.nodeLabelBits.withUnsafeBufferPointer { (labels) throws(E) -> R in
                try f.nodeProperties.offsets.withUnsafeBufferPointer { (nodeOffsets) throws(E) -> R in
                    try f.nodeProperties.bytes.withUnsafeBufferPointer { (nodeBytes) throws(E) -> R in
                        try f.relationshipProperties.offsets.withUnsafeBufferPointer {
                            (relationshipOffsets) throws(E) -> R in
                            try f.relationshipProperties.bytes.withUnsafeBufferPointer {
                                (relationshipBytes) throws(E) -> R in
                                try withAdjacency(f) { (adjacency) throws(E) -> R in
                                    try body(
                                        GraphReader(
                                            graph: self, live: live, labelBits: labels, nodeOffsets: nodeOffsets,
                                            nodeBytes: nodeBytes, relationshipOffsets: relationshipOffsets,
                                            relationshipBytes: relationshipBytes, firstOut: adjacency[0],
                                            firstIn: adjacency[1], nextOut: adjacency[2], nextIn: adjacency[3],
                                            types: adjacency[4], starts: adjacency[5], ends: adjacency[6],
                                            outDegrees: adjacency[7], inDegrees: adjacency[8]))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The nine `UInt32` arrays of the adjacency, as pointers, for `body`.
    private func withAdjacency<R, E: Error>(
        _ f: Fields, _ body: ([UnsafeBufferPointer<UInt32>]) throws(E) -> R
    ) throws(E) -> R {
        let arrays = [
            f.firstOut, f.firstIn, f.nextOut, f.nextIn, f.relationshipType, f.relationshipStart, f.relationshipEnd,
            f.outDegree, f.inDegree,
        ]
        var pointers: [UnsafeBufferPointer<UInt32>] = []
        func next(_ i: Int) throws(E) -> R {
            if i == arrays.count { return try body(pointers) }
            return try arrays[i].withUnsafeBufferPointer { (p) throws(E) -> R in
                pointers.append(p)
                return try next(i + 1)
            }
        }
        return try next(0)
    }
}
