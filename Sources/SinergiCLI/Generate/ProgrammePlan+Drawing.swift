// Drawing a ProgrammePlan: beneficiaries and cohorts, role models, synergy gaps,
// partnerships, village funding, facilitators and the 2023 SHM calendar.
//
// Replication, the longest step, is in `ProgrammePlan+Replication.swift`.

import SinergiGraph
import SinergiText

extension ProgrammePlan {
    /// Draws the whole plan for `regions`.
    ///
    /// - Throws: `GeneratorError.infeasible` when the parameters ask for more than the
    ///   regions hold.
    /// - Complexity: O(P + R + D + V) for the region counts, plus O(Q·p) for Q replicators
    ///   in p replicating provinces.
    init(regions: RegionTable, parameters: ProgrammeParameters, seed: UInt64) throws(GeneratorError) {
        let provinceCount = regions.provinces.count
        let regencyCount = regions.regencies.count
        let villageCount = regions.villages.count
        provinceCohort = Array(repeating: 0, count: provinceCount)
        facilitatorCount = Array(repeating: 0, count: provinceCount)
        provinceReplicating = Array(repeating: false, count: provinceCount)
        roleModelRegency = Array(repeating: nil, count: provinceCount)
        provincialPartnerships = []
        shmDate = Array(repeating: nil, count: provinceCount)
        shmWave = Array(repeating: 0, count: provinceCount)
        shmRoleModelVillage = Array(repeating: nil, count: provinceCount)
        regencyCohort = Array(repeating: 0, count: regencyCount)
        gapMask = Array(repeating: 0, count: regencyCount)
        regencyPartnerships = []
        villageCohort = Array(repeating: 0, count: villageCount)
        roleModel = Array(repeating: false, count: villageCount)
        replicationOfVillage = Array(repeating: -1, count: villageCount)
        replications = []
        fundingYear = Array(repeating: 0, count: villageCount)

        let shares = [
            ("synergyGapShare", parameters.synergyGapShare), ("villageFundingRate", parameters.villageFundingRate),
            ("roleModelShare", parameters.roleModelShare),
            ("replicateFromReplicatorRate", parameters.replicateFromReplicatorRate),
            ("sameRegencyReplicationRate", parameters.sameRegencyReplicationRate),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw .infeasible(Message(.generateShareOutOfRange, ["name": .text(name), "value": .text(String(value))]))
        }
        guard (1900...9000).contains(parameters.firstCohort), (1900...9000).contains(parameters.lastCohort) else {
            throw .infeasible(
                Message(
                    .generateCohortsOutside,
                    ["first": .int(parameters.firstCohort), "last": .int(parameters.lastCohort)]))
        }
        guard parameters.firstCohort + 2 <= parameters.lastCohort else {
            throw .infeasible(
                Message(
                    .generateCohortsTooFew,
                    ["first": .int(parameters.firstCohort), "last": .int(parameters.lastCohort)]))
        }
        try drawBeneficiaries(regions, parameters, seed)
        drawRoleModels(regions, parameters, seed)
        try drawReplication(regions, parameters, seed)
        drawGaps(regions, parameters, seed)
        drawFundingAndFacilitators(regions, parameters, seed)
        drawMeetings(regions, seed)
    }

