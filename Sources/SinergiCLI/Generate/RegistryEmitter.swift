// Turns a ProgrammePlan and a GenerationScope into a PropertyGraph, in a fixed order.
//
// Nodes first: regions (provinces, regencies, districts, villages by id, as in
// graphs/regions.jsonl), national stakeholders, provincial stakeholders by province,
// regency stakeholders by regency, village stakeholders by village, then the SHM events.
// Then relationships by type: PART_OF, LOCATED_IN, COORDINATES, PARTNERS_WITH,
// MEMBER_OF, FUNDS, MENTORS, REPLICATED_FROM, ATTENDED. A relationship is added only
// when both its ends are in the scope, so every scale is an induced subgraph of the
// national registry.

import SinergiGraph

/// Emits the registry of one plan and scope (see the file comment).
struct RegistryEmitter {
    /// The relationship types, with the prefix of their keys.
    enum Kind: String {
        case partOf = "PART_OF"
        case locatedIn = "LOCATED_IN"
        case coordinates = "COORDINATES"
        case partnersWith = "PARTNERS_WITH"
        case memberOf = "MEMBER_OF"
        case funds = "FUNDS"
        case mentors = "MENTORS"
        case replicatedFrom = "REPLICATED_FROM"
        case attended = "ATTENDED"

        var keyPrefix: String { rawValue.lowercased() }
    }

    let regions: RegionTable
    let plan: ProgrammePlan
    let scope: GenerationScope
    let slugs: [String]
    /// The province national bodies and the national SHM are located in (DKI Jakarta).
    let capitalProvince: Int?
    var graph = PropertyGraph()

    var provinceNode: [NodeID?]
    var regencyNode: [NodeID?]
    var districtNode: [NodeID?]
    var villageNode: [NodeID?]
    var perpusnas: NodeID?
    var bappenas: NodeID?
    var kemendes: NodeID?
    var provincialOffice: [NodeID?]
    var provincialBappeda: [NodeID?]
    var provincialDPMPD: [NodeID?]
    var synergyTeam: [NodeID?]
    var facilitators: [[NodeID]]
    var regencyOffice: [NodeID?]
    var regencyBappeda: [NodeID?]
    var regencyDPMPD: [NodeID?]
    var library: [NodeID?]
    var government: [NodeID?]
    var nationalSHM: NodeID?
    var provincialSHM: [NodeID?]

    static let synthetic: Value = .bool(true)

    init(regions: RegionTable, plan: ProgrammePlan, scope: GenerationScope) {
        self.regions = regions
        self.plan = plan
        self.scope = scope
        self.slugs = GeneratorKeys.provinceSlugs(for: regions.provinces)
        self.capitalProvince = regions.provinces.firstIndex { $0.name.contains("Jakarta") }
        let p = regions.provinces.count
        let r = regions.regencies.count
        let v = regions.villages.count
        provinceNode = Array(repeating: nil, count: p)
        regencyNode = Array(repeating: nil, count: r)
        districtNode = Array(repeating: nil, count: regions.districts.count)
        villageNode = Array(repeating: nil, count: v)
        provincialOffice = Array(repeating: nil, count: p)
        provincialBappeda = Array(repeating: nil, count: p)
        provincialDPMPD = Array(repeating: nil, count: p)
        synergyTeam = Array(repeating: nil, count: p)
        facilitators = Array(repeating: [], count: p)
        provincialSHM = Array(repeating: nil, count: p)
        regencyOffice = Array(repeating: nil, count: r)
        regencyBappeda = Array(repeating: nil, count: r)
        regencyDPMPD = Array(repeating: nil, count: r)
        library = Array(repeating: nil, count: v)
        government = Array(repeating: nil, count: v)
    }

    /// Adds every node, then every relationship.
    /// - Throws: `GraphError` only on a generator bug (a repeated key).
    /// - Complexity: O(P + R + D + V).
    mutating func emit() throws(GraphError) {
        let nodes = estimatedNodeCount()
        graph.reserveCapacity(nodes: nodes, relationships: nodes * 22 / 10)
        try emitRegions()
        try emitStakeholders()
        try emitEvents()
        try emitStructure()
        try emitPartnerships()
        try emitProgramme()
        try emitMeetings()
    }

