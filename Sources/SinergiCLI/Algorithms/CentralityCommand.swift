// `sinergi centrality`: the brokers of the network — degree, betweenness (exact, or sampled
// with a seed) and PageRank, the best first.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery
import SinergiText

/// A centrality ranking (`Degree`, `Betweenness`, `PageRank`).
public enum CentralityCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "centrality",
        abstract: .centralityAbstract, discussion: .centralityDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec("measure", value: .valueMeasure, help: Message(.centralityHelpMeasure)),
            OptionSpec("top", value: .valueNumber, help: Message(.centralityHelpTop)),
            OptionSpec("samples", value: .valueNumber, help: Message(.centralityHelpSamples)),
            OptionSpec("random-seed", value: .valueNumber, help: Message(.centralityHelpRandomSeed)),
            OptionSpec("label", value: .valueLabel, help: Message(.centralityHelpLabel)),
            OptionSpec("normalized", help: Message(.centralityHelpNormalized)),
            AlgorithmCommands.typesOption(),
            AlgorithmCommands.directionOption(.message(Message(.algorithmsDefaultDirectionCentrality))),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi centrality -r graphs/tpbis.jsonl --top 10",
            "sinergi centrality -r graphs/tpbis.jsonl --measure betweenness --samples 16 --random-seed 7",
            "sinergi centrality -r graphs/tpbis.jsonl --measure pagerank --types FUNDS,COORDINATES,MENTORS",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try AlgorithmCommands.format(arguments, console: console)
        let measure = try AlgorithmCommands.choice(
            arguments, "measure", ["degree", "betweenness", "pagerank"], default: "degree")
        let top = try AlgorithmCommands.integer(arguments, "top", default: 20, minimum: 0)
        if measure != "betweenness", arguments.value("samples") != nil || arguments.value("random-seed") != nil {
            throw CLIError.usage(.centralitySamplesNeedBetweenness)
        }
        if measure == "pagerank", arguments.flag("normalized") {
            throw CLIError.usage(.centralityNormalizedNeedsDegree)
        }
        let samples = try arguments.value("samples").map { _ throws(CLIError) in
            try AlgorithmCommands.integer(arguments, "samples", default: 2, minimum: 2)
        }
        let seed = try AlgorithmCommands.seed(arguments)
        let direction = try AlgorithmCommands.direction(arguments, default: measure == "pagerank" ? .outgoing : .both)
        let labelText = arguments.value("label") ?? "Stakeholder"
        let label: String? = labelText == "*" ? nil : labelText
        let input = try AlgorithmInput(arguments, console: console)
        let types = try AlgorithmCommands.types(arguments, default: StakeholderNetwork.types(input.graph))
        let snapshot = input.snapshot
        let normalized = arguments.flag("normalized")
        let scores: NodeScores = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            switch measure {
            case "betweenness":
                return try Betweenness.compute(
                    snapshot, types: types, direction: direction, normalized: normalized, samples: samples, seed: seed,
                    nodeLabel: label)
            case "pagerank":
                return try PageRank.compute(snapshot, types: types, direction: direction, nodeLabel: label).scores
            default:
                return Degree.compute(
                    snapshot, direction: direction, types: types, nodeLabel: label, normalized: normalized)
            }
        }
        let ranked = scores.top(top)
        let rows: [[Value]] = ranked.enumerated().map { i, s in
            [
                .int(Int64(i + 1)), input.key(s.node), input.name(s.node), input.kind(s.node),
                AlgorithmCommands.score(s.score),
            ]
        }
        let scored = scores.scored.filter { $0 }.count
        let measureKey: MessageKey =
            measure == "betweenness"
            ? .centralityMeasureBetweenness
            : measure == "pagerank" ? .centralityMeasurePageRank : .centralityMeasureDegree
        var how = input.text(Message(measureKey))
        if measure == "betweenness" {
            how += input.text(
                samples.map { Message(.centralitySampled, ["samples": .count($0), "seed": .text(String(seed))]) }
                    ?? Message(.centralityExact))
        }
        let summary = input.text(
            Message(
                .centralitySummary,
                [
                    "measure": .text(how), "nodes": .count(scored),
                    "labelled": .text(
                        label.map { input.text(Message(.centralityLabelled, ["label": .text($0)])) } ?? ""),
                    "network": .text(AlgorithmCommands.describe(types, input)), "top": .count(ranked.count),
                ]))
        let output = AlgorithmOutput(
            result: QueryResult(columns: ["rank", "key", "name", "kind", "score"], rows: rows),
            subset: input.induced(ranked.map(\.node), types: types), summary: summary)
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }
}
