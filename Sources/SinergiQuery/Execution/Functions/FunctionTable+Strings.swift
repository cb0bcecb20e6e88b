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
                .int(Int64(try Argument.string(v, "char_length").unicodeScalars.count))
            },
            .unary("character_length") { (v) throws(QueryError) -> Value in
                .int(Int64(try Argument.string(v, "character_length").unicodeScalars.count))
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
        let scalars = Array(s.unicodeScalars)
        let from = Int(min(start, Int64(scalars.count)))
        var to = scalars.count
        if args.count > 2 {
            let length = try Argument.integer(args[2], "substring")
            guard length >= 0 else { throw ValueMessages.argumentValue("substring", "length must not be negative") }
            to = from + Int(min(length, Int64(scalars.count - from)))
        }
        return .string(String(String.UnicodeScalarView(scalars[from..<to])))
    }

    static func leftOrRight(_ args: [Value], _ function: String) throws(QueryError) -> Value {
        if args[0].isNull { return .null }
        let s = try Argument.string(args[0], function)
        guard !args[1].isNull else { throw ValueMessages.argumentValue(function, "length must not be null") }
        let length = try Argument.integer(args[1], function)
        guard length >= 0 else { throw ValueMessages.argumentValue(function, "length must not be negative") }
        let scalars = Array(s.unicodeScalars)
        let n = Int(min(length, Int64(scalars.count)))
        let slice = function == "left" ? scalars[0..<n] : scalars[(scalars.count - n)...]
        return .string(String(String.UnicodeScalarView(slice)))
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
