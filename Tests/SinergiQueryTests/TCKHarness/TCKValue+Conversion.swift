// Converts between the TCK's value notation and the engine's `Value`: expected
// parameters become `Value`s, and actual results become `TCKValue`s by reading
// nodes, relationships and paths through the graph after the query (the TCK
// identifies entities by labels/type and properties, never by id). Temporal
// values become their ISO text, the way the TCK writes temporal results
// ('2015-07-21', '12:00+01:00[Europe/Stockholm]', 'P1Y2M').

import SinergiGraph

/// A parameter the engine cannot receive (graph elements are not literals).
struct TCKConversionError: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension TCKValue {
    /// The `Value` of a parameter.
    ///
    /// - Complexity: O(n) in the size of the value.
    func parameterValue() throws(TCKConversionError) -> Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try item.parameterValue()) }
            return .list(values)
        case .map(let entries):
            var values: [String: Value] = [:]
            for (key, item) in entries { values[key] = try item.parameterValue() }
            return .map(values)
        case .node, .relationship, .path:
            throw TCKConversionError(message: "graph elements cannot be parameters: \(canonical())")
        }
    }

    /// The TCK shape of an actual result value, read through `graph`.
    ///
    /// - Complexity: O(n) in the size of the value, entity properties included.
    init(_ value: Value, graph: PropertyGraph) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .float(d)
        case .string(let s): self = .string(s)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: self = .string(value.temporalText ?? "")
        case .list(let items): self = .list(items.map { TCKValue($0, graph: graph) })
        case .map(let entries): self = .map(entries.mapValues { TCKValue($0, graph: graph) })
        case .node(let id): self = TCKValue.node(id, graph: graph)
        case .relationship(let id): self = TCKValue.relationship(id, graph: graph)
        case .path(let path):
            var steps: [TCKPathStep] = []
            for (offset, rel) in path.relationships.enumerated() {
                let from = offset < path.nodes.count ? path.nodes[offset] : NodeID(UInt32.max)
                let to = offset + 1 < path.nodes.count ? path.nodes[offset + 1] : NodeID(UInt32.max)
                let forward = graph.start(of: rel) == from || graph.end(of: rel) == to
                steps.append(
                    TCKPathStep(
                        relationship: TCKValue.relationship(rel, graph: graph), forward: forward,
                        node: TCKValue.node(to, graph: graph)))
            }
            let start = path.nodes.first.map { TCKValue.node($0, graph: graph) } ?? .null
            self = .path(start: start, steps: steps)
        }
    }

    static func node(_ id: NodeID, graph: PropertyGraph) -> TCKValue {
        .node(
            labels: graph.labels(of: id), properties: graph.properties(of: id).mapValues { TCKValue($0, graph: graph) })
    }

    static func relationship(_ id: RelationshipID, graph: PropertyGraph) -> TCKValue {
        .relationship(
            type: graph.type(of: id), properties: graph.properties(of: id).mapValues { TCKValue($0, graph: graph) })
    }
}