    /// Beneficiary provinces, regencies and villages with their cohorts.
    ///
    /// Each beneficiary province has an anchor regency of the province's cohort, and each
    /// beneficiary regency an anchor village of the regency's cohort; the others join later.
    private mutating func drawBeneficiaries(
        _ regions: RegionTable, _ parameters: ProgrammeParameters, _ seed: UInt64
    ) throws(GeneratorError) {
        let lastProvincialCohort = parameters.lastCohort - 2
        // Provinces.
        var rng = SplitMix64(seed: seed, stream: Stream.provinces.rawValue)
        let populated = regions.regencies.indices.filter { !regions.villagePositions(inRegency: $0).isEmpty }
        var populatedRegencies = Array(repeating: [Int](), count: regions.provinces.count)
        for r in populated { populatedRegencies[regions.regencies[r].province].append(r) }
        let candidates = regions.provinces.indices.filter { !populatedRegencies[$0].isEmpty }
        guard (0...candidates.count).contains(parameters.provincialBeneficiaries) else {
            throw .infeasible(
                Message(
                    .generateProvincialBeneficiaries,
                    ["wanted": .count(parameters.provincialBeneficiaries), "provinces": .count(candidates.count)]))
        }
        let provinces = rng.sample(candidates, count: parameters.provincialBeneficiaries).sorted()
        for p in provinces { provinceCohort[p] = rng.uniform(in: parameters.firstCohort...lastProvincialCohort) }

        // Regencies: one anchor per beneficiary province, the rest drawn from all of them.
        rng = SplitMix64(seed: seed, stream: Stream.regencies.rawValue)
        let regencyTotal = parameters.regencyBeneficiaries
        var pool: [Int] = []
        var anchors: [Int] = []
        for p in provinces {
            let own = populatedRegencies[p]
            let anchor = own[rng.uniform(below: own.count)]
            anchors.append(anchor)
            pool += own.filter { $0 != anchor }
        }
        guard regencyTotal >= anchors.count, regencyTotal - anchors.count <= pool.count else {
            throw .infeasible(
                Message(
                    .generateRegencyBeneficiaries,
                    [
                        "wanted": .count(regencyTotal), "provinces": .count(provinces.count),
                        "regencies": .count(pool.count + anchors.count),
                    ]))
        }
        for r in anchors { regencyCohort[r] = provinceCohort[regions.regencies[r].province] }
        for r in rng.sample(pool, count: regencyTotal - anchors.count).sorted() {
            let first = provinceCohort[regions.regencies[r].province]
            regencyCohort[r] = rng.uniform(in: first...(parameters.lastCohort - 1))
        }

        // Villages: an even share per beneficiary regency, the remainder spread at random.
        rng = SplitMix64(seed: seed, stream: Stream.villages.rawValue)
        let regencies = regions.regencies.indices.filter { regencyCohort[$0] != 0 }
        let villageTotal = parameters.villageBeneficiaries
        guard regencies.isEmpty ? villageTotal == 0 : villageTotal >= regencies.count else {
            throw .infeasible(
                Message(
                    .generateVillagesOverRegencies,
                    ["villages": .count(villageTotal), "regencies": .count(regencies.count)]))
        }
        let share = villageTotal / max(1, regencies.count)
        var quota = regencies.map { min(regions.villagePositions(inRegency: $0).count, share) }
        var open = regencies.indices.filter { quota[$0] < regions.villagePositions(inRegency: regencies[$0]).count }
        var left = villageTotal - quota.reduce(0, +)
        while left > 0 {
            guard !open.isEmpty else {
                throw .infeasible(Message(.generateTooFewVillages, ["villages": .count(villageTotal)]))
            }
            let k = rng.uniform(below: open.count)
            let i = open[k]
            quota[i] += 1
            left -= 1
            if quota[i] == regions.villagePositions(inRegency: regencies[i]).count {
                open.swapAt(k, open.count - 1)
                open.removeLast()
            }
        }
        for (i, r) in regencies.enumerated() {
            let picks = rng.sample(regions.villagePositions(inRegency: r), count: quota[i])
            for (n, v) in picks.enumerated() {
                let cohort = n == 0 ? regencyCohort[r] : rng.uniform(in: regencyCohort[r]...parameters.lastCohort)
                villageCohort[v] = UInt16(cohort)
            }
        }
    }

