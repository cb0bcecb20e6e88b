// Tests of ProgrammeGenerator: the regions as in graphs/regions.jsonl, the programme
// figures, the three scales, determinism, and errors instead of crashes.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiCLI

@Suite struct GeneratorTests {
    // MARK: - Regions

    @Test func nationalRegionCounts() throws {
        let g = try GeneratorFixtures.national42()
        #expect(g.nodeCount(withLabel: "Province") == 34)
        #expect(g.nodeCount(withLabel: "Regency") == 514)
        #expect(g.nodeCount(withLabel: "District") == 7097)
        #expect(g.nodeCount(withLabel: "Village") == 82503)
        #expect(g.nodeCount(withLabel: "Region") == 34 + 514 + 7097 + 82503)
        #expect(g.relationshipCount(ofType: "PART_OF") == 514 + 7097 + 82503)
    }

    /// Region nodes and PART_OF relationships are exactly the records of graphs/regions.jsonl.
    @Test func regionRecordsMatchRegionsJSONL() throws {
        let g = try GeneratorFixtures.national42()
        let path = GeneratorFixtures.root.appendingPathComponent("graphs/regions.jsonl").path
        let data = try #require(FileManager.default.contents(atPath: path), "graphs/regions.jsonl is missing")
        let text = String(decoding: data, as: UTF8.self)
        var nodes = 0
        var relationships = 0
        for line in text.split(separator: "\n") {
            let record = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let key = try #require(record["id"] as? String)
            let properties = try #require(record["properties"] as? [String: Any])
            if record["type"] as? String == "node" {
                nodes += 1
                let id = try #require(g.node(forKey: key), "no node \(key)")
                #expect(g.labels(of: id) == record["labels"] as? [String])
                #expect(g.properties(of: id) == Self.values(properties), "\(key)")
            } else {
                relationships += 1
                let id = try #require(g.relationship(forKey: key), "no relationship \(key)")
                #expect(g.type(of: id) == record["label"] as? String)
                #expect(g.key(of: g.start(of: id)) == (record["start"] as? [String: Any])?["id"] as? String)
                #expect(g.key(of: g.end(of: id)) == (record["end"] as? [String: Any])?["id"] as? String)
                #expect(g.properties(of: id).isEmpty && properties.isEmpty)
            }
        }
        #expect(nodes == g.nodeCount(withLabel: "Region"))
        #expect(relationships == g.relationshipCount(ofType: "PART_OF"))
    }

    /// JSON property values (strings and integers only in regions.jsonl) as graph values.
    static func values(_ json: [String: Any]) -> [String: Value] {
        json.mapValues { value in
            if let s = value as? String { return .string(s) }
            if let n = value as? Int { return .int(Int64(n)) }
            return .null
        }
    }

    // MARK: - National figures

