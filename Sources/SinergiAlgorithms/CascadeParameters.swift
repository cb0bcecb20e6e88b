// How influence spreads in a simulation: the diffusion model, the relationships it follows
// and in which direction, and the chance (or weight) of each relationship. Shared by the
// forecast, both best-seed methods and the calibration, so one value describes one network.
import SinergiGraph

/// The diffusion model and network of a spread computation.
///
/// ```swift
/// var cascade = CascadeParameters(types: ["PARTNERS_WITH", "MENTORS"], defaultProbability: 0.05)
/// cascade.typeProbabilities = ["MENTORS": 0.2]      // e.g. from `Calibration.estimate(…, byType: true)`
/// let f = try Spread.forecast(snapshot, seeds: roleModels, cascade: cascade, runs: 1000, seed: 7)
/// ```
public struct CascadeParameters: Equatable, Sendable {
    /// Independent cascade or linear threshold.
    public var model: CascadeModel
    /// The relationship types influence follows; nil means every type.
    public var types: [String]?
    /// Which way influence flows along a relationship.
    public var direction: Direction
    /// Independent cascade: a relationship property holding its probability in [0, 1];
    /// linear threshold: its weight (≥ 0). Nil reads no property.
    public var probabilityProperty: String?
    /// Independent cascade: the probability of relationships without the property and
    /// without a type probability.
    public var defaultProbability: Double
    /// Independent cascade: the probability of each relationship type (used when the
    /// relationship has no `probabilityProperty` value). Ignored by linear threshold.
    public var typeProbabilities: [String: Double]

    /// Parameters with the defaults of `Spread.forecast`.
    public init(
        model: CascadeModel = .independentCascade, types: [String]? = nil, direction: Direction = .both,
        probabilityProperty: String? = nil, defaultProbability: Double = 0.1, typeProbabilities: [String: Double] = [:]
    ) {
        self.model = model
        self.types = types
        self.direction = direction
        self.probabilityProperty = probabilityProperty
        self.defaultProbability = defaultProbability
        self.typeProbabilities = typeProbabilities
    }
}
