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
    /// The language of the run: the report's columns, values and summary are written in it.
    let language: Language

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
        language = console.language
    }

    /// A catalogue message in the run's language.
    func text(_ message: Message) -> String { message.text(language) }

    /// The node with `key`, or `error: no node 'KEY' in REGISTRY` (exit 1).
    /// - Complexity: O(1).
    func node(_ key: String) throws(CLIError) -> NodeID {
        guard let id = graph.node(forKey: key) else {
            throw .failure(.algorithmsNoNode, ["key": .text(key), "registry": .text(path)])
        }
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

    /// The node's kind as people read it: its labels other than the family labels
    /// ("Dinas Perpustakaan Kabupaten/Kota", not `RegencyLibraryOffice`), joined with ", ".
    func kind(_ v: NodeID) -> Value {
        let family: Set<String> = ["Stakeholder", "Region", "Event"]
        var labels = graph.labels(of: v).filter { !family.contains($0) }.sorted()
        if labels.isEmpty { labels = graph.labels(of: v).sorted() }
        return .string(labels.map { Vocabulary.kind($0, language) }.joined(separator: ", "))
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
        let message = Message(.algorithmsNoProvince, ["name": .text(text), "registry": .text(path)])
        throw .failure(message.suggesting(RegionLookup.suggestions(for: text, level: .province, in: graph)))
    }

    /// `text` when some node carries that label; otherwise `error: no node carries the label
    /// 'X' in REGISTRY`, with the nearest labels.
    /// - Complexity: O(L²) per label.
    func label(_ text: String) throws(CLIError) -> String {
        if graph.labelNames.contains(text), graph.nodeCount(withLabel: text) > 0 { return text }
        let message = Message(.algorithmsNoLabel, ["label": .text(text), "registry": .text(path)])
        throw .failure(message.suggesting(NameSuggestions.nearest(to: text, among: graph.labelNames)))
    }
}

/// Option readers and output for the algorithm commands.
enum AlgorithmCommands {
    /// The formats the algorithm commands write (`dot` draws the answer's subset).
    static let formats = RowFormat.names

    /// `--format` and `--quiet`, shared by every algorithm command.
    static let outputOptions: [OptionSpec] = [
        OutputTarget.formatOption(RowFormat.allCases, default: .table).spec, OutputTarget.outputOption.spec,
        CSVOptions.delimiter.spec, CSVOptions.bom.spec,
        OptionSpec("quiet", short: "q", help: Message(.algorithmsHelpQuiet)),
    ]

    /// `--types`: relationship types, comma-separated.
    static func typesOption(_ defaultText: MessageKey = .algorithmsDefaultTypes) -> OptionSpec {
        OptionSpec(
            "types", value: .valueTypes,
            help: Message(.algorithmsHelpTypes, ["default": .message(Message(defaultText))]))
    }

    /// `--label` of reach and path: the nodes a chain may pass through.
    static let throughOption = OptionSpec("label", value: .valueLabel, help: Message(.algorithmsHelpThrough))

    /// The `--label` of reach and path: the label given, nil for `*`, or by default the
    /// stakeholder network's (`Stakeholder`, when the registry uses it).
    static func through(_ arguments: ParsedArguments, input: AlgorithmInput) throws(CLIError) -> String? {
        guard let text = arguments.value("label") else { return StakeholderNetwork.nodeLabel(input.graph) }
        return text == "*" ? nil : try input.label(text)
    }

    /// " through Stakeholder nodes" for a summary, or nothing.
    static func throughText(_ label: String?, _ input: AlgorithmInput) -> String {
        label.map { " " + input.text(Message(.algorithmsThroughLabel, ["label": .text($0)])) } ?? ""
    }

    /// `--direction`.
    static func directionOption(_ defaultValue: MessageArgument = .text("both")) -> OptionSpec {
        OptionSpec(
            "direction", value: .valueDirection, help: Message(.algorithmsHelpDirection, ["default": defaultValue]))
    }

    /// The value of a choice option, or a usage error listing the choices.
    static func choice(_ arguments: ParsedArguments, _ long: String, _ allowed: [String], default value: String)
        throws(CLIError) -> String
    {
        let v = arguments.value(long) ?? value
        guard allowed.contains(v) else {
            let message = Message(
                .usageOneOf,
                ["name": .text(long), "choices": .text(allowed.joined(separator: ", ")), "value": .text(v)])
            throw .usage(message.suggesting(NameSuggestions.nearest(to: v, among: allowed, limit: 1)))
        }
        return v
    }

