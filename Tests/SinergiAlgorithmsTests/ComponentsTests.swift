// Weakly connected components and isolates by hand.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Components")
struct ComponentsTests {
    @Test("Directions ignored, self-loops are not isolates")
    func basic() throws {
        let b = try GraphBuilder.numbered(7, [(0, 1), (2, 1), (3, 4), (5, 5)])
        let c = Components.weakly(b.snapshot)
        #expect(c.count == 4)
        #expect(c.members().map { $0.map(\.index) } == [[0, 1, 2], [3, 4], [5], [6]])
        #expect(c.sizes == [3, 2, 1, 1])
        #expect(c.largest == 0)
        #expect(c.isolates == [NodeID(6)])
        #expect(c.component(of: NodeID(4)) == 1)
        #expect(c.component(of: NodeID(UInt32(99))) == nil)
    }

    @Test("Type and label filters, removed nodes")
    func filters() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let partners = Components.weakly(s, types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
        // perpusnas…desa2 (7), karimun (3), jambi–batanghari (2), bappeda–dpmpd (2), desa4 (1)
        #expect(partners.sizes.sorted(by: >) == [7, 3, 2, 2, 1])
        #expect(partners.isolates == [b.id("desa4/perpustakaan")])
        #expect(partners.component(of: b.id("province/1")) == nil, "regions left out by the label")
        let withReplication = Components.weakly(
            s, types: ["PARTNERS_WITH", "REPLICATED_FROM"], nodeLabel: "Stakeholder")
        #expect(withReplication.sizes.sorted(by: >) == [11, 2, 2])
        var g = b.graph
        try g.removeNode(b.id("desa1/perpustakaan"), detach: true)
        let after = Components.weakly(GraphSnapshot(g), types: ["PARTNERS_WITH"], nodeLabel: "Stakeholder")
        #expect(after.sizes.sorted(by: >) == [5, 3, 2, 2, 1, 1])
        #expect(after.component(of: b.id("desa1/perpustakaan")) == nil)
    }
}
