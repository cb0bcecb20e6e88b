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
        // The programme's definition asks for the library office's two partnerships only.
        #expect(karimun.pairsLackingStakeholders == [.libraryOfficeDPMPD])
        #expect(karimun.missingPartnerships.isEmpty)

        let batanghari = all[2]
        #expect(batanghari.missingStakeholders.isEmpty)
        #expect(batanghari.missingPartnerships == [.libraryOfficeBappeda, .libraryOfficeDPMPD])
        #expect(batanghari.status(.bappedaDPMPD) == .partnered)

        let gaps = SynergyGaps.perRegency(b.snapshot, onlyGaps: true)
        #expect(gaps.map(\.regency) == b.ids(["regency/2", "regency/3"]))
    }

    @Test("The programme's synergy is the library office's two partnerships; the triangle is an option")
    func programmeDefinition() throws {
        var b = GraphBuilder()
        for r in ["r1", "r2"] { try b.node(r, ["Regency"]) }
        for r in ["r1", "r2"] {
            try b.node("\(r)/lib", ["RegencyLibraryOffice"])
            try b.node("\(r)/bap", ["Bappeda"])
            try b.node("\(r)/dpm", ["DPMPD"])
            for s in ["lib", "bap", "dpm"] { try b.link("LOCATED_IN", "\(r)/\(s)", r) }
        }
        // r1: the library office partners with both, Bappeda and DPMPD do not partner each other.
        try b.link("PARTNERS_WITH", "r1/lib", "r1/bap")
        try b.link("PARTNERS_WITH", "r1/dpm", "r1/lib")
        // r2: only Bappeda and DPMPD partner, and the library office with Bappeda.
        try b.link("PARTNERS_WITH", "r2/bap", "r2/dpm")
        try b.link("PARTNERS_WITH", "r2/lib", "r2/bap")
        let programme = SynergyGaps.perRegency(b.snapshot)
        #expect(programme.map(\.isComplete) == [true, false])
        #expect(programme[1].missingPartnerships == [.libraryOfficeDPMPD])
        #expect(programme[0].pairs == [.partnered, .partnered, .missingPartnership])
        let triangle = SynergyGaps.perRegency(b.snapshot, required: SynergyPair.allCases)
        #expect(triangle.map(\.isComplete) == [false, false])
        #expect(triangle[0].missingPartnerships == [.bappedaDPMPD])
        #expect(triangle[1].missingPartnerships == [.libraryOfficeDPMPD])
        let report = SynergyGaps.report(b.snapshot)
        #expect(report.complete == 1)
        #expect(report.entries.map(\.synergy.regency) == b.ids(["r2"]))
        #expect(SynergyGaps.report(b.snapshot, required: SynergyPair.allCases).complete == 0)
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

@Suite("What connects: unconnected agrees with path and reach")
struct ConnectivityDefinitionTests {
    /// The TPBIS example plus a meeting (an Event, not a stakeholder) that Perpusnas and the
    /// Karimun office attended.
    static func withMeeting() throws -> GraphBuilder {
        var b = try TPBISExample.build()
        try b.node("event/plm", ["Event", "PLM"])
        try b.link("ATTENDED", "perpusnas", "event/plm")
        try b.link("ATTENDED", "karimun/dinas-perpustakaan", "event/plm")
        return b
    }

    @Test("Stakeholders connect through stakeholders only, as `path` and `reach` find them", arguments: [false, true])
    func agreesWithPath(meeting: Bool) throws {
        let b = meeting ? try Self.withMeeting() : try TPBISExample.build()
        let s = b.snapshot
        // with the meeting, partnerships and attendance only (replication joins Karimun otherwise)
        let types = meeting ? ["ATTENDED", "PARTNERS_WITH"] : StakeholderNetwork.types(b.graph)
        let regions = RegionHierarchy(s)
        let unconnected = Set(Unconnected.stakeholders(s, types: types))
        let perpusnas = b.id("perpusnas")
        for v in b.graph.nodes(withLabel: "Stakeholder") {
            let label = StakeholderNetwork.nodeLabel(b.graph)
            var connected =
                try ShortestPath.unweighted(s, from: v, to: perpusnas, types: types, nodeLabel: label) != nil
            let office = b.graph.nodes(withLabel: "ProvincialLibraryOffice").first {
                regions.region(of: $0, at: .province) == regions.region(of: v, at: .province)
            }
            if let office, try ShortestPath.unweighted(s, from: v, to: office, types: types, nodeLabel: label) != nil {
                connected = true
            }
            #expect(connected == !unconnected.contains(v), "\(b.graph.key(of: v))")
            // and `reach` from Perpusnas, unlimited, finds the same ones that path does
            let reached = try Reach.within(s, from: [perpusnas], types: types, nodeLabel: label).map(\.node)
            let toPerpusnas = try ShortestPath.unweighted(s, from: v, to: perpusnas, types: types, nodeLabel: label)
            #expect(reached.contains(v) == (toPerpusnas != nil))
        }
        if meeting {
            // attending one meeting does not connect Karimun, though a path through every node exists
            #expect(unconnected.contains(b.id("karimun/bappeda")))
            #expect(try ShortestPath.unweighted(s, from: b.id("karimun/bappeda"), to: perpusnas, types: types) != nil)
        }
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
        #expect(picks[0].reason.text(.en).contains("Kepulauan Riau"))
        #expect(picks[0].reason.text(.en).contains("group of 3 stakeholders"))
        #expect(picks[0].reason.text(.id).contains("kelompok 3 pemangku kepentingan"))
        #expect(picks.map(\.rank) == [1, 2, 3])
        // with a province, the greedy runs among its groups: ranks and reasons count from 1
        let jambi = b.graph.node(forKey: "province/2")
        let inJambi = try RecommendedPartnerships.suggest(b.snapshot, k: 5, types: ["PARTNERS_WITH"], province: jambi)
        #expect(inJambi.map(\.stakeholder) == b.ids(["batanghari/bappeda", "desa4/perpustakaan"]))
        #expect(inJambi.map(\.rank) == [1, 2])
        // the reasons say why in words, not by the greedy's step number
        #expect(inJambi[0].reason.text(.en).contains("no unconnected group is larger"))
        #expect(
            inJambi[1].reason.text(.en).contains("once the links above are made, no unconnected group left is larger"))
        #expect(inJambi[1].reason.text(.id).contains("setelah kemitraan di atas terjalin"))
        for pick in picks + inJambi { #expect(!pick.reason.text(.en).contains("pick")) }
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
