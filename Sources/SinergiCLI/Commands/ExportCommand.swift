// `sinergi export`: writes a registry, or a part of it, as JSON lines, CSV, DOT, GraphML, GEXF, a
// Cypher script or APOC's JSON lines for a server engine, or an offline interactive HTML map.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// Exports a registry or a part of it.
public enum ExportCommand: Subcommand {
    static let formats = ["jsonl", "csv", "dot", "graphml", "gexf", "html", "cypher", "apoc"]

    public static let spec = CommandSpec(
        name: "export",
        abstract: .exportAbstract, discussion: .exportDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec, .format(formats, default: "jsonl"),
            OptionSpec("output", short: "o", value: .valuePath, help: Message(.exportHelpOutput)),
            OptionSpec("query", short: "q", value: .valueStatement, help: Message(.exportHelpQuery)),
            OptionSpec("around", value: .valueKey, help: Message(.exportHelpAround)),
            OptionSpec("hops", value: .valueNumber, help: Message(.exportHelpHops)),
            OptionSpec("region", value: .valueName, help: Message(.exportHelpRegion)),
            OptionSpec("force", help: Message(.exportHelpForce)), CSVOptions.bom.spec, CommonOptions.quietLong.spec,
        ] + DiagramOptions.specs + [
            DiagramOptions.spec("render", nil, .optionRender), DiagramOptions.spec("any-size", nil, .optionAnySize),
        ],
        examples: [
            "sinergi export -r graphs/tpbis.jsonl --format dot --region 'Kepulauan Riau' -o kepri.dot",
            "sinergi export -r graphs/tpbis.jsonl --format dot --region 'Kepulauan Riau' --cluster-by regency --highlight gaps --render -o kepri.png",
            "sinergi export -r graphs/tpbis.jsonl --format dot --around perpusnas --hops 1 --render -o perpusnas.svg",
            "sinergi export -r graphs/tpbis.jsonl --format html --region 'Kepulauan Riau' --highlight gaps -o kepri.html",
            "sinergi export -r graphs/tpbis.jsonl --format csv -o tpbis-csv",
            "sinergi export -r graphs/tpbis.jsonl --format gexf -o tpbis.gexf",
            "sinergi export -r graphs/tpbis.jsonl --format cypher -o tpbis.cypher",
            "sinergi export -r graphs/tpbis.jsonl --format apoc -o tpbis.apoc.jsonl",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try CommandSupport.format(arguments, allowed: formats, default: "jsonl")
        let selectors = ["query", "around", "region"].filter { arguments.value($0) != nil }
        guard selectors.count <= 1 else {
            throw CLIError.usage(.usageChooseOne, ["options": .alternatives(["--query", "--around", "--region"])])
        }
        if arguments.value("hops") != nil && arguments.value("around") == nil {
            throw CLIError.usage(.usageGoesWith, ["option": .text("--hops"), "other": .text("--around")])
        }
        if arguments.flag("render") && format != "dot" {
            throw CLIError.usage(.usageGoesWith, ["option": .text("--render"), "other": .text("--format dot")])
        }
        let request = try DiagramOptions.parse(arguments, language: console.language)
        if let output = arguments.value("output"), output != "-" {
            // A registry is never replaced: say so before saying its name does not fit the format.
            try OutputFile.checkReplaceable(
                output, registry: arguments.value("registry"), force: arguments.flag("force"), console: console)
        }
        try OutputName.check(arguments.value("output"), format: format, render: arguments.flag("render"))
        let loaded = try CommandSupport.load(arguments, console: console)
        var graph = loaded.graph
        var subset: GraphSubset?
        if let statement = arguments.value("query") {
            graph.resetChanges()
            switch runQuery(statement, on: &graph) {
            case .success(let result): subset = DiagramSelection.subset(of: result)
            case .failure(let error):
                console.err(error.render(source: statement) + "\n")
                return ExitCode.failure
            }
            if !graph.changes.isEmpty {
                throw CLIError.failure(.exportQueryWrites)
            }
        } else if let key = arguments.value("around") {
            let hops = try AlgorithmCommands.integer(arguments, "hops", default: 2, minimum: 0)
            subset = try DiagramSelection.around(key, hops: hops, in: graph)
        } else if let region = arguments.value("region") {
            subset = try DiagramSelection.region(region, in: graph)
        }
        if ["dot", "html"].contains(format) && subset == nil {
            // The whole registry: regions are drawn as clusters, not as nodes of their own.
            let regions = graph.nodes(withLabel: "Region")
            subset = GraphSubset(nodes: Set(graph.nodes.filter { !regions.contains($0) }))
        }
        let output = arguments.value("output")
        let guarding = OutputGuard(registry: arguments.value("registry"), force: arguments.flag("force"))
        switch format {
        case "csv":
            guard let folder = output else {
                throw CLIError.usage(.exportCSVNeedsFolder, ["folder": .message(Message(.valueFolder))])
            }
            try writeCSV(
                graph, subset: subset, to: folder, guarding, bom: arguments.flag(CSVOptions.bom), console: console)
        case "dot":
            try DiagramOutput.emit(
                graph, subset: subset, request: request, output: output, render: arguments.flag("render"),
                anySize: arguments.flag("any-size"), guarding: guarding, console: console)
        case "html":
            try MapOutput.emit(
                graph, subset: subset, request: request, output: output, anySize: arguments.flag("any-size"),
                guarding: guarding, console: console)
        case "graphml": try write(Array(GraphML.write(graph, subset: subset).utf8), to: output, guarding, console)
        case "gexf": try write(Array(GEXF.write(graph, subset: subset).utf8), to: output, guarding, console)
        case "cypher": try writeCypher(graph, subset: subset, to: output, guarding, console: console)
        case "apoc":
            let export = APOCExport.write(graph, subset: subset)
            try write(export.bytes, to: output, guarding, console)
            if let output, output != "-" {
                let wrote = Message(
                    .exportWroteAPOC,
                    [
                        "file": .text(output), "nodes": .count(export.nodes),
                        "relationships": .count(export.relationships),
                    ])
                let call = export.importCall(file: (output as NSString).lastPathComponent)
                console.err(
                    console.text(wrote) + "\n" + console.text(Message(.exportAPOCHint, ["call": .text(call)])) + "\n")
            }
        default:
            if let subset {
                var part = PropertyGraph()
                let resolved = subset.resolved(in: graph)
                for n in resolved.nodes.sorted() {
                    try part.addNode(
                        key: graph.key(of: n), labels: graph.labels(of: n), properties: graph.properties(of: n))
                }
                for r in resolved.relationships.sorted() {
                    guard let s = part.node(forKey: graph.key(of: graph.start(of: r))),
                        let e = part.node(forKey: graph.key(of: graph.end(of: r)))
                    else { continue }
                    try part.addRelationship(
                        key: graph.key(of: r), type: graph.type(of: r), from: s, to: e,
                        properties: graph.properties(of: r))
                }
                try write(JSONLineEncoder.snapshot(of: part), to: output, guarding, console)
            } else if output != nil {
                // A copy to work on: the whole registry, its indexes and its key serial.
                try write(JSONLineEncoder.registry(of: graph), to: output, guarding, console)
            } else {
                try write(JSONLineEncoder.snapshot(of: graph), to: output, guarding, console)
            }
        }
        return ExitCode.success
    }

