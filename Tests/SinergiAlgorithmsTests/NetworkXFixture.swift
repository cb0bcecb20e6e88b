// The NetworkX fixtures loader (the builder and the TPBIS example network are in
// SinergiTestSupport/TestGraphs.swift).
import Foundation
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport

/// One NetworkX fixture file written by `Fixtures/make_fixtures.py`.
struct NetworkXFixture: Decodable {
    struct Distances: Decodable {
        var source: Int
        var distances: [Int]
    }

    struct WeightedDistances: Decodable {
        var source: Int
        var distances: [Double?]
    }

    var name: String
    var n: Int
    var directed: Bool
    var edges: [[Double]]
    var bfs: [Distances]
    var bfs_cutoff2: [Distances]
    var dijkstra: [WeightedDistances]
    var components: [[Int]]
    var isolates: [Int]
    var bridges: [[Int]]?
    var articulation_points: [Int]?
    var degree_centrality: [Double]
    var betweenness: [Double]
    var betweenness_normalized: [Double]
    var pagerank: [Double]
    var pagerank_weighted: [Double]

    static let names = ["random_undirected", "random_directed", "tree", "bridges"]

    static func load(_ name: String) throws -> NetworkXFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name + ".json")
        return try JSONDecoder().decode(NetworkXFixture.self, from: Data(contentsOf: url))
    }

    /// Nodes 0 ..< n in id order; one `LINK` relationship per edge with its `weight`.
    func snapshot() throws -> GraphSnapshot {
        var g = PropertyGraph()
        for i in 0..<n { try g.addNode(key: String(i)) }
        for e in edges {
            try g.addRelationship(
                type: "LINK", from: NodeID(Int(e[0])), to: NodeID(Int(e[1])), properties: ["weight": .double(e[2])])
        }
        return GraphSnapshot(g)
    }

    /// The direction that matches NetworkX's view of this graph.
    var direction: Direction { directed ? .outgoing : .both }
}
