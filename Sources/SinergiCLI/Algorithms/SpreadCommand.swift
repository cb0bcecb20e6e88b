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
        abstract: "Follow how the programme replicates, and forecast its spread from seed villages.",
        discussion: """
            --kind lineage (the default): per role model (roleModel: true), its direct and transitive
            replicators (REPLICATED_FROM), generations and the provinces reached; --seed-node picks others.
            --kind province / cohort: replicators per province / per cohort year.
            --kind forecast: Monte Carlo simulation (independent cascade or linear threshold) from the
            --seed-node nodes (default: the role models); one row per node that adopted in some run, with
            its adoption probability (--top N keeps the N most likely; --by province or regency sums them
            per region); the expected spread and its 95% confidence interval go to the summary line.
            --kind best-seeds: the --k candidates (--candidates LABEL, default VillageLibrary) whose example
            would spread furthest, by reverse-reachable sets with a guarantee of 1 - 1/e - epsilon of the
            best possible (--method rr, the default; --epsilon, default 0.1) or by CELF (--method celf).
            --kind calibrate: the chance that a link passes the programme on in a year, estimated by
            maximum likelihood from the replications recorded by cohort year, with its 95% interval and a
            check that forecasts the last cohort from the earlier ones; --by-type gives one per
            relationship type. --probability estimated uses the estimate in forecast and best-seeds.
            --province limits role models, seeds, candidates and the population at risk to a province;
            --exclude leaves nodes out of them. The same --random-seed gives the same numbers on every
            machine. The network is every relationship type but LOCATED_IN and PART_OF, both directions,
            unless told otherwise. In a query: CALL sinergi.spread.lineage({}) and others.
            """,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec(
                "kind", value: "kind",
                help: "lineage, province, cohort, forecast, best-seeds or calibrate (default: lineage)."),
            OptionSpec(
                "seed-node", value: "key", help: "A seed (forecast) or role model (lineage); repeat for several.",
                repeatable: true),
            OptionSpec("province", value: "name", help: "Only role models, seeds, candidates in this province."),
            OptionSpec(
                "exclude", value: "key", help: "Leave this node out of the role models, seeds or candidates.",
                repeatable: true),
            OptionSpec("candidates", value: "label", help: "best-seeds: who may be chosen (default: VillageLibrary)."),
            OptionSpec("by", value: "region", help: "forecast, best-seeds: sum per province or regency."),
            OptionSpec("top", value: "n", help: "forecast: list only the n most likely adopters."),
            OptionSpec("runs", value: "n", help: "Simulated runs (default: 1000 for forecast, 200 for CELF)."),
            OptionSpec("random-seed", value: "n", help: "The random seed of the simulation (default: 42)."),
            OptionSpec(
                "model", value: "model", help: "ic (independent cascade) or lt (linear threshold) (default: ic)."),
            OptionSpec(
                "probability", value: "p",
                help: "Independent cascade: each link's chance, or 'estimated' (default: 0.1)."),
            OptionSpec("k", value: "n", help: "How many seeds best-seeds picks (default: 5)."),
            OptionSpec("method", value: "method", help: "best-seeds: rr or celf (default: rr)."),
            OptionSpec("epsilon", value: "e", help: "best-seeds with rr: the guarantee's slack (default: 0.1)."),
            OptionSpec("by-type", help: "calibrate: one probability per relationship type."),
            AlgorithmCommands.typesOption("every type but LOCATED_IN and PART_OF"),
            AlgorithmCommands.directionOption("both"),
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
