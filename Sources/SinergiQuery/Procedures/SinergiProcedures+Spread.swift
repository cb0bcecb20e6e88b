// `sinergi.spread.*`: replication lineage per role model, replicators per province and per
// cohort year, Monte Carlo spread forecasts (independent cascade, linear threshold) and
// the best seeds (greedy with CELF). Everything random takes `randomSeed`.

import SinergiAlgorithms
import SinergiGraph

extension SinergiProcedures {
    /// The configuration keys of the cascade simulations.
    static let cascadeKeys = [
        "direction", "model", "probability", "probabilityProperty", "randomSeed", "runs", "types",
    ]

    /// `sinergi.spread.lineage(config) :: (roleModel, directReplicators, transitiveReplicators,
    /// generations, provinces)`: per role model, most transitive replicators first.
    ///
    /// Config: `roleModels` (nodes or keys; default every node with a direct replicator),
    /// `type` (`'REPLICATED_FROM'`).
    /// - Complexity: O(N + E) plus one search per role model.
    static let spreadLineage = Procedure(
        name: "sinergi.spread.lineage", inputs: [.init("config", .map)],
        outputs: [
            .init("roleModel", .node), .init("directReplicators", .integer), .init("transitiveReplicators", .integer),
            .init("generations", .integer), .init("provinces", .list),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.lineage"
        let graph = context.graph
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["roleModels", "type"])
        let models = try config.nodes("roleModels", graph: graph)
        let type = try config.string("type") ?? "REPLICATED_FROM"
        let snapshot = context.snapshot
        let lineage = try SinergiConfig.run(name, graph: graph) { () throws(AlgorithmError) in
            try Replication.lineage(snapshot, roleModels: models, type: type)
        }
        return lineage.map { l in
            [
                .node(l.roleModel), .int(Int64(l.directReplicators)), .int(Int64(l.transitiveReplicators)),
                .int(Int64(l.generations)), nodes(l.provinces),
            ]
        }
    }

    /// `sinergi.spread.byProvince() :: (province, replicators)`: replicators (nodes with an
    /// outgoing REPLICATED_FROM) per province, most first; those in no province last with
    /// `province = null`.
    /// - Complexity: O(N + E).
    static let spreadByProvince = Procedure(
        name: "sinergi.spread.byProvince", inputs: [],
        outputs: [.init("province", .node), .init("replicators", .integer)]
    ) { (context: ProcedureContext, _: [Value]) throws(QueryError) -> [[Value]] in
        Replication.byProvince(context.snapshot).map { [node($0.province), .int(Int64($0.replicators))] }
    }

    /// `sinergi.spread.byCohort() :: (year, replicators)`: replicators per cohort year,
    /// oldest first; those without a year last with `year = null`.
    /// - Complexity: O(N + E).
    static let spreadByCohort = Procedure(
        name: "sinergi.spread.byCohort", inputs: [],
        outputs: [.init("year", .integer), .init("replicators", .integer)]
    ) { (context: ProcedureContext, _: [Value]) throws(QueryError) -> [[Value]] in
        Replication.byCohort(context.snapshot).map { c in
            [c.year.map { .int(Int64($0)) } ?? .null, .int(Int64(c.replicators))]
        }
    }

