// `sinergi reach`: who is within k hops of one or more stakeholders, listed with their hop
// distance or counted by label, province, regency or village.
import SinergiAlgorithms
import SinergiGraph
import SinergiQuery
import SinergiText

/// Breadth-first reach from stakeholders (`Reach.within`, `Reach.countsBy…`).
public enum ReachCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "reach",
        abstract: .reachAbstract, discussion: .reachDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec(
                "from", value: .valueKey, help: Message(.reachHelpFrom), repeatable: true, required: true),
            OptionSpec("hops", value: .valueNumber, help: Message(.reachHelpHops)),
            AlgorithmCommands.typesOption(),
            AlgorithmCommands.directionOption(),
            AlgorithmCommands.throughOption,
            OptionSpec("by", value: .valueGrouping, help: Message(.reachHelpBy)),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi reach -r graphs/tpbis.jsonl --from kepri/dinas-perpustakaan --hops 2",
            "sinergi reach -r graphs/tpbis.jsonl --from perpusnas --types FUNDS --direction outgoing --by regency",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try AlgorithmCommands.format(arguments, console: console)
        let hops = try AlgorithmCommands.integer(arguments, "hops", default: 3, minimum: 0)
        let by = try AlgorithmCommands.choice(
            arguments, "by", ["none", "label", "province", "regency", "village"], default: "none")
        let direction = try AlgorithmCommands.direction(arguments, default: .both)
        let input = try AlgorithmInput(arguments, console: console)
        let types = try AlgorithmCommands.types(arguments, default: StakeholderNetwork.types(input.graph))
        let sources = try input.nodes(arguments.values("from"))
        let label = try AlgorithmCommands.through(arguments, input: input)
        let output = try reach(
            input, sources: sources, hops: hops, types: types, direction: direction, label: label, by: by)
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// The rows of `sinergi reach`.
    static func reach(
        _ input: AlgorithmInput, sources: [NodeID], hops: Int, types: [String]?, direction: Direction,
        label: String?, by: String
    ) throws(CLIError) -> AlgorithmOutput {
        let snapshot = input.snapshot
        let reached = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try Reach.within(
                snapshot, from: sources, maxHops: hops, types: types, direction: direction, nodeLabel: label)
        }
        let nodes = reached.map(\.node)
        let result: QueryResult
        switch by {
        case "label":
            result = QueryResult(
                columns: ["label", "count"],
                rows: Reach.countsByLabel(snapshot, nodes: nodes).map {
                    [.string(Vocabulary.kind($0.label, input.language)), .int(Int64($0.count))]
                })
        case "province", "regency", "village":
            let level: RegionLevel = by == "province" ? .province : by == "regency" ? .regency : .village
            let counts = Reach.countsByRegion(snapshot, nodes: nodes, level: level, hierarchy: input.regions)
            var columns = [by]
            if level != .province { columns.append("province") }
            columns += ["key", "count"]
            result = QueryResult(
                columns: columns,
                rows: counts.map { c in
                    var row: [Value] = [input.name(c.region)]
                    if level != .province { row.append(c.region.map { input.region($0, .province) } ?? .null) }
                    row += [c.region.map(input.key) ?? .null, .int(Int64(c.count))]
                    return row
                })
        default:
            result = QueryResult(
                columns: ["key", "name", "kind", "hops", "regency", "province"],
                rows: reached.map { r in
                    [
                        input.key(r.node), input.name(r.node), input.kind(r.node), .int(Int64(r.hops)),
                        input.region(r.node, .regency), input.region(r.node, .province),
                    ]
                })
        }
        let summary =
            input.text(
                Message(
                    .reachSummary,
                    [
                        "nodes": .count(reached.count), "hops": .count(hops), "sources": .count(sources.count),
                        "network": .text(AlgorithmCommands.describe(types, input)),
                    ])) + AlgorithmCommands.throughText(label, input)
        return AlgorithmOutput(result: result, subset: input.induced(nodes, types: types), summary: summary)
    }
}
