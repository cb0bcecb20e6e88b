// `sinergi.spread.*`: replication lineage per role model, replicators per province and per
// cohort year, Monte Carlo spread forecasts (independent cascade, linear threshold), the best
// seeds (reverse-reachable sets or CELF) and the calibration of the link probability. Each
// yields the answer type `sinergi spread` prints (LineageReport, SpreadForecast,
// SeedSelection, CalibrationResult). Everything random takes `randomSeed`.

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
    /// Config: `roleModels` (nodes or keys; default every node with `roleModel: true`, and any
    /// node others copied that is neither marked nor a replicator), `province`, `exclude`,
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
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["exclude", "province", "roleModels", "type"])
        let models = try config.nodes("roleModels", graph: graph)
        let type = try config.string("type") ?? "REPLICATED_FROM"
        let province = try config.province(graph: graph)
        let excluded = try config.nodes("exclude", graph: graph) ?? []
        let snapshot = context.snapshot
        let report = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Replication.lineageReport(
                snapshot, roleModels: models, province: province, excluding: excluded, type: type)
        }
        return report.lineages.map { l in
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

    /// `sinergi.spread.forecast(seeds, config) :: (node, probability, expectedSpread, lower95,
    /// upper95, regency, province)`: one row per node that adopted in at least one run, most
    /// likely first; expectedSpread, lower95 and upper95 describe the whole forecast and repeat
    /// on every row. Null seeds mean the role models (with `province` and `exclude` applied).
    ///
    /// Config: `model` (`'ic'` or `'lt'`), `runs` (1000), `randomSeed` (42), `types` (every
    /// type but LOCATED_IN and PART_OF), `direction` (`'both'`), `probability` (0.1, or
    /// `'estimated'`), `probabilityProperty` (none), `minProbability` (0), `province`, `exclude`.
    /// - Complexity: O(N + E + runs · (s + Σ deg of activated nodes)).
    static let spreadForecast = Procedure(
        name: "sinergi.spread.forecast", inputs: [.init("seeds", .any), .init("config", .map)],
        outputs: [
            .init("node", .node), .init("probability", .float), .init("expectedSpread", .float),
            .init("lower95", .float), .init("upper95", .float), .init("regency", .node), .init("province", .node),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.forecast"
        let graph = context.graph
        let config = try SinergiConfig(
            args[1], procedure: name, allowed: cascadeKeys + ["exclude", "minProbability", "province"])
        let given = try SinergiConfig.nodes(args[0], argument: "seeds", procedure: name, graph: graph)
        let province = try config.province(graph: graph)
        let excluded = try config.nodes("exclude", graph: graph) ?? []
        let snapshot = context.snapshot
        let regions = RegionHierarchy(snapshot)
        let cascade = try CascadeSettings(
            config, context: context, snapshot: snapshot, runs: 1000, province: province, regions: regions)
        let minimum = try config.number("minProbability", default: 0)
        let seeds = NodeSelection(province: province, excluded: excluded).nodes(
            snapshot, from: args[0].isNull ? Replication.roleModels(snapshot) : given, hierarchy: regions)
        guard !seeds.isEmpty else { return [] }
        let f = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Spread.forecast(
                snapshot, seeds: seeds, cascade: cascade.parameters, runs: cascade.runs, seed: cascade.seed)
        }
        let summary: [Value] = [
            .double(f.expectedSpread), .double(f.confidenceInterval95.lowerBound),
            .double(f.confidenceInterval95.upperBound),
        ]
        return f.adopters(minimumProbability: minimum).map { a in
            [.node(a.node), .double(a.score)] + summary + [
                node(regions.region(of: a.node, at: .regency)), node(regions.region(of: a.node, at: .province)),
            ]
        }
    }

    /// `sinergi.spread.bestSeeds(k, config) :: (rank, node, marginalGain, expectedSpread, regency,
    /// province, guarantee)`: the k candidates whose example spreads furthest; `guarantee` is the
    /// certified share of the best possible spread (reverse-reachable sets), null for CELF.
    ///
    /// Config: `method` (`'rr'` or `'celf'`), `epsilon` (0.1) and `delta` (1/n, at most 0.01)
    /// for rr, `runs` (200) for celf; `candidates` (nodes or keys), else `candidateLabel`
    /// (`'VillageLibrary'`; null for every node); `province`, `exclude`; and the other keys of
    /// `sinergi.spread.forecast`.
    /// - Complexity: rr O(θ · s̄) for θ RR sets; celf O(C · runs · c̄) for C candidates.
    static let spreadBestSeeds = Procedure(
        name: "sinergi.spread.bestSeeds", inputs: [.init("k", .integer), .init("config", .map)],
        outputs: [
            .init("rank", .integer), .init("node", .node), .init("marginalGain", .float),
            .init("expectedSpread", .float), .init("regency", .node), .init("province", .node),
            .init("guarantee", .float),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.bestSeeds"
        let graph = context.graph
        let config = try SinergiConfig(
            args[1], procedure: name,
            allowed: cascadeKeys + [
                "candidateLabel", "candidates", "delta", "epsilon", "exclude", "method", "province",
            ])
        guard let k = args[0].intValue else { throw SinergiConfig.failure(name, "'k' must be an integer") }
        let snapshot = context.snapshot
        let regions = RegionHierarchy(snapshot)
        let province = try config.province(graph: graph)
        let cascade = try CascadeSettings(
            config, context: context, snapshot: snapshot, runs: 200, province: province, regions: regions)
        let methodName = try config.string("method") ?? "rr"
        guard let method = SeedMethod(rawValue: methodName) else {
            throw SinergiConfig.failure(name, "'method' must be 'rr' or 'celf', not '\(methodName)'")
        }
        let epsilon = try config.number("epsilon", default: 0.1)
        let delta = try config.raw("delta").map { _ throws(QueryError) in try config.number("delta", default: 0) }
        var label: String? = "VillageLibrary"
        if let given = config.entries["candidateLabel"] {
            label = given.isNull ? nil : try config.string("candidateLabel")
        }
        let pool = NodeSelection(
            label: label, province: province, excluded: try config.nodes("exclude", graph: graph) ?? [])
        let candidates = pool.nodes(snapshot, from: try config.nodes("candidates", graph: graph), hierarchy: regions)
        let picks = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Spread.chooseSeeds(
                snapshot, k: Int(clamping: k), candidates: candidates, cascade: cascade.parameters, method: method,
                epsilon: epsilon, delta: delta, runs: cascade.runs, seed: cascade.seed)
        }
        let guarantee: Value = picks.certificate.map { .double($0.guarantee) } ?? .null
        return picks.seeds.enumerated().map { i, c in
            [
                .int(Int64(i + 1)), .node(c.node), .double(c.marginalGain), .double(c.expectedSpread),
                node(regions.region(of: c.node, at: .regency)), node(regions.region(of: c.node, at: .province)),
                guarantee,
            ]
        }
    }

    /// `sinergi.spread.calibrate(config) :: (type, probability, lower95, upper95, exposures,
    /// replications, fitYear, fitExpected, fitLower95, fitUpper95, fitObserved)`: the link
    /// probability estimated on the replication history (one row, `type` null; or one per
    /// relationship type with `byType`), with the check of fit repeated on every row.
    ///
    /// Config: `types`, `direction` (the forecast's network), `byType` (false), `population`
    /// (labels at risk; default the labels every replicator carries), `province`.
    /// - Complexity: O(Y · (N + E)) for Y cohort years.
    static let spreadCalibrate = Procedure(
        name: "sinergi.spread.calibrate", inputs: [.init("config", .map)],
        outputs: [
            .init("type", .string), .init("probability", .float), .init("lower95", .float), .init("upper95", .float),
            .init("exposures", .integer), .init("replications", .float), .init("fitYear", .integer),
            .init("fitExpected", .float), .init("fitLower95", .float), .init("fitUpper95", .float),
            .init("fitObserved", .integer),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.spread.calibrate"
        let graph = context.graph
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["byType", "direction", "population", "province", "types"])
        let network = CascadeParameters(
            types: try config.types(default: StakeholderNetwork.types(graph)),
            direction: try config.direction(default: .both))
        let byType = try config.boolean("byType", default: false)
        let population = try config.strings("population")
        let province = try config.province(graph: graph)
        let snapshot = context.snapshot
        let c = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Calibration.estimate(
                snapshot, cascade: network, byType: byType, population: population, province: province)
        }
        let fit: [Value] =
            c.fit.map {
                [
                    .int(Int64($0.year)), .double($0.expected), .double($0.lower95), .double($0.upper95),
                    .int(Int64($0.observed)),
                ]
            } ?? [.null, .null, .null, .null, .null]
        return c.estimates.map { e in
            [
                e.type.map(Value.string) ?? .null, .double(e.probability), .double(e.lower95), .double(e.upper95),
                .int(Int64(e.exposures)), .double(e.adoptions),
            ] + fit
        }
    }
}

