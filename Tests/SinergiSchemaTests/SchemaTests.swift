// The TPBIS schema as one type: kind names people write, region and node look-ups by the
// names people use, and the findings `sinergi check` reports for the SHM data model.
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiSchema

@Suite struct SchemaTests {
    @Test func kindNamesAreTheWordsPeopleWrite() {
        #expect(KindNames.label(for: "Bappeda") == "Bappeda")
        #expect(KindNames.label(for: "Dinas Perpustakaan Kab/Kota") == "RegencyLibraryOffice")
        #expect(KindNames.label(for: "dinas perpustakaan provinsi") == "ProvincialLibraryOffice")
        #expect(KindNames.label(for: "DPMD") == "DPMPD")
        #expect(KindNames.label(for: "Perpustakaan Desa") == "VillageLibrary")
        #expect(KindNames.label(for: "Mitra") == "Partner")
        #expect(KindNames.label(for: "SHM") == "SHM")
        #expect(KindNames.label(for: "Bapeda") == nil)
        #expect(KindNames.suggestions(for: "Bapeda", limit: 1) == ["Bappeda"])
        #expect(KindNames.relationshipType(for: "bermitra dengan") == "PARTNERS_WITH")
        #expect(KindNames.relationshipType(for: "Kemitraan") == "PARTNERS_WITH")
        #expect(KindNames.relationshipType(for: "partners_with") == "PARTNERS_WITH")
        #expect(TPBISSchema.family(ofKind: "Bappeda") == "Stakeholder")
        #expect(TPBISSchema.family(ofKind: "Regency") == "Region")
    }

    func regions() throws -> PropertyGraph {
        var b = GraphBuilder()
        try b.node("province/2", ["Region", "Province"], ["name": "Sumatra Utara"])
        try b.node("province/12", ["Region", "Province"], ["name": "Jawa Barat"])
        try b.node("regency/a", ["Region", "Regency"], ["name": "Kabupaten Deli Serdang"])
        try b.node("regency/b", ["Region", "Regency"], ["name": "Kabupaten Bandung"])
        try b.node("regency/c", ["Region", "Regency"], ["name": "Kota Bandung"])
        try b.link("PART_OF", "regency/a", "province/2")
        try b.link("PART_OF", "regency/b", "province/12")
        try b.link("PART_OF", "regency/c", "province/12")
        try b.node("s1", ["Stakeholder", "RegencyLibraryOffice"], ["name": "Dinas Perpustakaan"])
        try b.node("s2", ["Stakeholder", "RegencyLibraryOffice"], ["name": "Dinas Perpustakaan"])
        try b.link("LOCATED_IN", "s1", "regency/a")
        try b.link("LOCATED_IN", "s2", "regency/b")
        return b.graph
    }

    @Test func regionsAreFoundByTheNamesPeopleUse() throws {
        let g = try regions()
        let lookup = RegionLookup(g)
        #expect(lookup.find("Sumut", level: "Province") == .found(g.node(forKey: "province/2")!))
        #expect(lookup.find("Sumatera Utara", level: "Province") == .found(g.node(forKey: "province/2")!))
        #expect(lookup.find("Deli Serdang", level: "Regency") == .found(g.node(forKey: "regency/a")!))
        #expect(
            lookup.find("Bandung", level: "Regency")
                == .ambiguous([g.node(forKey: "regency/b")!, g.node(forKey: "regency/c")!]))
        #expect(lookup.find("Kota Bandung", level: "Regency") == .found(g.node(forKey: "regency/c")!))
        #expect(
            lookup.find("Deli Serdang", level: "Regency", within: g.node(forKey: "province/12"))
                == .missing(suggestions: []))
        #expect(lookup.find("Sumatera Utar", level: "Province") == .missing(suggestions: ["Sumatra Utara"]))
    }

    @Test func nodesAreFoundByKeyOrNameWithinARegion() throws {
        let g = try regions()
        let nodes = NodeLookup(g)
        let regions = RegionLookup(g)
        #expect(nodes.find("s1") == .found(g.node(forKey: "s1")!))
        #expect(nodes.find("dinas perpustakaan") == .ambiguous([g.node(forKey: "s1")!, g.node(forKey: "s2")!]))
        #expect(
            nodes.find("Dinas Perpustakaan", region: g.node(forKey: "province/12"), regions: regions)
                == .found(g.node(forKey: "s2")!))
        #expect(nodes.find("s3") == .missing(suggestions: ["s1", "s2"]))
    }

    @Test func checkReportsTheSHMDataModel() throws {
        var b = GraphBuilder()
        try b.node("e", ["Event", "SHM"], ["name": "SHM", "date": .date(CypherDate(year: 2023, month: 8, day: 8)!)])
        try b.node("a", ["Stakeholder", "Bappeda"], ["name": "Bappeda A"])
        try b.node("c", ["Stakeholder", "DPMPD"], ["name": "DPMPD C"])
        try b.node("d", ["Bappeda"], ["name": "no family"])
        try b.link("PARTNERS_WITH", "a", "c", ["status": "signd", "event": "e", "since": "2023"])
        try b.link("PARTNERS_WITH", "c", "a", ["event": "e"])
        try b.link("PARTNERS_WITH", "a", "c", ["event": "nope"])
        try b.link("COMMITS", "a", "e", ["status": "selesai"])
        let found = SchemaCheck.findings(in: b.graph).map(\.message.description)
        #expect(found.contains("node 'd' has the kind Bappeda but not the label Stakeholder"))
        #expect(
            found.contains(
                "'r1': 'status' is 'signd', not one of 'agreed', 'signed', 'active' or 'ended'; did you mean 'signed'?")
        )
        #expect(found.contains("'r1': 'since' holds '2023', which is not a date"))
        #expect(found.contains("relationship 'r2' repeats 'r1' (same ends, type, meeting and document)"))
        #expect(found.contains("'r3': 'event' names unknown node 'nope' (dangling reference)"))
        #expect(found.contains("COMMITS 'r4' has no 'what'"))
        #expect(
            found.contains(
                "'r4': 'status' is 'selesai', not one of 'planned', 'in progress', 'done' or 'dropped'; did you mean 'done'?"
            ))
    }
}