    /// `sinergi.spread.forecast(seeds, config) :: (node, probability, expectedSpread,
    /// lower95, upper95)`: one row per node that adopted in at least one run, most likely
    /// first; the last three columns describe the whole forecast and repeat on every row.
    ///
    /// Config: `model` (`'ic'` or `'lt'`), `runs` (1000), `randomSeed` (42), `types` (every
    /// type but LOCATED_IN and PART_OF), `direction` (`'both'`), `probability` (0.1),
    /// `probabilityProperty` (none), `minProbability` (0).
    /// - Complexity: O(N + E + runs · (s + Σ deg of activated nodes)).
    static let spreadForecast = Procedure(
        name: "sinergi.spread.forecast", inputs: [.init("seeds", .any), .init("config", .map)],
        outputs: [
            .init("node", .node), .init("probability", .float), .init("expectedSpread", .float),
            .init("lower95", .float), .init("upper95", .float),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.forecast"
        let graph = context.graph
        let config = try SinergiConfig(args[1], procedure: name, allowed: cascadeKeys + ["minProbability"])
        let seeds = try SinergiConfig.nodes(args[0], argument: "seeds", procedure: name, graph: graph)
        let cascade = try CascadeSettings(config, graph: graph, runs: 1000)
        let minimum = try config.number("minProbability", default: 0)
        guard !seeds.isEmpty else { return [] }
        let snapshot = context.snapshot
        let f = try SinergiConfig.run(name, graph: graph) { () throws(AlgorithmError) in
            try Spread.forecast(
                snapshot, seeds: seeds, model: cascade.model, runs: cascade.runs, seed: cascade.seed,
                types: cascade.types, direction: cascade.direction, probabilityProperty: cascade.property,
                defaultProbability: cascade.probability)
        }
        let summary: [Value] = [
            .double(f.expectedSpread), .double(f.confidenceInterval95.lowerBound),
            .double(f.confidenceInterval95.upperBound),
        ]
        return f.adopters(minimumProbability: minimum).map { [.node($0.node), .double($0.score)] + summary }
    }

    /// `sinergi.spread.bestSeeds(k, config) :: (rank, node, marginalGain, expectedSpread)`:
    /// the k seeds with the largest expected spread, picked greedily (CELF).
    ///
    /// Config: `candidates` (nodes or keys), else `candidateLabel` (`'Stakeholder'`; null for
    /// every node); `runs` (200) and the other keys of `sinergi.spread.forecast`.
    /// - Complexity: O(C · runs · c̄) for C candidates, plus the lazy re-evaluations.
    static let spreadBestSeeds = Procedure(
        name: "sinergi.spread.bestSeeds", inputs: [.init("k", .integer), .init("config", .map)],
        outputs: [
            .init("rank", .integer), .init("node", .node), .init("marginalGain", .float),
            .init("expectedSpread", .float),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.bestSeeds"
        let graph = context.graph
        let config = try SinergiConfig(
            args[1], procedure: name, allowed: cascadeKeys + ["candidateLabel", "candidates"])
        guard let k = args[0].intValue else { throw SinergiConfig.failure(name, "'k' must be an integer") }
        let cascade = try CascadeSettings(config, graph: graph, runs: 200)
        var candidates = try config.nodes("candidates", graph: graph)
        if candidates == nil {
            var label: String? = "Stakeholder"
            if let given = config.entries["candidateLabel"] {
                label = given.isNull ? nil : try config.string("candidateLabel")
            }
            if let label { candidates = Array(graph.nodes(withLabel: label)) }
        }
        let snapshot = context.snapshot
        let picks = try SinergiConfig.run(name, graph: graph) { () throws(AlgorithmError) in
            try Spread.bestSeeds(
                snapshot, k: Int(clamping: k), candidates: candidates, model: cascade.model, runs: cascade.runs,
                seed: cascade.seed, types: cascade.types, direction: cascade.direction,
                probabilityProperty: cascade.property, defaultProbability: cascade.probability)
        }
        return picks.enumerated().map { i, c in
            [.int(Int64(i + 1)), .node(c.node), .double(c.marginalGain), .double(c.expectedSpread)]
        }
    }
}

/// The cascade settings shared by `forecast` and `bestSeeds`.
struct CascadeSettings {
    var model: CascadeModel
    var runs: Int
    var seed: UInt64
    var types: [String]?
    var direction: Direction
    var probability: Double
    var property: String?

    init(_ config: SinergiConfig, graph: PropertyGraph, runs defaultRuns: Int) throws(QueryError) {
        model = try config.model()
        runs = try config.integer("runs", default: defaultRuns)
        seed = try config.seed()
        types = try config.types(default: SinergiDefaults.networkTypes(graph))
        direction = try config.direction(default: .both)
        probability = try config.number("probability", default: 0.1)
        property = try config.string("probabilityProperty")
    }
}