    func estimatedNodeCount() -> Int {
        func count(_ flags: [Bool]) -> Int { flags.reduce(0) { $0 + ($1 ? 1 : 0) } }
        return 3 + count(scope.provinces) + count(scope.regencies) + count(scope.districts) + count(scope.villages)
            + 6 * count(scope.provincialStakeholders) + 3 * count(scope.regencyStakeholders)
            + count(scope.villageLibraries) + count(scope.villageGovernments) + 1 + count(scope.provincialSHM)
    }

    // MARK: - Adding

    mutating func node(_ key: String, _ labels: [String], _ properties: [String: Value]) throws(GraphError)
        -> NodeID
    {
        try graph.addNode(key: key, labels: labels, properties: properties)
    }

    /// A synthetic node: `properties` plus `synthetic: true`.
    mutating func stakeholder(_ key: String, _ kind: String, _ properties: [String: Value])
        throws(GraphError) -> NodeID
    {
        var properties = properties
        properties["synthetic"] = Self.synthetic
        return try graph.addNode(key: key, labels: ["Stakeholder", kind], properties: properties)
    }

    /// A synthetic relationship keyed `<type>/<start>/<end>`, when both ends are present.
    mutating func relate(_ kind: Kind, _ start: NodeID?, _ end: NodeID?, _ properties: [String: Value] = [:])
        throws(GraphError)
    {
        guard let start, let end else { return }
        var properties = properties
        properties["synthetic"] = Self.synthetic
        let key = GeneratorKeys.relationship(kind.keyPrefix, graph.key(of: start), graph.key(of: end))
        try graph.addRelationship(key: key, type: kind.rawValue, from: start, to: end, properties: properties)
    }

    // MARK: - Nodes

    mutating func emitRegions() throws(GraphError) {
        for (i, p) in regions.provinces.enumerated() where scope.provinces[i] {
            provinceNode[i] = try node(
                GeneratorKeys.province(p.id), ["Region", "Province"],
                ["name": .string(p.name), "code": .string(p.isoCode), "regionId": .int(Int64(p.id))])
        }
        for (i, r) in regions.regencies.enumerated() where scope.regencies[i] {
            regencyNode[i] = try node(
                GeneratorKeys.regency(r.id), ["Region", "Regency"],
                [
                    "name": .string(r.name), "capital": .string(r.capital), "bsniCode": .string(r.bsniCode),
                    "kind": .string(r.kind), "regionId": .int(Int64(r.id)),
                ])
        }
        for (i, d) in regions.districts.enumerated() where scope.districts[i] {
            districtNode[i] = try node(
                GeneratorKeys.district(d.id), ["Region", "District"],
                ["name": .string(d.name), "regionId": .int(Int64(d.id))])
        }
        for (i, v) in regions.villages.enumerated() where scope.villages[i] {
            villageNode[i] = try node(
                GeneratorKeys.village(v.id), ["Region", "Village"],
                ["name": .string(v.name), "postalCode": .string(v.postalCode), "regionId": .int(Int64(v.id))])
        }
    }

