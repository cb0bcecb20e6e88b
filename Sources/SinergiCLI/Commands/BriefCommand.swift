// `sinergi brief`: the SHM brief for a province, a regency or the nation, as Markdown or as a
// self-contained HTML page (printable to PDF from a browser), with the region's diagram, in the
// run's language. What it says is built by BriefBuilder; this file reads the options, picks
// the region and the date, draws the diagram and writes the file.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Writes the SHM brief.
public enum BriefCommand: Subcommand {
    /// The formats a brief is written in.
    enum Format: String, CaseIterable, Sendable { case markdown, html }

    static let region = Option.text("region", value: .valueName, help: Message(.briefHelpRegion))
    static let since = Option.text("since", value: .valueWhen, help: Message(.briefHelpSince))
    static let format = Option<Format>.choice(
        "format", value: .valueFormat,
        help: Message(.optionFormat, ["formats": .text("markdown, html"), "default": .text("markdown")]))
    static let output = Option.text("output", short: "o", value: .valueFile, help: Message(.briefHelpOutput))
    static let title = Option.text("title", value: .valueText, help: Message(.optionTitle))
    static let noDiagram = Flag("no-diagram", help: Message(.briefHelpNoDiagram))

    public static let spec = CommandSpec(
        name: "brief", abstract: .briefAbstract, discussion: .briefDiscussion,
        options: [
            CommonOptions.registry.spec, CommonOptions.asOf.spec, region.spec, since.spec, format.spec, output.spec,
            title.spec,
            noDiagram.spec, CommonOptions.quiet.spec,
        ],
        examples: [
            "sinergi brief -r graphs/tpbis.jsonl --region 'Kepulauan Riau' -o brief-kepri.md",
            "sinergi brief -r graphs/tpbis.jsonl --region 'Kepulauan Riau' --since 2023-01-01 -o brief-kepri.html",
            "sinergi --lang en brief -r graphs/tpbis.jsonl --region Kepri --since event/shm-kepri-2023",
        ])

    /// The options of `sinergi brief`.
    public struct Options: CommandOptions {
        var registry: String
        var region: String?
        var since: String?
        var format: Format
        var output: String?
        var title: String?
        var diagram: Bool
        var asOf: HistoryPoint?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            region = try arguments.value(BriefCommand.region)
            since = try arguments.value(BriefCommand.since)
            output = try arguments.value(BriefCommand.output)
            title = try arguments.value(BriefCommand.title)
            diagram = !arguments.flag(BriefCommand.noDiagram)
            asOf = try arguments.value(CommonOptions.asOf)
            let byName: Format? =
                switch ((output ?? "") as NSString).pathExtension.lowercased() {
                case "html", "htm": .html
                case "md", "markdown": .markdown
                default: nil
                }
            format = try arguments.value(BriefCommand.format) ?? byName ?? .markdown
            try OutputName.check(output, format: format.rawValue)
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        if let output = options.output, output != "-" {
            try OutputFile.checkReplaceable(output, registry: options.registry, force: false, console: console)
        }
        let graph = try CommandSupport.load(path: options.registry, asOf: options.asOf, console: console).graph
        let language = console.language
        var root: NodeID?
        var scope: Set<NodeID>
        if let name = options.region {
            let found = try DiagramSelection.regionRoot(name, in: graph)
            root = found
            scope = DiagramSelection.nodes(inside: found, in: graph)
        } else {
            let regions = graph.nodes(withLabel: "Region")
            scope = Set(graph.nodes.filter { !regions.contains($0) })
        }
        let (sinceDate, sinceText) = try date(options.since, in: graph, language: language)
        let builder = BriefBuilder(
            graph: graph, language: language, region: root, scope: scope, since: sinceDate, sinceText: sinceText)
        let title = options.title ?? Message(.briefTitle, ["place": .text(builder.placeName)]).text(language)
        var picture: ReportDocument.Block?
        if options.diagram {
            picture = try diagram(
                graph, scope: scope, title: title, options: options, language: language, console: console)
        }
        let registryName = (options.registry as NSString).lastPathComponent
        let document = builder.document(title: title, registryName: registryName, picture: picture)
        let text = options.format == .html ? document.html() : document.markdown()
        try OutputFile.write(
            Array(text.utf8), to: options.output == "-" ? nil : options.output, registry: options.registry,
            force: false, console: console)
        if let output = options.output, output != "-" {
            console.status(Message(.briefWrote, ["file": .text(output), "place": .text(builder.placeName)]))
        }
        return ExitCode.success
    }

    /// `--since`: a date (`2023-08-01`, or a date-time's day) or a meeting's key, whose date is taken.
    static func date(_ text: String?, in graph: PropertyGraph, language: Language) throws(CLIError)
        -> (CypherDate?, String?)
    {
        guard let text else { return (nil, nil) }
        if let d = CypherDate(parsing: text) { return (d, nil) }
        if let id = graph.node(forKey: text) {
            guard let d = graph.property("date", of: id).localDate else {
                throw .usage(.briefSinceNoDate, ["key": .text(text)])
            }
            let name = graph.property("name", of: id).stringValue ?? text
            return (d, name)
        }
        let events = graph.nodes(withLabel: "Event").map { graph.key(of: $0) }.sorted()
        throw .usage(
            Message(.briefBadSince, ["value": .text(text)]).suggesting(
                NameSuggestions.nearest(to: text, among: events)))
    }

    /// The region's diagram: beside a Markdown file as SVG, or inlined into the HTML page. A
    /// diagram that cannot be drawn (no Graphviz, too large) is a warning, not a failure.
    static func diagram(
        _ graph: PropertyGraph, scope: Set<NodeID>, title: String, options: Options, language: Language,
        console: Console
    ) throws -> ReportDocument.Block? {
        let file: String?
        if options.format == .markdown {
            guard let output = options.output, output != "-" else {
                console.note(Message(.briefDiagramNeedsFile))
                return nil
            }
            file = (output as NSString).deletingPathExtension + ".svg"
        } else {
            file = nil
        }
        var request = DiagramRequest()
        request.options.language = language
        request.options.title = title
        request.options.clustering = .regency
        request.highlightGaps = true
        let renderer = GraphvizRenderer()
        guard renderer.isInstalled else {
            console.warning(Message(.briefNoGraphviz))
            return nil
        }
        let prepared: (part: GraphSubset?, options: DOTOptions, count: Int)
        do {
            prepared = try DiagramOutput.prepared(
                graph, subset: GraphSubset(nodes: scope), request: request, drawing: true, anySize: false,
                console: console)
        } catch let error as CLIError {
            if case .failure(let messages) = error { messages.forEach { console.warning($0) } }
            return nil
        }
        let dot = DOTExporter.export(graph, options: prepared.options, subset: prepared.part)
        let caption = Message(.briefDiagramCaption, ["count": .count(prepared.count)]).text(language)
        if let file {
            try OutputFile.checkReplaceable(file, registry: options.registry, force: false, console: console)
            try DiagramOutput.draw(
                dot: dot, dotFile: nil, to: file, engine: prepared.options.engine, attributes: [],
                nodes: prepared.count, console: console)
            return .picture(caption: caption, file: (file as NSString).lastPathComponent, svg: nil)
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sinergi-brief-\(UUID().uuidString).svg"
        ).path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            try renderer.render(dot: dot, to: temporary, engine: prepared.options.engine)
        } catch {
            throw CLIError.failure(error.message)
        }
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw CLIError.failure(.graphvizCannotRead, ["path": .text(temporary)])
        }
        return .picture(caption: caption, file: "", svg: String(decoding: data, as: UTF8.self))
    }
}
