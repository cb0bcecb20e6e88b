// Shared fixtures of the generator tests: the real region table (read once from
// graphs/regions-id next to this repository's root), the national registry for seed 42
// (generated once), a canonical dump for comparing graphs, and small graph helpers.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiCLI

enum GeneratorFixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `graphs/regions-id` of this repository.
    static let regionsDirectory = root.appendingPathComponent("graphs/regions-id").path

    /// The real region table, loaded once.
    static let regionsResult: Result<RegionTable, RegionTableError> = Result { () throws(RegionTableError) in
        try RegionTable(directory: regionsDirectory)
    }

    static func regions() throws -> RegionTable { try regionsResult.get() }

    /// The national registry for seed 42, generated once for all tests.
    static let national42Result: Result<PropertyGraph, Error> = Result {
        try ProgrammeGenerator.generate(scale: .national, seed: 42, regions: try regions())
    }

    static func national42() throws -> PropertyGraph { try national42Result.get() }
}

/// Everything observable about a graph, in id order, for equality checks.
struct GraphDump: Equatable {
    struct NodeRow: Equatable {
        var key: String
        var labels: [String]
        var properties: [String: Value]
    }

    struct RelationshipRow: Equatable {
        var key: String
        var type: String
        var start: String
        var end: String
        var properties: [String: Value]
    }

    var nodes: [NodeRow]
    var relationships: [RelationshipRow]

    init(_ g: PropertyGraph) {
        nodes = g.nodes.map { NodeRow(key: g.key(of: $0), labels: g.labels(of: $0), properties: g.properties(of: $0)) }
        relationships = g.relationships.map {
            RelationshipRow(
                key: g.key(of: $0), type: g.type(of: $0), start: g.key(of: g.start(of: $0)),
                end: g.key(of: g.end(of: $0)),
                properties: g.properties(of: $0))
        }
    }
}

extension PropertyGraph {
    /// The ends of the node's outgoing relationships of `type`.
    func targets(of id: NodeID, type: String) -> [NodeID] {
        outgoing(of: id).filter { self.type(of: $0) == type }.map { end(of: $0) }
    }

    /// The node's region parent (PART_OF), if any.
    func regionParent(of id: NodeID) -> NodeID? { targets(of: id, type: "PART_OF").first }

    /// The province a stakeholder lies in: LOCATED_IN, then PART_OF up to a Province.
    func province(ofStakeholder id: NodeID) -> NodeID? {
        guard var current = targets(of: id, type: "LOCATED_IN").first else { return nil }
        while !hasLabel(current, "Province") {
            guard let up = regionParent(of: current) else { return nil }
            current = up
        }
        return current
    }

    /// The number of relationships of `type`.
    func relationshipCount(ofType type: String) -> Int {
        relationships.reduce(0) { $0 + (self.type(of: $1) == type ? 1 : 0) }
    }

    /// The nodes with `label` whose boolean `property` is true.
    func nodes(withLabel label: String, flag property: String) -> [NodeID] {
        nodes(withLabel: label).filter { self.property(property, of: $0) == .bool(true) }
    }
}
