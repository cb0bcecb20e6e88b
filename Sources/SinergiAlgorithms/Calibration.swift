// Calibration of the forecast: the per-link probability of the independent cascade (or one per
// relationship type) estimated by maximum likelihood from the replication the registry
// records (who replicated, in which cohort year), with 95% confidence intervals and a check of
// fit that forecasts the last cohort from the earlier ones. The model and its estimators are in
// `Calibration+Likelihood.swift`; docs/algorithms.md, "Calibration", states them in full.
import SinergiGraph
import SinergiText

/// The estimated chance that a link passes the programme on, and how well it fits.
public struct CalibrationResult: Equatable, Sendable {
    /// One estimated probability.
    public struct Estimate: Equatable, Sendable {
        /// The relationship type it is for; nil for one probability shared by every link.
        public var type: String?
        /// The maximum-likelihood estimate.
        public var probability: Double
        /// The 95% confidence interval.
        public var lower95: Double
        public var upper95: Double
        /// Link-years of exposure: each year a link joined an active stakeholder to one at risk.
        public var exposures: Int
        /// Replications it rests on: all those explained for the shared probability; per type,
        /// those with an exposed link of the type (a replication exposed to two types counts in both).
        public var adoptions: Double
    }

    /// Forecasting the last cohort year from the years before it.
    public struct FitCheck: Equatable, Sendable {
        /// The year forecast.
        public var year: Int
        /// The years the probability was estimated on.
        public var fittedYears: ClosedRange<Int>
        /// The probability estimated on those years (the shared one, or the first type's).
        public var fittedProbability: Double
        /// Expected replications in `year` that the network could explain, with a 95% interval.
        public var expected: Double
        public var lower95: Double
        public var upper95: Double
        /// Replications that happened in `year` with an exposed link.
        public var observed: Int
        /// Replications in `year` with no exposed link (no forecast on this network can see them).
        public var unexplained: Int
    }

    /// The estimates: one shared probability, or one per relationship type with exposures.
    public var estimates: [Estimate]
    /// The years with stakeholders at risk and exposed, first to last replication year.
    public var years: ClosedRange<Int>
    /// Replications with at least one exposed link (those the likelihood explains).
    public var adoptions: Int
    /// Replications with no exposed link in their year (left out of the likelihood).
    public var unexplained: Int
    /// Replicators without a year, or outside the population at risk (left out).
    public var leftOut: Int
    /// Stakeholder-years at risk with at least one exposed link.
    public var trials: Int
    /// The labels a stakeholder carries to be at risk of replicating.
    public var population: [String]
    /// The log-likelihood at the estimate.
    public var logLikelihood: Double
    /// The check of fit; nil when there is no earlier year to fit on.
    public var fit: FitCheck?

    /// The shared probability (or, per type, the first estimate): what `--probability
    /// estimated` uses.
    public var probability: Double { estimates.first?.probability ?? 0 }

    /// The per-type probabilities, for `CascadeParameters.typeProbabilities`.
    public var typeProbabilities: [String: Double] {
        var result: [String: Double] = [:]
        for e in estimates { if let t = e.type { result[t] = e.probability } }
        return result
    }
}

/// Estimates the independent cascade's link probability from the registry's replication history.
///
/// ```swift
/// let c = try Calibration.estimate(snapshot, cascade: CascadeParameters(types: StakeholderNetwork.types(graph)))
/// c.probability, c.estimates[0].lower95, c.fit?.expected, c.fit?.observed
/// ```
public enum Calibration {
    /// The maximum-likelihood link probability of `cascade`'s network (its types and direction;
    /// independent cascade only).
    ///
    /// **Model** (yearly independent cascades): every year, each link from a stakeholder active
    /// before that year to a stakeholder of the population not yet active gives it one chance
    /// p (p_type per type) to replicate that year. A replicator is active from its replication
    /// year (`Replication.byCohort`'s reading); any other node from its `cohort` (or `since`)
    /// year; a node others copied without a year, from its first copy. A link with a `since`
    /// date exists from the year after. Replications with no exposed link cannot be explained
    /// by the network and are counted apart; stakeholders activated otherwise (funded, with a
    /// cohort) leave the population at risk from their year on.
    /// - Parameters:
    ///   - byType: one probability per relationship type (EM, Saito et al. 2008) instead of one.
    ///   - population: labels a stakeholder must carry to be at risk; nil means the labels every
    ///     replicator carries.
    ///   - province: only stakeholders of this Province node are at risk (exposures may come
    ///     from anywhere).
    /// - Throws: `.invalidParameter` for linear threshold; `.notEstimable` when no replication
    ///   has an exposed link.
    /// - Complexity: O(Y · (N + E)) for Y years, plus O(G · T · iterations) for G distinct
    ///   exposure patterns of T types when `byType`.
    public static func estimate(
        _ snapshot: GraphSnapshot, cascade: CascadeParameters = .init(), byType: Bool = false,
        population: [String]? = nil, province: NodeID? = nil, type: String = "REPLICATED_FROM",
        hierarchy: RegionHierarchy? = nil
    ) throws(AlgorithmError) -> CalibrationResult {
        guard cascade.model == .independentCascade else {
            throw .invalidParameter(name: "model", reason: Message(.algorithmsRuleCalibrationModel))
        }
        let history = ExposureHistory(
            snapshot, cascade: cascade, population: population, province: province,
            hierarchy: province == nil ? nil : (hierarchy ?? RegionHierarchy(snapshot)), type: type)
        guard let last = history.lastYear else {
            throw .notEstimable(Message(.calibrationNoHistory, ["type": .text(type)]))
        }
        guard history.adoptions > 0, let first = history.firstYear, first <= last else {
            throw .notEstimable(
                Message(
                    .calibrationNoExposedReplication,
                    ["replications": .count(history.unexplained(in: nil)), "last": .int(last)]))
        }
        let all = history.observations(years: first...last, byType: byType)
        let fitted = LinkLikelihood.fit(all, types: history.typeNames, byType: byType)
        var fit: CalibrationResult.FitCheck?
        if last > first {
            let earlier = history.observations(years: first...(last - 1), byType: byType)
            let latest = history.observations(years: last...last, byType: byType)
            if earlier.successes > 0 {
                let before = LinkLikelihood.fit(earlier, types: history.typeNames, byType: byType)
                let forecast = LinkLikelihood.predict(latest, with: before)
                fit = CalibrationResult.FitCheck(
                    year: last, fittedYears: first...(last - 1),
                    fittedProbability: before.estimates.first?.probability ?? 0,
                    expected: forecast.expected, lower95: max(0, forecast.expected - 1.96 * forecast.standardError),
                    upper95: forecast.expected + 1.96 * forecast.standardError, observed: latest.successes,
                    unexplained: history.unexplained(in: last))
            }
        }
        return CalibrationResult(
            estimates: fitted.estimates, years: first...last, adoptions: all.successes,
            unexplained: history.unexplained(in: nil), leftOut: history.leftOut, trials: all.trials,
            population: history.population, logLikelihood: fitted.logLikelihood, fit: fit)
    }
}
