// Scalar functions on strings: toLower/toUpper (and lower/upper), trim, ltrim,
// rtrim, substring, left, right, split, replace, char_length. Positions and
// lengths count Unicode code points. Null in gives null out; a negative start
// or length is `ArgumentError.InvalidArgumentValue`.

import Foundation
import SinergiGraph

extension FunctionTable {
    static var stringFunctions: [ScalarFunction] {
        [
            .unary("toLower") { (v) throws(QueryError) -> Value in
                .string(try Argument.string(v, "toLower").lowercased())
            },
            .unary("toUpper") { (v) throws(QueryError) -> Value in
                .string(try Argument.string(v, "toUpper").uppercased())
            },
            .unary("lower") { (v) throws(QueryError) -> Value in .string(try Argument.string(v, "lower").lowercased())
            },
            .unary("upper") { (v) throws(QueryError) -> Value in .string(try Argument.string(v, "upper").uppercased())
            },
            .unary("trim") { (v) throws(QueryError) -> Value in
                .string(trimmed(try Argument.string(v, "trim"), leading: true, trailing: true))
            },
            .unary("ltrim") { (v) throws(QueryError) -> Value in
                .string(trimmed(try Argument.string(v, "ltrim"), leading: true, trailing: false))
            },
            .unary("rtrim") { (v) throws(QueryError) -> Value in
                .string(trimmed(try Argument.string(v, "rtrim"), leading: false, trailing: true))
            },
            .unary("char_length") { (v) throws(QueryError) -> Value in
                .int(Int64(withUTF8(try Argument.string(v, "char_length"), scalarCount)))
            },
            .unary("character_length") { (v) throws(QueryError) -> Value in
                .int(Int64(withUTF8(try Argument.string(v, "character_length"), scalarCount)))
            },
            .pure("substring", arity: 2...3) { (args) throws(QueryError) -> Value in
                try substring(args)
            },
            .pure("left", arity: 2...2) { (args) throws(QueryError) -> Value in
                try leftOrRight(args, "left")
            },
            .pure("right", arity: 2...2) { (args) throws(QueryError) -> Value in
                try leftOrRight(args, "right")
            },
            .pure("split", arity: 2...2) { (args) throws(QueryError) -> Value in
                try split(args)
            },
            .pure("replace", arity: 3...3) { (args) throws(QueryError) -> Value in
                if args.contains(where: \.isNull) { return .null }
                let s = try Argument.string(args[0], "replace")
                let search = try Argument.string(args[1], "replace")
                let replacement = try Argument.string(args[2], "replace")
                if search.isEmpty {
                    // As in Java: the replacement goes between every character and at both ends.
                    let scalars = s.unicodeScalars.map { String($0) }
                    return .string(replacement + scalars.map { $0 + replacement }.joined())
                }
                return .string(s.replacingOccurrences(of: search, with: replacement))
            },
        ]
    }

    static func trimmed(_ s: String, leading: Bool, trailing: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var lower = 0
        var upper = scalars.count
        if leading { while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 } }
        if trailing { while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 } }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    static func substring(_ args: [Value]) throws(QueryError) -> Value {
        let original = args[0]
        if original.isNull { return .null }
        let s = try Argument.string(original, "substring")
        let start = try Argument.integer(args[1], "substring")
        guard start >= 0 else { throw ValueMessages.argumentValue("substring", "start must not be negative") }
        var length: Int? = nil
        if args.count > 2 {
            let l = try Argument.integer(args[2], "substring")
            guard l >= 0 else { throw ValueMessages.argumentValue("substring", "length must not be negative") }
            length = Int(clamping: l)
        }
        return .string(scalarSlice(s, from: Int(clamping: start), count: length))
    }

    static func leftOrRight(_ args: [Value], _ function: String) throws(QueryError) -> Value {
        if args[0].isNull { return .null }
        let s = try Argument.string(args[0], function)
        guard !args[1].isNull else { throw ValueMessages.argumentValue(function, "length must not be null") }
        let length = try Argument.integer(args[1], function)
        guard length >= 0 else { throw ValueMessages.argumentValue(function, "length must not be negative") }
        let n = Int(clamping: length)
        if function == "left" { return .string(scalarSlice(s, from: 0, count: n)) }
        return .string(withUTF8(s) { String(decoding: suffix($0, scalars: n), as: UTF8.self) })
    }

    // MARK: Code points on UTF-8 bytes (no array of the string's scalars)

    /// `body` over the string's UTF-8 bytes, in place when the string is contiguous.
    @inline(__always)
    static func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of code points in UTF-8 `bytes` (the bytes that are not continuation bytes).
    /// - Complexity: O(n).
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n &+= 1 }
        return n
    }

    /// The byte offset of the code point `k` code points after the one at `start` (the end
    /// when there are fewer).
    @inline(__always)
    static func byteOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars k: Int) -> Int {
        var left = k
        var i = start
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if left == 0 { return i }
                left -= 1
            }
            i += 1
        }
        return bytes.count
    }

    /// The first `count` code points from code point `from` (all the rest when nil).
    static func scalarSlice(_ s: String, from: Int, count: Int?) -> String {
        withUTF8(s) { bytes in
            let a = byteOffset(bytes, from: 0, scalars: from)
            let e = count.map { byteOffset(bytes, from: a, scalars: $0) } ?? bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<e]), as: UTF8.self)
        }
    }

    /// The bytes of the first `n` code points.
    @inline(__always)
    static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, scalars n: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[0..<byteOffset(bytes, from: 0, scalars: n)])
    }

    /// The bytes of the last `n` code points.
    @inline(__always)
    static func suffix(_ bytes: UnsafeBufferPointer<UInt8>, scalars n: Int) -> UnsafeBufferPointer<UInt8> {
        let count = scalarCount(bytes)
        let start = byteOffset(bytes, from: 0, scalars: max(0, count - n))
        return UnsafeBufferPointer(rebasing: bytes[start...])
    }

    static func split(_ args: [Value]) throws(QueryError) -> Value {
        if args[0].isNull || args[1].isNull { return .null }
        let s = try Argument.string(args[0], "split")
        var delimiters: [String] = []
        switch args[1] {
        case .string(let d): delimiters = [d]
        case .list(let items):
            for item in items { delimiters.append(try Argument.string(item, "split")) }
        default: throw ValueMessages.argumentType("split", expected: "STRING", got: args[1])
        }
        if s.isEmpty { return .list([.string("")]) }
        if delimiters.allSatisfy(\.isEmpty) {
            return .list(s.unicodeScalars.map { .string(String($0)) })
        }
        var parts = [s]
        for delimiter in delimiters where !delimiter.isEmpty {
            parts = parts.flatMap { $0.components(separatedBy: delimiter) }
        }
        return .list(parts.map(Value.string))
    }
}
