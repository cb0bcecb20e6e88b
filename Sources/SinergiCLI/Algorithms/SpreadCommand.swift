// `sinergi spread`: how the programme replicates — lineage per role model, replicators per
// province and per cohort year — and Monte Carlo forecasts and best seeds.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery

/// Replication and spread (`Replication`, `Spread.forecast`, `Spread.bestSeeds`).
public enum SpreadCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "spread",
        abstract: "Follow how the programme replicates, and forecast its spread from seed villages.",
        discussion: """
            --kind lineage (the default): per role model, its direct and transitive replicators
            (REPLICATED_FROM), generations and the provinces reached; --seed-node picks the role models.
            --kind province / cohort: replicators per province / per cohort year.
            --kind forecast: Monte Carlo simulation (independent cascade or linear threshold) from the
            --seed-node nodes (default: the nodes with roleModel: true); one row per node that adopted in
            some run, with its adoption probability; the expected spread and its 95% confidence interval
            go to the summary line on standard error.
            --kind best-seeds: the --k stakeholders whose example would spread furthest (greedy, CELF).
            The same --random-seed gives the same numbers on every machine. The simulation follows
            every relationship type but LOCATED_IN and PART_OF in both directions unless told otherwise.
            In a query: CALL sinergi.spread.lineage({}) and others.
            """,
        options: [
            .registry(),
            OptionSpec(
                "kind", value: "kind", help: "lineage, province, cohort, forecast or best-seeds (default: lineage)."),
            OptionSpec(
                "seed-node", value: "key", help: "A seed (forecast) or role model (lineage); repeat for several.",
                repeatable: true),
            OptionSpec("runs", value: "n", help: "Simulated runs (default: 1000 for forecast, 200 for best-seeds)."),
            OptionSpec("random-seed", value: "n", help: "The random seed of the simulation (default: 42)."),
            OptionSpec(
                "model", value: "model", help: "ic (independent cascade) or lt (linear threshold) (default: ic)."),
            OptionSpec(
                "probability", value: "p", help: "Independent cascade: each relationship's chance (default: 0.1)."),
            OptionSpec("k", value: "n", help: "How many seeds best-seeds picks (default: 5)."),
            AlgorithmCommands.typesOption("every type but LOCATED_IN and PART_OF"),
            AlgorithmCommands.directionOption("both"),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi spread -r graphs/tpbis.jsonl",
            "sinergi spread -r graphs/tpbis.jsonl --kind cohort",
            "sinergi spread -r graphs/tpbis.jsonl --kind forecast --runs 1000 --random-seed 7",
            "sinergi spread -r graphs/tpbis.jsonl --kind best-seeds --k 3",
        ])

    static let kinds = ["lineage", "province", "cohort", "forecast", "best-seeds"]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try CommandSupport.format(arguments, allowed: AlgorithmCommands.formats, default: "table")
        let kind = try AlgorithmCommands.choice(arguments, "kind", kinds, default: "lineage")
        let simulated = kind == "forecast" || kind == "best-seeds"
        for long in ["runs", "random-seed", "model", "probability", "types", "direction"]
        where arguments.value(long) != nil && !simulated {
            throw CLIError.usage("--\(long) applies to --kind forecast and best-seeds")
        }
        if arguments.value("k") != nil, kind != "best-seeds" {
            throw CLIError.usage("--k applies to --kind best-seeds")
        }
        if !arguments.values("seed-node").isEmpty, kind != "forecast", kind != "lineage" {
            throw CLIError.usage("--seed-node applies to --kind forecast and lineage")
        }
        let runs = try AlgorithmCommands.integer(
            arguments, "runs", default: kind == "forecast" ? 1000 : 200, minimum: 1)
        let k = try AlgorithmCommands.integer(arguments, "k", default: 5, minimum: 0)
        let seed = try AlgorithmCommands.seed(arguments)
        let modelName = try AlgorithmCommands.choice(arguments, "model", ["ic", "lt"], default: "ic")
        let model: CascadeModel = modelName == "lt" ? .linearThreshold : .independentCascade
        let probability = try AlgorithmCommands.number(arguments, "probability", default: 0.1, in: 0...1)
        let direction = try AlgorithmCommands.direction(arguments, default: .both)
        let input = try AlgorithmInput(arguments, console: console)
        let seeds = try input.nodes(arguments.values("seed-node"))
        let types = try AlgorithmCommands.types(arguments, default: SinergiDefaults.networkTypes(input.graph))
        let settings = Simulation(
            model: model, runs: runs, seed: seed, probability: probability, types: types, direction: direction)
        let output: AlgorithmOutput
        switch kind {
        case "province": output = byProvince(input)
        case "cohort": output = byCohort(input)
        case "forecast": output = try forecast(input, seeds: seeds, settings)
        case "best-seeds": output = try bestSeeds(input, k: k, settings)
        default: output = try lineage(input, roleModels: seeds.isEmpty ? nil : seeds)
        }
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// The simulation settings of forecast and best-seeds.
    struct Simulation {
        var model: CascadeModel
        var runs: Int
        var seed: UInt64
        var probability: Double
        var types: [String]?
        var direction: Direction

        var modelName: String { model == .linearThreshold ? "linear threshold" : "independent cascade" }
    }

    /// Lineage per role model.
    static func lineage(_ input: AlgorithmInput, roleModels: [NodeID]?) throws(CLIError) -> AlgorithmOutput {
        let snapshot = input.snapshot
        let regions = input.regions
        let lineage = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Replication.lineage(snapshot, roleModels: roleModels, hierarchy: regions)
        }
        let rows: [[Value]] = lineage.map { l in
            [
                input.key(l.roleModel), input.name(l.roleModel), .int(Int64(l.directReplicators)),
                .int(Int64(l.transitiveReplicators)), .int(Int64(l.generations)),
                .string(l.provinces.map(input.title).joined(separator: ", ")),
            ]
        }
        let result = QueryResult(
            columns: ["roleModel", "name", "direct", "transitive", "generations", "provinces"], rows: rows)
        let replicators = Replication.replicators(snapshot)
        let summary =
            "\(AlgorithmCommands.count(lineage.count, "role model")), "
            + "\(AlgorithmCommands.count(replicators.count, "replicator")) in the registry"
        var nodes = lineage.map(\.roleModel)
        nodes += replicators
        var output = AlgorithmOutput(
            result: result, subset: input.induced(nodes, types: ["REPLICATED_FROM"]), summary: summary)
        // A lineage reads as a tree: ranks from top to bottom, no province boxes cutting it up.
        output.diagram.rankDirection = .topToBottom
        output.diagram.clustering = .none
        return output
    }

    /// Replicators per province.
    static func byProvince(_ input: AlgorithmInput) -> AlgorithmOutput {
        let counts = Replication.byProvince(input.snapshot, hierarchy: input.regions)
        let rows: [[Value]] = counts.map { [input.name($0.province), .int(Int64($0.replicators))] }
        let total = counts.reduce(0) { $0 + $1.replicators }
        let provinces = counts.filter { $0.province != nil }.count
        let summary =
            "\(AlgorithmCommands.count(total, "replicator")) in \(AlgorithmCommands.count(provinces, "province"))"
        return AlgorithmOutput(
            result: QueryResult(columns: ["province", "replicators"], rows: rows),
            subset: DiagramSubset(nodes: counts.compactMap(\.province)), summary: summary)
    }

    /// Replicators per cohort year.
    static func byCohort(_ input: AlgorithmInput) -> AlgorithmOutput {
        let counts = Replication.byCohort(input.snapshot)
        let rows: [[Value]] = counts.map { [$0.year.map { .int(Int64($0)) } ?? .null, .int(Int64($0.replicators))] }
        let total = counts.reduce(0) { $0 + $1.replicators }
        let years = counts.filter { $0.year != nil }.count
        let summary =
            "\(AlgorithmCommands.count(total, "replicator")) in \(AlgorithmCommands.count(years, "cohort year"))"
        return AlgorithmOutput(
            result: QueryResult(columns: ["year", "replicators"], rows: rows),
            subset: input.induced(Replication.replicators(input.snapshot), types: ["REPLICATED_FROM"]),
            summary: summary)
    }

    /// The nodes with `roleModel: true`, in id order.
    static func roleModels(_ input: AlgorithmInput) -> [NodeID] {
        input.graph.nodes.filter { input.graph.property("roleModel", of: $0) == .bool(true) }
    }

    /// A Monte Carlo forecast from the seeds (default: the role models).
    static func forecast(_ input: AlgorithmInput, seeds given: [NodeID], _ s: Simulation) throws(CLIError)
        -> AlgorithmOutput
    {
        let seeds = given.isEmpty ? roleModels(input) : given
        guard !seeds.isEmpty else {
            throw .failure("no seeds: give --seed-node, or mark role models with roleModel: true in \(input.path)")
        }
        let snapshot = input.snapshot
        let f = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Spread.forecast(
                snapshot, seeds: seeds, model: s.model, runs: s.runs, seed: s.seed, types: s.types,
                direction: s.direction, defaultProbability: s.probability)
        }
        let adopters = f.adopters()
        let rows: [[Value]] = adopters.map { a in
            [input.key(a.node), input.name(a.node), input.kind(a.node), AlgorithmCommands.score(a.score)]
        }
        let result = QueryResult(columns: ["key", "name", "kind", "probability"], rows: rows)
        func number(_ x: Double) -> String { ValueFormatter.literal(.double((x * 100).rounded() / 100)) }
        let summary =
            "expected spread \(number(f.expectedSpread)) nodes (95% CI \(number(f.confidenceInterval95.lowerBound))–"
            + "\(number(f.confidenceInterval95.upperBound))) from \(AlgorithmCommands.count(f.seeds.count, "seed")); "
            + "\(s.modelName), \(s.runs) runs, random seed \(s.seed)"
        return AlgorithmOutput(
            result: result, subset: input.induced(adopters.map(\.node), types: s.types), summary: summary)
    }

    /// The best k seeds among the stakeholders.
    static func bestSeeds(_ input: AlgorithmInput, k: Int, _ s: Simulation) throws(CLIError) -> AlgorithmOutput {
        let snapshot = input.snapshot
        let candidates = Array(input.graph.nodes(withLabel: "Stakeholder"))
        let picks = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Spread.bestSeeds(
                snapshot, k: k, candidates: candidates, model: s.model, runs: s.runs, seed: s.seed, types: s.types,
                direction: s.direction, defaultProbability: s.probability)
        }
        let rows: [[Value]] = picks.enumerated().map { i, c in
            [
                .int(Int64(i + 1)), input.key(c.node), input.name(c.node), input.kind(c.node),
                AlgorithmCommands.score(c.marginalGain), AlgorithmCommands.score(c.expectedSpread),
            ]
        }
        let result = QueryResult(
            columns: ["rank", "key", "name", "kind", "marginalGain", "expectedSpread"], rows: rows)
        let total = picks.last.map { ValueFormatter.literal(AlgorithmCommands.score($0.expectedSpread)) } ?? "0"
        let summary =
            "\(AlgorithmCommands.count(picks.count, "seed")) of "
            + "\(AlgorithmCommands.count(candidates.count, "stakeholder")) "
            + "reach \(total) nodes on average; \(s.modelName), \(s.runs) runs, random seed \(s.seed)"
        return AlgorithmOutput(result: result, subset: DiagramSubset(nodes: picks.map(\.node)), summary: summary)
    }
}
