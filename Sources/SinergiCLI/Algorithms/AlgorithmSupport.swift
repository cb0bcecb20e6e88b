// Shared steps of the algorithm commands (`reach`, `path`, `gaps`, `spread`, `centrality`):
// loading the registry into a snapshot, resolving node keys, reading option values, the
// cells every row uses (key, name, kind, regency, province), and printing the rows with
// RowRenderer plus a one-line summary on standard error.
//
// Diagrams: every command returns an `AlgorithmOutput` whose `subset` holds the nodes and
// relationships its answer involves; `--format dot` draws that subset with DOTExporter
// (`AlgorithmCommands.emit`), so the diagram shows the answer, not the rows.
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// The part of the graph an algorithm command's answer involves: what a diagram of the
/// answer draws.
public struct DiagramSubset: Equatable, Sendable {
    /// Nodes to draw, in the order the answer lists them (no duplicates).
    public var nodes: [NodeID]
    /// Relationships to draw (both ends are in `nodes`).
    public var relationships: [RelationshipID]

    /// A subset of the given nodes and relationships.
    public init(nodes: [NodeID] = [], relationships: [RelationshipID] = []) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// The subset as the exporters take it: without relationships, every relationship among
    /// the nodes is drawn.
    public var graphSubset: GraphSubset {
        GraphSubset(nodes: Set(nodes), relationships: relationships.isEmpty ? nil : Set(relationships))
    }
}

/// What an algorithm command produced.
struct AlgorithmOutput {
    /// The rows (rendered with `RowRenderer`).
    var result: QueryResult
    /// What a diagram of the answer would draw.
    var subset: DiagramSubset
    /// One line for standard error (without the newline); deterministic, no timings.
    var summary: String
    /// How `--format dot` draws the subset: gap regencies highlighted, recommended
    /// partnerships as dashed links, a lineage as a tree.
    var diagram = DOTOptions()
}

/// A registry loaded for an algorithm command: the graph, its snapshot and region tree.
struct AlgorithmInput {
    /// The registry path as given (for messages).
    let path: String
    let graph: PropertyGraph
    let snapshot: GraphSnapshot
    let regions: RegionHierarchy
    /// Where progress on long computations goes (nowhere with --quiet or off a terminal).
    let console: Console
    /// True with --quiet.
    let quiet: Bool

    /// Loads `--registry`, printing load warnings to standard error.
    /// - Complexity: O(file size + N + E).
    init(_ arguments: ParsedArguments, console: Console) throws {
        let loaded = try CommandSupport.load(arguments, console: console)
        path = arguments.value("registry") ?? ""
        graph = loaded.graph
        snapshot = GraphSnapshot(graph)
        regions = RegionHierarchy(snapshot)
        self.console = console
        quiet = arguments.options["quiet"] != nil
    }

    /// The node with `key`, or `error: no node 'KEY' in REGISTRY` (exit 1).
    /// - Complexity: O(1).
    func node(_ key: String) throws(CLIError) -> NodeID {
        guard let id = graph.node(forKey: key) else { throw .failure("no node '\(key)' in \(path)") }
        return id
    }

    /// The nodes with the given keys, in order.
    /// - Complexity: O(k).
    func nodes(_ keys: [String]) throws(CLIError) -> [NodeID] {
        var result: [NodeID] = []
        for k in keys { result.append(try node(k)) }
        return result
    }

    /// The node's key.
    func key(_ v: NodeID) -> Value { .string(graph.key(of: v)) }

    /// The node's `name` property (null when it has none).
    func name(_ v: NodeID?) -> Value {
        guard let v else { return .null }
        let n = graph.property("name", of: v)
        return n.stringValue.map(Value.string) ?? .null
    }

    /// The node's `name`, or its key when it has none.
    func title(_ v: NodeID) -> String { graph.property("name", of: v).stringValue ?? graph.key(of: v) }

    /// The node's kind: its labels other than the family labels, joined with `:`.
    func kind(_ v: NodeID) -> Value {
        let family: Set<String> = ["Stakeholder", "Region", "Event"]
        let labels = graph.labels(of: v).filter { !family.contains($0) }.sorted()
        return .string(
            labels.isEmpty ? graph.labels(of: v).sorted().joined(separator: ":") : labels.joined(separator: ":"))
    }

    /// The name of the region containing `v` at `level` (null when none).
    func region(_ v: NodeID, _ level: RegionLevel) -> Value { name(regions.region(of: v, at: level)) }