    /// The exact figures of seed 42 that docs/generator.md quotes.
    @Test func nationalFiguresForSeed42() throws {
        let g = try GeneratorFixtures.national42()
        #expect(g.nodeCount == 256_936)
        #expect(g.relationshipCount == 549_839)
        #expect(g.nodeCount(withLabel: "ProvincialLibraryOffice") == 34)
        #expect(g.nodeCount(withLabel: "RegencyLibraryOffice") == 514)
        #expect(g.nodeCount(withLabel: "Bappeda") == 34 + 514)
        #expect(g.nodeCount(withLabel: "DPMPD") == 34 + 514)
        #expect(g.nodeCount(withLabel: "SynergyTeam") == 34)
        #expect((34...102).contains(g.nodeCount(withLabel: "Facilitator")))
        #expect(g.nodeCount(withLabel: "VillageLibrary") == 82503)
        #expect(g.nodeCount(withLabel: "VillageGovernment") == 82503)
        for national in ["perpusnas", "bappenas", "kemendes"] { #expect(g.node(forKey: national) != nil) }
        #expect(g.nodeCount(withLabel: "SHM") == 34)
    }

    @Test func beneficiaryFigures() throws {
        let g = try GeneratorFixtures.national42()
        let provincial = g.nodes(withLabel: "ProvincialLibraryOffice", flag: "beneficiary")
        let regency = g.nodes(withLabel: "RegencyLibraryOffice", flag: "beneficiary")
        let village = g.nodes(withLabel: "VillageLibrary", flag: "beneficiary")
        #expect(provincial.count == 33)
        #expect(regency.count == 296)
        #expect(village.count == 1696)
        for id in provincial + regency + village {
            let cohort = try #require(g.property("cohort", of: id).intValue)
            #expect((2018...2023).contains(cohort))
        }
        // Every beneficiary regency lies in a beneficiary province, every beneficiary
        // village in a beneficiary regency, and no one joined before their parent level.
        for id in village {
            let district = try #require(g.regionParent(of: Self.place(id, g)))
            let regency = try #require(g.regionParent(of: district))
            let office = try #require(g.node(forKey: g.key(of: regency) + "/dinas-perpustakaan"))
            let parentCohort = try #require(g.property("cohort", of: office).intValue)
            #expect(g.property("cohort", of: id).intValue ?? 0 >= parentCohort)
        }
        let fundedByPerpusnas = g.outgoing(of: try #require(g.node(forKey: "perpusnas")))
            .filter { g.type(of: $0) == "FUNDS" }.map { g.end(of: $0) }
        #expect(Set(fundedByPerpusnas) == Set(provincial + regency + village))
    }

    /// The region a stakeholder is LOCATED_IN.
    static func place(_ id: NodeID, _ g: PropertyGraph) throws -> NodeID {
        try #require(g.targets(of: id, type: "LOCATED_IN").first)
    }

    @Test func replicationFigures() throws {
        let g = try GeneratorFixtures.national42()
        let replicators = g.nodes(withLabel: "VillageLibrary", flag: "replicator")
        #expect(replicators.count == 1396)
        #expect(g.relationshipCount(ofType: "REPLICATED_FROM") == 1396)
        let cutoff = try #require(CypherDate(year: 2023, month: 6, day: 30))
        var provinces = Set<NodeID>()
        var deepest = 0
        for id in replicators {
            #expect(g.property("beneficiary", of: id) == .null)
            let links = g.outgoing(of: id).filter { g.type(of: $0) == "REPLICATED_FROM" }
            let link = try #require(links.first)
            #expect(links.count == 1)
            let source = g.end(of: link)
            let generation = try #require(g.property("generation", of: id).intValue)
            deepest = max(deepest, Int(generation))
            guard case .date(let since) = g.property("since", of: link) else {
                Issue.record("REPLICATED_FROM without a since date")
                continue
            }
            #expect(since <= cutoff)
            if g.property("roleModel", of: source) == .bool(true) {
                #expect(g.property("beneficiary", of: source) == .bool(true))
                #expect(generation == 1)
                let cohort = g.property("cohort", of: source).intValue ?? 9999
                #expect(since.year > cohort)
            } else {
                #expect(g.property("replicator", of: source) == .bool(true))
                #expect(generation == (g.property("generation", of: source).intValue ?? 0) + 1)
                let earlier = g.outgoing(of: source).first { g.type(of: $0) == "REPLICATED_FROM" }
                guard let earlier, case .date(let sourceSince) = g.property("since", of: earlier) else {
                    Issue.record("the source replicator has no since date")
                    continue
                }
                #expect(since > sourceSince)
            }
            let province = try #require(g.province(ofStakeholder: id))
            #expect(g.province(ofStakeholder: source) == province)
            provinces.insert(province)
        }
        #expect(provinces.count == 27)
        #expect(deepest >= 3, "lineages should run several generations deep")
    }

    /// About 30% of regencies miss a synergy partnership; with the default parameters
    /// exactly round(0.30 × 514) = 154 do. Tolerance band for other seeds: 28%–32%.
    @Test(arguments: [UInt64(42), 7]) func synergyGaps(seed: UInt64) throws {
        let regions = try GeneratorFixtures.regions()
        let g =
            seed == 42
            ? try GeneratorFixtures.national42()
            : try ProgrammeGenerator.generate(scale: .province, seed: seed, regions: regions, province: "jatim")
        let kinds: Set<Value> = ["MoU", "budget", "advocacy", "mentoring"]
        var withGap = 0
        let offices = g.nodes(withLabel: "RegencyLibraryOffice")
        for office in offices {
            let base = String(g.key(of: office).dropLast("/dinas-perpustakaan".count))
            let bappeda = try #require(g.node(forKey: base + "/bappeda"))
            let dpmpd = try #require(g.node(forKey: base + "/dpmpd"))
            func partners(_ a: NodeID, _ b: NodeID) -> Bool { g.targets(of: a, type: "PARTNERS_WITH").contains(b) }
            let lb = partners(office, bappeda)
            let ld = partners(office, dpmpd)
            let bd = partners(bappeda, dpmpd)
            if !(lb && ld && bd) {
                withGap += 1
                #expect(!(lb && ld), "a gap always involves the library office")
            }
            for r in g.outgoing(of: office) + g.outgoing(of: bappeda) where g.type(of: r) == "PARTNERS_WITH" {
                guard g.hasLabel(g.end(of: r), "Bappeda") || g.hasLabel(g.end(of: r), "DPMPD") else { continue }
                #expect(kinds.contains(g.property("kind", of: r)))
                guard case .date(let since) = g.property("since", of: r) else {
                    Issue.record("partnership without since")
                    continue
                }
                #expect((2018...2023).contains(since.year))
            }
        }
        let share = Double(withGap) / Double(offices.count)
        if seed == 42 { #expect(withGap == 154) }
        #expect(offices.count < 514 || (0.28...0.32).contains(share))
        #expect(offices.count == 514 || (0.05...0.6).contains(share), "a province's share varies more")
    }

    @Test func stakeholderMeetings() throws {
        let g = try GeneratorFixtures.national42()
        let first = try #require(CypherDate(year: 2023, month: 7, day: 26))
        let last = try #require(CypherDate(year: 2023, month: 8, day: 10))
        let national = try #require(g.node(forKey: "event/shm-nasional-2023"))
        let nationalDate = try #require(CypherDate(year: 2023, month: 6, day: 21))
        #expect(g.property("date", of: national) == .date(nationalDate))
        let provincial = g.nodes(withLabel: "SHM").filter { $0 != national }
        #expect(provincial.count == 33)
        for event in provincial {
            guard case .date(let date) = g.property("date", of: event) else {
                Issue.record("SHM without a date")
                continue
            }
            #expect(date >= first && date <= last)
            let attendees = g.incoming(of: event).filter { g.type(of: $0) == "ATTENDED" }
            // Roles are the schema's words; the seat group says which seats a participant filled.
            let roles = Set(attendees.compactMap { g.property("role", of: $0).stringValue })
            #expect(roles == ["organizer", "participant"])
            let groups = attendees.compactMap { g.property("seatGroup", of: $0).stringValue }
            #expect(Set(groups).isSubset(of: ["stakeholder", "synergy team", "facilitator", "role model"]))
            let team = attendees.filter { g.property("seatGroup", of: $0) == "synergy team" }
            #expect(team.map { g.property("seats", of: $0) } == [.int(5)])
            #expect(groups.filter { $0 == "stakeholder" }.count == 3)
            let models = attendees.filter { g.property("seatGroup", of: $0) == "role model" }.map { g.start(of: $0) }
            #expect(models.contains { g.hasLabel($0, "VillageLibrary") })
            let province = try #require(g.targets(of: event, type: "LOCATED_IN").first)
            for a in attendees where !g.hasLabel(g.start(of: a), "Perpusnas") {
                #expect(g.province(ofStakeholder: g.start(of: a)) == province)
            }
        }
    }

    @Test func everyEndpointValidAndSyntheticMarked() throws {
        let g = try GeneratorFixtures.national42()
        for r in g.relationships {
            #expect(g.contains(g.start(of: r)) && g.contains(g.end(of: r)))
            let synthetic = g.property("synthetic", of: r) == .bool(true)
            #expect(synthetic == (g.type(of: r) != "PART_OF"))
        }
        for n in g.nodes {
            let synthetic = g.property("synthetic", of: n) == .bool(true)
            #expect(synthetic == !g.hasLabel(n, "Region"))
        }
        for n in g.nodes(withLabel: "Stakeholder") {
            #expect(g.targets(of: n, type: "LOCATED_IN").count == 1, "\(g.key(of: n))")
        }
    }

    // MARK: - Determinism

    @Test func sameSeedSameGraph() throws {
        let regions = try GeneratorFixtures.regions()
        let again = try ProgrammeGenerator.generate(scale: .national, seed: 42, regions: regions)
        #expect(GraphDump(again) == GraphDump(try GeneratorFixtures.national42()))
        for scale in [ProgrammeGenerator.Scale.program, .province] {
            let a = try ProgrammeGenerator.generate(scale: scale, seed: 2024, regions: regions)
            let b = try ProgrammeGenerator.generate(scale: scale, seed: 2024, regions: regions)
            #expect(GraphDump(a) == GraphDump(b))
        }
    }

    @Test func differentSeedDifferentGraph() throws {
        let regions = try GeneratorFixtures.regions()
        for scale in [ProgrammeGenerator.Scale.program, .province] {
            let a = try ProgrammeGenerator.generate(scale: scale, seed: 1, regions: regions)
            let b = try ProgrammeGenerator.generate(scale: scale, seed: 2, regions: regions)
            #expect(GraphDump(a) != GraphDump(b))
        }
    }

    // MARK: - Scales

    @Test func programScale() throws {
        let regions = try GeneratorFixtures.regions()
        let g = try ProgrammeGenerator.generate(scale: .program, seed: 42, regions: regions)
        #expect(g.nodeCount < 15_000)
        #expect(g.nodeCount(withLabel: "Province") == 34)
        #expect(g.nodeCount(withLabel: "Regency") == 514)
        #expect(g.nodeCount(withLabel: "VillageGovernment") == 0)
        #expect(g.nodes(withLabel: "VillageLibrary", flag: "beneficiary").count == 1696)
        #expect(g.nodes(withLabel: "VillageLibrary", flag: "replicator").count == 1396)
        #expect(g.nodeCount(withLabel: "VillageLibrary") == 1696 + 1396)
        #expect(g.nodes(withLabel: "RegencyLibraryOffice", flag: "beneficiary").count == 296)
        #expect(g.nodes(withLabel: "ProvincialLibraryOffice", flag: "beneficiary").count == 33)
        // Villages and districts only where a programme village library lies.
        for v in g.nodes(withLabel: "Village") {
            #expect(g.incoming(of: v).contains { g.type(of: $0) == "LOCATED_IN" })
        }
        #expect(g.nodeCount(withLabel: "Village") == 1696 + 1396)
        try Self.expectInducedSubgraph(g, of: try GeneratorFixtures.national42())
    }

    @Test func provinceScale() throws {
        let regions = try GeneratorFixtures.regions()
        let g = try ProgrammeGenerator.generate(scale: .province, seed: 42, regions: regions)
        let p = try ProgrammeGenerator.provincePosition(matching: "Kepulauan Riau", in: regions)
        #expect(g.nodeCount(withLabel: "Province") == 1)
        #expect(g.node(forKey: "province/\(regions.provinces[p].id)") != nil)
        let regencies = regions.regencyPositions(inProvince: p)
        let villages = regencies.flatMap { regions.villagePositions(inRegency: $0) }
        #expect(g.nodeCount(withLabel: "Regency") == regencies.count)
        #expect(g.nodeCount(withLabel: "Village") == villages.count)
        #expect(g.nodeCount(withLabel: "VillageLibrary") == villages.count)
        #expect(g.nodeCount(withLabel: "VillageGovernment") == villages.count)
        #expect(g.nodeCount(withLabel: "RegencyLibraryOffice") == regencies.count)
        #expect(g.node(forKey: "kepri/dinas-perpustakaan") != nil)
        #expect(g.node(forKey: "perpusnas") != nil)
        for id in g.nodes(withLabel: "Stakeholder")
        where !["perpusnas", "bappenas", "kemendes"].contains(g.key(of: id)) {
            #expect(g.province(ofStakeholder: id).map { g.key(of: $0) } == "province/\(regions.provinces[p].id)")
        }
        try Self.expectInducedSubgraph(g, of: try GeneratorFixtures.national42())
    }

    /// `part` holds national nodes unchanged, and exactly the national relationships
    /// between them.
    static func expectInducedSubgraph(_ part: PropertyGraph, of whole: PropertyGraph) throws {
        for n in part.nodes {
            let w = try #require(whole.node(forKey: part.key(of: n)), "\(part.key(of: n)) is not national")
            #expect(whole.labels(of: w) == part.labels(of: n))
            #expect(whole.properties(of: w) == part.properties(of: n))
        }
        var expected = 0
        for r in whole.relationships {
            let s = whole.key(of: whole.start(of: r))
            let e = whole.key(of: whole.end(of: r))
            guard part.node(forKey: s) != nil, part.node(forKey: e) != nil else { continue }
            expected += 1
            let p = try #require(part.relationship(forKey: whole.key(of: r)), "missing \(whole.key(of: r))")
            #expect(part.properties(of: p) == whole.properties(of: r))
        }
        #expect(part.relationshipCount == expected)
    }

    @Test func provinceNames() throws {
        let regions = try GeneratorFixtures.regions()
        let kepri = try ProgrammeGenerator.provincePosition(matching: "Kepulauan Riau", in: regions)
        for name in ["kepri", "ID-KR", "id-kr", "10", "  kepulauan riau "] {
            #expect(try ProgrammeGenerator.provincePosition(matching: name, in: regions) == kepri)
        }
        #expect(
            throws: GeneratorError.ambiguousProvince(
                "ID-JB", candidates: ["Daerah Khusus Ibukota Jakarta", "Jawa Barat"])
        ) {
            try ProgrammeGenerator.provincePosition(matching: "ID-JB", in: regions)
        }
        #expect(throws: GeneratorError.unknownProvince("Atlantis")) {
            try ProgrammeGenerator.generate(scale: .province, seed: 1, regions: regions, province: "Atlantis")
        }
        #expect(throws: GeneratorError.provinceNeedsProvinceScale("kepri")) {
            try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: regions, province: "kepri")
        }
        let slugs = ProgrammeGenerator.provinceSlugs(in: regions)
        #expect(Set(slugs).count == slugs.count)
        #expect(slugs[kepri] == "kepri")
    }

    // MARK: - Small tables

    /// Two provinces, three regencies, four districts, twelve villages.
    static func tinyTable() throws -> RegionTable {
        try RegionTable(
            provincesCSV: "id,name,iso_code\n1,Riau,ID-RI\n2,Kepulauan Riau,ID-KR\n",
            regenciesCSV: """
                id,province_id,name,capital,bsni_code
                1,1,Kabupaten Kampar,Bangkinang,BKN
                2,1,Kota Pekanbaru,Pekanbaru,PBR
                3,2,Kabupaten Bintan,Bandar Seri Bentan,BSB

                """,
            districtsCSV: "id,regency_id,name\n1,1,A\n2,2,B\n3,3,C\n4,3,D\n",
            villagesCSV: (1...12).map {
                "\($0),\(($0 - 1) / 3 + 1),\"Desa \($0), Ujung\",2\(String(format: "%04d", $0))"
            }
            .reduce("id,district_id,name,postal_code\n") { $0 + $1 + "\n" })
    }

    @Test func infeasibleParametersAreErrors() throws {
        let tiny = try Self.tinyTable()
        #expect(throws: GeneratorError.self) {
            try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: tiny)
        }
        var small = ProgrammeParameters()
        small.provincialBeneficiaries = 2
        small.regencyBeneficiaries = 3
        small.villageBeneficiaries = 4
        small.replicators = 3
        small.replicatingProvinces = 1
        let g = try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: tiny, parameters: small)
        #expect(g.nodes(withLabel: "VillageLibrary", flag: "beneficiary").count == 4)
        #expect(g.nodes(withLabel: "VillageLibrary", flag: "replicator").count == 3)
        #expect(g.nodeCount(withLabel: "Village") == 12)
        #expect(
            g.node(forKey: "village/1/perpustakaan").map { g.property("name", of: $0) }
                == "Perpustakaan Desa Desa 1, Ujung")
        var broken = small
        broken.synergyGapShare = .nan
        #expect(throws: GeneratorError.self) {
            try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: tiny, parameters: broken)
        }
        broken = small
        broken.lastCohort = 70_000
        #expect(throws: GeneratorError.self) {
            try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: tiny, parameters: broken)
        }
        small.replicators = 20
        #expect(throws: GeneratorError.self) {
            try ProgrammeGenerator.generate(scale: .national, seed: 1, regions: tiny, parameters: small)
        }
    }
}
