// Decodes one registry line (JSON text) into a RegistryRecord, straight from bytes.
//
// Hand-written for load speed: no intermediate JSON tree, no Foundation. Registry
// files of a few hundred thousand lines load in a fraction of a second. Strict: a key
// given twice, a key that is not a string, a record without its required fields is an
// error with its column, never a guess (the value grammar is in JSONCursor.swift).
import SinergiGraph
import SinergiText

/// Decodes registry lines.
///
/// ```swift
/// let r = try JSONLineDecoder.decode(#"{"type":"node","id":"a","labels":["X"],"properties":{}}"#)
/// ```
public enum JSONLineDecoder {
    /// Decodes one line (without its newline).
    /// - Complexity: O(n) in the line's length.
    public static func decode(_ line: String) throws(JSONLineError) -> RegistryRecord {
        var copy = line
        let result: Result<RegistryRecord, JSONLineError> = copy.withUTF8 { buffer in
            do throws(JSONLineError) {
                return .success(try decode(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes one line (without its newline) from UTF-8 bytes.
    /// - Complexity: O(n) in the line's length.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> RegistryRecord {
        var c = JSONCursor(bytes)
        return try c.record()
    }

    /// Decodes a standalone JSON value in the registry's value encoding (`$date` etc.).
    /// - Complexity: O(n).
    public static func decodeValue(_ text: String) throws(JSONLineError) -> Value {
        var copy = text
        let result: Result<Value, JSONLineError> = copy.withUTF8 { buffer in
            do throws(JSONLineError) {
                var c = JSONCursor(buffer)
                c.skipSpace()
                let v = try c.value()
                c.skipSpace()
                guard c.atEnd else { throw c.error(.jsonTextAfterValue) }
                return .success(v)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

extension JSONCursor {
    /// An `{"id": "…", …}` endpoint object; `id` must be a non-empty string, given once.
    mutating func endpoint() throws(JSONLineError) -> String {
        var id: String?
        let at = i + 1
        try beginObject()
        var first = true
        while let key = try nextKey(&first) {
            if Self.equals(key, "id") {
                if id != nil { throw error(.jsonDuplicateKey, ["name": .text("id")]) }
                id = try keyString()
            } else {
                try skipValue()
            }
        }
        guard let id else { throw JSONLineError(Message(.jsonEndpointWithoutId), column: at) }
        return id
    }

    /// A key (`id`): a JSON string. A number is refused, not turned into text: `7` and `"7"`
    /// would otherwise name the same node without anyone having said so.
    mutating func keyString() throws(JSONLineError) -> String {
        guard peek() == UInt8(ascii: "\"") else {
            let at = i
            let v = try value()
            throw JSONLineError(
                Message(.jsonIdNotString, ["found": .text(JSONLineEncoder.encode(v))]), column: at + 1)
        }
        return try string()
    }

    /// A commit record's `"time"`: an ISO 8601 date-time with its offset, as writers write it
    /// (`"2026-12-02T08:23:45+07:00"`).
    mutating func commitTime() throws(JSONLineError) -> CypherDateTime {
        let at = i + 1
        let text = try string()
        guard let time = CypherDateTime(parsing: text) else {
            throw JSONLineError(Message(.jsonCommitBadTime, ["value": .text(text)]), column: at)
        }
        return time
    }

    /// `true` or `false`.
    mutating func boolean() throws(JSONLineError) -> Bool {
        let at = i + 1
        let v = try value()
        guard case .bool(let b) = v else {
            throw JSONLineError(
                Message(.jsonExpectedBoolean, ["found": .text(JSONLineEncoder.encode(v))]), column: at)
        }
        return b
    }

    /// The fields a record may have, as bits, so a field given twice is caught in O(1).
    private enum Field: Int {
        case id, tx, end, type, node, name, label, start, lines, labels, property, properties, relationship, keys
        case author, time, message, compacted
    }

    mutating func record() throws(JSONLineError) -> RegistryRecord {
        var type: String?
        var id: String?
        var labels: [String]?
        var label: String?
        var properties: [String: Value] = [:]
        var start: String?
        var end: String?
        var tx: Int64?
        var nodeKey: String?
        var relationshipKey: String?
        var lines: Int64?
        var keys: Int64?
        var name: String?
        var property: String?
        var author: String?
        var time: CypherDateTime?
        var message: String?
        var compacted = false
        var seen: UInt32 = 0
        var others: Set<String> = []
        try beginObject()
        var first = true
        defer { release() }
        while let key = try nextKey(&first) {
            // The column of the key's opening quote (escaped keys: of the value).
            var at = i
            if let k = key.baseAddress, let b = bytes.baseAddress, k >= b, k < b + bytes.count { at = k - b }
            let field: Field?
            switch key.count {
            case 2 where Self.equals(key, "id"): field = .id
            case 2 where Self.equals(key, "tx"): field = .tx
            case 3 where Self.equals(key, "end"): field = .end
            case 4 where Self.equals(key, "type"): field = .type
            case 4 where Self.equals(key, "node"): field = .node
            case 4 where Self.equals(key, "name"): field = .name
            case 4 where Self.equals(key, "keys"): field = .keys
            case 4 where Self.equals(key, "time"): field = .time
            case 6 where Self.equals(key, "author"): field = .author
            case 7 where Self.equals(key, "message"): field = .message
            case 9 where Self.equals(key, "compacted"): field = .compacted
            case 5 where Self.equals(key, "label"): field = .label
            case 5 where Self.equals(key, "start"): field = .start
            case 5 where Self.equals(key, "lines"): field = .lines
            case 6 where Self.equals(key, "labels"): field = .labels
            case 8 where Self.equals(key, "property"): field = .property
            case 10 where Self.equals(key, "properties"): field = .properties
            case 12 where Self.equals(key, "relationship"): field = .relationship
            default: field = nil
            }
            guard let field else {
                let text = Self.text(key) ?? ""
                if !others.insert(text).inserted {
                    throw JSONLineError(Message(.jsonDuplicateKey, ["name": .text(text)]), column: at)
                }
                try skipValue()
                continue
            }
            let bit: UInt32 = 1 << UInt32(field.rawValue)
            if seen & bit != 0 {
                let text = Self.text(key) ?? ""
                throw JSONLineError(Message(.jsonDuplicateKey, ["name": .text(text)]), column: at)
            }
            seen |= bit
            switch field {
            case .id: id = try keyString()
            case .tx: tx = try integer()
            case .end: end = try endpoint()
            case .type: type = try string()
            case .node: nodeKey = try string()
            case .name: name = try string()
            case .keys: keys = try integer()
            case .label: label = try string()
            case .start: start = try endpoint()
            case .lines: lines = try integer()
            case .labels: labels = try stringArray()
            case .property: property = try string()
            case .properties: properties = try self.properties()
            case .relationship: relationshipKey = try string()
            case .author: author = try string()
            case .message: message = try string()
            case .time: time = try commitTime()
            case .compacted: compacted = try boolean()
            }
        }
        skipSpace()
        guard atEnd else { throw error(.jsonTextAfterRecord) }
        guard let type else { throw JSONLineError(Message(.jsonNoType), column: 1) }
        func needsTx() throws(JSONLineError) -> Int64 {
            guard let tx else { throw JSONLineError(Message(.jsonRecordNeedsTx, ["type": .text(type)]), column: 1) }
            return tx
        }
        switch type {
        case "node":
            guard let id, !id.isEmpty else { throw JSONLineError(Message(.jsonNodeNeedsId), column: 1) }
            guard let labels else {
                throw JSONLineError(Message(.jsonNodeNeedsLabels, ["key": .text(id)]), column: 1)
            }
            return .node(key: id, labels: labels, properties: properties, tx: tx)
        case "relationship":
            guard let id, !id.isEmpty else { throw JSONLineError(Message(.jsonRelationshipNeedsId), column: 1) }
            guard let label, !label.isEmpty else {
                throw JSONLineError(Message(.jsonRelationshipNeedsLabel, ["key": .text(id)]), column: 1)
            }
            guard let start else {
                throw JSONLineError(
                    Message(.jsonRelationshipNeedsEnd, ["key": .text(id), "end": .text("start")]), column: 1)
            }
            guard let end else {
                throw JSONLineError(
                    Message(.jsonRelationshipNeedsEnd, ["key": .text(id), "end": .text("end")]), column: 1)
            }
            return .relationship(key: id, type: label, start: start, end: end, properties: properties, tx: tx)
        case "delete":
            let tx = try needsTx()
            if let nodeKey { return .deleteNode(key: nodeKey, tx: tx) }
            if let relationshipKey { return .deleteRelationship(key: relationshipKey, tx: tx) }
            throw JSONLineError(Message(.jsonDeleteNeedsKey), column: 1)
        case "index", "dropIndex":
            let tx = try needsTx()
            guard let label, !label.isEmpty, let property, !property.isEmpty else {
                throw JSONLineError(Message(.jsonIndexNeedsLabelAndProperty, ["type": .text(type)]), column: 1)
            }
            guard let name, !name.isEmpty else {
                throw JSONLineError(Message(.jsonIndexNeedsName, ["type": .text(type)]), column: 1)
            }
            let change = IndexChange(name: name, label: label, property: property, dropped: type == "dropIndex")
            return .index(change, tx: tx)
        case "commit":
            let tx = try needsTx()
            guard let lines, lines >= 0 else { throw JSONLineError(Message(.jsonCommitNeedsLines), column: 1) }
            if let keys, keys < 0 { throw JSONLineError(Message(.jsonCommitBadKeys), column: 1) }
            let signature = CommitSignature(author: author, time: time, message: message)
            return .commit(
                CommitRecord(
                    tx: tx, lines: Int(lines), keys: keys.map { Int($0) }, signature: signature, compacted: compacted))
        default:
            throw JSONLineError(Message(.jsonUnknownRecordType, ["type": .text(type)]), column: 1)
        }
    }
}
