// A read position in one line of JSON and the strict value grammar of the registry
// encoding: strings validated as UTF-8, numbers that fit (no silent infinity or zero),
// no duplicate keys, no nulls stored, nesting bounded. Records are read on top of it
// (JSONLineDecoder.swift).
import SinergiGraph
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read position in one line of JSON.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { i >= bytes.count }

    func error(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> JSONLineError {
        JSONLineError(Message(key, arguments), column: i + 1, atEnd: atEnd)
    }

    func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return }
            i += 1
        }
    }

    /// Consumes `byte` (after spaces), or throws naming `token` (`'{'`, `':'`, …).
    mutating func expect(_ byte: UInt8, _ token: String) throws(JSONLineError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else {
            throw error(atEnd ? .jsonLineEndsExpecting : .jsonExpectedToken, ["token": .text(token)])
        }
        i += 1
    }

    /// Consumes `{`; then call `nextKey` until it returns nil.
    mutating func beginObject() throws(JSONLineError) {
        try expect(UInt8(ascii: "{"), "'{'")
    }

    /// The raw bytes of the next key (positioned after its `:`), or nil at the closing `}`.
    /// `first` must start true for each object.
    mutating func nextKey(_ first: inout Bool) throws(JSONLineError) -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard let b = peek() else { throw error(.jsonEndsInObject) }
        if b == UInt8(ascii: "}") {
            i += 1
            return nil
        }
        if !first {
            guard b == UInt8(ascii: ",") else { throw error(.jsonExpectedCommaOrBrace) }
            i += 1
            skipSpace()
        }
        first = false
        guard peek() == UInt8(ascii: "\"") else { throw error(.jsonExpectedKey) }
        let keyStart = i + 1
        var j = keyStart
        var plain = true
        while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
            if bytes[j] == UInt8(ascii: "\\") {
                plain = false
                break
            }
            j += 1
        }
        let key: UnsafeBufferPointer<UInt8>
        if plain {
            guard j < bytes.count else {
                throw JSONLineError(Message(.jsonEndsInString), column: keyStart, atEnd: true)
            }
            key = UnsafeBufferPointer(rebasing: bytes[keyStart..<j])
            i = j + 1
        } else {
            // Rare: an escaped key. Decode it and keep the bytes alive for the caller.
            let decoded = try string()
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, decoded.utf8.count))
            _ = copy.initialize(from: decoded.utf8)
            escapedKeys.append(copy)
            key = UnsafeBufferPointer(rebasing: copy[0..<decoded.utf8.count])
        }
        try expect(UInt8(ascii: ":"), "':'")
        skipSpace()
        return key
    }

    /// Storage for keys that had escapes (freed by `release()`).
    var escapedKeys: [UnsafeMutableBufferPointer<UInt8>] = []

    mutating func release() {
        for k in escapedKeys { k.deallocate() }
        escapedKeys = []
    }

    /// Bytes as a String: ASCII takes the fast path; anything else is validated as UTF-8.
    static func text(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for b in raw where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: raw, as: UTF8.self) }
        return String(validating: raw, as: UTF8.self)
    }

    static func equals(_ key: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard key.count == n, let base = key.baseAddress else { return n == 0 && key.isEmpty }
        return memcmp(base, word.utf8Start, n) == 0
    }

    mutating func string() throws(JSONLineError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw error(.jsonExpectedString) }
        i += 1
        let start = i
        var hasEscape = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") {
                hasEscape = true
                i += 2
                continue
            }
            if b < 0x20 { throw error(.jsonControlCharacter) }
            i += 1
        }
        guard i < bytes.count else { throw JSONLineError(Message(.jsonEndsInString), column: start, atEnd: true) }
        let end = i
        i += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !hasEscape {
            guard let s = Self.text(raw) else { throw JSONLineError(Message(.jsonInvalidUTF8), column: start) }
            return s
        }
        return try unescape(raw, column: start)
    }

    func unescape(_ raw: UnsafeBufferPointer<UInt8>, column: Int) throws(JSONLineError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var v: UInt32 = 0
            for j in at..<(at + 4) {
                let b = raw[j]
                let d: UInt8
                switch b {
                case 48...57: d = b - 48
                case 65...70: d = b - 55
                case 97...102: d = b - 87
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while k < raw.count {
            let b = raw[k]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                k += 1
                continue
            }
            guard k + 1 < raw.count else {
                throw JSONLineError(Message(.jsonLoneBackslash), column: column + k)
            }
            let e = raw[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(k) else {
                    throw JSONLineError(Message(.jsonShortUnicodeEscape), column: column + k)
                }
                k += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard k + 1 < raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u"),
                        let low = hex4(k + 2), (0xDC00...0xDFFF).contains(low)
                    else { throw JSONLineError(Message(.jsonUnpairedSurrogate), column: column + k) }
                    k += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else {
                    throw JSONLineError(Message(.jsonInvalidUnicodeEscape), column: column + k)
                }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw JSONLineError(
                    Message(.jsonUnknownEscape, ["escape": .text("\\" + String(Character(Unicode.Scalar(e))))]),
                    column: column + k - 1)
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else {
            throw JSONLineError(Message(.jsonInvalidUTF8), column: column)
        }
        return s
    }

    mutating func integer() throws(JSONLineError) -> Int64 {
        skipSpace()
        let v = try value()
        guard case .int(let n) = v else { throw error(.jsonExpectedInteger) }
        return n
    }

    /// A JSON array of strings, each non-empty and given once (a node's labels).
    mutating func stringArray() throws(JSONLineError) -> [String] {
        try expect(UInt8(ascii: "["), "'['")
        var out: [String] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            i += 1
            return out
        }
        while true {
            skipSpace()
            let at = i + 1
            let s = try string()
            if s.isEmpty { throw JSONLineError(Message(.jsonEmptyLabel), column: at) }
            if out.contains(s) { throw JSONLineError(Message(.jsonDuplicateLabel, ["label": .text(s)]), column: at) }
            out.append(s)
            skipSpace()
            guard let b = peek() else { throw error(.jsonEndsInList) }
            i += 1
            if b == UInt8(ascii: "]") { return out }
            guard b == UInt8(ascii: ",") else {
                i -= 1
                throw error(.jsonExpectedCommaOrBracket)
            }
        }
    }

    /// How deep lists and maps may nest: deeper input is an error, not a stack overflow.
    static let maximumDepth = 256
    /// The current nesting depth of lists and maps.
    var depth = 0

    /// A value in the registry encoding; `null` is returned as `.null` for the caller to judge.
    mutating func value() throws(JSONLineError) -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error(.jsonTooDeep) }
        skipSpace()
        guard let b = peek() else { throw error(.jsonEndsExpectingValue) }
        switch b {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            skipSpace()
            if peek() == UInt8(ascii: "]") {
                i += 1
                return .list(items)
            }
            while true {
                let start = i
                let v = try value()
                if v.isNull { throw JSONLineError(Message(.jsonNullInList), column: start + 1) }
                items.append(v)
                skipSpace()
                guard let c = peek() else { throw error(.jsonEndsInList) }
                i += 1
                if c == UInt8(ascii: "]") { return .list(items) }
                guard c == UInt8(ascii: ",") else {
                    i -= 1
                    throw error(.jsonExpectedCommaOrBracket)
                }
            }
        case UInt8(ascii: "{"):
            let start = i
            if let wrapped = try wrappedMap() { return .map(wrapped) }
            let map = try properties()
            return try Self.tagged(map, column: start + 1)
        case UInt8(ascii: "-"), 48...57: return try number()
        default: throw error(.jsonExpectedValue)
        }
    }

    /// An object of values (used for `properties` and nested maps); nulls and repeated keys are refused.
    mutating func properties() throws(JSONLineError) -> [String: Value] {
        var map: [String: Value] = [:]
        try beginObject()
        var first = true
        while let key = try nextKey(&first) {
            let at = i
            let v = try value()
            guard let name = Self.text(key) else {
                throw JSONLineError(Message(.jsonKeyInvalidUTF8), column: at)
            }
            if v.isNull { throw JSONLineError(Message(.jsonNullProperty, ["name": .text(name)]), column: at + 1) }
            if map.updateValue(v, forKey: name) != nil {
                throw JSONLineError(Message(.jsonDuplicateKey, ["name": .text(name)]), column: at + 1)
            }
        }
        return map
    }

    /// `{"$map": {…}}`: the inner object's keys are taken as they are (they may start with `$`).
    mutating func wrappedMap() throws(JSONLineError) -> [String: Value]? {
        let marker = Array(#"{"$map":"#.utf8)
        let save = i
        i += 1
        skipSpace()
        for b in marker.dropFirst() {
            skipSpace()
            guard i < bytes.count, bytes[i] == b else {
                i = save
                return nil
            }
            i += 1
        }
        skipSpace()
        let inner = try properties()
        try expect(UInt8(ascii: "}"), "'}'")
        return inner
    }

    static func tagged(_ map: [String: Value], column: Int) throws(JSONLineError) -> Value {
        guard let first = map.keys.first(where: { $0.hasPrefix("$") }) else { return .map(map) }
        guard map.count == 1 else { throw JSONLineError(Message(.jsonDollarKey), column: column) }
        switch (first, map[first]) {
        case (_, .string(let s)?) where TemporalKind(rawValue: String(first.dropFirst())) != nil:
            // {"$date":…}, {"$datetime":…}, {"$duration":…}, …
            let kind = TemporalKind(rawValue: String(first.dropFirst())) ?? .date
            guard let v = kind.value(parsing: s) else {
                throw JSONLineError(
                    Message(.jsonNotATemporal, ["text": .text(s), "kind": .text(kind.rawValue)]), column: column)
            }
            return v
        case ("$double", .string(let s)?):
            switch s {
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            case "-Infinity": return .double(-.infinity)
            default: throw JSONLineError(Message(.jsonNotASpecialDouble, ["text": .text(s)]), column: column)
            }
        case ("$map", .map(let inner)?): return .map(inner)
        default: throw JSONLineError(Message(.jsonUnknownTag, ["name": .text(first)]), column: column)
        }
    }

    mutating func literal(_ word: StaticString, _ v: Value) throws(JSONLineError) -> Value {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else {
            throw JSONLineError(Message(.jsonEndsExpectingValue), column: i + 1, atEnd: true)
        }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { throw error(.jsonExpectedValue) }
        i += n
        return v
    }

    /// A number: an integer when it has neither `.` nor an exponent (and must fit 64 bits),
    /// else a double that must not overflow to infinity or underflow to zero.
    mutating func number() throws(JSONLineError) -> Value {
        let start = i
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var magnitude: UInt64 = 0
        var overflow = false
        var digits = 0
        var nonZeroDigit = false
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(bytes[i] - 48))
            overflow = overflow || o1 || o2
            magnitude = m2
            nonZeroDigit = nonZeroDigit || bytes[i] != 48
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw JSONLineError(Message(.jsonNumberNeedsDigits), column: start + 1) }
        var isFloat = false
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            isFloat = true
            i += 1
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                nonZeroDigit = nonZeroDigit || bytes[i] != 48
                i += 1
            }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isFloat = true
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        if isFloat {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let d = Double(text) else {
                throw JSONLineError(Message(.jsonNotANumber, ["text": .text(text)]), column: start + 1)
            }
            if d.isInfinite {
                throw JSONLineError(Message(.jsonFloatOutOfRange, ["text": .text(text)]), column: start + 1)
            }
            if d == 0, nonZeroDigit {
                throw JSONLineError(Message(.jsonFloatUnderflow, ["text": .text(text)]), column: start + 1)
            }
            return .double(d)
        }
        if negative {
            guard !overflow, magnitude <= UInt64(Int64.max) + 1 else {
                throw JSONLineError(Message(.jsonIntegerOutOfRange), column: start + 1)
            }
            return .int(magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude))
        }
        guard !overflow, magnitude <= UInt64(Int64.max) else {
            throw JSONLineError(Message(.jsonIntegerOutOfRange), column: start + 1)
        }
        return .int(Int64(magnitude))
    }

    /// Skips any value without decoding it (it is still checked).
    mutating func skipValue() throws(JSONLineError) { _ = try value() }
}
