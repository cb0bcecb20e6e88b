// An equality test of one property against a value, decided on the encoded record's
// bytes: the property is found in place and compared without decoding a `Value` or
// building a `String`, so a scan that filters on `n.key = value` costs a few
// nanoseconds per entity. A comparison the bytes cannot decide (unequal non-ASCII
// text, which may still be canonically equal; an integer against a float) is left to
// the caller's general rules.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value to compare properties with, in the shape its encoding is compared in.
///
/// The test is a plain value (no reference counted on a copy), so a scan that passes it
/// for every node pays nothing for it; a string's bytes belong to a `PropertyEquality.Texts`
/// that must outlive the test.
///
/// ```swift
/// let texts = PropertyEquality.Texts()
/// let wanted = PropertyEquality(.string("Jambi"), texts: texts)!
/// withExtendedLifetime(texts) { reader.equals(nameKey, of: node, wanted) }  // true, false, or nil: undecided
/// ```
public enum PropertyEquality: @unchecked Sendable {
    case bool(Bool)
    case int(Int64)
    case double(Double)
    /// The text's UTF-8 bytes (kept by a `Texts`), and whether they are all ASCII.
    case string(UnsafeBufferPointer<UInt8>, ascii: Bool)

    /// The bytes of string tests, freed with it.
    public final class Texts {
        private var buffers: [UnsafeMutableBufferPointer<UInt8>] = []

        public init() {}

        /// A copy of `text`'s bytes that lives as long as this value.
        func keep(_ text: String) -> UnsafeBufferPointer<UInt8> {
            let utf8 = text.utf8
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(utf8.count, 1))
            _ = buffer.initialize(from: utf8)
            buffers.append(buffer)
            return UnsafeBufferPointer(rebasing: buffer[0..<utf8.count])
        }

        deinit { for b in buffers { b.deallocate() } }
    }

    /// The test for `value` (a string's bytes kept by `texts`); nil for a value the bytes
    /// cannot be compared with (null, NaN, lists, maps, temporal values, graph elements).
    /// - Complexity: O(length of a string).
    public init?(_ value: Value, texts: Texts) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d):
            if d.isNaN { return nil }
            self = .double(d)
        case .string(let s):
            let bytes = texts.keep(s)
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
            if hay.count == needle.count,
                hay.isEmpty || memcmp(hay.baseAddress!, needle.baseAddress!, hay.count) == 0
            {
                return true
            }
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
