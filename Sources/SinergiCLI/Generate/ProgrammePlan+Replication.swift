// Drawing self-replication ("replikasi mandiri"): which village libraries copied the
// programme on their own, from whom, and when.
//
// Replicators lie in a fixed number of beneficiary provinces; each province gets a quota
// proportional to its beneficiary villages (with noise), exact in total. A replicator
// copies a role model of its province or, with `replicateFromReplicatorRate`, an earlier
// replicator there, so lineages run several generations deep. It usually lies in the
// regency of the library it copies. Dates respect the lineage: a role model can be copied
// from 1 January after its cohort year, a replicator 90 days after it started, and every
// replication starts by 30 June of the last cohort year ("by June 2023").

import SinergiGraph
import SinergiText

extension ProgrammePlan {
    /// Days a replicator runs before others copy it.
    static let replicatorMaturityDays = 90

    /// Draws the replications (see the file comment).
    ///
    /// - Throws: `GeneratorError.infeasible` when there are fewer beneficiary provinces or
    ///   free villages than the parameters ask for.
    /// - Complexity: O(V + Q·p) for V villages, Q replicators and p replicating provinces.
    mutating func drawReplication(
        _ regions: RegionTable, _ parameters: ProgrammeParameters, _ seed: UInt64
    ) throws(GeneratorError) {
        var rng = SplitMix64(seed: seed, stream: Stream.replication.rawValue)
        let total = parameters.replicators
        let wantedProvinces = parameters.replicatingProvinces
        if total == 0 && wantedProvinces == 0 { return }
        let provinceCount = regions.provinces.count
        var beneficiaries = Array(repeating: 0, count: provinceCount)
        var free = Array(repeating: 0, count: provinceCount)
        var models = Array(repeating: [Int](), count: provinceCount)
        for v in villageCohort.indices {
            let p = regions.provincePosition(ofVillage: v)
            if villageCohort[v] != 0 { beneficiaries[p] += 1 } else { free[p] += 1 }
            if roleModel[v] { models[p].append(v) }
        }
        let candidates = (0..<provinceCount).filter { !models[$0].isEmpty && free[$0] > 0 }
        guard wantedProvinces <= candidates.count, total >= wantedProvinces, wantedProvinces > 0 else {
            throw .infeasible(
                Message(
                    .generateReplicatorsProvinces,
                    [
                        "replicators": .count(total), "wanted": .count(wantedProvinces),
                        "provinces": .count(candidates.count),
                    ]))
        }
        let provinces = rng.sample(candidates, count: wantedProvinces).sorted()
        for p in provinces { provinceReplicating[p] = true }

        let quotas = try Self.quotas(
            total: total, weights: provinces.map { Double(beneficiaries[$0]) * (0.5 + rng.unit()) },
            capacities: provinces.map { free[$0] })

        let cutoff = Self.date(parameters.lastCohort, 6, 30)
        for (p, quota) in zip(provinces, quotas) {
            let sources = models[p].map { (village: $0, ready: Self.date(Int(villageCohort[$0]) + 1)) }
                .filter { $0.ready <= cutoff }
            guard !sources.isEmpty else {
                throw .infeasible(Message(.generateNoRoleModel, ["province": .text(regions.provinces[p].name)]))
            }
            let ownRegencies = regions.regencyPositions(inProvince: p)
            var mine: [Int] = []
            for _ in 0..<quota {
                var source = sources[rng.uniform(below: sources.count)]
                var generation = 1
                if !mine.isEmpty, rng.bernoulli(parameters.replicateFromReplicatorRate) {
                    let earlier = replications[mine[rng.uniform(below: mine.count)]]
                    let ready = Self.shift(earlier.since, days: Self.replicatorMaturityDays)
                    if ready <= cutoff {
                        source = (earlier.village, ready)
                        generation = earlier.generation + 1
                    }
                }
                var regency = regions.regencyPosition(ofVillage: source.village)
                if !rng.bernoulli(parameters.sameRegencyReplicationRate) {
                    regency = ownRegencies[rng.uniform(below: ownRegencies.count)]
                }
                guard let village = freeVillage(near: regency, in: ownRegencies, regions, &rng) else {
                    throw .infeasible(Message(.generateNoFreeVillage, ["province": .text(regions.provinces[p].name)]))
                }
                let since = Self.day(between: source.ready, and: cutoff, using: &rng)
                replicationOfVillage[village] = Int32(replications.count)
                mine.append(replications.count)
                replications.append(
                    Replication(village: village, source: source.village, since: since, generation: generation))
            }
        }
        replications.sort { $0.village < $1.village }
        for (i, r) in replications.enumerated() { replicationOfVillage[r.village] = Int32(i) }
    }

