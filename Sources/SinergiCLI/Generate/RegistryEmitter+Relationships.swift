// The relationships of a generated registry, type by type, in a fixed order.
//
// Structure (PART_OF, LOCATED_IN, COORDINATES), partnerships (PARTNERS_WITH, MEMBER_OF),
// the programme (FUNDS, MENTORS, REPLICATED_FROM) and the 2023 SHMs (ATTENDED). Each
// loop runs over region positions in id order; `relate` skips a relationship whose end
// is outside the scope.

import SinergiGraph

extension RegistryEmitter {
    /// PART_OF (exactly as graphs/regions.jsonl), LOCATED_IN for every stakeholder and
    /// event, and the COORDINATES hierarchy national → province → regency → village.
    mutating func emitStructure() throws(GraphError) {
        for (i, r) in regions.regencies.enumerated() {
            try partOf(regencyNode[i], provinceNode[r.province])
        }
        for (i, d) in regions.districts.enumerated() {
            try partOf(districtNode[i], regencyNode[d.regency])
        }
        for (i, v) in regions.villages.enumerated() {
            try partOf(villageNode[i], districtNode[v.district])
        }

        let capital = capitalProvince.flatMap { provinceNode[$0] }
        for body in [perpusnas, bappenas, kemendes] { try relate(.locatedIn, body, capital) }
        for p in regions.provinces.indices {
            for body in [provincialOffice[p], provincialBappeda[p], provincialDPMPD[p], synergyTeam[p]] {
                try relate(.locatedIn, body, provinceNode[p])
            }
            for body in facilitators[p] { try relate(.locatedIn, body, provinceNode[p]) }
        }
        for r in regions.regencies.indices {
            for body in [regencyOffice[r], regencyBappeda[r], regencyDPMPD[r]] {
                try relate(.locatedIn, body, regencyNode[r])
            }
        }
        for v in regions.villages.indices {
            try relate(.locatedIn, library[v], villageNode[v])
            try relate(.locatedIn, government[v], villageNode[v])
        }
        try relate(.locatedIn, nationalSHM, capital)
        for p in regions.provinces.indices { try relate(.locatedIn, provincialSHM[p], provinceNode[p]) }

        for p in regions.provinces.indices {
            try relate(.coordinates, perpusnas, provincialOffice[p])
            try relate(.coordinates, bappenas, provincialBappeda[p])
            try relate(.coordinates, kemendes, provincialDPMPD[p])
        }
        for (r, regency) in regions.regencies.enumerated() {
            let p = regency.province
            try relate(.coordinates, provincialOffice[p], regencyOffice[r])
            try relate(.coordinates, provincialBappeda[p], regencyBappeda[r])
            try relate(.coordinates, provincialDPMPD[p], regencyDPMPD[r])
        }
        for v in regions.villages.indices {
            let r = regions.regencyPosition(ofVillage: v)
            try relate(.coordinates, regencyOffice[r], library[v])
            try relate(.coordinates, regencyDPMPD[r], government[v])
        }
    }

    /// `part_of/<child key>` with no properties, as in graphs/regions.jsonl.
    private mutating func partOf(_ child: NodeID?, _ parent: NodeID?) throws(GraphError) {
        guard let child, let parent else { return }
        try graph.addRelationship(
            key: GeneratorKeys.partOf(graph.key(of: child)), type: Kind.partOf.rawValue, from: child, to: parent)
    }

    /// Synergy partnerships of provinces and regencies (minus the regencies' gaps), the
    /// village library–village government partnerships, and synergy-team membership.
    mutating func emitPartnerships() throws(GraphError) {
        for p in regions.provinces.indices {
            let ends = [
                (provincialOffice[p], provincialBappeda[p]), (provincialOffice[p], provincialDPMPD[p]),
                (provincialBappeda[p], provincialDPMPD[p]),
            ]
            for pair in ProgrammePlan.Pair.allCases {
                let partnership = plan.provincialPartnerships[3 * p + pair.rawValue]
                try relate(.partnersWith, ends[pair.rawValue].0, ends[pair.rawValue].1, properties(of: partnership))
            }
        }
        for r in regions.regencies.indices {
            let ends = [
                (regencyOffice[r], regencyBappeda[r]), (regencyOffice[r], regencyDPMPD[r]),
                (regencyBappeda[r], regencyDPMPD[r]),
            ]
            for pair in ProgrammePlan.Pair.allCases where plan.gapMask[r] & pair.bit == 0 {
                let partnership = plan.regencyPartnerships[3 * r + pair.rawValue]
                try relate(.partnersWith, ends[pair.rawValue].0, ends[pair.rawValue].1, properties(of: partnership))
            }
        }
        for v in regions.villages.indices {
            try relate(.partnersWith, library[v], government[v])
        }
        for p in regions.provinces.indices {
            for member in [provincialOffice[p], provincialBappeda[p], provincialDPMPD[p]] + facilitators[p] {
                try relate(.memberOf, member, synergyTeam[p])
            }
        }
    }

