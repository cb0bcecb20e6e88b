// Values with no native column type, written as JSON in the registry's encoding.

import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct EmbeddedJSONTests {
    @Test func encodesWithRegistryConventions() {
        let v: Value = .map([
            "$k": .list([.int(1), .double(2.0), .double(.nan), .date(CypherDate(parsing: "2023-06-21")!)]),
            "s": "a\"b\n\u{1}",
        ])
        #expect(
            EmbeddedJSON.encode(v)
                == "{\"$map\":{\"$k\":[1,2.0,{\"$double\":\"NaN\"},{\"$date\":\"2023-06-21\"}],\"s\":\"a\\\"b\\n\\u0001\"}}"
        )
    }

    @Test(arguments: 1...20)
    func randomValuesRoundTrip(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        for _ in 0..<20 {
            let v = RandomGraph.value(&rng, .init(controls: true))
            let back = try EmbeddedJSON.decode(EmbeddedJSON.encode(v)).get()
            #expect(GraphCanonical.value(back) == GraphCanonical.value(v))
        }
    }

    /// The English message of a decode that must fail.
    func failure(_ text: String) -> String? {
        guard case .failure(let e) = EmbeddedJSON.decode(text) else { return nil }
        return e.message.description
    }

    @Test func refusesNullAndBadInput() {
        #expect(failure("null") == "null is not stored")
        #expect(failure("[null]") == "null inside a list cannot be stored")
        #expect(failure("1 2") == "unexpected text after the value")
        #expect(failure("{\"$date\":\"2023-13-01\"}") == "'2023-13-01' is not a date")
        #expect(
            failure("1e999")
                == "'1e999' is too large for a 64-bit float (infinity is written {\"$double\":\"Infinity\"})")
    }
}
