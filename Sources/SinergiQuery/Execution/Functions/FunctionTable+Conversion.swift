// Type conversion functions: toInteger, toFloat, toString, toBoolean and their
// *OrNull variants. Unparsable strings give null; a type the conversion cannot
// take at all (lists, maps, entities, …) is `TypeError.InvalidArgumentValue`,
// as the TCK checks — the OrNull variants give null instead.

import SinergiGraph

extension FunctionTable {
    static var conversionFunctions: [ScalarFunction] {
        [
            .unary("toInteger") { (v) throws(QueryError) -> Value in try toInteger(v, "toInteger") },
            .unary("toFloat") { (v) throws(QueryError) -> Value in try toFloat(v, "toFloat") },
            .unary("toString") { (v) throws(QueryError) -> Value in try toText(v, "toString") },
            .unary("toBoolean") { (v) throws(QueryError) -> Value in try toBoolean(v, "toBoolean") },
            .unary("toIntegerOrNull") { (v) throws(QueryError) -> Value in
                orNull { () throws(QueryError) in try toInteger(v, "") }
            },
            .unary("toFloatOrNull") { (v) throws(QueryError) -> Value in
                orNull { () throws(QueryError) in try toFloat(v, "") }
            },
            .unary("toStringOrNull") { (v) throws(QueryError) -> Value in
                orNull { () throws(QueryError) in try toText(v, "") }
            },
            .unary("toBooleanOrNull") { (v) throws(QueryError) -> Value in
                orNull { () throws(QueryError) in try toBoolean(v, "") }
            },
        ]
    }

    static func orNull(_ convert: () throws(QueryError) -> Value) -> Value {
        do { return try convert() } catch { return .null }
    }

    /// INTEGER from INTEGER, FLOAT (truncated; null when out of range), STRING
    /// (integer or float text, else null) or BOOLEAN (1/0).
    static func toInteger(_ v: Value, _ function: String) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .int: return v
        case .double(let d): return integer(truncating: d)
        case .bool(let b): return .int(b ? 1 : 0)
        case .string(let s):
            let text = trimmed(s, leading: true, trailing: true)
            if let i = Int64(text) { return .int(i) }
            if let d = parseFloat(text) { return integer(truncating: d) }
            return .null
        default: throw ValueMessages.cannotConvert(function, v)
        }
    }

    static func integer(truncating d: Double) -> Value {
        let t = d.rounded(.towardZero)
        guard t.isFinite, t >= -9_223_372_036_854_775_808.0, t < 9_223_372_036_854_775_808.0 else { return .null }
        return .int(Int64(t))
    }

    /// FLOAT from INTEGER, FLOAT or STRING (float text, else null).
    static func toFloat(_ v: Value, _ function: String) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .double: return v
        case .int(let i): return .double(Double(i))
        case .string(let s): return parseFloat(trimmed(s, leading: true, trailing: true)).map(Value.double) ?? .null
        default: throw ValueMessages.cannotConvert(function, v)
        }
    }

    /// STRING from STRING, INTEGER, FLOAT, BOOLEAN or a temporal value (ISO 8601 text).
    static func toText(_ v: Value, _ function: String) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .string: return v
        case .int, .double, .bool, .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return .string(ValueFormatter.text(v))
        default: throw ValueMessages.cannotConvert(function, v)
        }
    }

    /// BOOLEAN from BOOLEAN, STRING (`true`/`false` in any case, else null) or INTEGER (non-zero).
    static func toBoolean(_ v: Value, _ function: String) throws(QueryError) -> Value {
        switch v {
        case .null: return .null
        case .bool: return v
        case .int(let i): return .bool(i != 0)
        case .string(let s):
            switch trimmed(s, leading: true, trailing: true).lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        default: throw ValueMessages.cannotConvert(function, v)
        }
    }

    /// Parses decimal float text (`12`, `-1.5`, `.5`, `1e-3`, `NaN`, `Infinity`), or nil.
    /// Stricter than `Double.init` (no hex floats, no `inf`/`nan` spellings).
    static func parseFloat(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        var sawDigit = false
        var sawPoint = false
        var sawExponent = false
        var previous: Character = " "
        for (i, c) in text.enumerated() {
            switch c {
            case "0"..."9": sawDigit = true
            case "+", "-":
                guard i == 0 || previous == "e" || previous == "E" else { return nil }
            case ".":
                guard !sawPoint, !sawExponent else { return nil }
                sawPoint = true
            case "e", "E":
                guard sawDigit, !sawExponent else { return nil }
                sawExponent = true
            default: return nil
            }
            previous = c
        }
        guard sawDigit else { return nil }
        return Double(text)
    }
}
