// Writing a DOT diagram: the options users set, the size guard, and rendering with Graphviz.
import Foundation
import SinergiFormats
import SinergiGraph

/// DOT options from the command line.
enum DiagramOptions {
    /// Reads --cluster-by, --title and --no-legend (when the command declares them).
    static func parse(_ arguments: ParsedArguments) throws(CLIError) -> DOTOptions {
        var options = DOTOptions()
        if let level = arguments.value("cluster-by") {
            guard let c = DOTOptions.Clustering(rawValue: level) else {
                throw .usage("unknown clustering '\(level)' (expected province, regency or none)")
            }
            options.clustering = c
        }
        options.title = arguments.value("title")
        if arguments.flag("no-legend") { options.legend = false }
        return options
    }
}

/// Emits DOT text, warning above the size guard, and renders it when asked.
enum DiagramOutput {
    static func emit(
        _ graph: PropertyGraph, subset: GraphSubset?, options: DOTOptions, output: String?, render: Bool,
        guarding: OutputGuard = OutputGuard(), console: Console
    ) throws {
        let count = subset.map { $0.resolved(in: graph).nodes.count } ?? graph.nodeCount
        var options = options
        for key in DOTExporter.unknownKeys(in: options, graph: graph) {
            console.err("warning: no node '\(key)' to highlight\n")
        }
        if count > DOTExporter.recommendedMaxNodes {
            console.err(
                "warning: the diagram has \(count) nodes (more than \(DOTExporter.recommendedMaxNodes)); it will be hard to "
                    + "read. Choose a part with --region, --around or --query.\n")
        }
        var engine = GraphvizEngine.dot
        if render {
            let choice = DOTExporter.chooseEngine(nodeCount: count, options: options)
            options = choice.options
            engine = choice.engine
            if let note = choice.note { console.err("note: \(note)\n") }
        }
        let text = DOTExporter.export(graph, options: options, subset: subset)
        guard render else {
            try ExportCommand.write(Array(text.utf8), to: output, guarding, console)
            return
        }
        guard let output else { throw CLIError.usage("--render needs --output <file.svg|png|pdf>") }
        try OutputFile.checkReplaceable(output, registry: guarding.registry, force: guarding.force, console: console)
        do {
            let run = try GraphvizRenderer().render(dot: text, to: output, engine: engine)
            if !run.stderr.isEmpty { console.err(run.stderr) }
            console.err("drew \(output) with \(engine.rawValue) (\(count) nodes)\n")
        } catch {
            throw CLIError.failure("\(error)")
        }
    }
}
