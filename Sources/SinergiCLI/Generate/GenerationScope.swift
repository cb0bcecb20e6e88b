// Which entities of the national plan a scale emits.
//
// A scale is a set of nodes; the relationships emitted are exactly those of the national
// registry whose two ends are both in the set (the induced subgraph). So `province` and
// `program` registries are views of the national one for the same seed.

/// The node set of one generation scale, as flags by region position.
struct GenerationScope: Sendable {
    var nationalStakeholders = true
    var nationalSHM = true
    /// Region nodes.
    var provinces: [Bool]
    var regencies: [Bool]
    var districts: [Bool]
    var villages: [Bool]
    /// Provincial library office, Bappeda, DPMPD, synergy team, facilitators.
    var provincialStakeholders: [Bool]
    /// The province's SHM event (when the plan has one).
    var provincialSHM: [Bool]
    /// Regency library office, Bappeda, DPMPD.
    var regencyStakeholders: [Bool]
    var villageLibraries: [Bool]
    var villageGovernments: [Bool]

    /// Everything: the national registry.
    /// - Complexity: O(P + R + D + V).
    static func national(_ regions: RegionTable) -> GenerationScope {
        GenerationScope(
            provinces: Array(repeating: true, count: regions.provinces.count),
            regencies: Array(repeating: true, count: regions.regencies.count),
            districts: Array(repeating: true, count: regions.districts.count),
            villages: Array(repeating: true, count: regions.villages.count),
            provincialStakeholders: Array(repeating: true, count: regions.provinces.count),
            provincialSHM: Array(repeating: true, count: regions.provinces.count),
            regencyStakeholders: Array(repeating: true, count: regions.regencies.count),
            villageLibraries: Array(repeating: true, count: regions.villages.count),
            villageGovernments: Array(repeating: true, count: regions.villages.count))
    }

    /// One province at national detail, plus the national stakeholders and the national SHM.
    /// - Complexity: O(P + R + D + V).
    static func province(_ p: Int, _ regions: RegionTable) -> GenerationScope {
        var scope = national(regions)
        for i in scope.provinces.indices where i != p {
            scope.provinces[i] = false
            scope.provincialStakeholders[i] = false
            scope.provincialSHM[i] = false
        }
        for r in scope.regencies.indices where regions.regencies[r].province != p {
            scope.regencies[r] = false
            scope.regencyStakeholders[r] = false
        }
        for d in scope.districts.indices where !scope.regencies[regions.districts[d].regency] {
            scope.districts[d] = false
        }
        for v in scope.villages.indices where !scope.districts[regions.villages[v].district] {
            scope.villages[v] = false
            scope.villageLibraries[v] = false
            scope.villageGovernments[v] = false
        }
        return scope
    }

    /// The programme's stakeholders: beneficiary and replicating village libraries, the
    /// offices, Bappeda and DPMPD of their regencies and provinces (with the synergy
    /// teams and facilitators), the national stakeholders and the SHMs; all provinces and
    /// regencies as regions, and the districts and villages the village libraries lie in.
    /// Village governments are left out.
    /// - Complexity: O(P + R + D + V).
    static func programme(_ plan: ProgrammePlan, _ regions: RegionTable) -> GenerationScope {
        var scope = GenerationScope(
            provinces: Array(repeating: true, count: regions.provinces.count),
            regencies: Array(repeating: true, count: regions.regencies.count),
            districts: Array(repeating: false, count: regions.districts.count),
            villages: Array(repeating: false, count: regions.villages.count),
            provincialStakeholders: plan.provinceCohort.map { $0 != 0 },
            provincialSHM: Array(repeating: true, count: regions.provinces.count),
            regencyStakeholders: plan.regencyCohort.map { $0 != 0 },
            villageLibraries: Array(repeating: false, count: regions.villages.count),
            villageGovernments: Array(repeating: false, count: regions.villages.count))
        for v in regions.villages.indices where plan.villageCohort[v] != 0 || plan.replicationOfVillage[v] >= 0 {
            scope.villageLibraries[v] = true
            scope.villages[v] = true
            scope.districts[regions.villages[v].district] = true
            let r = regions.regencyPosition(ofVillage: v)
            scope.regencyStakeholders[r] = true
            scope.provincialStakeholders[regions.regencies[r].province] = true
        }
        return scope
    }
}
