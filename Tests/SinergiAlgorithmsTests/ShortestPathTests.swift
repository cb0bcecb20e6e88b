// Shortest paths by hand: unweighted BFS and Dijkstra on a small weighted graph.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Shortest paths")
struct ShortestPathTests {
    /// a–b (1), b–d (1), a–c (1), c–d (5), d–e (2); f alone.
    func weighted() throws -> GraphBuilder {
        var b = GraphBuilder()
        for k in ["a", "b", "c", "d", "e", "f"] { try b.node(k) }
        try b.link("ROAD", "a", "b", ["km": 1])
        try b.link("ROAD", "b", "d", ["km": 1.5])
        try b.link("ROAD", "a", "c", ["km": 1])
        try b.link("ROAD", "c", "d", ["km": 5])
        try b.link("ROAD", "d", "e", ["km": 2])
        return b
    }

    @Test("Unweighted: fewest hops, both directions, none")
    func unweighted() throws {
        let b = try TPBISExample.build()
        let p = try #require(
            try ShortestPath.unweighted(
                b.snapshot, from: b.id("desa2/perpustakaan"), to: b.id("perpusnas"), types: ["PARTNERS_WITH"]))
        #expect(
            p.nodes
                == b.ids([
                    "desa2/perpustakaan", "desa1/perpustakaan", "bintan/dinas-perpustakaan", "kepri/dinas-perpustakaan",
                    "perpusnas",
                ]))
        #expect(p.hops == 4 && p.cost == 4)
        let none = try ShortestPath.unweighted(
            b.snapshot, from: b.id("desa2/perpustakaan"), to: b.id("desa4/perpustakaan"), types: ["PARTNERS_WITH"])
        #expect(none == nil)
        let same = try ShortestPath.unweighted(b.snapshot, from: b.id("perpusnas"), to: b.id("perpusnas"))
        #expect(same?.nodes == [b.id("perpusnas")] && same?.hops == 0)
        let against = try ShortestPath.unweighted(
            b.snapshot, from: b.id("desa1/perpustakaan"), to: b.id("desa3/perpustakaan"), types: ["REPLICATED_FROM"],
            direction: .outgoing)
        #expect(against == nil, "replication arrows point to the role model")
    }

    @Test("Dijkstra takes the lighter detour")
    func dijkstra() throws {
        let b = try weighted()
        let p = try #require(
            try ShortestPath.weighted(b.snapshot, from: b.id("c"), to: b.id("e"), weightProperty: "km"))
        #expect(p.nodes == b.ids(["c", "a", "b", "d", "e"]))
        #expect(p.cost == 5.5)
        let hops = try #require(try ShortestPath.unweighted(b.snapshot, from: b.id("c"), to: b.id("e")))
        #expect(hops.nodes == b.ids(["c", "d", "e"]))
        let d = try ShortestPath.weightedDistances(b.snapshot, from: b.id("a"), weightProperty: "km")
        #expect(d[b.id("d").index] == 2.5 && d[b.id("e").index] == 4.5 && d[b.id("f").index] == .infinity)
        #expect(try ShortestPath.weighted(b.snapshot, from: b.id("a"), to: b.id("f"), weightProperty: "km") == nil)
    }

    @Test("Missing, negative and non-numeric weights")
    func badWeights() throws {
        var b = try weighted()
        try b.link("ROAD", "e", "f")
        let s = b.snapshot
        let viaDefault = try ShortestPath.weighted(
            s, from: b.id("d"), to: b.id("f"), weightProperty: "km", defaultWeight: 10)
        #expect(viaDefault?.cost == 12)
        #expect(throws: AlgorithmError.self) {
            try ShortestPath.weighted(s, from: b.id("d"), to: b.id("f"), weightProperty: "km", defaultWeight: nil)
        }
        #expect(throws: AlgorithmError.self) {
            try ShortestPath.weighted(s, from: b.id("d"), to: b.id("f"), weightProperty: "km", defaultWeight: -1)
        }
        try b.link("ROAD", "a", "f", ["km": -3])
        try b.link("ROAD", "b", "f", ["km": "far"])
        #expect(throws: AlgorithmError.self) {
            try ShortestPath.weighted(b.snapshot, from: b.id("a"), to: b.id("f"), weightProperty: "km")
        }
        #expect(throws: AlgorithmError.unknownNode(NodeID(UInt32(77)))) {
            try ShortestPath.unweighted(s, from: b.id("a"), to: NodeID(UInt32(77)))
        }
    }
}
