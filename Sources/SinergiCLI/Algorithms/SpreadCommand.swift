// `sinergi spread`: how the programme replicates — lineage per role model, replicators per
// province and per cohort year — forecasts from seed villages, the best seeds (reverse-reachable
// sets or CELF), and the calibration of the forecast's link probability on the registry's
// replication history. The simulations are in `SpreadCommand+Simulation.swift`.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery
import SinergiText

/// Replication and spread (`Replication`, `Spread`, `Calibration`).
public enum SpreadCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "spread",
        abstract: .spreadAbstract, discussion: .spreadDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec("kind", value: .valueKind, help: Message(.spreadHelpKind)),
            OptionSpec("seed-node", value: .valueKey, help: Message(.spreadHelpSeedNode), repeatable: true),
            OptionSpec("province", value: .valueName, help: Message(.spreadHelpProvince)),
            OptionSpec("exclude", value: .valueKey, help: Message(.spreadHelpExclude), repeatable: true),
            OptionSpec("candidates", value: .valueLabel, help: Message(.spreadHelpCandidates)),
            OptionSpec("by", value: .valueRegion, help: Message(.spreadHelpBy)),
            OptionSpec("top", value: .valueNumber, help: Message(.spreadHelpTop)),
            OptionSpec("runs", value: .valueNumber, help: Message(.spreadHelpRuns)),
            OptionSpec("random-seed", value: .valueNumber, help: Message(.spreadHelpRandomSeed)),
            OptionSpec("model", value: .valueModel, help: Message(.spreadHelpModel)),
            OptionSpec("probability", value: .valueProbability, help: Message(.spreadHelpProbability)),
            OptionSpec("k", value: .valueNumber, help: Message(.spreadHelpK)),
            OptionSpec("method", value: .valueMethod, help: Message(.spreadHelpMethod)),
            OptionSpec("epsilon", value: .valueEpsilon, help: Message(.spreadHelpEpsilon)),
            OptionSpec("by-type", help: Message(.spreadHelpByType)),
            AlgorithmCommands.typesOption(),
            AlgorithmCommands.directionOption(),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi spread -r graphs/tpbis.jsonl",
            "sinergi spread -r graphs/tpbis.jsonl --kind cohort",
            "sinergi spread -r graphs/tpbis.jsonl --kind forecast --runs 1000 --random-seed 7",
            "sinergi spread -r national.jsonl --kind best-seeds --k 10 --province Jambi",
            "sinergi spread -r national.jsonl --kind calibrate",
        ])

    static let kinds = ["lineage", "province", "cohort", "forecast", "best-seeds", "calibrate"]

    /// The kinds each option applies to.
    static let applies: [(option: String, kinds: [String])] = [
        ("seed-node", ["lineage", "forecast"]),
        ("province", ["lineage", "cohort", "forecast", "best-seeds", "calibrate"]),
        ("exclude", ["lineage", "forecast", "best-seeds"]), ("candidates", ["best-seeds", "calibrate"]),
        ("by", ["forecast", "best-seeds"]), ("top", ["forecast"]), ("runs", ["forecast", "best-seeds"]),
        ("random-seed", ["forecast", "best-seeds"]), ("model", ["forecast", "best-seeds"]),
        ("probability", ["forecast", "best-seeds"]), ("k", ["best-seeds"]), ("method", ["best-seeds"]),
        ("epsilon", ["best-seeds"]), ("by-type", ["calibrate"]), ("types", ["forecast", "best-seeds", "calibrate"]),
        ("direction", ["forecast", "best-seeds", "calibrate"]),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try AlgorithmCommands.format(arguments, console: console)
        let kind = try AlgorithmCommands.choice(arguments, "kind", kinds, default: "lineage")
        for (option, allowed) in applies where !allowed.contains(kind) {
            let given = option == "by-type" ? arguments.flag(option) : !arguments.values(option).isEmpty
            if given { throw AlgorithmCommands.appliesOnly(option, to: allowed) }
        }
        let method = try AlgorithmCommands.choice(arguments, "method", ["rr", "celf"], default: "rr")
        if arguments.value("epsilon") != nil, method != "rr" {
            throw AlgorithmCommands.appliesOnly("epsilon", to: ["rr"], of: "method")
        }
        if kind == "best-seeds", arguments.value("runs") != nil, method != "celf" {
            throw AlgorithmCommands.appliesOnly("runs", to: ["celf"], of: "method")
        }
        let settings = try Simulation(arguments, kind: kind, method: method)
        let input = try AlgorithmInput(arguments, console: console)
        let scope = try Scope(arguments, input: input)
        let output: AlgorithmOutput
        switch kind {
        case "province": output = byProvince(input)
        case "cohort": output = byCohort(input, scope: scope)
        case "forecast": output = try forecast(input, scope: scope, settings, arguments: arguments)
        case "best-seeds": output = try bestSeeds(input, scope: scope, settings, arguments: arguments)
        case "calibrate": output = try calibrate(input, scope: scope, settings, arguments: arguments)
        default: output = try lineage(input, scope: scope)
        }
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// Which nodes a kind starts from: the given seeds or role models, a province, exclusions.
    struct Scope {
        var given: [NodeID]
        var province: NodeID?
        var excluded: [NodeID]

        init(_ arguments: ParsedArguments, input: AlgorithmInput) throws(CLIError) {
            given = try input.nodes(arguments.values("seed-node"))
            province = try arguments.value("province").map { (name: String) throws(CLIError) in
                try input.province(named: name)
            }
            excluded = try input.nodes(arguments.values("exclude"))
        }

        /// The role models (or the given nodes) in the province, without the excluded ones.
        func roleModels(_ input: AlgorithmInput) -> [NodeID] {
            let pool = NodeSelection(province: province, excluded: excluded)
            return pool.nodes(
                input.snapshot, from: given.isEmpty ? Replication.roleModels(input.snapshot) : given,
                hierarchy: input.regions)
        }

        /// " in PROVINCE" for summaries, or nothing.
        func place(_ input: AlgorithmInput) -> String {
            province.map { " " + input.text(Message(.algorithmsInPlace, ["place": .text(input.title($0))])) }
                ?? ""
        }
    }

    /// Lineage per role model.
    static func lineage(_ input: AlgorithmInput, scope: Scope) throws(CLIError) -> AlgorithmOutput {
        let snapshot = input.snapshot
        let regions = input.regions
        let report = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Replication.lineageReport(
                snapshot, roleModels: scope.given.isEmpty ? nil : scope.given, province: scope.province,
                excluding: scope.excluded, hierarchy: regions)
        }
        let rows: [[Value]] = report.lineages.map { l in
            [
                input.key(l.roleModel), input.name(l.roleModel), .int(Int64(l.directReplicators)),
                .int(Int64(l.transitiveReplicators)), .int(Int64(l.generations)),
                .string(l.provinces.map(input.title).joined(separator: ", ")),
            ]
        }
        let result = QueryResult(
            columns: ["roleModel", "name", "direct", "transitive", "generations", "provinces"], rows: rows)
        var summary = input.text(
            Message(
                .spreadLineageSummary,
                [
                    "roleModels": .count(report.roleModels), "replicators": .count(report.replicators),
                    "place": .text(
                        scope.province == nil
                            ? " " + input.text(Message(.algorithmsInRegistry)) : scope.place(input)),
                ]))
        if report.unmarked > 0 {
            summary += input.text(Message(.spreadLineageUnmarked, ["count": .count(report.unmarked)]))
        }
        var nodes = report.lineages.map(\.roleModel)
        nodes += Replication.replicators(snapshot)
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
        let summary = input.text(
            Message(.spreadByProvinceSummary, ["replicators": .count(total), "provinces": .count(provinces)]))
        return AlgorithmOutput(
            result: QueryResult(columns: ["province", "replicators"], rows: rows),
            subset: DiagramSubset(nodes: counts.compactMap(\.province)), summary: summary)
    }

    /// Replicators per cohort year (in the province, when given).
    static func byCohort(_ input: AlgorithmInput, scope: Scope) -> AlgorithmOutput {
        let counts = Replication.byCohort(input.snapshot, province: scope.province, hierarchy: input.regions)
        let rows: [[Value]] = counts.map { [$0.year.map { .int(Int64($0)) } ?? .null, .int(Int64($0.replicators))] }
        let total = counts.reduce(0) { $0 + $1.replicators }
        let years = counts.filter { $0.year != nil }.count
        let summary = input.text(
            Message(
                .spreadByCohortSummary,
                ["replicators": .count(total), "years": .count(years), "place": .text(scope.place(input))]))
        let replicators = Replication.replicators(input.snapshot).filter {
            RegionLookup.within($0, province: scope.province, hierarchy: input.regions)
        }
        return AlgorithmOutput(
            result: QueryResult(columns: ["year", "replicators"], rows: rows),
            subset: input.induced(replicators, types: ["REPLICATED_FROM"]), summary: summary)
    }
}