    /// A village of `regency` that is neither a beneficiary nor a replicator, else one
    /// elsewhere in the province (regencies scanned from a random one on).
    private func freeVillage(
        near regency: Int, in provinceRegencies: [Int], _ regions: RegionTable, _ rng: inout SplitMix64
    ) -> Int? {
        func isFree(_ v: Int) -> Bool { villageCohort[v] == 0 && replicationOfVillage[v] < 0 }
        func scan(_ r: Int) -> Int? {
            let villages = regions.villagePositions(inRegency: r)
            guard !villages.isEmpty else { return nil }
            for _ in 0..<16 {
                let v = villages[rng.uniform(below: villages.count)]
                if isFree(v) { return v }
            }
            let start = rng.uniform(below: villages.count)
            for k in 0..<villages.count where isFree(villages[(start + k) % villages.count]) {
                return villages[(start + k) % villages.count]
            }
            return nil
        }
        if let v = scan(regency) { return v }
        let start = rng.uniform(below: provinceRegencies.count)
        for k in 0..<provinceRegencies.count {
            if let v = scan(provinceRegencies[(start + k) % provinceRegencies.count]) { return v }
        }
        return nil
    }

    /// Integer shares of `total` proportional to `weights`, each at least 1 and at most
    /// its capacity, summing to `total` (largest remainders first).
    /// - Throws: `GeneratorError.infeasible` when the capacities cannot hold `total`.
    /// - Complexity: O(total · n) in the worst case, n the number of shares.
    static func quotas(total: Int, weights: [Double], capacities: [Int]) throws(GeneratorError) -> [Int] {
        let n = weights.count
        guard n > 0, capacities.reduce(0, +) >= total, total >= n else {
            throw .infeasible(
                Message(
                    .generateReplicatorsDoNotFit,
                    [
                        "replicators": .count(total), "provinces": .count(n),
                        "villages": .count(capacities.reduce(0, +)),
                    ]))
        }
        let weightSum = max(weights.reduce(0, +), .leastNonzeroMagnitude)
        let ideal = weights.map { Double(total) * $0 / weightSum }
        var quota = (0..<n).map { min(capacities[$0], max(1, Int(ideal[$0]))) }
        var sum = quota.reduce(0, +)
        while sum > total {
            // Take one from the share furthest above its ideal that can spare one.
            var best: Int? = nil
            for i in 0..<n where quota[i] > 1 {
                if let b = best, Double(quota[b]) - ideal[b] >= Double(quota[i]) - ideal[i] { continue }
                best = i
            }
            guard let i = best else { break }
            quota[i] -= 1
            sum -= 1
        }
        while sum < total {
            // Give one to the share furthest below its ideal that has room.
            var best: Int? = nil
            for i in 0..<n where quota[i] < capacities[i] {
                if let b = best, ideal[b] - Double(quota[b]) >= ideal[i] - Double(quota[i]) { continue }
                best = i
            }
            guard let i = best else { break }
            quota[i] += 1
            sum += 1
        }
        guard sum == total else {
            throw .infeasible(Message(.generateCannotSplit, ["replicators": .count(total), "provinces": .count(n)]))
        }
        return quota
    }
}