    private func properties(of partnership: ProgrammePlan.Partnership) -> [String: Value] {
        ["since": .date(partnership.since), "kind": .string(ProgrammePlan.partnershipKinds[partnership.kind])]
    }

    /// Perpusnas funding its beneficiaries, village governments funding their libraries,
    /// facilitators mentoring the beneficiary village libraries, and replication lineages.
    mutating func emitProgramme() throws(GraphError) {
        for p in regions.provinces.indices where plan.provinceCohort[p] != 0 {
            try relate(
                .funds, perpusnas, provincialOffice[p],
                ["programme": "TPBIS", "year": .int(Int64(plan.provinceCohort[p]))])
        }
        for r in regions.regencies.indices where plan.regencyCohort[r] != 0 {
            try relate(
                .funds, perpusnas, regencyOffice[r], ["programme": "TPBIS", "year": .int(Int64(plan.regencyCohort[r]))])
        }
        for v in regions.villages.indices where plan.villageCohort[v] != 0 {
            try relate(
                .funds, perpusnas, library[v], ["programme": "TPBIS", "year": .int(Int64(plan.villageCohort[v]))])
        }
        for v in regions.villages.indices where plan.fundingYear[v] != 0 {
            try relate(
                .funds, government[v], library[v], ["source": "APBDes", "year": .int(Int64(plan.fundingYear[v]))])
        }

        // The k-th beneficiary village library of a province (in id order) is mentored by
        // facilitator k mod n: counted over the whole plan, so every scale agrees.
        var seen = Array(repeating: 0, count: regions.provinces.count)
        for v in regions.villages.indices where plan.villageCohort[v] != 0 {
            let p = regions.provincePosition(ofVillage: v)
            let n = plan.facilitatorCount[p]
            guard n > 0 else { continue }
            let k = seen[p] % n
            seen[p] += 1
            guard k < facilitators[p].count else { continue }
            let since = ProgrammePlan.date(Int(plan.villageCohort[v]))
            try relate(.mentors, facilitators[p][k], library[v], ["since": .date(since)])
        }

        for replication in plan.replications {
            try relate(
                .replicatedFrom, library[replication.village], library[replication.source],
                ["since": .date(replication.since)])
        }
    }

    /// Who attended the national SHM (21 June 2023) and each provincial SHM: the 30 seats
    /// of DOMAIN.md as nodes (the synergy team's 5 seats are one node with `seats: 5`).
    /// `role` is one the TPBIS schema lists — Perpusnas `organizer`, everyone else
    /// `participant` — and `seatGroup` names the group of seats a participant filled in the
    /// words of the example attendance sheets (`stakeholder`, `synergy team`, `facilitator`,
    /// `role model`), so the registry's own export imports under the default schema and one
    /// query counts seat groups in generated and recorded meetings alike.
    mutating func emitMeetings() throws(GraphError) {
        try relate(.attended, perpusnas, nationalSHM, ["role": "organizer"])
        try relate(.attended, bappenas, nationalSHM, seat("stakeholder"))
        try relate(.attended, kemendes, nationalSHM, seat("stakeholder"))
        for p in regions.provinces.indices where plan.provinceCohort[p] != 0 {
            try relate(.attended, provincialOffice[p], nationalSHM, ["role": "participant"])
        }
        for p in regions.provinces.indices where plan.shmDate[p] != nil {
            let event = provincialSHM[p]
            try relate(.attended, perpusnas, event, ["role": "organizer"])
            try relate(.attended, synergyTeam[p], event, seat("synergy team", seats: 5))
            for body in [provincialOffice[p], provincialBappeda[p], provincialDPMPD[p]] {
                try relate(.attended, body, event, seat("stakeholder"))
            }
            for body in facilitators[p] { try relate(.attended, body, event, seat("facilitator")) }
            let model = plan.roleModelRegency[p]
            if let r = model {
                for body in [regencyOffice[r], regencyBappeda[r], regencyDPMPD[r]] {
                    try relate(.attended, body, event, seat("role model"))
                }
            }
            if let v = plan.shmRoleModelVillage[p] { try relate(.attended, library[v], event, seat("role model")) }
            for r in regions.regencyPositions(inProvince: p) where plan.regencyCohort[r] != 0 && r != model {
                try relate(.attended, regencyOffice[r], event, ["role": "participant"])
            }
        }
    }

    /// A participant's ATTENDED properties: the seat group, and the number of seats when more than one.
    private func seat(_ group: String, seats: Int64? = nil) -> [String: Value] {
        var properties: [String: Value] = ["role": "participant", "seatGroup": .string(group)]
        if let seats { properties["seats"] = .int(seats) }
        return properties
    }
}
