// Export as APOC's own JSON lines, for `apoc.import.json` in Neo4j: the registry's line shape,
// but temporal values written as apoc.export.json writes them — their ISO 8601 text
// (`"since":"2023-06-21"`) — instead of the registry's typed `{"$date":"2023-06-21"}`, which an
// APOC import would store as a map. The types come back through the import's
// `nodePropertyMappings` / `relPropertyMappings`, which `propertyMappings` spells out.

import SinergiGraph

/// APOC-exact JSON lines and the import call that reads them back with their types.
///
/// ```swift
/// let export = APOCExport.write(graph)
/// // {"type":"node","id":"shm/sumut","labels":["Event","SHM"],"properties":{"date":"2023-08-01",…}}
/// export.importCall(file: "tpbis.apoc.jsonl")
/// // CALL apoc.import.json('file:///tpbis.apoc.jsonl', {importIdName: 'sinergiKey',
/// //   nodePropertyMappings: {Event: {date: 'Date'}}, relPropertyMappings: {PARTNERS_WITH: {since: 'Date'}}})
/// ```
public enum APOCExport {
    /// The lines and the temporal properties they hold as text.
    public struct Export: Sendable {
        /// Node lines, then relationship lines, each ended by a newline; keys in order.
        public var bytes: [UInt8]
        public var nodes: Int
        public var relationships: Int
        /// Node label → property → APOC type name (`Date`, `DateTime`, …), by a node's first label.
        public var nodePropertyMappings: [String: [String: String]]
        /// Relationship type → property → APOC type name.
        public var relPropertyMappings: [String: [String: String]]

        /// The `apoc.import.json` call that loads `file` with the keys in `sinergiKey` and the
        /// temporal properties as the types they had.
        /// - Complexity: O(m log m) for m mapped properties.
        public func importCall(file: String) -> String {
            func map(_ m: [String: [String: String]]) -> String {
                let entries = m.keys.sorted().map { owner -> String in
                    let inner = (m[owner] ?? [:]).sorted { $0.key < $1.key }
                        .map { CypherScript.name($0.key) + ": " + CypherScript.string($0.value) }
                    return CypherScript.name(owner) + ": {" + inner.joined(separator: ", ") + "}"
                }
                return "{" + entries.joined(separator: ", ") + "}"
            }
            return "CALL apoc.import.json(" + CypherScript.string("file:///" + file) + ", {importIdName: "
                + CypherScript.string(CypherScript.keyProperty) + ", nodePropertyMappings: " + map(nodePropertyMappings)
                + ", relPropertyMappings: " + map(relPropertyMappings) + "})"
        }
    }

    /// APOC's name for a temporal value's type in the import mappings, nil for other values.
    static func typeName(_ value: Value) -> String? {
        switch value {
        case .date: return "Date"
        case .localTime: return "LocalTime"
        case .time: return "Time"
        case .localDateTime: return "LocalDateTime"
        case .dateTime: return "DateTime"
        case .duration: return "Duration"
        default: return nil
        }
    }

    /// The lines of `graph` (or the part named by `subset`) as apoc.export.json writes them.
    /// - Complexity: O((n + r) · p log p) for p properties per entity, plus sorting by key.
    public static func write(_ graph: PropertyGraph, subset: GraphSubset? = nil) -> Export {
        let (nodeIDs, relationshipIDs) = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph)
        let nodes = graph.sortedByKey(Array(nodeIDs))
        let relationships = graph.sortedByKey(Array(relationshipIDs))
        var export = Export(
            bytes: [], nodes: nodes.count, relationships: relationships.count, nodePropertyMappings: [:],
            relPropertyMappings: [:])
        for n in nodes {
            let properties = textual(
                graph.exportedProperties(of: n), owner: graph.labels(of: n).first, into: &export.nodePropertyMappings)
            JSONLineEncoder.appendNode(n, of: graph, properties: properties, to: &export.bytes)
        }
        for r in relationships {
            let properties = textual(
                graph.exportedProperties(of: r), owner: graph.type(of: r), into: &export.relPropertyMappings)
            JSONLineEncoder.appendRelationship(r, of: graph, properties: properties, to: &export.bytes)
        }
        return export
    }

    /// The properties with every temporal value (also inside lists) as its ISO 8601 text, the
    /// type of each top-level one noted under `owner` for the import's mappings.
    private static func textual(
        _ properties: [String: Value], owner: String?, into mappings: inout [String: [String: String]]
    ) -> [String: Value] {
        var out = properties
        for (name, value) in properties {
            if let type = typeName(value), let owner { mappings[owner, default: [:]][name] = type }
            out[name] = plain(value)
        }
        return out
    }

    private static func plain(_ value: Value) -> Value {
        switch value {
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return .string(value.temporalText ?? "")
        case .list(let items): return .list(items.map(plain))
        case .map(let m): return .map(m.mapValues(plain))
        default: return value
        }
    }
}
