// Our algorithms against NetworkX 3.6 on the generated graphs in Fixtures/ (see
// make_fixtures.py): distances, components, bridges, centralities.
import SinergiAlgorithms
import SinergiGraph
import Testing

@Suite("NetworkX fixtures")
struct NetworkXFixtureTests {
    @Test("BFS distances, with and without a cutoff", arguments: NetworkXFixture.names)
    func bfs(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        for (answers, limit) in [(f.bfs, Int.max), (f.bfs_cutoff2, 2)] {
            for case let expected in answers {
                let hits = try Reach.within(s, from: [NodeID(expected.source)], maxHops: limit, direction: f.direction)
                var got = [Int](repeating: -1, count: f.n)
                for h in hits { got[h.node.index] = h.hops }
                #expect(got == expected.distances, "\(name) from \(expected.source), limit \(limit)")
            }
        }
    }

    @Test("Unweighted shortest paths have the BFS length", arguments: NetworkXFixture.names)
    func unweightedPaths(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        for expected in f.bfs {
            for target in stride(from: 0, to: f.n, by: 7) {
                let p = try ShortestPath.unweighted(
                    s, from: NodeID(expected.source), to: NodeID(target), direction: f.direction)
                #expect((p?.hops ?? -1) == expected.distances[target])
                if let p {
                    #expect(p.nodes.first == NodeID(expected.source) && p.nodes.last == NodeID(target))
                    #expect(p.nodes.count == p.relationships.count + 1)
                }
            }
        }
    }

    @Test("Dijkstra distances and paths", arguments: NetworkXFixture.names)
    func dijkstra(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        for expected in f.dijkstra {
            let d = try ShortestPath.weightedDistances(
                s, from: NodeID(expected.source), weightProperty: "weight", direction: f.direction)
            for v in 0..<f.n {
                if let e = expected.distances[v] {
                    #expect(abs(d[v] - e) < 1e-9, "\(name) \(expected.source)→\(v)")
                } else {
                    #expect(d[v] == .infinity)
                }
            }
            for target in stride(from: 1, to: f.n, by: 11) {
                let p = try ShortestPath.weighted(
                    s, from: NodeID(expected.source), to: NodeID(target), weightProperty: "weight",
                    direction: f.direction)
                #expect(p?.cost == expected.distances[target])
                if let p {
                    let total = p.relationships.reduce(0.0) {
                        $0 + (s.graph.property("weight", of: $1).doubleValue ?? 0)
                    }
                    #expect(abs(total - p.cost) < 1e-9)
                }
            }
        }
    }

    @Test("Weakly connected components and isolates", arguments: NetworkXFixture.names)
    func components(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let c = Components.weakly(try f.snapshot())
        let ours = c.members().map { $0.map(\.index) }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(ours == f.components)
        #expect(c.isolates.map(\.index) == f.isolates)
        #expect(c.sizes[c.largest] == f.components.map(\.count).max())
    }

    @Test("Bridges and articulation points", arguments: ["random_undirected", "tree", "bridges"])
    func fragileLinks(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        let links = FragileLinks.find(s, types: nil)
        let bridges = links.bridges.map { [$0.start.index, $0.end.index].sorted() }.sorted {
            $0.lexicographicallyPrecedes($1)
        }
        #expect(bridges == f.bridges)
        #expect(links.articulationPoints.map(\.node.index).sorted() == f.articulation_points)
        // cut-off sizes are the smaller side: check against removing each bridge by hand
        let sizes = Dictionary(uniqueKeysWithValues: f.components.flatMap { c in c.map { ($0, c.count) } })
        for b in links.bridges {
            #expect(b.componentSize == sizes[b.start.index])
            #expect(b.cutOff >= 1 && 2 * b.cutOff <= b.componentSize)
        }
    }

    @Test("Degree centrality", arguments: NetworkXFixture.names)
    func degree(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let d = Degree.compute(try f.snapshot(), direction: .both, normalized: true)
        for v in 0..<f.n { #expect(abs(d.values[v] - f.degree_centrality[v]) < 1e-12) }
    }

    @Test("Betweenness (Brandes), raw and normalized", arguments: NetworkXFixture.names)
    func betweenness(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        let raw = try Betweenness.compute(s, direction: f.direction)
        let normalized = try Betweenness.compute(s, direction: f.direction, normalized: true)
        for v in 0..<f.n {
            #expect(abs(raw.values[v] - f.betweenness[v]) < 1e-9, "\(name) node \(v)")
            #expect(abs(normalized.values[v] - f.betweenness_normalized[v]) < 1e-9, "\(name) node \(v)")
        }
        // sampling every node is the exact computation
        let all = try Betweenness.compute(s, direction: f.direction, samples: f.n, seed: 3)
        for v in 0..<f.n { #expect(abs(all.values[v] - f.betweenness[v]) < 1e-9) }
    }

    @Test("PageRank, unweighted and weighted", arguments: NetworkXFixture.names)
    func pageRank(name: String) throws {
        let f = try NetworkXFixture.load(name)
        let s = try f.snapshot()
        let pr = try PageRank.compute(s, tolerance: 1e-12, maxIterations: 1000, direction: f.direction)
        #expect(pr.converged)
        let weighted = try PageRank.compute(
            s, tolerance: 1e-12, maxIterations: 1000, direction: f.direction, weightProperty: "weight")
        for v in 0..<f.n {
            #expect(abs(pr.scores.values[v] - f.pagerank[v]) < 1e-6)
            #expect(abs(weighted.scores.values[v] - f.pagerank_weighted[v]) < 1e-6)
            #expect(abs(pr.scores.values[v] - f.pagerank[v]) < 1e-9, "tighter than the 1e-6 promised")
        }
    }
}
