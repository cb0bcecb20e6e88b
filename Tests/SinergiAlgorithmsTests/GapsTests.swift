// Gaps on the TPBIS example: synergy per regency, unconnected regions, recommended
// partnerships.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Synergy gaps")
struct SynergyGapsTests {
    @Test("Complete, missing stakeholder, missing partnerships")
    func perRegency() throws {
        let b = try TPBISExample.build()
        let all = SynergyGaps.perRegency(b.snapshot)
        #expect(all.map(\.regency) == b.ids(["regency/1", "regency/2", "regency/3"]))
        let bintan = all[0]
        #expect(bintan.isComplete)
        #expect(bintan.pairs == [.partnered, .partnered, .partnered])
        #expect(bintan.stakeholders(.bappeda) == [b.id("bintan/bappeda")])

        let karimun = all[1]
        #expect(karimun.missingStakeholders == [.dpmpd])
        #expect(karimun.status(.libraryOfficeBappeda) == .partnered)
        #expect(karimun.pairsLackingStakeholders == [.libraryOfficeDPMPD, .bappedaDPMPD])
        #expect(karimun.missingPartnerships.isEmpty)

        let batanghari = all[2]
        #expect(batanghari.missingStakeholders.isEmpty)
        #expect(batanghari.missingPartnerships == [.libraryOfficeBappeda, .libraryOfficeDPMPD])
        #expect(batanghari.status(.bappedaDPMPD) == .partnered)

        let gaps = SynergyGaps.perRegency(b.snapshot, onlyGaps: true)
        #expect(gaps.map(\.regency) == b.ids(["regency/2", "regency/3"]))
    }

    @Test("Partnership in the other direction counts; other types do not")
    func directionAndTypes() throws {
        var b = GraphBuilder()
        try b.node("r", ["Regency"])
        try b.node("lib", ["RegencyLibraryOffice"])
        try b.node("bap", ["Bappeda"])
        try b.node("dpm", ["DPMPD"])
        for s in ["lib", "bap", "dpm"] { try b.link("LOCATED_IN", s, "r") }
        try b.link("PARTNERS_WITH", "bap", "lib")
        try b.link("FUNDS", "dpm", "lib")
        let r = try #require(SynergyGaps.perRegency(b.snapshot).first)
        #expect(r.pairs == [.partnered, .missingPartnership, .missingPartnership])
        let wider = try #require(
            SynergyGaps.perRegency(b.snapshot, partnershipTypes: ["PARTNERS_WITH", "FUNDS"]).first)
        #expect(wider.pairs == [.partnered, .partnered, .missingPartnership])
        #expect(SynergyPair.libraryOfficeDPMPD.description == "RegencyLibraryOffice–DPMPD")
    }
}

@Suite("Unconnected regions")
struct UnconnectedTests {
    @Test("Over partnerships only")
    func partnerships() throws {
        let b = try TPBISExample.build()
        let u = Unconnected.regions(b.snapshot, types: ["PARTNERS_WITH"])
        #expect(u.map(\.region) == b.ids(["regency/2", "village/3", "village/4", "village/5"]))
        #expect(u.map(\.stakeholders) == [3, 1, 1, 0])
        #expect(u.map(\.reason) == [.noPathToRoot, .noPathToRoot, .noPathToRoot, .noStakeholders])
        #expect(u[0].level == .regency && u[3].level == .village)
        let people = Unconnected.stakeholders(b.snapshot, types: ["PARTNERS_WITH"])
        #expect(
            Set(people)
                == Set(
                    b.ids([
                        "karimun/dinas-perpustakaan", "karimun/bappeda", "desa3/perpustakaan", "batanghari/bappeda",
                        "batanghari/dpmpd", "desa4/perpustakaan",
                    ])))
    }

    @Test("Default types include replication; a provincial root serves only its province")
    func defaults() throws {
        let b = try TPBISExample.build()
        // REPLICATED_FROM joins desa3 (and so Karimun) and desa4 to the national component
        let u = Unconnected.regions(b.snapshot)
        #expect(u.map(\.region) == b.ids(["village/5"]))
        // cut Kepri from Perpusnas: Bintan still reaches its own provincial office
        var g = b.graph
        let link = try #require(g.outgoing(of: b.id("perpusnas")).first)
        try g.removeRelationship(link)
        let v = Unconnected.regions(GraphSnapshot(g), types: ["PARTNERS_WITH"], levels: [.regency])
        #expect(v.map(\.region) == b.ids(["regency/2"]))
        // a Jambi office partnering with Karimun does not connect Karimun (another province)
        var h = b.graph
        try h.addRelationship(
            type: "PARTNERS_WITH", from: b.id("jambi/dinas-perpustakaan"), to: b.id("karimun/bappeda"))
        let w = Unconnected.regions(GraphSnapshot(h), types: ["PARTNERS_WITH"], levels: [.regency])
        #expect(w.map(\.region) == b.ids(["regency/2"]))
    }
}