    /// The relationships of `types` (nil: every type) between the given nodes.
    /// - Complexity: O(Σ deg) over the nodes.
    func induced(_ nodes: [NodeID], types: [String]?) -> DiagramSubset {
        var inside = [Bool](repeating: false, count: snapshot.nodeCapacity)
        var unique: [NodeID] = []
        for v in nodes where v.index < inside.count && !inside[v.index] {
            inside[v.index] = true
            unique.append(v)
        }
        let filter = types.map { snapshot.typeFilter($0) }
        var rels: [RelationshipID] = []
        for v in unique {
            snapshot.forEachNeighbor(of: v, direction: .outgoing, types: filter) { w, r in
                if inside[w.index] { rels.append(r) }
            }
        }
        return DiagramSubset(nodes: unique, relationships: rels.sorted())
    }

    /// The province named `text`: its key, or its name written any way (case, accents,
    /// punctuation); otherwise `error: no province 'X' in REGISTRY`, with the nearest names.
    /// - Complexity: O(P · L²) for P provinces.
    func province(named text: String) throws(CLIError) -> NodeID {
        if let p = RegionLookup.find(text, level: .province, in: graph) { return p }
        var message = AlgorithmCommands.say(
            Message(.algorithmsNoProvince, ["name": .text(text), "registry": .text(path)]))
        message += AlgorithmCommands.suggestion(RegionLookup.suggestions(for: text, level: .province, in: graph))
        throw .failure(message)
    }

    /// `text` when some node carries that label; otherwise `error: no node carries the label
    /// 'X' in REGISTRY`, with the nearest labels.
    /// - Complexity: O(L²) per label.
    func label(_ text: String) throws(CLIError) -> String {
        if graph.labelNames.contains(text), graph.nodeCount(withLabel: text) > 0 { return text }
        var message = AlgorithmCommands.say(
            Message(.algorithmsNoLabel, ["label": .text(text), "registry": .text(path)]))
        message += AlgorithmCommands.suggestion(NameSuggestions.nearest(to: text, among: graph.labelNames))
        throw .failure(message)
    }
}

/// Option readers and output for the algorithm commands.
enum AlgorithmCommands {
    /// The formats the algorithm commands write (`dot` draws the answer's subset).
    static let formats = RowFormat.names

    /// `--format` and `--quiet`, shared by every algorithm command.
    static let outputOptions: [OptionSpec] = [
        .format(formats, default: "table"), CSVOptions.delimiter.spec, CSVOptions.bom.spec,
        OptionSpec("quiet", short: "q", help: "Print no summary line on standard error."),
    ]

    /// `--types`: relationship types, comma-separated.
    static func typesOption(_ defaultText: String) -> OptionSpec {
        OptionSpec(
            "types", value: "types", help: "Relationship types to follow, comma-separated (default: \(defaultText)).")
    }

    /// `--label` of reach and path: the nodes a chain may pass through.
    static let throughOption = OptionSpec(
        "label", value: "label",
        help: "Pass only through nodes with this label; '*' for every node (default: Stakeholder).")

    /// The `--label` of reach and path: the label given, nil for `*`, or by default the
    /// stakeholder network's (`Stakeholder`, when the registry uses it).
    static func through(_ arguments: ParsedArguments, input: AlgorithmInput) throws(CLIError) -> String? {
        guard let text = arguments.value("label") else { return StakeholderNetwork.nodeLabel(input.graph) }
        return text == "*" ? nil : try input.label(text)
    }

    /// " through Stakeholder nodes" for a summary, or nothing.
    static func throughText(_ label: String?) -> String {
        label.map { " " + say(Message(.algorithmsThroughLabel, ["label": .text($0)])) } ?? ""
    }

    /// `--direction`.
    static func directionOption(_ defaultText: String) -> OptionSpec {
        OptionSpec(
            "direction", value: "direction",
            help: "Direction to follow relationships in: both, outgoing or incoming (default: \(defaultText)).")
    }

    /// The value of a choice option, or a usage error listing the choices.
    static func choice(_ arguments: ParsedArguments, _ long: String, _ allowed: [String], default value: String)
        throws(CLIError) -> String
    {
        let v = arguments.value(long) ?? value
        guard allowed.contains(v) else {
            throw .usage("option '--\(long)' must be one of: \(allowed.joined(separator: ", ")), not '\(v)'")
        }
        return v
    }

    /// An integer option of at least `minimum`.
    static func integer(_ arguments: ParsedArguments, _ long: String, default value: Int, minimum: Int)
        throws(CLIError) -> Int
    {
        let n = try arguments.integer(long, default: value)
        guard n >= minimum else { throw .usage("option '--\(long)' must be at least \(minimum), not \(n)") }
        return n
    }

