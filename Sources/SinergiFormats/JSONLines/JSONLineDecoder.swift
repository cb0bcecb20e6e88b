// Decodes one registry line (JSON text) into a RegistryRecord, straight from bytes.
//
// Hand-written for load speed: no intermediate JSON tree, no Foundation. Registry
// files of a few hundred thousand lines load in a fraction of a second.
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes registry lines.
///
/// ```swift
/// let r = try JSONLineDecoder.decode(#"{"type":"node","id":"a","labels":["X"],"properties":{}}"#)
/// ```
public enum JSONLineDecoder {
    /// Decodes one line (without its newline).
    /// - Complexity: O(n) in the line's length.
    public static func decode(_ line: String) throws(JSONLineError) -> RegistryRecord {
        var copy = line
        let result: Result<RegistryRecord, JSONLineError> = copy.withUTF8 { buffer in
            do throws(JSONLineError) {
                return .success(try decode(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes one line (without its newline) from UTF-8 bytes.
    /// - Complexity: O(n) in the line's length.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> RegistryRecord {
        var c = JSONCursor(bytes)
        return try c.record()
    }

    /// Decodes a standalone JSON value in the registry's value encoding (`$date` etc.).
    /// - Complexity: O(n).
    public static func decodeValue(_ text: String) throws(JSONLineError) -> Value {
        var copy = text
        let result: Result<Value, JSONLineError> = copy.withUTF8 { buffer in
            do throws(JSONLineError) {
                var c = JSONCursor(buffer)
                c.skipSpace()
                let v = try c.value()
                c.skipSpace()
                guard c.atEnd else { throw c.error("unexpected text after the value") }
                return .success(v)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// A read position in one line of JSON.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { i >= bytes.count }

    func error(_ message: String) -> JSONLineError { JSONLineError(message, column: i + 1) }

    func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return }
            i += 1
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONLineError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else {
            throw error(atEnd ? "the line ends where \(what) was expected" : "expected \(what)")
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
        guard let b = peek() else { throw error("the line ends inside an object") }
        if b == UInt8(ascii: "}") {
            i += 1
            return nil
        }
        if !first {
            guard b == UInt8(ascii: ",") else { throw error("expected ',' or '}'") }
            i += 1
            skipSpace()
        }
        first = false
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
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
            guard j < bytes.count else { throw JSONLineError("the line ends inside a string", column: keyStart) }
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
        try expect(UInt8(ascii: ":"), "':' after a key")
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
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a string") }
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
            if b < 0x20 { throw error("a control character inside a string must be escaped") }
            i += 1
        }
        guard i < bytes.count else { throw JSONLineError("the line ends inside a string", column: start) }
        let end = i
        i += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !hasEscape {
            guard let s = Self.text(raw) else { throw JSONLineError("a string is not valid UTF-8", column: start) }
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
                throw JSONLineError("a string ends in a lone backslash", column: column + k)
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
                    throw JSONLineError("a \\u escape needs 4 hex digits", column: column + k)
                }
                k += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard k + 1 < raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u"),
                        let low = hex4(k + 2), (0xDC00...0xDFFF).contains(low)
                    else { throw JSONLineError("an unpaired UTF-16 surrogate in a \\u escape", column: column + k) }
                    k += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else {
                    throw JSONLineError("an invalid \\u escape", column: column + k)
                }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw JSONLineError("an unknown escape '\\\(Character(Unicode.Scalar(e)))'", column: column + k - 1)
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else {
            throw JSONLineError("a string is not valid UTF-8", column: column)
        }
        return s
    }

    mutating func integer() throws(JSONLineError) -> Int64 {
        skipSpace()
        let v = try value()
        guard case .int(let n) = v else { throw error("expected an integer") }
        return n
    }

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
            out.append(try string())
            skipSpace()
            guard let b = peek() else { throw error("the line ends inside a list") }
            i += 1
            if b == UInt8(ascii: "]") { return out }
            guard b == UInt8(ascii: ",") else {
                i -= 1
                throw error("expected ',' or ']'")
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
        guard depth <= Self.maximumDepth else { throw error("lists and maps nest too deeply") }
        skipSpace()
        guard let b = peek() else { throw error("the line ends where a value was expected") }
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
                if v.isNull { throw JSONLineError("null inside a list cannot be stored", column: start + 1) }
                items.append(v)
                skipSpace()
                guard let c = peek() else { throw error("the line ends inside a list") }
                i += 1
                if c == UInt8(ascii: "]") { return .list(items) }
                guard c == UInt8(ascii: ",") else {
                    i -= 1
                    throw error("expected ',' or ']'")
                }
            }
        case UInt8(ascii: "{"):
            let start = i
            if let wrapped = try wrappedMap() { return .map(wrapped) }
            let map = try properties()
            return try Self.tagged(map, column: start + 1)
        case UInt8(ascii: "-"), 48...57: return try number()
        default: throw error("expected a value")
        }
    }

    /// An object of values (used for `properties` and nested maps); nulls are refused.
    mutating func properties() throws(JSONLineError) -> [String: Value] {
        var map: [String: Value] = [:]
        try beginObject()
        var first = true
        while let key = try nextKey(&first) {
            let at = i
            let v = try value()
            guard let name = Self.text(key) else {
                throw JSONLineError("a key is not valid UTF-8", column: at)
            }
            if v.isNull { throw JSONLineError("property '\(name)' is null; null is not stored", column: at + 1) }
            if map.updateValue(v, forKey: name) != nil {
                throw JSONLineError("key '\(name)' appears twice", column: at + 1)
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
        try expect(UInt8(ascii: "}"), "'}' closing a $map")
        return inner
    }

    static func tagged(_ map: [String: Value], column: Int) throws(JSONLineError) -> Value {
        guard let first = map.keys.first(where: { $0.hasPrefix("$") }) else { return .map(map) }
        guard map.count == 1 else {
            throw JSONLineError("a map key starting with '$' must be wrapped as {\"$map\": …}", column: column)
        }
        switch (first, map[first]) {
        case (_, .string(let s)?) where TemporalKind(rawValue: String(first.dropFirst())) != nil:
            let kind = TemporalKind(rawValue: String(first.dropFirst())) ?? .date
            guard let v = kind.value(parsing: s) else {
                throw JSONLineError("'\(s)' is not a \(kind.rawValue)", column: column)
            }
            return v
        case ("$double", .string(let s)?):
            switch s {
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            case "-Infinity": return .double(-.infinity)
            default: throw JSONLineError("'\(s)' is not NaN, Infinity or -Infinity", column: column)
            }
        case ("$map", .map(let inner)?): return .map(inner)
        default: throw JSONLineError("unknown tagged value '\(first)'", column: column)
        }
    }

    mutating func literal(_ word: StaticString, _ v: Value) throws(JSONLineError) -> Value {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw error("expected a value") }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { throw error("expected a value") }
        i += n
        return v
    }

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
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(bytes[i] - 48))
            overflow = overflow || o1 || o2
            magnitude = m2
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw JSONLineError("a number needs digits", column: start + 1) }
        var isFloat = false
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            isFloat = true
            i += 1
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isFloat = true
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
        }
        if isFloat {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let d = Double(text) else { throw JSONLineError("'\(text)' is not a number", column: start + 1) }
            return .double(d)
        }
        if negative {
            guard !overflow, magnitude <= UInt64(Int64.max) + 1 else {
                throw JSONLineError("integer out of the 64-bit range", column: start + 1)
            }
            return .int(magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude))
        }
        guard !overflow, magnitude <= UInt64(Int64.max) else {
            throw JSONLineError("integer out of the 64-bit range", column: start + 1)
        }
        return .int(Int64(magnitude))
    }

    /// Skips any value without decoding it.
    mutating func skipValue() throws(JSONLineError) { _ = try value() }

    /// An `{"id": "…", …}` endpoint object.
    mutating func endpoint() throws(JSONLineError) -> String {
        var id: String?
        try beginObject()
        var first = true
        while let key = try nextKey(&first) {
            if Self.equals(key, "id") {
                if peek() == UInt8(ascii: "\"") {
                    id = try string()
                } else {
                    id = Self.keyText(try value())
                }
            } else {
                try skipValue()
            }
        }
        guard let id else { throw error("an endpoint has no \"id\"") }
        return id
    }

    /// APOC writes numeric ids in some exports; accept integers as keys.
    static func keyText(_ v: Value) -> String? {
        switch v {
        case .string(let s): return s
        case .int(let n): return String(n)
        default: return nil
        }
    }

    mutating func record() throws(JSONLineError) -> RegistryRecord {
        var type: String?
        var id: String?
        var labels: [String]?
        var label: String?
        var properties: [String: Value] = [:]
        var start: String?
        var end: String?
        var tx: Int64?
        var nodeKey: String?
        var relationshipKey: String?
        var lines: Int64?
        var name: String?
        var property: String?
        try beginObject()
        var first = true
        defer { release() }
        while let key = try nextKey(&first) {
            switch key.count {
            case 2 where Self.equals(key, "id"):
                guard let k = Self.keyText(try value()) else { throw error("\"id\" must be a string") }
                id = k
            case 2 where Self.equals(key, "tx"): tx = try integer()
            case 3 where Self.equals(key, "end"): end = try endpoint()
            case 4 where Self.equals(key, "type"): type = try string()
            case 4 where Self.equals(key, "node"): nodeKey = try string()
            case 4 where Self.equals(key, "name"): name = try string()
            case 5 where Self.equals(key, "label"): label = try string()
            case 5 where Self.equals(key, "start"): start = try endpoint()
            case 5 where Self.equals(key, "lines"): lines = try integer()
            case 6 where Self.equals(key, "labels"): labels = try stringArray()
            case 8 where Self.equals(key, "property"): property = try string()
            case 10 where Self.equals(key, "properties"): properties = try self.properties()
            case 12 where Self.equals(key, "relationship"): relationshipKey = try string()
            default: try skipValue()
            }
        }
        skipSpace()
        guard atEnd else { throw error("unexpected text after the record") }
        guard let type else { throw JSONLineError("the record has no \"type\"", column: 1) }
        switch type {
        case "node":
            guard let id, !id.isEmpty else { throw JSONLineError("a node record needs a non-empty \"id\"", column: 1) }
            return .node(key: id, labels: labels ?? [], properties: properties, tx: tx)
        case "relationship":
            guard let id, !id.isEmpty else {
                throw JSONLineError("a relationship record needs a non-empty \"id\"", column: 1)
            }
            guard let label, !label.isEmpty else {
                throw JSONLineError("relationship '\(id)' needs a \"label\" (its type)", column: 1)
            }
            guard let start else { throw JSONLineError("relationship '\(id)' needs \"start\"", column: 1) }
            guard let end else { throw JSONLineError("relationship '\(id)' needs \"end\"", column: 1) }
            return .relationship(key: id, type: label, start: start, end: end, properties: properties, tx: tx)
        case "delete":
            guard let tx else { throw JSONLineError("a delete record needs \"tx\"", column: 1) }
            if let nodeKey { return .deleteNode(key: nodeKey, tx: tx) }
            if let relationshipKey { return .deleteRelationship(key: relationshipKey, tx: tx) }
            throw JSONLineError("a delete record needs \"node\" or \"relationship\"", column: 1)
        case "index", "dropIndex":
            guard let tx else { throw JSONLineError("an \(type) record needs \"tx\"", column: 1) }
            guard let label, !label.isEmpty, let property, !property.isEmpty else {
                throw JSONLineError("an \(type) record needs a non-empty \"label\" and \"property\"", column: 1)
            }
            guard let name, !name.isEmpty else {
                throw JSONLineError("an \(type) record needs a non-empty \"name\"", column: 1)
            }
            let change = IndexChange(name: name, label: label, property: property, dropped: type == "dropIndex")
            return .index(change, tx: tx)
        case "commit":
            guard let tx else { throw JSONLineError("a commit record needs \"tx\"", column: 1) }
            guard let lines, lines >= 0 else { throw JSONLineError("a commit record needs \"lines\"", column: 1) }
            return .commit(tx: tx, lines: Int(lines))
        default:
            throw JSONLineError(
                "unknown record type '\(type)' (expected node, relationship, delete, index, dropIndex or commit)",
                column: 1)
        }
    }
}
