// The knobs of the synthetic programme: how many beneficiaries, replicators and gaps the
// generator lays over the regions, with the TPBIS figures as the defaults.

/// The shape of the synthetic TPBIS programme that `ProgrammeGenerator` lays over the regions.
///
/// The defaults (`ProgrammeParameters.tpbis`) are the programme's published figures
/// (seed article `003_…`, see `../shared/DOMAIN.md`): 33 provincial, 296 regency/city and
/// 1,696 village-library beneficiaries, 1,396 self-replicating village libraries in 27
/// provinces; the rest are modelling choices documented in `docs/generator.md`.
///
/// ```swift
/// var p = ProgrammeParameters.tpbis
/// p.synergyGapShare = 0.5   // half the regencies lack a synergy partnership
/// ```
public struct ProgrammeParameters: Equatable, Sendable {
    /// Provinces whose library office is a beneficiary (and that hold a provincial SHM in 2023).
    public var provincialBeneficiaries = 33
    /// Regency/city library offices that are beneficiaries, all in beneficiary provinces.
    public var regencyBeneficiaries = 296
    /// Village libraries that are beneficiaries, all in beneficiary regencies.
    public var villageBeneficiaries = 1696
    /// Village libraries that replicated the programme on their own (`REPLICATED_FROM`).
    public var replicators = 1396
    /// The number of provinces the replicators lie in (a subset of the beneficiary provinces).
    public var replicatingProvinces = 27
    /// The share of regencies, exact up to rounding, missing at least one synergy
    /// partnership between their library office, Bappeda and DPMPD.
    public var synergyGapShare = 0.30
    /// The probability that a village outside the programme funds its village library
    /// (`FUNDS` from the village government); programme villages always do.
    public var villageFundingRate = 0.42
    /// The share of beneficiary village libraries per province marked `roleModel: true`
    /// (at least one per beneficiary province).
    public var roleModelShare = 0.125
    /// The probability that a replicator copies an earlier replicator rather than a role model.
    public var replicateFromReplicatorRate = 0.4
    /// The probability that a replicator lies in the regency of the library it copies.
    public var sameRegencyReplicationRate = 0.75
    /// Facilitators per province, drawn uniformly from this range.
    public var facilitatorsPerProvince = 1...3
    /// The first programme cohort (provincial cohorts lie in `firstCohort...lastCohort - 2`).
    public var firstCohort = 2018
    /// The last cohort year a beneficiary can have.
    public var lastCohort = 2023

    /// The published TPBIS figures (see the type's documentation).
    public static let tpbis = ProgrammeParameters()

    /// Parameters with the defaults of `tpbis`.
    public init() {}
}
