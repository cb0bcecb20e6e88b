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
        abstract: "Show the shortest path between two stakeholders, by hops or by a weight property.",
        discussion: """
            Prints one row per node on the path: its step, key, name and kind, the relationship type it was
            reached through and the cost so far. With --weight, relationships cost their numeric property
            (1 when they lack it) and the path of least total cost is found (Dijkstra); without, the path with
            the fewest hops. By default the path runs between stakeholders (through nodes labelled Stakeholder;
            attending the same meeting does not connect), as gaps --kind unconnected counts them; --label '*'
            passes through every node. Exits with 1 when the two are not connected. In a query: CALL
            sinergi.path(...).
            """,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec("from", value: "key", help: "The key of the node to start from.", required: true),
            OptionSpec("to", value: "key", help: "The key of the node to reach.", required: true),
            OptionSpec(
                "weight", value: "property", help: "A numeric relationship property to minimise (default: hops)."),
            AlgorithmCommands.typesOption("every type but LOCATED_IN and PART_OF"),
            AlgorithmCommands.directionOption("both"),
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
            throw .failure(
                input.text(
                    Message(
                        .pathNone,
                        [
                            "from": .text(graph.key(of: from)), "to": .text(graph.key(of: to)),
                            "network": .text(AlgorithmCommands.describe(types, input)),
                        ])) + AlgorithmCommands.throughText(label, input))
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
                    ["weight": .text(weight), "total": .text(ValueFormatter.literal(AlgorithmCommands.score(p.cost)))]))
        }
        return AlgorithmOutput(
            result: result, subset: DiagramSubset(nodes: p.nodes, relationships: p.relationships), summary: summary)
    }
}
