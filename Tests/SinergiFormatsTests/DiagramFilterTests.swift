// Leaving nodes out of a diagram by level and by kind.

import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct DiagramFilterTests {
    static func graph() throws -> PropertyGraph {
        var g = PropertyGraph()
        let province = try g.addNode(key: "province/1", labels: ["Region", "Province"], properties: ["name": "P"])
        let regency = try g.addNode(key: "regency/1", labels: ["Region", "Regency"], properties: ["name": "R"])
        let village = try g.addNode(key: "village/1", labels: ["Region", "Village"], properties: ["name": "V"])
        try g.addRelationship(type: "PART_OF", from: regency, to: province)
        try g.addRelationship(type: "PART_OF", from: village, to: regency)
        let perpusnas = try g.addNode(key: "perpusnas", labels: ["Stakeholder", "Perpusnas"])
        let office = try g.addNode(key: "office", labels: ["Stakeholder", "RegencyLibraryOffice"])
        try g.addRelationship(type: "LOCATED_IN", from: office, to: regency)
        let library = try g.addNode(key: "library", labels: ["Stakeholder", "VillageLibrary"])
        try g.addRelationship(type: "LOCATED_IN", from: library, to: village)
        // Says its level itself, in Indonesian.
        let bappeda = try g.addNode(
            key: "bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["level": "Provinsi"])
        let event = try g.addNode(key: "shm", labels: ["Event", "SHM"])
        try g.addRelationship(type: "LOCATED_IN", from: event, to: province)
        try g.addRelationship(type: "FUNDS", from: perpusnas, to: office)
        try g.addRelationship(type: "MENTORS", from: office, to: library)
        try g.addRelationship(type: "PARTNERS_WITH", from: office, to: bappeda)
        return g
    }

    func keys(_ s: GraphSubset, _ g: PropertyGraph) -> [String] {
        s.resolved(in: g).nodes.map { g.key(of: $0) }.sorted()
    }

    @Test func levelsComeFromTheLevelPropertyTheRegionOrTheKind() throws {
        let g = try Self.graph()
        func level(_ key: String) -> DiagramLevel? { DiagramFilter.level(of: g.node(forKey: key)!, in: g) }
        #expect(level("perpusnas") == .national)
        #expect(level("office") == .regency)
        #expect(level("library") == .village)
        #expect(level("bappeda") == .province)
        #expect(level("shm") == .province)
        #expect(level("village/1") == .village)
        #expect(DiagramLevel(word: "Kabupaten/Kota") == .regency)
        #expect(DiagramLevel(word: "desa") == .village)
        #expect(DiagramLevel(word: "kota besar") == nil)
    }

    @Test func villagesLeftOutTakeTheirRelationshipsWith() throws {
        let g = try Self.graph()
        var filter = DiagramFilter()
        filter.levels = [.national, .province, .regency]
        let (part, leftOut) = filter.apply(to: GraphSubset.all(of: g), in: g)
        #expect(keys(part, g) == ["bappeda", "office", "perpusnas", "province/1", "regency/1", "shm"])
        #expect(leftOut.byKind.map(\.kind) == ["Village", "VillageLibrary"])
        #expect(leftOut.count == 2)
        let types = part.resolved(in: g).relationships.map { g.type(of: $0) }.sorted()
        #expect(types == ["FUNDS", "LOCATED_IN", "LOCATED_IN", "PARTNERS_WITH", "PART_OF"])
    }

    @Test func kindsAndLeftOutKinds() throws {
        let g = try Self.graph()
        var only = DiagramFilter()
        only.kinds = ["RegencyLibraryOffice", "Bappeda"]
        #expect(keys(only.apply(to: GraphSubset.all(of: g), in: g).subset, g) == ["bappeda", "office"])
        var without = DiagramFilter()
        without.leftOutKinds = ["Event", "Region"]
        without.leftOutLevels = [.national]
        #expect(keys(without.apply(to: GraphSubset.all(of: g), in: g).subset, g) == ["bappeda", "library", "office"])
        let everything = DiagramFilter()
        #expect(everything.keepsEverything)
        #expect(everything.apply(to: GraphSubset.all(of: g), in: g).leftOut.count == 0)
    }
}
