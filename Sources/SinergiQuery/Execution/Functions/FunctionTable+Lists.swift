// Scalar functions on lists (and the ones shared with strings): size, head,
// last, tail, range, reverse, coalesce, isEmpty. `range` follows the TCK:
// INTEGER arguments only (`ArgumentError.InvalidArgumentType`) and a step of 0
// is `ArgumentError.NumberOutOfRange`; an inconsistent direction gives [].

import SinergiGraph

extension FunctionTable {
    /// The largest list `range()` builds; beyond it the call fails instead of exhausting memory.
    public static let maximumRangeLength: UInt64 = 50_000_000

    static var listFunctions: [ScalarFunction] {
        [
            .unary("size") { (v) throws(QueryError) -> Value in
                switch v {
                case .list(let items): return .int(Int64(items.count))
                case .string(let s): return .int(Int64(withUTF8(s, scalarCount)))
                default: throw ValueMessages.argumentType("size", expected: "LIST or STRING", got: v)
                }
            },
            .unary("head") { (v) throws(QueryError) -> Value in
                try Argument.list(v, "head").first ?? .null
            },
            .unary("last") { (v) throws(QueryError) -> Value in
                try Argument.list(v, "last").last ?? .null
            },
            .unary("tail") { (v) throws(QueryError) -> Value in
                .list(Array(try Argument.list(v, "tail").dropFirst()))
            },
            .unary("reverse") { (v) throws(QueryError) -> Value in
                switch v {
                case .list(let items): return .list(items.reversed())
                case .string(let s): return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
                default: throw ValueMessages.argumentType("reverse", expected: "LIST or STRING", got: v)
                }
            },
            .unary("isEmpty") { (v) throws(QueryError) -> Value in
                switch v {
                case .list(let items): return .bool(items.isEmpty)
                case .string(let s): return .bool(s.isEmpty)
                case .map(let m): return .bool(m.isEmpty)
                default: throw ValueMessages.argumentType("isEmpty", expected: "LIST, STRING or MAP", got: v)
                }
            },
            .pure("coalesce", arity: 1...Int.max) { (args) throws(QueryError) -> Value in
                args.first { !$0.isNull } ?? .null
            },
            .pure("range", arity: 2...3) { (args) throws(QueryError) -> Value in
                try range(args)
            },
        ]
    }

    static func range(_ args: [Value]) throws(QueryError) -> Value {
        var bounds: [Int64] = []
        for (i, v) in args.enumerated() {
            switch v {
            case .int(let x): bounds.append(x)
            case .null: return .null
            default:
                let role = ["start", "end", "step"][min(i, 2)]
                throw ValueMessages.argumentType("range", expected: "INTEGER \(role)", got: v, kind: .argumentError)
            }
        }
        let start = bounds[0]
        let end = bounds[1]
        let step = bounds.count > 2 ? bounds[2] : 1
        if step == 0 { throw ValueMessages.numberOutOfRange("range", "step must not be 0") }
        if (step > 0 && start > end) || (step < 0 && start < end) { return .list([]) }
        // The true distance fits in UInt64 even when end - start overflows Int64.
        let distance = step > 0 ? UInt64(bitPattern: end &- start) : UInt64(bitPattern: start &- end)
        let count = distance / step.magnitude + 1
        guard count <= maximumRangeLength else {
            throw ValueMessages.numberOutOfRange("range", "the list would have \(count) elements")
        }
        var items: [Value] = []
        items.reserveCapacity(Int(count))
        var x = start
        for _ in 0..<count {
            items.append(.int(x))
            x = x &+ step
        }
        return .list(items)
    }
}
