// How Sinergi property values map to GraphML (and GEXF) typed attributes.
//
// boolean → `boolean`, integer → `long`, float → `double` (`NaN`, `INF`, `-INF` as in
// XML Schema), string → `string`; a temporal value is a `string` in ISO 8601
// (`2023-06-21`, `2023-06-21T09:00+07:00`, `P1Y`) and a list or map a `string` holding
// JSON (the registry's encoding), told apart by a type hint: `<desc>sinergi.type=date</desc>`
// (`localtime`, `time`, `localdatetime`, `datetime`, `duration`) / `sinergi.type=json` in GraphML.

import SinergiGraph
import SinergiText

/// The typed-attribute form of one property value.
struct TypedAttribute: Hashable, Comparable {
    /// The GraphML `attr.type` (`boolean`, `long`, `double`, `string`).
    var attrType: String
    /// Sinergi's extra hint for strings that are really temporal or JSON values (`date`,
    /// `datetime`, …, `json`), else nil.
    var hint: String?

    static func < (a: TypedAttribute, b: TypedAttribute) -> Bool {
        (a.attrType, a.hint ?? "") < (b.attrType, b.hint ?? "")
    }

    /// The attribute type of a value.
    static func of(_ value: Value) -> TypedAttribute {
        switch value {
        case .bool: return TypedAttribute(attrType: "boolean")
        case .int: return TypedAttribute(attrType: "long")
        case .double: return TypedAttribute(attrType: "double")
        case .string: return TypedAttribute(attrType: "string")
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return TypedAttribute(attrType: "string", hint: TemporalKind(of: value)?.rawValue)
        default: return TypedAttribute(attrType: "string", hint: "json")
        }
    }

    /// The text of a value under its type.
    static func text(_ value: Value) -> String {
        switch value {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-INF" : "INF" }
            return "\(d)"
        case .string(let s): return s
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return value.temporalText ?? ""
        default: return EmbeddedJSON.encode(value)
        }
    }

    /// "bad integer 'x'".
    static func bad(_ kind: String, _ text: String) -> Message {
        Message(.graphmlBadValue, ["kind": .text(kind), "value": .text(text)])
    }

    /// The value of `text` under this type, or a message saying what is wrong.
    func value(_ text: String) -> Result<Value, EmbeddedJSONError> {
        if attrType == "string" && hint == nil { return .success(.string(text)) }
        let trimmed = text.trimmingASCIIWhitespace
        switch (attrType, hint) {
        case ("boolean", _):
            switch trimmed.lowercased() {
            case "true", "1": return .success(.bool(true))
            case "false", "0": return .success(.bool(false))
            default: return .failure(EmbeddedJSONError(Self.bad("boolean", text)))
            }
        case ("int", _), ("long", _):
            guard let i = Int64(trimmed) else { return .failure(EmbeddedJSONError(Self.bad("integer", text))) }
            return .success(.int(i))
        case ("float", _), ("double", _):
            switch trimmed {
            case "NaN": return .success(.double(.nan))
            case "INF", "+INF", "Infinity": return .success(.double(.infinity))
            case "-INF", "-Infinity": return .success(.double(-.infinity))
            default:
                guard let d = Double(trimmed) else { return .failure(EmbeddedJSONError(Self.bad("number", text))) }
                return .success(.double(d))
            }
        case (_, let hint?) where TemporalKind(rawValue: hint) != nil:
            guard let v = TemporalKind(rawValue: hint)?.value(parsing: trimmed) else {
                return .failure(EmbeddedJSONError(Self.bad(hint, text)))
            }
            return .success(v)
        case (_, "json"?):
            return EmbeddedJSON.decode(text)
        default:
            return .success(.string(text))
        }
    }
}

/// Labels as one string: APOC's `:A:B`, or a JSON array when a label contains `:`.
enum LabelText {
    static func encode(_ labels: [String]) -> String {
        if labels.contains(where: { ScalarText.contains($0, ":") }) {
            return EmbeddedJSON.encode(.list(labels.map { .string($0) }))
        }
        return labels.map { ":" + $0 }.joined()
    }

    static func decode(_ text: String) -> [String]? {
        if text.hasPrefix("[") {
            guard case .success(.list(let items)) = EmbeddedJSON.decode(text) else { return nil }
            let labels = items.compactMap(\.stringValue)
            return labels.count == items.count ? labels : nil
        }
        return ScalarText.split(text, on: ":").filter { !$0.isEmpty }
    }
}
