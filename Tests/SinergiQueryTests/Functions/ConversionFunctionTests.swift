// toInteger, toFloat, toString, toBoolean and the OrNull variants (TypeConversion1–4).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("Conversion functions")
struct ConversionFunctionTests {
    static let entities: [Value] = [
        [], [:], .node(NodeID(0)), .relationship(RelationshipID(0)), .path(PathValue(start: NodeID(0))),
    ]

    @Test("toBoolean (TypeConversion1)")
    func toBoolean() throws {
        #expect(try callFunction("toBoolean", [true]) == true)
        #expect(try callFunction("toBoolean", ["true"]) == true)
        #expect(try callFunction("toBoolean", ["false"]) == false)
        for s: Value in [nil, "", " tru ", "f alse"] { #expect(try callFunction("toBoolean", [s]) == nil) }
        for bad in Self.entities + [1.0] {
            let error = functionError("toBoolean", [bad])
            #expect(error?.kind == .typeError)
            #expect(error?.code == .invalidArgumentValue)
            #expect(try callFunction("toBooleanOrNull", [bad]) == nil)
        }
    }

    @Test("toInteger (TypeConversion2)")
    func toInteger() throws {
        #expect(try callFunction("toInteger", [82.9]) == 82)
        #expect(try callFunction("toInteger", [-2.9]) == -2)
        #expect(try callFunction("toInteger", ["foo"]) == nil)
        #expect(try callFunction("toInteger", [""]) == nil)
        #expect(try callFunction("toInteger", ["2"]) == 2)
        #expect(try callFunction("toInteger", ["2.9"]) == 2)
        #expect(try callFunction("toInteger", ["1.7"]) == 1)
        #expect(try callFunction("toInteger", ["42"]) == 42)
        #expect(try callFunction("toInteger", ["9223372036854775807"]) == .int(.max))
        #expect(try callFunction("toInteger", [.double(.nan)]) == nil)
        #expect(try callFunction("toInteger", ["0x1F"]) == nil)
        for bad in Self.entities {
            #expect(functionError("toInteger", [bad])?.code == .invalidArgumentValue)
            #expect(try callFunction("toIntegerOrNull", [bad]) == nil)
        }
    }

    @Test("toFloat (TypeConversion3)")
    func toFloat() throws {
        #expect(try callFunction("toFloat", [3]) == 3.0)
        #expect(try callFunction("toFloat", [3.4]) == 3.4)
        #expect(try callFunction("toFloat", ["5"]) == 5.0)
        #expect(try callFunction("toFloat", ["1e3"]) == 1000.0)
        #expect(try callFunction("toFloat", ["foo"]) == nil)
        #expect(try callFunction("toFloat", [""]) == nil)
        #expect(try callFunction("toFloat", ["inf"]) == nil)
        for bad in Self.entities + [true] {
            #expect(functionError("toFloat", [bad])?.code == .invalidArgumentValue)
        }
    }

    @Test("toString (TypeConversion4)")
    func toText() throws {
        #expect(try callFunction("toString", [42]) == "42")
        #expect(try callFunction("toString", [true]) == "true")
        #expect(try callFunction("toString", [2.3]) == "2.3")
        #expect(try callFunction("toString", [1.0]) == "1.0")
        #expect(try callFunction("toString", ["apa"]) == "apa")
        #expect(try callFunction("toString", [nil]) == nil)
        #expect(try callFunction("toString", [.date(CypherDate(year: 2020, month: 2, day: 29)!)]) == "2020-02-29")
        for bad in Self.entities {
            #expect(functionError("toString", [bad])?.code == .invalidArgumentValue)
            #expect(try callFunction("toStringOrNull", [bad]) == nil)
        }
    }
}
