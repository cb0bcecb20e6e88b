// Every random decision of one generated programme, made once for the whole country.
//
// The plan is a pure function of (regions, parameters, seed): which provinces, regencies
// and villages are beneficiaries and of which cohort, which village libraries are role
// models, who replicated from whom and when, which regencies miss a synergy partnership,
// which villages fund their library, how many facilitators each province has and when
// its SHM takes place. Every scale emits from the same national plan, so a province
// generated alone is the same as that province inside the national registry.
//
// Each concern draws from its own SplitMix64 stream, and every loop runs over sorted
// positions, so no hash order reaches the result.

import SinergiGraph

/// The random decisions of one generated programme (see the file comment).
struct ProgrammePlan: Sendable {
    /// One self-replicating village library and the library it copied.
    struct Replication: Equatable, Sendable {
        /// The replicating village (position in `RegionTable.villages`).
        var village: Int
        /// The village whose library was copied: a role model or an earlier replicator.
        var source: Int
        /// When the replication started.
        var since: CypherDate
        /// 1 when copied from a role model, n + 1 when copied from a generation-n replicator.
        var generation: Int
    }

    /// A partnership's start date and kind (an index into `partnershipKinds`).
    struct Partnership: Equatable, Sendable {
        var since: CypherDate
        var kind: Int
    }

    /// The three synergy pairs of a regency (or province), as bits of a gap mask.
    enum Pair: Int, CaseIterable, Sendable {
        case libraryBappeda = 0
        case libraryDPMPD = 1
        case bappedaDPMPD = 2

        var bit: UInt8 { 1 << UInt8(rawValue) }
    }

    /// The kinds a synergy partnership can have.
    static let partnershipKinds = ["MoU", "budget", "advocacy", "mentoring"]

    /// The missing pairs of a regency with a gap: always at least one pair of the library office.
    static let gapPatterns: [UInt8] = [1, 2, 3, 1 | 4, 2 | 4, 7]

    // Per province.
    /// Cohort year of a beneficiary province's library office; 0 when not a beneficiary.
    var provinceCohort: [Int]
    /// Facilitators of each province.
    var facilitatorCount: [Int]
    /// True for the provinces the replicators lie in.
    var provinceReplicating: [Bool]
    /// The beneficiary regency whose offices are the province's role models (no synergy gap).
    var roleModelRegency: [Int?]
    /// Three partnerships per province (index `3 * province + pair`).
    var provincialPartnerships: [Partnership]
    /// The date of the province's SHM in 2023 (beneficiary provinces only).
    var shmDate: [CypherDate?]
    /// The wave (1-based) of the province's SHM; 0 without one.
    var shmWave: [Int]
    /// The role-model village library that takes the village seat at the province's SHM.
    var shmRoleModelVillage: [Int?]

    // Per regency.
    /// Cohort year of a beneficiary regency's library office; 0 when not a beneficiary.
    var regencyCohort: [Int]
    /// Missing synergy pairs (bits of `Pair`); 0 when all three partnerships exist.
    var gapMask: [UInt8]
    /// Three partnerships per regency (index `3 * regency + pair`), present unless masked.
    var regencyPartnerships: [Partnership]

    // Per village.
    /// Cohort year of a beneficiary village library; 0 when not a beneficiary.
    var villageCohort: [UInt16]
    /// True for the role-model village libraries (all beneficiaries).
    var roleModel: [Bool]
    /// Index into `replications` of the village's replication, or -1.
    var replicationOfVillage: [Int32]
    /// The replications, sorted by village.
    var replications: [Replication]
    /// The year the village government started funding its library; 0 when it does not.
    var fundingYear: [UInt16]

    /// Stream numbers of the plan's concerns (see `SplitMix64(seed:stream:)`).
    enum Stream: UInt64 {
        case provinces = 1, regencies, villages, roleModels, replication, gaps, provincialPartnerships
        case funding, facilitators, meetings, roleModelRegencies
    }

    /// 1 January of `year`.
    static func date(_ year: Int, _ month: Int = 1, _ day: Int = 1) -> CypherDate {
        CypherDate(year: Int64(year), month: Int64(month), day: Int64(day)) ?? CypherDate(daysSinceEpoch: 0)
    }

    /// `date` moved by `days`.
    static func shift(_ date: CypherDate, days: Int) -> CypherDate {
        CypherDate(daysSinceEpoch: date.daysSinceEpoch + Int64(days))
    }

    /// A uniformly drawn day in `first...last`.
    static func day(between first: CypherDate, and last: CypherDate, using rng: inout SplitMix64) -> CypherDate {
        let span = Int(max(0, last.daysSinceEpoch - first.daysSinceEpoch))
        return shift(first, days: rng.uniform(below: span + 1))
    }
}
