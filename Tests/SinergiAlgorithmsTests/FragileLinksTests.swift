// Bridges and articulation points by hand, cut-off sizes, parallel relationships, depth.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Fragile links")
struct FragileLinksTests {
    /// Triangle 0-1-2, bridge 2-3, path 3-4, triangle 4-5-6, pendant 1-7, two parallel
    /// relationships 7-8, node 9 alone with a self-loop.
    func graph() throws -> GraphBuilder {
        try GraphBuilder.numbered(
            10,
            [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 6), (6, 4), (1, 7), (7, 8), (8, 7), (9, 9)],
            type: "PARTNERS_WITH")
    }

    @Test("Bridges with the size of their smaller side")
    func bridges() throws {
        let f = FragileLinks.find(try graph().snapshot)
        #expect(f.bridges.map { [$0.start.index, $0.end.index] } == [[2, 3], [3, 4], [1, 7]])
        #expect(f.bridges.map(\.cutOff) == [4, 3, 2])
        #expect(f.bridges.allSatisfy { $0.componentSize == 9 })
    }

    @Test("Articulation points with what they cut off")
    func articulationPoints() throws {
        let f = FragileLinks.find(try graph().snapshot)
        #expect(f.articulationPoints.map(\.node.index) == [2, 3, 1, 4, 7])
        #expect(f.articulationPoints.map(\.cutOff) == [4, 3, 2, 2, 1])
        #expect(f.articulationPoints.map(\.piecesAfterRemoval) == [2, 2, 2, 2, 2])
    }

    @Test("A star's centre splits it into every leaf")
    func star() throws {
        let f = FragileLinks.find(try GraphBuilder.numbered(5, [(0, 1), (0, 2), (3, 0), (0, 4)]).snapshot, types: nil)
        #expect(f.articulationPoints.count == 1)
        let centre = try #require(f.articulationPoints.first)
        #expect(centre.node == NodeID(0) && centre.piecesAfterRemoval == 4 && centre.cutOff == 3)
        #expect(f.bridges.count == 4 && f.bridges.allSatisfy { $0.cutOff == 1 })
    }

    @Test("The TPBIS partnership network")
    func tpbis() throws {
        let b = try TPBISExample.build()
        let f = FragileLinks.find(b.snapshot, nodeLabel: "Stakeholder")
        let top = try #require(f.articulationPoints.first)
        #expect(top.node == b.id("bintan/dinas-perpustakaan"))
        #expect(top.cutOff == 4 && top.piecesAfterRemoval == 3 && top.componentSize == 7)
        #expect(f.bridges.prefix(2).map(\.cutOff) == [2, 2])
        #expect(f.bridges.count == 8)
    }

    @Test("A path of 100,000 nodes: no recursion, every link a bridge")
    func deep() throws {
        let n = 100_000
        var g = PropertyGraph()
        g.reserveCapacity(nodes: n, relationships: n)
        for i in 0..<n { try g.addNode(key: String(i)) }
        for i in 1..<n { try g.addRelationship(type: "PARTNERS_WITH", from: NodeID(i - 1), to: NodeID(i)) }
        let f = FragileLinks.find(GraphSnapshot(g))
        #expect(f.bridges.count == n - 1)
        #expect(f.articulationPoints.count == n - 2)
        #expect(f.bridges.first?.cutOff == n / 2)
    }
}