    /// A number option within `range`.
    static func number(
        _ arguments: ParsedArguments, _ long: String, default value: Double, in range: ClosedRange<Double>
    )
        throws(CLIError) -> Double
    {
        guard let text = arguments.value(long) else { return value }
        guard let d = Double(text), range.contains(d) else {
            throw .usage(
                "option '--\(long)' needs a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return d
    }

    /// `--random-seed`: a whole number (negative numbers keep their bits).
    static func seed(_ arguments: ParsedArguments, default value: UInt64 = 42) throws(CLIError) -> UInt64 {
        guard let text = arguments.value("random-seed") else { return value }
        if let u = UInt64(text) { return u }
        guard let i = Int64(text) else { throw .usage("option '--random-seed' needs a whole number, not '\(text)'") }
        return UInt64(bitPattern: i)
    }

    /// `--types` split at commas, or `fallback` when not given.
    static func types(_ arguments: ParsedArguments, default fallback: [String]?) throws(CLIError) -> [String]? {
        guard let text = arguments.value("types") else { return fallback }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw .usage("option '--types' needs at least one relationship type") }
        return names
    }

    /// `--direction`.
    static func direction(_ arguments: ParsedArguments, default value: Direction) throws(CLIError) -> Direction {
        guard let text = arguments.value("direction") else { return value }
        guard let d = Direction(rawValue: text) else {
            throw .usage("option '--direction' must be one of: both, outgoing, incoming, not '\(text)'")
        }
        return d
    }

    /// How a list of types reads in a summary.
    static func describe(_ types: [String]?, graph: PropertyGraph) -> String {
        guard let types else { return say(Message(.algorithmsEveryType)) }
        if StakeholderNetwork.isDefault(types, in: graph) { return say(Message(.algorithmsStakeholderNetwork)) }
        return types.joined(separator: ", ")
    }

    /// The language the algorithm commands write their reports in.
    ///
    /// English until the command line chooses the run's language (`Console.language`, the
    /// bahasa lane); every text below already comes from the catalogue in both languages.
    static var language: Language { .en }

    /// A catalogue message in the reports' language.
    static func say(_ message: Message) -> String { message.text(language) }

    /// "; did you mean 'X'?" (or one of several), or nothing without names.
    static func suggestion(_ names: [String]) -> String {
        guard let first = names.first else { return "" }
        let hint =
            names.count == 1
            ? Message(.didYouMean, ["name": .text(first)])
            : Message(.didYouMeanOneOf, ["names": .alternatives(names.map { "'\($0)'" })])
        return "; " + say(hint)
    }

    /// A usage error saying an option applies only to some kinds (or measures).
    static func appliesOnly(_ option: String, to kinds: [String], of choice: String = "kind") -> CLIError {
        .usage(
            say(
                Message(
                    .algorithmsOptionAppliesTo,
                    ["option": .text(option), "choice": .text(choice), "kinds": .list(kinds)])))
    }

    /// A score rounded to 6 decimals for display (the procedures give full precision).
    static func score(_ x: Double) -> Value { .double((x * 1e6).rounded() / 1e6) }

    /// Runs an algorithm, turning its `AlgorithmError` into `error: …` (exit 1); a run that
    /// lasts more than a second shows `progress` (default: "computing") at a terminal.
    static func run<T>(
        _ input: AlgorithmInput, progress: Message = Message(.progressComputing),
        _ body: () throws(AlgorithmError) -> T
    ) throws(CLIError) -> T {
        do {
            return try Progress.during(progress, console: input.console, quiet: input.quiet) {
                () throws(AlgorithmError) in try body()
            }
        } catch {
            throw .failure(SinergiConfig.message(error, graph: input.graph))
        }
    }

    /// Prints the rows to standard output and the summary to standard error.
    static func emit(
        _ output: AlgorithmOutput, input: AlgorithmInput, arguments: ParsedArguments, console: Console
    ) throws(CLIError) -> Int32 {
        let name = try CommandSupport.format(arguments, allowed: formats, default: "table")
        let format = RowFormat(rawValue: name) ?? .table
        if format == .dot {
            console.out(DOTExporter.export(input.graph, options: output.diagram, subset: output.subset.graphSubset))
        } else {
            let (delimiter, bom) = try OutputTarget.csvOptions(
                delimiter: try arguments.value(CSVOptions.delimiter), bom: arguments.flag(CSVOptions.bom),
                format: format)
            let target = OutputTarget(format: format, path: nil, delimiter: delimiter, bom: bom)
            target.write(
                RowRenderer.render(output.result, format: format, graph: input.graph, delimiter: delimiter),
                console: console)
        }
        if !arguments.flag("quiet") { console.err(output.summary + "\n") }
        return ExitCode.success
    }

    /// "1 thing" / "2 things".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