    mutating func emitStakeholders() throws(GraphError) {
        if scope.nationalStakeholders {
            perpusnas = try stakeholder(
                GeneratorKeys.perpusnas, "Perpusnas",
                ["name": "Perpustakaan Nasional Republik Indonesia", "shortName": "Perpusnas", "level": "national"])
            bappenas = try stakeholder(
                GeneratorKeys.bappenas, "Bappenas",
                [
                    "name": "Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional",
                    "shortName": "Bappenas", "level": "national",
                ])
            kemendes = try stakeholder(
                GeneratorKeys.kemendes, "Kemendes",
                [
                    "name": "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
                    "shortName": "Kemendes", "level": "national",
                ])
        }
        for (i, p) in regions.provinces.enumerated() where scope.provincialStakeholders[i] {
            let slug = slugs[i]
            let of = "Provinsi " + p.name
            var office: [String: Value] = [
                "name": .string("Dinas Perpustakaan dan Kearsipan " + of), "level": "province",
            ]
            if plan.provinceCohort[i] != 0 {
                office["beneficiary"] = true
                office["cohort"] = .int(Int64(plan.provinceCohort[i]))
            }
            provincialOffice[i] = try stakeholder(
                GeneratorKeys.provincialLibraryOffice(slug), "ProvincialLibraryOffice", office)
            provincialBappeda[i] = try stakeholder(
                GeneratorKeys.provincialBappeda(slug), "Bappeda",
                ["name": .string("Bappeda " + of), "level": "province"])
            provincialDPMPD[i] = try stakeholder(
                GeneratorKeys.provincialDPMPD(slug), "DPMPD",
                [
                    "name": .string("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa " + of),
                    "shortName": .string("DPMPD " + of), "level": "province",
                ])
            synergyTeam[i] = try stakeholder(
                GeneratorKeys.synergyTeam(slug), "SynergyTeam",
                ["name": .string("Tim Sinergi " + of), "level": "province", "seats": 5])
            for n in 0..<plan.facilitatorCount[i] {
                facilitators[i].append(
                    try stakeholder(
                        GeneratorKeys.facilitator(slug, n + 1), "Facilitator",
                        ["name": .string("Fasilitator Daerah \(n + 1) " + of), "level": "province"]))
            }
        }
        for (i, r) in regions.regencies.enumerated() where scope.regencyStakeholders[i] {
            let isRoleModel = plan.roleModelRegency[r.province] == i
            var office: [String: Value] = ["name": .string("Dinas Perpustakaan " + r.name), "level": "regency"]
            if plan.regencyCohort[i] != 0 {
                office["beneficiary"] = true
                office["cohort"] = .int(Int64(plan.regencyCohort[i]))
            }
            var bappeda: [String: Value] = ["name": .string("Bappeda " + r.name), "level": "regency"]
            var dpmpd: [String: Value] = [
                "name": .string("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa " + r.name),
                "shortName": .string("DPMPD " + r.name), "level": "regency",
            ]
            if isRoleModel {
                office["roleModel"] = true
                bappeda["roleModel"] = true
                dpmpd["roleModel"] = true
            }
            regencyOffice[i] = try stakeholder(GeneratorKeys.regencyLibraryOffice(r.id), "RegencyLibraryOffice", office)
            regencyBappeda[i] = try stakeholder(GeneratorKeys.regencyBappeda(r.id), "Bappeda", bappeda)
            regencyDPMPD[i] = try stakeholder(GeneratorKeys.regencyDPMPD(r.id), "DPMPD", dpmpd)
        }
        for (i, v) in regions.villages.enumerated() {
            if scope.villageLibraries[i] {
                var properties: [String: Value] = ["name": .string("Perpustakaan Desa " + v.name), "level": "village"]
                if plan.villageCohort[i] != 0 {
                    properties["beneficiary"] = true
                    properties["cohort"] = .int(Int64(plan.villageCohort[i]))
                }
                if plan.roleModel[i] { properties["roleModel"] = true }
                if plan.replicationOfVillage[i] >= 0 {
                    properties["replicator"] = true
                    let generation = plan.replications[Int(plan.replicationOfVillage[i])].generation
                    properties["generation"] = .int(Int64(generation))
                }
                library[i] = try stakeholder(GeneratorKeys.villageLibrary(v.id), "VillageLibrary", properties)
            }
            if scope.villageGovernments[i] {
                government[i] = try stakeholder(
                    GeneratorKeys.villageGovernment(v.id), "VillageGovernment",
                    ["name": .string("Pemerintah Desa " + v.name), "level": "village"])
            }
        }
    }

    mutating func emitEvents() throws(GraphError) {
        if scope.nationalSHM {
            nationalSHM = try graph.addNode(
                key: GeneratorKeys.nationalSHM, labels: ["Event", "SHM"],
                properties: [
                    "name": "Stakeholder Meeting (SHM) Nasional TPBIS 2023",
                    "date": .date(ProgrammePlan.date(2023, 6, 21)),
                    "city": "Jakarta", "level": "national", "programme": "TPBIS", "synthetic": Self.synthetic,
                ])
        }
        for (i, p) in regions.provinces.enumerated() where scope.provincialSHM[i] {
            guard let date = plan.shmDate[i] else { continue }
            provincialSHM[i] = try graph.addNode(
                key: GeneratorKeys.provincialSHM(slugs[i]), labels: ["Event", "SHM"],
                properties: [
                    "name": .string("Stakeholder Meeting (SHM) TPBIS Provinsi \(p.name) 2023"), "date": .date(date),
                    "wave": .int(Int64(plan.shmWave[i])), "seats": 30, "level": "province", "programme": "TPBIS",
                    "synthetic": Self.synthetic,
                ])
        }
    }
}
