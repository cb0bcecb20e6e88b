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

    @Test func refusesNullAndBadInput() {
        #expect(throws: EmbeddedJSONError("null is not stored")) { try EmbeddedJSON.decode("null").get() }
        #expect(throws: EmbeddedJSONError("null inside a list cannot be stored")) {
            try EmbeddedJSON.decode("[null]").get()
        }
        #expect(throws: EmbeddedJSONError("unexpected text after the value")) { try EmbeddedJSON.decode("1 2").get() }
        #expect(throws: EmbeddedJSONError("'2023-13-01' is not a date")) {
            try EmbeddedJSON.decode("{\"$date\":\"2023-13-01\"}").get()
        }
    }
}
