// Encodes registry records (APOC-shaped JSON lines) from a graph, byte for byte deterministic.
import SinergiGraph

/// Writes registry lines. Property keys are sorted, so equal graphs give equal bytes.
public enum JSONLineEncoder {
    /// Appends the node's APOC-shaped line (with `"tx"` when given) and a newline; `properties`
    /// stands for the node's own when given (APOC's export writes them in its own spelling).
    /// - Complexity: O(size of the record).
    public static func appendNode(
        _ id: NodeID, of graph: PropertyGraph, tx: Int64? = nil, properties: [String: Value]? = nil,
        to out: inout [UInt8]
    ) {
        appendOpening(tx, to: &out)
        out.append(contentsOf: #""type":"node","id":"#.utf8)
        appendString(graph.key(of: id), to: &out)
        out.append(contentsOf: #","labels":"#.utf8)
        appendLabels(graph.labels(of: id), to: &out)
        out.append(contentsOf: #","properties":"#.utf8)
        appendMap(properties ?? graph.properties(of: id), to: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    /// Appends the relationship's APOC-shaped line (with `"tx"` when given) and a newline;
    /// `properties` stands for the relationship's own when given.
    /// - Complexity: O(size of the record).
    public static func appendRelationship(
        _ id: RelationshipID, of graph: PropertyGraph, tx: Int64? = nil, properties: [String: Value]? = nil,
        to out: inout [UInt8]
    ) {
        appendOpening(tx, to: &out)
        out.append(contentsOf: #""type":"relationship","id":"#.utf8)
        appendString(graph.key(of: id), to: &out)
        out.append(contentsOf: #","label":"#.utf8)
        appendString(graph.type(of: id), to: &out)
        out.append(contentsOf: #","properties":"#.utf8)
        appendMap(properties ?? graph.properties(of: id), to: &out)
        for (name, node) in [("start", graph.start(of: id)), ("end", graph.end(of: id))] {
            out.append(contentsOf: ",\"\(name)\":{\"id\":".utf8)
            appendString(graph.key(of: node), to: &out)
            out.append(contentsOf: #","labels":"#.utf8)
            appendLabels(graph.labels(of: node), to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "}\n".utf8)
    }

    /// Appends a journal delete record for a node key.
    public static func appendDeleteNode(_ key: String, tx: Int64, to out: inout [UInt8]) {
        appendOpening(tx, to: &out)
        out.append(contentsOf: #""type":"delete","node":"#.utf8)
        appendString(key, to: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    /// Appends a journal delete record for a relationship key.
    public static func appendDeleteRelationship(_ key: String, tx: Int64, to out: inout [UInt8]) {
        appendOpening(tx, to: &out)
        out.append(contentsOf: #""type":"delete","relationship":"#.utf8)
        appendString(key, to: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    /// Appends a journal index record (`index`, or `dropIndex` for a drop).
    /// - Complexity: O(length of the names).
    public static func appendIndexChange(_ change: IndexChange, tx: Int64, to out: inout [UInt8]) {
        appendOpening(tx, to: &out)
        out.append(contentsOf: (change.dropped ? #""type":"dropIndex","name":"# : #""type":"index","name":"#).utf8)
        appendString(change.name, to: &out)
        out.append(contentsOf: #","label":"#.utf8)
        appendString(change.label, to: &out)
        out.append(contentsOf: #","property":"#.utf8)
        appendString(change.property, to: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    /// Appends a journal commit record; `keys` (the graph's key serial) when given and positive.
    public static func appendCommit(tx: Int64, lines: Int, keys: Int? = nil, to out: inout [UInt8]) {
        appendCommit(CommitRecord(tx: tx, lines: lines, keys: keys), to: &out)
    }

    /// Appends a journal commit record: `tx`, `type`, `lines`, then `keys` when positive, the
    /// signature's `author`, `time` and `message` when given, and `"compacted":true` for a
    /// compaction (see docs/registry-format.md, "Who, when and why").
    /// - Complexity: O(length of the signature).
    public static func appendCommit(_ record: CommitRecord, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"tx\":\(record.tx),\"type\":\"commit\",\"lines\":\(record.lines)".utf8)
        if let keys = record.keys, keys > 0 { out.append(contentsOf: ",\"keys\":\(keys)".utf8) }
        if let author = record.signature.author {
            out.append(contentsOf: #","author":"#.utf8)
            appendString(author, to: &out)
        }
        if let time = record.signature.time {
            out.append(contentsOf: #","time":"#.utf8)
            appendString(time.description, to: &out)
        }
        if let message = record.signature.message {
            out.append(contentsOf: #","message":"#.utf8)
            appendString(message, to: &out)
        }
        if record.compacted { out.append(contentsOf: #","compacted":true"#.utf8) }
        out.append(contentsOf: "}\n".utf8)
    }

    /// The whole graph as a compacted snapshot: all live nodes, then all live relationships, in id order.
    /// - Complexity: O(N + E + total property size).
    public static func snapshot(of graph: PropertyGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(graph.nodeCount * 120 + graph.relationshipCount * 160)
        for n in graph.nodes { appendNode(n, of: graph, to: &out) }
        for r in graph.relationships { appendRelationship(r, of: graph, to: &out) }
        return out
    }

    /// The graph as a compacted registry: the snapshot, then, when indexes are declared or
    /// keys were handed out that the snapshot's keys do not show (a deleted `n7`), one
    /// transaction (1) declaring them and carrying the key serial, so the snapshot section
    /// stays APOC's shape and no key is ever handed out twice.
    /// - Complexity: O(N + E + total property size).
    public static func registry(of graph: PropertyGraph) -> [UInt8] {
        registry(of: graph, trailer: nil)
    }

    /// The graph as a compacted registry whose trailing transaction is `trailer` (its `tx`,
    /// signature and `compacted` mark; `lines` and `keys` are filled in here), written even
    /// when nothing needs declaring: compaction keeps the numbering of transactions and says
    /// who folded the history, when. With a nil trailer, as `registry(of:)`.
    /// - Complexity: O(N + E + total property size).
    public static func registry(of graph: PropertyGraph, trailer: CommitRecord?) -> [UInt8] {
        var out = snapshot(of: graph)
        let declared = graph.indexes.compactMap { graph.index(label: $0.label, property: $0.property) }
        let keys = graph.keySerial > graph.keySerialShownByKeys ? graph.keySerial : nil
        guard !declared.isEmpty || keys != nil || trailer != nil else { return out }
        var record = trailer ?? CommitRecord(tx: 1, lines: 0)
        for index in declared {
            let change = IndexChange(name: index.name, label: index.label, property: index.property, dropped: false)
            appendIndexChange(change, tx: record.tx, to: &out)
        }
        record.lines = declared.count
        record.keys = keys
        appendCommit(record, to: &out)
        return out
    }

    /// One value in the registry's JSON encoding.
    public static func encode(_ value: Value) -> String {
        var out: [UInt8] = []
        appendValue(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `{` for a snapshot record; `{"tx":N,` for a journal record. The transaction comes
    /// first so that a line cut short by an interrupted writer still shows it belongs to
    /// the journal (a cut snapshot line is an error; see docs/registry-format.md).
    static func appendOpening(_ tx: Int64?, to out: inout [UInt8]) {
        guard let tx else {
            out.append(UInt8(ascii: "{"))
            return
        }
        out.append(contentsOf: "{\"tx\":\(tx),".utf8)
    }

    static func appendLabels(_ labels: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, l) in labels.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(l, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func appendMap(_ map: [String: Value], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            if let v = map[key] { appendValue(v, to: &out) }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `value` in the registry encoding (see docs/registry-format.md).
    public static func appendValue(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            if d.isNaN {
                out.append(contentsOf: #"{"$double":"NaN"}"#.utf8)
            } else if d.isInfinite {
                out.append(contentsOf: (d > 0 ? #"{"$double":"Infinity"}"# : #"{"$double":"-Infinity"}"#).utf8)
            } else {
                var text = String(d)
                if !text.contains(".") && !text.contains("e") { text += ".0" }
                out.append(contentsOf: text.utf8)
            }
        case .string(let s): appendString(s, to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendValue(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let m):
            if m.keys.contains(where: { $0.hasPrefix("$") }) {
                out.append(contentsOf: #"{"$map":"#.utf8)
                appendMap(m, to: &out)
                out.append(UInt8(ascii: "}"))
            } else {
                appendMap(m, to: &out)
            }
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            // {"$date":"2023-06-21"}, {"$datetime":"2023-06-21T09:00+07:00[Asia/Jakarta]"}, …
            out.append(contentsOf: #"{"$"#.utf8)
            out.append(contentsOf: (TemporalKind(of: value)?.rawValue ?? "").utf8)
            out.append(contentsOf: #"":"#.utf8)
            appendString(value.temporalText ?? "", to: &out)
            out.append(UInt8(ascii: "}"))
        case .node(let n): out.append(contentsOf: "\"\(n)\"".utf8)
        case .relationship(let r): out.append(contentsOf: "\"\(r)\"".utf8)
        case .path(let p): out.append(contentsOf: "\"path of \(p.length)\"".utf8)
        }
    }

    /// Appends a JSON string literal.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