    static func runQuery(_ statement: String, on graph: inout PropertyGraph) -> Result<QueryResult, QueryError> {
        do throws(QueryError) {
            return .success(try QueryEngine.execute(statement, on: &graph))
        } catch {
            return .failure(error)
        }
    }

    static func writeCSV(
        _ graph: PropertyGraph, subset: GraphSubset?, to folder: String, _ guarding: OutputGuard, bom: Bool = false,
        console: Console
    ) throws {
        let export: AdminCSV.Export
        do {
            export = try AdminCSV.write(graph, subset: subset)
        } catch {
            throw CLIError.failure(error.message)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError.failure(.cannotCreateFolder, ["folder": .text(folder)])
        }
        for (name, text) in export.nodes.merging(export.relationships, uniquingKeysWith: { a, _ in a }) {
            let mark = bom ? CSVOptions.byteOrderMark : []
            try write(mark + Array(text.utf8), to: (folder as NSString).appendingPathComponent(name), guarding, console)
        }
        let wrote = Message(
            .exportWroteCSV,
            [
                "nodes": .count(export.nodes.count), "relationships": .count(export.relationships.count),
                "folder": .text(folder),
            ])
        let hint = Message(.exportNeo4jHint, ["arguments": .text(export.neo4jImportArguments.joined(separator: " "))])
        console.err(console.text(wrote) + "\n" + console.text(hint) + "\n")
    }

    /// Writes the Cypher script that recreates the registry, says what it holds and how to run
    /// it, and warns about the values a server engine will not take as they are.
    static func writeCypher(
        _ graph: PropertyGraph, subset: GraphSubset?, to output: String?, _ guarding: OutputGuard, console: Console
    ) throws {
        let script: CypherScript.Script
        do {
            script = try CypherScript.write(graph, subset: subset)
        } catch {
            guard case .keyPropertyTaken(let entity) = error else { throw error }
            throw CLIError.failure(
                .exportCypherKeyTaken, ["entity": .text(entity), "property": .text(CypherScript.keyProperty)])
        }
        try write(Array(script.text.utf8), to: output, guarding, console)
        if script.mapValues > 0 { console.warning(Message(.exportCypherMaps, ["count": .count(script.mapValues)])) }
        if script.zonedTemporalValues > 0 {
            console.warning(Message(.exportCypherZoned, ["count": .count(script.zonedTemporalValues)]))
        }
        guard let output, output != "-" else { return }
        let wrote = Message(
            .exportWroteCypher,
            ["file": .text(output), "nodes": .count(script.nodes), "relationships": .count(script.relationships)])
        console.err(
            console.text(wrote) + "\n" + console.text(Message(.exportCypherHint, ["file": .text(output)])) + "\n")
    }

    /// Writes to the file named (never over a registry without --force), or to standard output.
    static func write(_ bytes: [UInt8], to output: String?, _ guarding: OutputGuard, _ console: Console) throws {
        try OutputFile.write(bytes, to: output, registry: guarding.registry, force: guarding.force, console: console)
    }
}
