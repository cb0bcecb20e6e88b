// Property values written as JSON text inside another format (a CSV cell, a GraphML
// or GEXF attribute) when that format has no type for them: maps, nested or mixed
// lists. The encoding is the registry's (docs/registry-format.md): integers without
// `.`, floats with `.` or an exponent, `{"$double":"NaN"}`, `{"$date":"2023-06-21"}`,
// `{"$map":{…}}` around a map that has a key starting with `$`.

import SinergiGraph

enum EmbeddedJSON {
    /// The JSON text of a storable value; object keys are sorted, so output is deterministic.
    /// - Complexity: O(n) in the size of the value.
    static func encode(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// Parses JSON text into a storable value, or returns a message saying what is wrong.
    /// - Complexity: O(n) in the length of the text.
    static func decode(_ text: String) -> Result<Value, EmbeddedJSONError> {
        var parser = Parser(bytes: Array(text.utf8))
        do throws(EmbeddedJSONError) {
            parser.skipWhitespace()
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.position == parser.bytes.count else { throw EmbeddedJSONError("trailing characters") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    /// A JSON string literal for `text`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null, .node, .relationship, .path: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isNaN {
                out += "{\"$double\":\"NaN\"}"
            } else if d.isInfinite {
                out += d < 0 ? "{\"$double\":\"-Infinity\"}" : "{\"$double\":\"Infinity\"}"
            } else {
                out += "\(d)"
            }
        case .string(let s): out += quoted(s)
        case .date(let date): out += "{\"$date\":\"\(date)\"}"
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .map(let entries):
            let wrap = entries.keys.contains { $0.hasPrefix("$") }
            if wrap { out += "{\"$map\":" }
            out += "{"
            for (i, key) in entries.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                out += quoted(key) + ":"
                write(entries[key] ?? .null, into: &out)
            }
            out += "}"
            if wrap { out += "}" }
        }
    }

    private struct Parser {
        var bytes: [UInt8]
        var position = 0

        mutating func skipWhitespace() {
            while position < bytes.count, [32, 9, 10, 13].contains(bytes[position]) { position += 1 }
        }

        func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func expect(_ literal: String) throws(EmbeddedJSONError) {
            for b in literal.utf8 {
                guard peek() == b else { throw EmbeddedJSONError("expected '\(literal)'") }
                position += 1
            }
        }

        mutating func value(depth: Int) throws(EmbeddedJSONError) -> Value {
            guard depth < 256 else { throw EmbeddedJSONError("nested too deeply") }
            guard let b = peek() else { throw EmbeddedJSONError("unexpected end") }
            switch b {
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "n"): throw EmbeddedJSONError("null is not a storable value")
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "["):
                position += 1
                var items: [Value] = []
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    position += 1
                    return .list(items)
                }
                while true {
                    skipWhitespace()
                    items.append(try value(depth: depth + 1))
                    skipWhitespace()
                    if peek() == UInt8(ascii: ",") {
                        position += 1
                    } else {
                        try expect("]")
                        return .list(items)
                    }
                }
            case UInt8(ascii: "{"): return try object(depth: depth)
            default: return try number()
            }
        }

        mutating func object(depth: Int) throws(EmbeddedJSONError) -> Value {
            position += 1
            var entries: [String: Value] = [:]
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                position += 1
                return .map(entries)
            }
            while true {
                skipWhitespace()
                let key = try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                entries[key] = try value(depth: depth + 1)
                skipWhitespace()
                if peek() == UInt8(ascii: ",") {
                    position += 1
                } else {
                    try expect("}")
                    break
                }
            }
            guard entries.count == 1, let (key, inner) = entries.first, key.hasPrefix("$") else {
                return .map(entries)
            }
            switch (key, inner) {
            case ("$date", .string(let s)):
                guard let d = CypherDate(parsing: s) else { throw EmbeddedJSONError("bad date '\(s)'") }
                return .date(d)
            case ("$double", .string(let s)):
                switch s {
                case "NaN": return .double(.nan)
                case "Infinity": return .double(.infinity)
                case "-Infinity": return .double(-.infinity)
                default: throw EmbeddedJSONError("bad $double '\(s)'")
                }
            case ("$map", .map): return inner
            default: return .map(entries)
            }
        }

        mutating func string() throws(EmbeddedJSONError) -> String {
            guard let first = peek() else { throw EmbeddedJSONError("unexpected end") }
            guard first == UInt8(ascii: "\"") else { throw EmbeddedJSONError("expected a string") }
            position += 1
            var out: [UInt8] = []
            while true {
                guard let b = peek() else { throw EmbeddedJSONError("unterminated string") }
                position += 1
                if b == UInt8(ascii: "\"") { break }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    continue
                }
                guard let e = peek() else { throw EmbeddedJSONError("unterminated string") }
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        try expect("\\u")
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw EmbeddedJSONError("bad surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw EmbeddedJSONError("bad \\u escape") }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: out.append(e)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hex4() throws(EmbeddedJSONError) -> UInt32 {
            guard position + 4 <= bytes.count,
                let v = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
            else { throw EmbeddedJSONError("bad \\u escape") }
            position += 4
            return v
        }

        mutating func number() throws(EmbeddedJSONError) -> Value {
            let start = position
            var isFloat = false
            while let b = peek(),
                (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                    || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            {
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { isFloat = true }
                position += 1
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard !text.isEmpty else { throw EmbeddedJSONError("unexpected character") }
            if isFloat {
                guard let d = Double(text), d.isFinite else { throw EmbeddedJSONError("bad number '\(text)'") }
                return .double(d)
            }
            guard let i = Int64(text) else { throw EmbeddedJSONError("bad integer '\(text)'") }
            return .int(i)
        }
    }
}

/// Why embedded JSON text could not be read.
struct EmbeddedJSONError: Error, Equatable, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
