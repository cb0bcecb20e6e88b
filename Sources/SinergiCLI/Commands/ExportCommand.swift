// `sinergi export`: writes a registry, or a part of it, as JSON lines, CSV, DOT, GraphML, GEXF or
// an offline interactive HTML map.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiRegistry

/// Exports a registry or a part of it.
public enum ExportCommand: Subcommand {
    static let formats = ["jsonl", "csv", "dot", "graphml", "gexf", "html"]

    public static let spec = CommandSpec(
        name: "export",
        abstract: "Export a registry, or a part of it, as JSON lines, CSV, DOT, GraphML, GEXF or an HTML map.",
        discussion: """
            jsonl writes a compacted snapshot (APOC export shape). csv writes neo4j-admin import files into
            the folder named by --output. dot writes a Graphviz diagram (see docs/diagrams.md); graphml and
            gexf open in Gephi, yEd and Cytoscape. html writes one self-contained interactive map (laid out by
            Graphviz; search, filters, details on click) that opens in any browser with no network. Choose a
            part with --query (every node, relationship and path in its rows), --around KEY --hops N, or
            --region NAME (a province or regency).
            With --render, the DOT is drawn by Graphviz into --output (.svg, .png or .pdf).
            jsonl -o FILE writes a complete registry (indexes and the key serial included), a copy to
            work on. An existing registry, and the registry named by -r, is never replaced without
            --force; other files (DOT, SVG, GraphML, GEXF, the files of a CSV folder) are replaced, as
            Graphviz replaces its output.
            """,
        options: [
            .registry(), CommonOptions.asOf.spec, .format(formats, default: "jsonl"),
            OptionSpec("output", short: "o", value: "path", help: "The file (or, for csv, the folder) to write."),
            OptionSpec("query", short: "q", value: "statement", help: "Export what this statement returns."),
            OptionSpec("around", value: "key", help: "Export the neighbourhood of this node."),
            OptionSpec("hops", value: "n", help: "With --around: how far (default: 2)."),
            OptionSpec("region", value: "name", help: "Export the stakeholders of this province or regency."),
            OptionSpec("force", help: "Replace --output even when it is a registry."), CSVOptions.bom.spec,
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
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try CommandSupport.format(arguments, allowed: formats, default: "jsonl")
        let selectors = ["query", "around", "region"].filter { arguments.value($0) != nil }
        guard selectors.count <= 1 else { throw CLIError.usage("choose one of --query, --around and --region") }
        if arguments.value("hops") != nil && arguments.value("around") == nil {
            throw CLIError.usage("--hops goes with --around")
        }
        if arguments.flag("render") && format != "dot" { throw CLIError.usage("--render goes with --format dot") }
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
                throw CLIError.failure("--query must only read; use 'sinergi query' to change the registry")
            }
        } else if let key = arguments.value("around") {
            let hops = try arguments.integer("hops", default: 2)
            guard hops >= 0 else { throw CLIError.usage("--hops must be 0 or more") }
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
            guard let folder = output else { throw CLIError.usage("--format csv needs --output <folder>") }
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
            throw CLIError.failure("\(error)")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError.failure("\(folder): cannot create the folder")
        }
        for (name, text) in export.nodes.merging(export.relationships, uniquingKeysWith: { a, _ in a }) {
            let mark = bom ? CSVOptions.byteOrderMark : []
            try write(mark + Array(text.utf8), to: (folder as NSString).appendingPathComponent(name), guarding, console)
        }
        console.err(
            "wrote \(export.nodes.count) node file(s) and \(export.relationships.count) relationship file(s) to \(folder)\n"
                + "load them into Neo4j with: neo4j-admin database import full \(export.neo4jImportArguments.joined(separator: " "))\n"
        )
    }

    /// Writes to the file named (never over a registry without --force), or to standard output.
    static func write(_ bytes: [UInt8], to output: String?, _ guarding: OutputGuard, _ console: Console) throws {
        try OutputFile.write(bytes, to: output, registry: guarding.registry, force: guarding.force, console: console)
    }
}
