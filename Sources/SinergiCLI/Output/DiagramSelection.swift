// Which part of a registry a diagram or export shows: a query's result, the neighbourhood
// of a stakeholder, or one province or regency.
import Foundation
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiText

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
        guard let start = graph.node(forKey: key) else { throw CLIError.failure(.diagramNoNode, ["key": .text(key)]) }
        let snapshot = GraphSnapshot(graph)
        let reached = try Reach.within(snapshot, from: [start], maxHops: hops, types: neighbourhoodTypes(graph))
        return GraphSubset(nodes: Set(reached.map(\.node)))
    }

    /// The stakeholders and events located in the province or regency named `name` (as people
    /// write it — `Kab. Bintan`, `Kepri`, `Sumatera Utara` — or its key), with the relationships
    /// among them.
    /// - Throws: a failure naming the nearest region names when none matches.
    /// - Complexity: O(N + E).
    static func region(_ name: String, in graph: PropertyGraph) throws -> GraphSubset {
        GraphSubset(nodes: nodes(inside: try regionRoot(name, in: graph), in: graph))
    }

    /// The province or regency `name` means: a region's key, a name equal to it in any case,
    /// else the names `RegionNames` takes for it (`Kab.`, `Kepri`, `Sumatra`/`Sumatera`).
    /// - Throws: `CLIError.failure` naming the nearest names, or the keys when several match.
    /// - Complexity: O(R · n) for R provinces and regencies with names of length n.
    static func regionRoot(_ name: String, in graph: PropertyGraph) throws(CLIError) -> NodeID {
        if let id = graph.node(forKey: name), graph.hasLabel(id, "Province") || graph.hasLabel(id, "Regency") {
            return id
        }
        let candidates = (Array(graph.nodes(withLabel: "Province")) + Array(graph.nodes(withLabel: "Regency"))).sorted {
            graph.key(of: $0) < graph.key(of: $1)
        }
        let names = candidates.map { graph.property("name", of: $0).stringValue ?? graph.key(of: $0) }
        let folded = name.lowercased()
        var roots = candidates.indices.filter { names[$0].lowercased() == folded }
        if roots.isEmpty {
            // A province's name carries no level word: "Kota Jambi" must not name Jambi.
            roots = candidates.indices.filter { i in
                let level = graph.hasLabel(candidates[i], "Province") ? RegionNames.provinceLevel : nil
                return !RegionNames.matches(name, among: [names[i]], level: level).isEmpty
            }
        }
        guard !roots.isEmpty else {
            throw .failure(
                Message(.regionUnknown, ["name": .text(name)]).suggesting(
                    RegionNames.suggestions(for: name, among: names)))
        }
        guard roots.count == 1 else {
            let keys = roots.map { graph.key(of: candidates[$0]) }
            throw .failure(.regionAmbiguous, ["name": .text(name), "keys": .list(keys)])
        }
        return candidates[roots[0]]
    }

    /// Every node LOCATED_IN `root` or a region under it (through PART_OF, child → parent).
    /// - Complexity: O(size of the region's subtree and what is located in it).
    static func nodes(inside root: NodeID, in graph: PropertyGraph) -> Set<NodeID> {
        var inside: Set<NodeID> = [root]
        var frontier = [root]
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
        return nodes
    }
}
