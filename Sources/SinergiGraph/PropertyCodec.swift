// The compact binary encoding of property values used inside `PropertyStore` (and so in graph images).

/// Encodes and decodes storable `Value`s as bytes.
///
/// Tags: 0 false, 1 true, 2 integer (zigzag varint), 3 float (8 bytes, bit pattern,
/// little-endian), 4 string (varint length, UTF-8), 5 date (zigzag varint days), 6 list
/// (varint count, items), 7 map (varint count, then varint key length, key UTF-8, value),
/// 8 local time (varint nanosecond of day), 9 time (varint nanosecond of day, zigzag
/// offset seconds), 10 local date-time (zigzag days, varint nanosecond of day), 11
/// date-time (zigzag days, varint nanosecond of day, zigzag offset seconds, zone as a
/// string, empty for none), 12 duration (zigzag months, days and seconds, varint
/// nanoseconds).
/// Anything unreadable decodes as `.null`; the store only decodes what it encoded itself
/// or what passed an image checksum.
@usableFromInline enum PropertyCodec {
    static func appendVarint(_ v: UInt64, to out: inout [UInt8]) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func zigzag(_ v: Int64) -> UInt64 { UInt64(bitPattern: (v << 1) ^ (v >> 63)) }
    @inlinable static func unzigzag(_ v: UInt64) -> Int64 { Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1) }

    static func appendString(_ s: String, to out: inout [UInt8]) {
        appendVarint(UInt64(s.utf8.count), to: &out)
        out.append(contentsOf: s.utf8)
    }

    static func appendValue(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .bool(let b): out.append(b ? 1 : 0)
        case .int(let i):
            out.append(2)
            appendVarint(zigzag(i), to: &out)
        case .double(let d):
            out.append(3)
            var bits = d.bitPattern.littleEndian
            withUnsafeBytes(of: &bits) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(4)
            appendString(s, to: &out)
        case .date(let d):
            out.append(5)
            appendVarint(zigzag(d.daysSinceEpoch), to: &out)
        case .localTime(let t):
            out.append(8)
            appendVarint(UInt64(t.nanosecondOfDay), to: &out)
        case .time(let t):
            out.append(9)
            appendVarint(UInt64(t.localTime.nanosecondOfDay), to: &out)
            appendVarint(zigzag(t.offsetSeconds), to: &out)
        case .localDateTime(let t):
            out.append(10)
            appendVarint(zigzag(t.date.daysSinceEpoch), to: &out)
            appendVarint(UInt64(t.time.nanosecondOfDay), to: &out)
        case .dateTime(let t):
            out.append(11)
            appendVarint(zigzag(t.local.date.daysSinceEpoch), to: &out)
            appendVarint(UInt64(t.local.time.nanosecondOfDay), to: &out)
            appendVarint(zigzag(t.offsetSeconds), to: &out)
            appendString(t.zone ?? "", to: &out)
        case .duration(let d):
            out.append(12)
            appendVarint(zigzag(d.months), to: &out)
            appendVarint(zigzag(d.days), to: &out)
            appendVarint(zigzag(d.seconds), to: &out)
            appendVarint(UInt64(d.nanoseconds), to: &out)
        case .list(let items):
            out.append(6)
            appendVarint(UInt64(items.count), to: &out)
            for item in items { appendValue(item, to: &out) }
        case .map(let entries):
            out.append(7)
            appendVarint(UInt64(entries.count), to: &out)
            for (k, v) in entries {
                appendString(k, to: &out)
                appendValue(v, to: &out)
            }
        case .null, .node, .relationship, .path:
            // Never stored: the graph refuses these before encoding.
            out.append(0xFF)
        }
    }

    /// A cursor over encoded bytes; reads past the end yield zeros (and so `.null`s).
    /// Inlinable, so that `GraphReader`'s reads in the query engine's loops pay no call
    /// per step.
    @usableFromInline struct Reader {
        @usableFromInline let buffer: UnsafeBufferPointer<UInt8>
        @usableFromInline var position: Int

        @inlinable init(buffer: UnsafeBufferPointer<UInt8>, position: Int) {
            self.buffer = buffer
            self.position = position
        }

        @inlinable mutating func byte() -> UInt8 {
            guard position < buffer.count else { return 0xFF }
            defer { position += 1 }
            return buffer[position]
        }

        @inlinable mutating func varint() -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while position < buffer.count, shift < 64 {
                let b = buffer[position]
                position += 1
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
            return result
        }

        /// Moves `n` bytes on, stopping at the end.
        @inlinable mutating func advance(_ n: UInt64) {
            let left = UInt64(buffer.count - min(position, buffer.count))
            position += Int(min(n, left))
        }

        mutating func string() -> String {
            let n = varint()
            let start = min(position, buffer.count)
            advance(n)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self)
        }

        @usableFromInline mutating func value() -> Value {
            switch byte() {
            case 0: return .bool(false)
            case 1: return .bool(true)
            case 2: return .int(unzigzag(varint()))
            case 3:
                guard position + 8 <= buffer.count else {
                    position = buffer.count
                    return .null
                }
                var bits: UInt64 = 0
                for k in 0..<8 { bits |= UInt64(buffer[position + k]) << (8 * UInt64(k)) }
                position += 8
                return .double(Double(bitPattern: bits))
            case 4: return .string(string())
            case 5: return .date(CypherDate(daysSinceEpoch: unzigzag(varint())))
            case 8: return nanosecondOfDay().map(Value.localTime) ?? .null
            case 9:
                guard let t = nanosecondOfDay(), let time = CypherTime(t, offsetSeconds: unzigzag(varint())) else {
                    return .null
                }
                return .time(time)
            case 10:
                let date = CypherDate(daysSinceEpoch: unzigzag(varint()))
                return nanosecondOfDay().map { .localDateTime(CypherLocalDateTime(date, $0)) } ?? .null
            case 11:
                let date = CypherDate(daysSinceEpoch: unzigzag(varint()))
                let time = nanosecondOfDay()
                let offset = unzigzag(varint())
                let zone = string()
                guard let time,
                    let value = CypherDateTime(
                        CypherLocalDateTime(date, time), offsetSeconds: offset, zone: zone.isEmpty ? nil : zone)
                else { return .null }
                return .dateTime(value)
            case 12:
                let months = unzigzag(varint())
                let days = unzigzag(varint())
                let seconds = unzigzag(varint())
                let nanos = varint()
                guard nanos < 1_000_000_000,
                    let d = CypherDuration(months: months, days: days, seconds: seconds, nanoseconds: Int64(nanos))
                else { return .null }
                return .duration(d)
            case 6:
                let n = Int(truncatingIfNeeded: varint())
                var items: [Value] = []
                var k = 0
                while k < n, position < buffer.count {
                    items.append(value())
                    k += 1
                }
                return .list(items)
            case 7:
                let n = Int(truncatingIfNeeded: varint())
                var entries: [String: Value] = [:]
                var k = 0
                while k < n, position < buffer.count {
                    let key = string()
                    entries[key] = value()
                    k += 1
                }
                return .map(entries)
            default: return .null
            }
        }

        /// A varint that must be a nanosecond of a day.
        mutating func nanosecondOfDay() -> CypherLocalTime? {
            let v = varint()
            guard v < UInt64(CypherLocalTime.nanosecondsPerDay) else { return nil }
            return CypherLocalTime(nanosecondOfDay: Int64(v))
        }

        @inlinable mutating func skipValue() {
            switch byte() {
            case 0, 1: return
            case 2, 5, 8: _ = varint()
            case 9, 10:
                _ = varint()
                _ = varint()
            case 11:
                _ = varint()
                _ = varint()
                _ = varint()
                advance(varint())
            case 12:
                for _ in 0..<4 { _ = varint() }
            case 3: advance(8)
            case 4: advance(varint())
            case 6:
                let n = varint()
                var k: UInt64 = 0
                while k < n, position < buffer.count {
                    skipValue()
                    k += 1
                }
            case 7:
                let n = varint()
                var k: UInt64 = 0
                while k < n, position < buffer.count {
                    advance(varint())
                    skipValue()
                    k += 1
                }
            default: return
            }
        }

        /// From the start of a record: moves to the tag of property `key`; false when the
        /// record has none. The entries are in increasing key id (`PropertyStore`), so the
        /// walk stops at the first greater key.
        /// - Complexity: O(size of the record before the property's place).
        @inlinable mutating func seek(property key: UInt32) -> Bool {
            let count = varint()
            var k: UInt64 = 0
            while k < count, position < buffer.count {
                let found = varint()
                if found == UInt64(key) { return true }
                if found > UInt64(key) { return false }
                // The commonest values passed over in place: a string, an integer, a float.
                switch buffer[position] {
                case 4:
                    position += 1
                    advance(varint())
                case 2:
                    position += 1
                    _ = varint()
                case 3: advance(9)
                default: skipValue()
                }
                k += 1
            }
            return false
        }

        /// At a tag: the UTF-8 bytes of a string value, in place (and moves past it); nil,
        /// not moving, for a value of another kind.
        /// - Complexity: O(1).
        @inlinable mutating func stringBytes() -> UnsafeBufferPointer<UInt8>? {
            guard position < buffer.count, buffer[position] == 4 else { return nil }
            position += 1
            let n = varint()
            let from = min(position, buffer.count)
            advance(n)
            return UnsafeBufferPointer(rebasing: buffer[from..<position])
        }
    }
}