    /// The role-model village libraries: beneficiaries of a cohort at least two years old.
    private mutating func drawRoleModels(_ regions: RegionTable, _ parameters: ProgrammeParameters, _ seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: Stream.roleModels.rawValue)
        let eligibleBefore = parameters.lastCohort - 2
        var byProvince = Array(repeating: (all: 0, eligible: [Int]()), count: regions.provinces.count)
        for v in villageCohort.indices where villageCohort[v] != 0 {
            let p = regions.provincePosition(ofVillage: v)
            byProvince[p].all += 1
            if Int(villageCohort[v]) <= eligibleBefore { byProvince[p].eligible.append(v) }
        }
        for (all, eligible) in byProvince where all > 0 {
            // Shares are in 0...1 (checked), so adding 0.5 rounds half up without libm.
            let wanted = max(1, Int(parameters.roleModelShare * Double(all) + 0.5))
            for v in rng.sample(eligible, count: wanted) { roleModel[v] = true }
        }
    }

    /// Synergy gaps of an exact share of the regencies, the partnership dates and kinds,
    /// and each beneficiary province's role-model regency (one without a gap).
    private mutating func drawGaps(_ regions: RegionTable, _ parameters: ProgrammeParameters, _ seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: Stream.gaps.rawValue)
        let regencyCount = regions.regencies.count
        let gaps = min(regencyCount, max(0, Int(parameters.synergyGapShare * Double(regencyCount) + 0.5)))
        for r in rng.sample(Array(0..<regencyCount), count: gaps).sorted() {
            gapMask[r] = Self.gapPatterns[rng.uniform(below: Self.gapPatterns.count)]
        }
        let first = Self.date(parameters.firstCohort)
        let last = Self.date(2023, 8, 10)
        regencyPartnerships.reserveCapacity(3 * regencyCount)
        for _ in 0..<(3 * regencyCount) {
            let since = Self.day(between: first, and: last, using: &rng)
            regencyPartnerships.append(Partnership(since: since, kind: rng.uniform(below: Self.partnershipKinds.count)))
        }

        rng = SplitMix64(seed: seed, stream: Stream.provincialPartnerships.rawValue)
        for _ in 0..<(3 * regions.provinces.count) {
            let since = Self.day(between: first, and: last, using: &rng)
            provincialPartnerships.append(
                Partnership(since: since, kind: rng.uniform(below: Self.partnershipKinds.count)))
        }

        rng = SplitMix64(seed: seed, stream: Stream.roleModelRegencies.rawValue)
        for p in regions.provinces.indices where provinceCohort[p] != 0 {
            let candidates = regions.regencyPositions(inProvince: p).filter {
                regencyCohort[$0] != 0 && gapMask[$0] == 0
            }
            if !candidates.isEmpty { roleModelRegency[p] = candidates[rng.uniform(below: candidates.count)] }
        }
    }

    /// Which village governments fund their library (and since when), and the facilitators.
    private mutating func drawFundingAndFacilitators(
        _ regions: RegionTable, _ parameters: ProgrammeParameters, _ seed: UInt64
    ) {
        var rng = SplitMix64(seed: seed, stream: Stream.funding.rawValue)
        for v in villageCohort.indices {
            let funds = rng.bernoulli(parameters.villageFundingRate)
            let year = rng.uniform(in: (parameters.firstCohort + 1)...parameters.lastCohort)
            if villageCohort[v] != 0 {
                fundingYear[v] = villageCohort[v]
            } else if replicationOfVillage[v] >= 0 {
                fundingYear[v] = UInt16(replications[Int(replicationOfVillage[v])].since.year)
            } else if funds {
                fundingYear[v] = UInt16(year)
            }
        }
        rng = SplitMix64(seed: seed, stream: Stream.facilitators.rawValue)
        let range = parameters.facilitatorsPerProvince
        for p in regions.provinces.indices {
            facilitatorCount[p] = max(0, rng.uniform(in: range.lowerBound...max(range.lowerBound, range.upperBound)))
        }
    }

    /// The 2023 provincial SHMs: the beneficiary provinces in four waves between 26 July
    /// and 10 August 2023, each with a role-model village library in the village seat.
    private mutating func drawMeetings(_ regions: RegionTable, _ seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: Stream.meetings.rawValue)
        var provinces = regions.provinces.indices.filter { provinceCohort[$0] != 0 }
        rng.shuffle(&provinces)
        let waveStarts = [Self.date(2023, 7, 26), Self.date(2023, 7, 30), Self.date(2023, 8, 3), Self.date(2023, 8, 8)]
        for (i, p) in provinces.enumerated() {
            let wave = i * waveStarts.count / max(1, provinces.count)
            shmWave[p] = wave + 1
            shmDate[p] = Self.shift(waveStarts[wave], days: rng.uniform(below: 3))
        }
        var models = Array(repeating: [Int](), count: regions.provinces.count)
        for v in roleModel.indices where roleModel[v] { models[regions.provincePosition(ofVillage: v)].append(v) }
        for p in regions.provinces.indices where provinceCohort[p] != 0 && !models[p].isEmpty {
            shmRoleModelVillage[p] = models[p][rng.uniform(below: models[p].count)]
        }
    }
}
