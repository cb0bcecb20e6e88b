// Reach on the TPBIS example: hops, limits, directions, counts by label and region,
// regions reached.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Reach")
struct ReachTests {
    @Test("Within one and two hops over PARTNERS_WITH")
    func within() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let one = try Reach.within(s, from: [b.id("bintan/dinas-perpustakaan")], maxHops: 1, types: ["PARTNERS_WITH"])
        #expect(one.first == Reach.ReachedNode(node: b.id("bintan/dinas-perpustakaan"), hops: 0))
        #expect(
            Set(one.filter { $0.hops == 1 }.map(\.node))
                == Set(b.ids(["kepri/dinas-perpustakaan", "bintan/bappeda", "bintan/dpmpd", "desa1/perpustakaan"])))
        #expect(one.count == 5)
        let two = try Reach.within(s, from: [b.id("bintan/dinas-perpustakaan")], maxHops: 2, types: ["PARTNERS_WITH"])
        #expect(Set(two.filter { $0.hops == 2 }.map(\.node)) == Set(b.ids(["perpusnas", "desa2/perpustakaan"])))
        #expect(two.map(\.hops) == two.map(\.hops).sorted(), "breadth-first order")
    }

    @Test("Several sources, duplicates, zero hops, unlimited")
    func multiSource() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let from = b.ids(["desa2/perpustakaan", "karimun/bappeda", "desa2/perpustakaan"])
        let zero = try Reach.within(s, from: from, maxHops: 0, types: ["PARTNERS_WITH"])
        #expect(zero.map(\.node) == b.ids(["desa2/perpustakaan", "karimun/bappeda"]))
        let all = try Reach.within(s, from: from, types: ["PARTNERS_WITH"])
        // desa2's component (7) and karimun's (3)
        #expect(all.count == 10)
        #expect(all.first { $0.node == b.id("perpusnas") }?.hops == 4)
        #expect(all.first { $0.node == b.id("desa3/perpustakaan") }?.hops == 2)
    }

    @Test("Direction: replication lineage up and down")
    func direction() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let up = try Reach.within(
            s, from: [b.id("desa3/perpustakaan")], types: ["REPLICATED_FROM"], direction: .outgoing)
        #expect(up.map(\.node) == b.ids(["desa3/perpustakaan", "desa2/perpustakaan", "desa1/perpustakaan"]))
        let down = try Reach.within(
            s, from: [b.id("desa1/perpustakaan")], types: ["REPLICATED_FROM"], direction: .incoming)
        #expect(
            Set(down.map(\.node))
                == Set(b.ids(["desa1/perpustakaan", "desa2/perpustakaan", "desa3/perpustakaan", "desa4/perpustakaan"])))
        #expect(down.first { $0.node == b.id("desa3/perpustakaan") }?.hops == 2)
        let unknownType = try Reach.within(s, from: [b.id("desa1/perpustakaan")], types: ["NO_SUCH_TYPE"])
        #expect(unknownType.count == 1)
    }

    @Test("Bad input is an error, not a trap")
    func errors() throws {
        let b = try TPBISExample.build()
        #expect(throws: AlgorithmError.unknownNode(NodeID(UInt32(999)))) {
            try Reach.within(b.snapshot, from: [NodeID(UInt32(999))])
        }
        #expect(throws: AlgorithmError.self) { try Reach.within(b.snapshot, from: [], maxHops: -1) }
        #expect(try Reach.within(b.snapshot, from: []).isEmpty)
    }

    @Test("Counts by label and by region, regions reached")
    func counts() throws {
        let b = try TPBISExample.build()
        let s = b.snapshot
        let hits = try Reach.within(s, from: [b.id("bintan/dinas-perpustakaan")], maxHops: 2, types: ["PARTNERS_WITH"])
        let nodes = hits.map(\.node)
        let labels = Reach.countsByLabel(s, nodes: nodes)
        #expect(labels.first == Reach.LabelCount(label: "Stakeholder", count: 7))
        #expect(labels.contains(Reach.LabelCount(label: "VillageLibrary", count: 2)))
        #expect(labels.contains(Reach.LabelCount(label: "Perpusnas", count: 1)))
        let provinces = Reach.countsByRegion(s, nodes: nodes, level: .province)
        #expect(provinces == [.init(region: b.id("province/1"), count: 6), .init(region: nil, count: 1)])
        let regencies = Reach.countsByRegion(s, nodes: nodes, level: .regency)
        #expect(regencies == [.init(region: b.id("regency/1"), count: 5), .init(region: nil, count: 2)])
        let reached = Reach.reachedRegions(s, stakeholders: nodes)
        #expect(reached.regencies == [.init(region: b.id("regency/1"), count: 5)])
        #expect(
            reached.villages == [
                .init(region: b.id("village/1"), count: 1), .init(region: b.id("village/2"), count: 1),
            ])
    }
}
