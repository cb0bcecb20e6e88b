// Just enough of the registry's APOC JSON-lines reading for tests: loads a snapshot
// (node and relationship records) so docs pictures can be drawn from graphs/tpbis.jsonl.
// The real codec is SinergiFormats/JSONLines.

import Foundation
import SinergiGraph

enum APOCLines {
    indirect enum JSON: Decodable {
        case bool(Bool), int(Int64), double(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else if let i = try? c.decode(Int64.self) {
                self = .int(i)
            } else if let d = try? c.decode(Double.self) {
                self = .double(d)
            } else if let s = try? c.decode(String.self) {
                self = .string(s)
            } else if let a = try? c.decode([JSON].self) {
                self = .array(a)
            } else {
                self = .object(try c.decode([String: JSON].self))
            }
        }

        var value: Value {
            switch self {
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .string(let s): return .string(s)
            case .array(let a): return .list(a.map(\.value))
            case .object(let o):
                if o.count == 1, case .string(let s)? = o["$date"], let d = CypherDate(parsing: s) { return .date(d) }
                if o.count == 1, case .object(let m)? = o["$map"] { return .map(m.mapValues(\.value)) }
                return .map(o.mapValues(\.value))
            }
        }

        subscript(_ key: String) -> JSON? {
            if case .object(let o) = self { return o[key] }
            return nil
        }

        var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
    }

    static func load(_ path: String) throws -> PropertyGraph {
        var g = PropertyGraph()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        for line in text.split(separator: "\n") where !line.isEmpty {
            let record = try decoder.decode(JSON.self, from: Data(line.utf8))
            var props: [String: Value] = [:]
            if case .object(let o)? = record["properties"] { props = o.mapValues(\.value) }
            switch record["type"]?.string {
            case "node":
                var labels: [String] = []
                if case .array(let a)? = record["labels"] { labels = a.compactMap(\.string) }
                try g.addNode(key: record["id"]?.string, labels: labels, properties: props)
            case "relationship":
                guard let s = record["start"]?["id"]?.string, let e = record["end"]?["id"]?.string,
                    let a = g.node(forKey: s), let b = g.node(forKey: e), let type = record["label"]?.string
                else { continue }
                try g.addRelationship(key: record["id"]?.string, type: type, from: a, to: b, properties: props)
            default: continue
            }
        }
        return g
    }
}
