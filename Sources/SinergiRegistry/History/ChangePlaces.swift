// Where a changed entity sits in the region tree, read from the graph around it: the regions
// a log summary names ("in Kabupaten Deli Serdang") and `log --region` filters on.
import SinergiGraph

/// One region an entity lies in: its key, its name and its level's label.
public struct PlaceRegion: Sendable, Hashable {
    /// The region node's key (`regency/12`).
    public var key: String
    /// Its `name` property (`Kabupaten Deli Serdang`), the key when it has none.
    public var name: String
    /// `Province`, `Regency`, `District`, `Village`, or nil for another region node.
    public var level: String?
}

/// The regions an entity lies in, lowest first (its village or regency up to its province).
public struct Place: Sendable, Hashable {
    /// The chain of regions, lowest first; empty when the entity has no place.
    public var chain: [PlaceRegion]

    /// A place with this chain of regions, lowest first.
    public init(chain: [PlaceRegion]) { self.chain = chain }

    /// The region a summary names: the regency (or city), else the province, else the lowest.
    public var summaryRegion: PlaceRegion? {
        chain.first { $0.level == "Regency" } ?? chain.first { $0.level == "Province" } ?? chain.first
    }

    /// The region labels that mark a level, lowest first.
    public static let levels = ["Village", "District", "Regency", "Province"]

    /// The place of the node `key` in `graph`: the node itself when it is a region, else the
    /// first region it is LOCATED_IN, then up PART_OF (a cycle is cut where it closes).
    /// - Complexity: O(depth · degree) — a few steps in the region tree.
    public static func ofNode(_ key: String, in graph: PropertyGraph) -> Place {
        guard let id = graph.node(forKey: key) else { return Place(chain: []) }
        var current: NodeID? = isRegion(id, graph) ? id : firstTarget(of: id, type: "LOCATED_IN", in: graph)
        var chain: [PlaceRegion] = []
        var seen = Set<NodeID>()
        while let region = current, seen.insert(region).inserted, chain.count < 8 {
            let name = graph.property("name", of: region).stringValue ?? graph.key(of: region)
            chain.append(
                PlaceRegion(
                    key: graph.key(of: region), name: name, level: levels.first { graph.hasLabel(region, $0) }))
            current = firstTarget(of: region, type: "PART_OF", in: graph)
        }
        return Place(chain: chain)
    }

    /// The place of the relationship `key`: its start node's, else its end node's.
    /// - Complexity: as `ofNode`.
    public static func ofRelationship(_ key: String, in graph: PropertyGraph) -> Place {
        guard let id = graph.relationship(forKey: key) else { return Place(chain: []) }
        let start = ofNode(graph.key(of: graph.start(of: id)), in: graph)
        return start.chain.isEmpty ? ofNode(graph.key(of: graph.end(of: id)), in: graph) : start
    }

    static func isRegion(_ id: NodeID, _ graph: PropertyGraph) -> Bool {
        graph.hasLabel(id, "Region") || levels.contains { graph.hasLabel(id, $0) }
    }

    static func firstTarget(of id: NodeID, type: String, in graph: PropertyGraph) -> NodeID? {
        graph.outgoing(of: id).filter { graph.type(of: $0) == type }.min().map { graph.end(of: $0) }
            .flatMap { isRegion($0, graph) ? $0 : nil }
    }
}

/// The places of the entities a transaction touched, by key.
public struct ChangePlaces: Sendable {
    /// Node places by key.
    public var nodes: [String: Place] = [:]
    /// Relationship places by key.
    public var relationships: [String: Place] = [:]

    /// No places.
    public init() {}

    /// The places of these keys in `graph`.
    /// - Complexity: O(keys · depth of the region tree).
    public init(nodes: [String], relationships: [String], in graph: PropertyGraph) {
        for k in nodes { self.nodes[k] = Place.ofNode(k, in: graph) }
        for k in relationships { self.relationships[k] = Place.ofRelationship(k, in: graph) }
    }

    /// The place of a change: as it is after the change, else as it was before.
    /// - Complexity: O(1).
    public static func place(of change: RegistryChange, before: ChangePlaces, after: ChangePlaces) -> Place {
        let table: (ChangePlaces) -> [String: Place] = { change.entity == .node ? $0.nodes : $0.relationships }
        if let p = table(after)[change.key], !p.chain.isEmpty { return p }
        return table(before)[change.key] ?? Place(chain: [])
    }
}
