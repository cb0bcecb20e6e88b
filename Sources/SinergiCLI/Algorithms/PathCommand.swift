// `sinergi path`: the shortest chain of relationships between two stakeholders, by hops
// or weighted by a numeric relationship property.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery
import SinergiText

/// A shortest path (`ShortestPath.unweighted`, `.weighted`), one row per step.
public enum PathCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "path",
        abstract: .pathAbstract, discussion: .pathDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec("from", value: .valueKey, help: Message(.pathHelpFrom), required: true),
            OptionSpec("to", value: .valueKey, help: Message(.pathHelpTo), required: true),
            OptionSpec("weight", value: .valueProperty, help: Message(.pathHelpWeight)),
            AlgorithmCommands.typesOption(),
            AlgorithmCommands.directionOption(),
            AlgorithmCommands.throughOption,
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi path -r graphs/tpbis.jsonl --from kepri/bintan/toapaya-utara/perpustakaan-desa --to perpusnas",
            "sinergi path -r graphs/tpbis.jsonl --from jambi/dinas-perpustakaan --to perpusnas --types PARTNERS_WITH",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try AlgorithmCommands.format(arguments, console: console)
        let direction = try AlgorithmCommands.direction(arguments, default: .both)
        let input = try AlgorithmInput(arguments, console: console)
        let types = try AlgorithmCommands.types(arguments, default: StakeholderNetwork.types(input.graph))
        let from = try input.node(arguments.value("from") ?? "")
        let to = try input.node(arguments.value("to") ?? "")
        let label = try AlgorithmCommands.through(arguments, input: input)
        let output = try path(
            input, from: from, to: to, weight: arguments.value("weight"), types: types, direction: direction,
            label: label)
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// The rows of `sinergi path`.
    static func path(
        _ input: AlgorithmInput, from: NodeID, to: NodeID, weight: String?, types: [String]?, direction: Direction,
        label: String?
    ) throws(CLIError) -> AlgorithmOutput {
        let snapshot = input.snapshot
        let found = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            if let weight {
                return try ShortestPath.weighted(
                    snapshot, from: from, to: to, weightProperty: weight, types: types, direction: direction,
                    nodeLabel: label)
            }
            return try ShortestPath.unweighted(
                snapshot, from: from, to: to, types: types, direction: direction, nodeLabel: label)
        }
        let graph = input.graph
        guard let p = found else {
            var arguments: [String: MessageArgument] = [
                "from": .text(graph.key(of: from)), "to": .text(graph.key(of: to)),
                "network": .text(AlgorithmCommands.describe(types, input)),
            ]
            if let label { arguments["label"] = .text(label) }
            throw .failure(label == nil ? .pathNone : .pathNoneThrough, arguments)
        }
        var rows: [[Value]] = []
        var cost = 0.0
        for (i, v) in p.nodes.enumerated() {
            var via: Value = .null
            if i > 0 {
                let r = p.relationships[i - 1]
                via = .string(Vocabulary.relationship(graph.type(of: r), input.language))
                cost += weight.map { graph.property($0, of: r).doubleValue ?? 1 } ?? 1
            }
            rows.append([
                .int(Int64(i)), input.key(v), input.name(v), input.kind(v), via,
                weight == nil ? .int(Int64(i)) : AlgorithmCommands.score(cost),
            ])
        }
        let result = QueryResult(columns: ["step", "key", "name", "kind", "via", "cost"], rows: rows)
        var summary = input.text(
            Message(
                .pathSummary,
                ["hops": .count(p.hops), "from": .text(graph.key(of: from)), "to": .text(graph.key(of: to))]))
        if let weight {
            summary += input.text(
                Message(
                    .pathWeightTotal,
                    [
                        "weight": .text(weight),
                        "total": .text(
                            RowRenderer.displayed(
                                AlgorithmCommands.score(p.cost), graph: graph, style: .plain,
                                language: input.language)),
                    ]))
        }
        return AlgorithmOutput(
            result: result, subset: DiagramSubset(nodes: p.nodes, relationships: p.relationships), summary: summary)
    }
}