    /// An integer option of at least `minimum`.
    static func integer(_ arguments: ParsedArguments, _ long: String, default value: Int, minimum: Int)
        throws(CLIError) -> Int
    {
        let n = try arguments.integer(long, default: value)
        guard n >= minimum else {
            throw .usage(.usageAtLeast, ["name": .text(long), "minimum": .int(minimum), "value": .int(n)])
        }
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
                .usageNumberInRange,
                [
                    "name": .text(long), "low": .text(String(range.lowerBound)),
                    "high": .text(String(range.upperBound)),
                    "value": .text(text),
                ])
        }
        return d
    }

    /// `--random-seed`: a whole number (negative numbers keep their bits).
    static func seed(_ arguments: ParsedArguments, default value: UInt64 = 42) throws(CLIError) -> UInt64 {
        guard let text = arguments.value("random-seed") else { return value }
        if let u = UInt64(text) { return u }
        guard let i = Int64(text) else {
            throw .usage(.usageWholeNumber, ["name": .text("random-seed"), "value": .text(text)])
        }
        return UInt64(bitPattern: i)
    }

    /// `--types` split at commas, or `fallback` when not given.
    static func types(_ arguments: ParsedArguments, default fallback: [String]?) throws(CLIError) -> [String]? {
        guard let text = arguments.value("types") else { return fallback }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw .usage(.usageNeedsAValue, ["name": .text("types"), "what": .message(Message(.whatRelationshipType))])
        }
        return names
    }

    /// `--direction`.
    static func direction(_ arguments: ParsedArguments, default value: Direction) throws(CLIError) -> Direction {
        guard let text = arguments.value("direction") else { return value }
        guard let d = Direction(rawValue: text) else {
            throw .usage(
                .usageOneOf,
                ["name": .text("direction"), "choices": .text("both, outgoing, incoming"), "value": .text(text)])
        }
        return d
    }

    /// How a list of types reads in a summary.
    static func describe(_ types: [String]?, _ input: AlgorithmInput) -> String {
        guard let types else { return input.text(Message(.algorithmsEveryType)) }
        if StakeholderNetwork.isDefault(types, in: input.graph) {
            return input.text(Message(.algorithmsStakeholderNetwork))
        }
        return types.joined(separator: ", ")
    }

    /// A usage error saying an option applies only to some kinds (or measures).
    static func appliesOnly(_ option: String, to kinds: [String], of choice: String = "kind") -> CLIError {
        .usage(.algorithmsOptionAppliesTo, ["option": .text(option), "choice": .text(choice), "kinds": .list(kinds)])
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
            throw .failure(message(error, graph: input.graph))
        }
    }

    /// An algorithm's refusal in the run's language, naming relationships by their keys.
    /// - Complexity: O(1).
    static func message(_ error: AlgorithmError, graph: PropertyGraph) -> Message {
        switch error {
        case .unknownNode(let id): return Message(.algorithmsUnknownNodeID, ["id": .text("\(id)")])
        case .invalidParameter(let name, let reason):
            return Message(.algorithmsInvalidParameter, ["name": .text(name), "reason": .message(reason)])
        case .invalidPropertyValue(let r, let property, let reason):
            return Message(
                .algorithmsInvalidPropertyValue,
                ["key": .text(graph.key(of: r)), "property": .text(property), "reason": .message(reason)])
        case .notEstimable(let message): return message
        }
    }

    /// The format of `--format`, else of the `-o` file's extension, else `table`; refuses an
    /// `-o` file that is the registry or reads as one (checked before any work is done).
    static func format(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> RowFormat {
        let output = arguments.value("output")
        if let output {
            try OutputFile.checkReplaceable(
                output, registry: arguments.value("registry"), force: false, console: console)
        }
        guard arguments.value("format") != nil || output == nil else {
            return try OutputTarget.resolve(format: nil, output: output)
        }
        let name = try CommandSupport.format(arguments, allowed: formats, default: "table")
        return RowFormat(rawValue: name) ?? .table
    }

    /// The report's text in `format`: plain values (no literal quotes), the column headers as
    /// people read them in the run's language (JSON keeps the identifiers the procedures
    /// yield, for programs), the table fitted to `width`.
    /// - Complexity: O(size of the output).
    static func report(
        _ result: QueryResult, format: RowFormat, input: AlgorithmInput, width: Int?, delimiter: Character = ","
    ) -> String {
        var shown = result
        if format != .json && format != .jsonl {
            shown.columns = result.columns.map { Vocabulary.column($0, input.language) }
        }
        return RowRenderer.render(
            shown, format: format, graph: input.graph, style: .plain, width: width, delimiter: delimiter,
            language: input.language)
    }

    /// Writes the rows (to standard output, or to the `-o` file) and the summary to standard error.
    static func emit(
        _ output: AlgorithmOutput, input: AlgorithmInput, arguments: ParsedArguments, console: Console
    ) throws(CLIError) -> Int32 {
        let format = try format(arguments, console: console)
        let path = arguments.value("output")
        let (delimiter, bom) = try OutputTarget.csvOptions(
            delimiter: try arguments.value(CSVOptions.delimiter), bom: arguments.flag(CSVOptions.bom), format: format)
        let target = OutputTarget(format: format, path: path, delimiter: delimiter, bom: bom)
        if format == .dot {
            var diagram = output.diagram
            diagram.language = input.language
            target.write(
                DOTExporter.export(input.graph, options: diagram, subset: output.subset.graphSubset), console: console)
        } else {
            let text = report(
                output.result, format: format, input: input, width: console.tableWidth, delimiter: delimiter)
            target.write(text, console: console)
        }
        try target.finish()
        if !arguments.flag("quiet") {
            console.err(output.summary + "\n")
            if let path { console.status(Message(.queryWroteFile, ["file": .text(path)])) }
        }
        return ExitCode.success
    }
}
