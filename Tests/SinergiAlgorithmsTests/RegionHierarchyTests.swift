// The region tree: levels, LOCATED_IN, PART_OF chains, skipped levels and cycles.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Region hierarchy")
struct RegionHierarchyTests {
    @Test("Stakeholders and regions resolve to every level above them")
    func levels() throws {
        let b = try TPBISExample.build()
        let h = RegionHierarchy(b.snapshot)
        let desa3 = b.id("desa3/perpustakaan")
        #expect(h.location(of: desa3) == b.id("village/3"))
        #expect(h.region(of: desa3, at: .village) == b.id("village/3"))
        #expect(h.region(of: desa3, at: .district) == b.id("district/2"))
        #expect(h.region(of: desa3, at: .regency) == b.id("regency/2"))
        #expect(h.region(of: desa3, at: .province) == b.id("province/1"))
        #expect(h.region(of: b.id("karimun/bappeda"), at: .village) == nil)
        #expect(h.region(of: b.id("karimun/bappeda"), at: .province) == b.id("province/1"))
        #expect(h.region(of: b.id("perpusnas"), at: .province) == nil)
        #expect(h.level(of: b.id("district/3")) == .district)
        #expect(h.level(of: b.id("perpusnas")) == nil)
        #expect(h.region(of: b.id("regency/3"), at: .regency) == b.id("regency/3"))
        #expect(h.region(of: NodeID(UInt32(9999)), at: .province) == nil)
    }

    @Test("Skipped levels and PART_OF cycles")
    func oddTrees() throws {
        var b = GraphBuilder()
        try b.node("p", ["Province"])
        try b.node("v", ["Village"])
        try b.node("a", ["Regency"])
        try b.node("c", ["District"])
        try b.link("PART_OF", "v", "p")  // a village directly in a province
        try b.link("PART_OF", "a", "c")  // a cycle a → c → a
        try b.link("PART_OF", "c", "a")
        let h = RegionHierarchy(b.snapshot)
        #expect(h.region(of: b.id("v"), at: .province) == b.id("p"))
        #expect(h.region(of: b.id("v"), at: .regency) == nil)
        #expect(h.region(of: b.id("a"), at: .regency) == b.id("a"))
        #expect(h.region(of: b.id("c"), at: .district) == b.id("c"))
    }
}
