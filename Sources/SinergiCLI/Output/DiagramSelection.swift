// Which part of a registry a diagram or export shows: a query's result, the neighbourhood
// of a stakeholder, or one province or regency.
import Foundation
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery

/// Builders of `GraphSubset`s for `export` and `query --format dot`.
enum DiagramSelection {
    /// Every node, relationship and path member mentioned in the rows (also inside lists and maps).
    /// - Complexity: O(size of the rows).
    static func subset(of result: QueryResult) -> GraphSubset {
        var nodes: Set<NodeID> = []
        var relationships: Set<RelationshipID> = []
        func visit(_ v: Value) {
            switch v {
            case .node(let n): nodes.insert(n)
            case .relationship(let r): relationships.insert(r)
            case .path(let p):
                nodes.formUnion(p.nodes)
                relationships.formUnion(p.relationships)
            case .list(let items): items.forEach(visit)
            case .map(let m): m.values.forEach(visit)
            default: break
            }
        }
        for row in result.rows { row.forEach(visit) }
        // Rows of nodes only: draw every relationship among them.
        return GraphSubset(nodes: nodes, relationships: relationships.isEmpty ? nil : relationships)
    }

    /// The relationship types followed when drawing a neighbourhood (regions show as clusters instead).
    static func neighbourhoodTypes(_ graph: PropertyGraph) -> [String] {
        graph.typeNames.filter { $0 != "LOCATED_IN" && $0 != "PART_OF" }
    }

    /// The nodes within `hops` of `key` (either direction, any type but LOCATED_IN/PART_OF) and
    /// the relationships among them.
    /// - Complexity: O(size of the neighbourhood) after an O(N + E) snapshot.
    static func around(_ key: String, hops: Int, in graph: PropertyGraph) throws -> GraphSubset {
        guard let start = graph.node(forKey: key) else { throw CLIError.failure("no node '\(key)' in the registry") }
        let snapshot = GraphSnapshot(graph)
        let reached = try Reach.within(snapshot, from: [start], maxHops: hops, types: neighbourhoodTypes(graph))
        return GraphSubset(nodes: Set(reached.map(\.node)))
    }

    /// The stakeholders and events located in the province or regency named `name` (its name,
    /// any case, or its key), with the relationships among them.
    /// - Complexity: O(N + E).
    static func region(_ name: String, in graph: PropertyGraph) throws -> GraphSubset {
        let wanted = name.lowercased()
        var roots: [NodeID] = []
        if let id = graph.node(forKey: name) { roots.append(id) }
        for label in ["Province", "Regency"] where roots.isEmpty {
            for id in graph.nodes(withLabel: label) {
                if case .string(let s) = graph.property("name", of: id), s.lowercased() == wanted { roots.append(id) }
            }
        }
        guard !roots.isEmpty else { throw CLIError.failure("no province or regency named '\(name)' in the registry") }
        guard roots.count == 1 else {
            let keys = roots.map { graph.key(of: $0) }.joined(separator: ", ")
            throw CLIError.failure("'\(name)' names several regions (\(keys)); give a key instead")
        }
        // Every region under the root, through PART_OF (child → parent).
        var inside: Set<NodeID> = [roots[0]]
        var frontier = roots
        while let region = frontier.popLast() {
            for r in graph.incoming(of: region) where graph.type(of: r) == "PART_OF" {
                let child = graph.start(of: r)
                if inside.insert(child).inserted { frontier.append(child) }
            }
        }
        var nodes: Set<NodeID> = []
        for region in inside {
            for r in graph.incoming(of: region) where graph.type(of: r) == "LOCATED_IN" {
                nodes.insert(graph.start(of: r))
            }
        }
        return GraphSubset(nodes: nodes)
    }
}
