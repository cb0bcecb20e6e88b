// Regions found by the names officials write: the programme's "Sumatera" for the data's
// "Sumatra", "Kab." and a missing "Kabupaten", province abbreviations; a name that means
// two regions finds none (the caller lists both), and a miss suggests the nearest names.
import SinergiGraph
import Testing

@testable import SinergiAlgorithms

@Suite struct RegionLookupTests {
    func graph() throws -> (PropertyGraph, [String: NodeID]) {
        var g = PropertyGraph()
        var ids: [String: NodeID] = [:]
        for (label, name) in [
            ("Province", "Sumatra Utara"), ("Province", "Kepulauan Riau"), ("Regency", "Kabupaten Deli Serdang"),
            ("Regency", "Kabupaten Bandung"), ("Regency", "Kota Bandung"),
        ] {
            ids[name] = try g.addNode(labels: ["Region", label], properties: ["name": .string(name)])
        }
        return (g, ids)
    }

    @Test func namesAsOfficialsWriteThemFindTheRegion() throws {
        let (g, ids) = try graph()
        for typed in ["Sumatera Utara", "sumatra utara", "Sumut", "Provinsi Sumatera Utara"] {
            #expect(RegionLookup.find(typed, level: .province, in: g) == ids["Sumatra Utara"], "\(typed)")
        }
        #expect(RegionLookup.find("Kepri", level: .province, in: g) == ids["Kepulauan Riau"])
        for typed in ["Deli Serdang", "Kab. Deli Serdang", "KABUPATEN DELI SERDANG"] {
            #expect(RegionLookup.find(typed, level: .regency, in: g) == ids["Kabupaten Deli Serdang"], "\(typed)")
        }
        #expect(RegionLookup.find("Kota Bandung", level: .regency, in: g) == ids["Kota Bandung"])
        // A province's name is no regency.
        #expect(RegionLookup.find("Sumatera Utara", level: .regency, in: g) == nil)
    }

    @Test func aNameOfTwoRegionsFindsNoneAndBothAreSuggested() throws {
        let (g, _) = try graph()
        #expect(RegionLookup.find("Bandung", level: .regency, in: g) == nil)
        let suggested = RegionLookup.suggestions(for: "Bandung", level: .regency, in: g)
        #expect(suggested.contains("Kabupaten Bandung") && suggested.contains("Kota Bandung"), "\(suggested)")
        #expect(RegionLookup.suggestions(for: "Sumatera Utar", level: .province, in: g).first == "Sumatra Utara")
    }
}