@Suite("Recommended partnerships")
struct RecommendedPartnershipsTests {
    @Test("Largest rootless groups first, nearest connected partner")
    func greedy() throws {
        let b = try TPBISExample.build()
        let picks = try RecommendedPartnerships.suggest(b.snapshot, k: 5, types: ["PARTNERS_WITH"])
        #expect(picks.count == 3)
        #expect(picks.map(\.gain) == [3, 2, 1])
        #expect(picks[0].stakeholder == b.id("karimun/dinas-perpustakaan"))
        #expect(picks[0].partner == b.id("kepri/dinas-perpustakaan"))
        #expect(picks[0].scope == .sameProvince)
        #expect(picks[1].stakeholder == b.id("batanghari/bappeda"))
        #expect(picks[1].partner == b.id("batanghari/dinas-perpustakaan"))
        #expect(picks[1].scope == .sameRegency)
        #expect(picks[2].stakeholder == b.id("desa4/perpustakaan") && picks[2].scope == .sameRegency)
        #expect(picks[0].reason.contains("Kepulauan Riau"))
        #expect(picks[0].reason.contains("group of 3 stakeholders"))
        let one = try RecommendedPartnerships.suggest(b.snapshot, k: 1, types: ["PARTNERS_WITH"])
        #expect(one == [picks[0]])
        #expect(try RecommendedPartnerships.suggest(b.snapshot, k: 0).isEmpty)
        #expect(throws: AlgorithmError.self) { try RecommendedPartnerships.suggest(b.snapshot, k: -1) }
    }

    @Test("Applying the suggestions connects everyone")
    func applying() throws {
        let b = try TPBISExample.build()
        var g = b.graph
        for p in try RecommendedPartnerships.suggest(b.snapshot, k: 10, types: ["PARTNERS_WITH"]) {
            try g.addRelationship(type: "PARTNERS_WITH", from: p.stakeholder, to: p.partner)
        }
        #expect(Unconnected.stakeholders(GraphSnapshot(g), types: ["PARTNERS_WITH"]).isEmpty)
        #expect(try RecommendedPartnerships.suggest(GraphSnapshot(g), k: 3, types: ["PARTNERS_WITH"]).isEmpty)
    }

    @Test("No roots, no suggestions; national fallback")
    func fallbacks() throws {
        var b = try GraphBuilder.numbered(3, [(0, 1)])
        #expect(try RecommendedPartnerships.suggest(b.snapshot, k: 2, stakeholderLabel: nil).isEmpty)
        try b.node("perpusnas", ["Perpusnas"])
        let picks = try RecommendedPartnerships.suggest(b.snapshot, k: 2, stakeholderLabel: nil)
        #expect(picks.map(\.gain) == [2, 1])
        #expect(picks.allSatisfy { $0.scope == .national && $0.partner == b.id("perpusnas") })
    }
}
