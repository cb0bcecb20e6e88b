// Numeric functions: abs, sign, round (with precision and rounding mode),
// floor, ceil, sqrt, exp, log, log10, e, pi, the trigonometric functions,
// degrees, radians, haversin, isNaN and rand. abs keeps INTEGER; sign returns
// INTEGER; everything else returns FLOAT. Null in gives null out.

import Foundation
import SinergiGraph

extension FunctionTable {
    static var mathFunctions: [ScalarFunction] {
        var functions: [ScalarFunction] = [
            .unary("abs") { (v) throws(QueryError) -> Value in
                switch v {
                case .int(let i):
                    guard i != .min else { throw ValueMessages.integerOverflow("abs(\(i))") }
                    return .int(Swift.abs(i))
                case .double(let d): return .double(Swift.abs(d))
                default: throw ValueMessages.argumentType("abs", expected: "INTEGER or FLOAT", got: v)
                }
            },
            .unary("sign") { (v) throws(QueryError) -> Value in
                switch v {
                case .int(let i): return .int(i.signum())
                case .double(let d): return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
                default: throw ValueMessages.argumentType("sign", expected: "INTEGER or FLOAT", got: v)
                }
            },
            .unary("isNaN") { (v) throws(QueryError) -> Value in
                .bool(try Argument.number(v, "isNaN").isNaN)
            },
            .pure("round", arity: 1...3) { (args) throws(QueryError) -> Value in try round(args) },
            .pure("e", arity: 0...0) { (_) throws(QueryError) -> Value in .double(M_E) },
            .pure("pi", arity: 0...0) { (_) throws(QueryError) -> Value in .double(Double.pi) },
            .pure("atan2", arity: 2...2) { (args) throws(QueryError) -> Value in
                if args[0].isNull || args[1].isNull { return .null }
                return .double(
                    Foundation.atan2(try Argument.number(args[0], "atan2"), try Argument.number(args[1], "atan2")))
            },
            ScalarFunction("rand", arity: 0...0, deterministic: false) { (_, context) throws(QueryError) -> Value in
                .double(context.random.nextDouble())
            },
        ]
        let floatFunctions: [(String, @Sendable (Double) -> Double)] = [
            ("floor", { Foundation.floor($0) }), ("ceil", { Foundation.ceil($0) }),
            ("sqrt", { Foundation.sqrt($0) }), ("exp", { Foundation.exp($0) }),
            ("log", { Foundation.log($0) }), ("log10", { Foundation.log10($0) }),
            ("sin", { Foundation.sin($0) }), ("cos", { Foundation.cos($0) }), ("tan", { Foundation.tan($0) }),
            ("cot", { 1 / Foundation.tan($0) }), ("asin", { Foundation.asin($0) }),
            ("acos", { Foundation.acos($0) }), ("atan", { Foundation.atan($0) }),
            ("degrees", { $0 * 180 / Double.pi }), ("radians", { $0 * Double.pi / 180 }),
            ("haversin", { (1 - Foundation.cos($0)) / 2 }),
        ]
        for (name, f) in floatFunctions {
            functions.append(
                .unary(name) { (v) throws(QueryError) -> Value in .double(f(try Argument.number(v, name))) })
        }
        return functions
    }

    /// `round(x)`: ties toward positive infinity (`round(-1.5)` is -1.0);
    /// `round(x, precision)`: ties away from zero (HALF_UP), except precision 0 which
    /// matches `round(x)`; `round(x, precision, mode)` with UP, DOWN, CEILING, FLOOR,
    /// HALF_UP, HALF_DOWN or HALF_EVEN.
    static func round(_ args: [Value]) throws(QueryError) -> Value {
        if args.contains(where: \.isNull) { return .null }
        let x = try Argument.number(args[0], "round")
        if args.count == 1 { return .double(roundHalfUpToPositive(x)) }
        let precision = try Argument.integer(args[1], "round")
        var mode = "HALF_UP"
        if args.count > 2 { mode = try Argument.string(args[2], "round").uppercased() }
        guard ["UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN"].contains(mode) else {
            throw ValueMessages.argumentValue("round", "unknown rounding mode '\(mode)'")
        }
        guard x.isFinite else { return .double(x) }
        if precision == 0 && args.count == 2 { return .double(roundHalfUpToPositive(x)) }
        guard precision >= -308, precision <= 308 else {
            throw ValueMessages.numberOutOfRange("round", "precision \(precision) is out of range")
        }
        return .double(roundDecimal(x, precision: Int(precision), mode: mode))
    }

    static func roundHalfUpToPositive(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        let lower = Foundation.floor(x)
        return x - lower >= 0.5 ? lower + 1 : lower
    }

    /// Rounds the decimal text of `x` (its shortest round-trip digits) so that
    /// `round(2.675, 2)` is 2.68 as a person reading 2.675 expects.
    static func roundDecimal(_ x: Double, precision: Int, mode: String) -> Double {
        guard var value = Decimal(string: String(describing: x)) else { return x }
        func rounded(_ m: NSDecimalNumber.RoundingMode) -> Decimal {
            var result = Decimal()
            NSDecimalRound(&result, &value, precision, m)
            return result
        }
        let positive = x >= 0
        let result: Decimal
        switch mode {
        case "CEILING": result = rounded(.up)
        case "FLOOR": result = rounded(.down)
        case "UP": result = positive ? rounded(.up) : rounded(.down)
        case "DOWN": result = positive ? rounded(.down) : rounded(.up)
        case "HALF_EVEN": result = rounded(.bankers)
        case "HALF_DOWN":
            let low = rounded(.down)
            let high = rounded(.up)
            let toLow = value - low
            let toHigh = high - value
            if toLow == toHigh {
                result = positive ? low : high
            } else {
                result = toLow < toHigh ? low : high
            }
        default: result = rounded(.plain)
        }
        return Double(String(describing: result)) ?? x
    }
}