/// The cascade settings shared by `forecast` and `bestSeeds`.
struct CascadeSettings {
    var parameters: CascadeParameters
    var runs: Int
    var seed: UInt64

    /// Reads the cascade keys; `probability: 'estimated'` estimates the link probability on
    /// the replication history of the same network (in `province` when given).
    init(
        _ config: SinergiConfig, context: ProcedureContext, snapshot: GraphSnapshot, runs defaultRuns: Int,
        province: NodeID?, regions: RegionHierarchy
    ) throws(QueryError) {
        let graph = context.graph
        var p = CascadeParameters(
            model: try config.model(), types: try config.types(default: StakeholderNetwork.types(graph)),
            direction: try config.direction(default: .both),
            probabilityProperty: try config.string("probabilityProperty"))
        runs = try config.integer("runs", default: defaultRuns)
        seed = try config.seed()
        if config.raw("probability")?.stringValue == "estimated" {
            let network = p
            let estimate = try SinergiConfig.run(config.procedure, context: context) { () throws(AlgorithmError) in
                try Calibration.estimate(snapshot, cascade: network, province: province, hierarchy: regions)
            }
            p.defaultProbability = estimate.probability
        } else {
            p.defaultProbability = try config.number("probability", default: 0.1)
        }
        parameters = p
    }
}
