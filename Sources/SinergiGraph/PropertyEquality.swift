// An equality test of one property against a value, decided on the encoded record's
// bytes: the property is found in place and compared without decoding a `Value` or
// building a `String`, so a scan that filters on `n.key = value` costs a few
// nanoseconds per entity. A comparison the bytes cannot decide (unequal non-ASCII
// text, which may still be canonically equal; an integer against a float) is left to
// the caller's general rules.

/// A value to compare properties with, in the shape its encoding is compared in.
///
/// ```swift
/// let wanted = PropertyEquality(.string("Jambi"))!
/// reader.equals(nameKey, of: node, wanted)  // true, false, or nil: undecided
/// ```
public enum PropertyEquality: Sendable {
    case bool(Bool)
    case int(Int64)
    case double(Double)
    /// The text's UTF-8 bytes, and whether they are all ASCII.
    case string([UInt8], ascii: Bool)

    /// The test for `value`; nil for a value the bytes cannot be compared with (null, NaN,
    /// lists, maps, temporal values, graph elements).
    /// - Complexity: O(length of a string).
    public init?(_ value: Value) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d):
            if d.isNaN { return nil }
            self = .double(d)
        case .string(let s):
            let bytes = Array(s.utf8)
            self = .string(bytes, ascii: bytes.allSatisfy { $0 < 0x80 })
        default: return nil
        }
    }

    /// Whether the value at the reader's position (a tag) equals this one: nil when the bytes
    /// cannot decide. A value of another kind is unequal.
    @inlinable func test(_ reader: inout PropertyCodec.Reader) -> Bool? {
        let tag = reader.tag
        switch self {
        case .bool(let b):
            return tag <= 1 ? (tag == 1) == b : false
        case .int(let n):
            if tag == 2 {
                _ = reader.byte()
                return PropertyCodec.unzigzag(reader.varint()) == n
            }
            return tag == 3 ? nil : false
        case .double(let d):
            if tag == 3 {
                guard case .double(let x) = reader.value() else { return false }
                return x == d
            }
            return tag == 2 ? nil : false
        case .string(let needle, let ascii):
            guard let hay = reader.stringBytes() else { return false }
            if hay.elementsEqual(needle) { return true }
            if ascii {
                for b in hay where b >= 0x80 { return nil }
                return false
            }
            return nil
        }
    }
}

extension PropertyCodec.Reader {
    /// The tag at the position (0xFF at the end), not moving.
    @inlinable var tag: UInt8 { position < buffer.count ? buffer[position] : 0xFF }
}

extension GraphReader {
    /// Whether property `key` of the record at `start` equals `value`; false when absent.
    @inlinable static func equals(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UInt32, _ value: PropertyEquality
    ) -> Bool? {
        if start == 0 { return false }
        var reader = PropertyCodec.Reader(buffer: bytes, position: start)
        guard reader.seek(property: key) else { return false }
        return value.test(&reader)
    }

    /// Whether a node's property `key` equals `value`: false when absent (or the node is not
    /// live), nil when the bytes cannot decide.
    /// - Complexity: O(size of the record); no allocation.
    @inlinable public func equals(_ key: PropertyKeyID, of id: NodeID, _ value: PropertyEquality) -> Bool? {
        guard contains(id) else { return false }
        return GraphReader.equals(nodeBytes, Int(nodeOffsets[id.index]), key.rawValue, value)
    }
}

extension PropertyGraph {
    /// Whether a node's property `key` equals `value`: false when absent (or the node is not
    /// live), nil when the bytes cannot decide.
    /// - Complexity: O(size of the record); no allocation.
    public func equals(_ key: PropertyKeyID, of id: NodeID, _ value: PropertyEquality) -> Bool? {
        let f = fields
        guard id.index < f.pointee.nodeLive.count, f.pointee.nodeLive[id.index] else { return false }
        let start = Int(f.pointee.nodeProperties.offsets[id.index])
        return f.pointee.nodeProperties.bytes.withUnsafeBufferPointer { buffer in
            GraphReader.equals(buffer, start, key.rawValue, value)
        }
    }
}
