// Property values written as JSON text inside another format (a CSV cell, a GraphML
// or GEXF attribute) when that format has no type for them: maps, nested or mixed
// lists. The encoding is the registry's (docs/registry-format.md), and so is the code:
// this is a thin facade over `JSONLineEncoder`/`JSONLineDecoder`.

import SinergiGraph
import SinergiText

enum EmbeddedJSON {
    /// The JSON text of a storable value; object keys are sorted, so output is deterministic.
    /// - Complexity: O(n) in the size of the value.
    static func encode(_ value: Value) -> String { JSONLineEncoder.encode(value) }

    /// Parses JSON text into a storable value, or returns a message saying what is wrong.
    /// - Complexity: O(n) in the length of the text.
    static func decode(_ text: String) -> Result<Value, EmbeddedJSONError> {
        do throws(JSONLineError) {
            let value = try JSONLineDecoder.decodeValue(text)
            guard !value.isNull else { return .failure(EmbeddedJSONError(Message(.jsonNullNotStored))) }
            return .success(value)
        } catch {
            return .failure(EmbeddedJSONError(error.message))
        }
    }
}

/// What is wrong with an embedded JSON value.
struct EmbeddedJSONError: Error, Equatable, Sendable {
    var message: Message
    init(_ message: Message) { self.message = message }
}
