// Writing the offline interactive map (`export --format html`): the same part of the graph,
// filter and highlights as the diagram, laid out by Graphviz beforehand (checked for size
// first, stopped with sinergi), then written as one self-contained HTML page.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

/// Emits the HTML map for one diagram request.
enum MapOutput {
    /// Lays out the diagram of `subset` (after the request's filter and highlights) with
    /// Graphviz and writes the HTML map to `output` (standard output when nil).
    /// - Throws: `CLIError` when Graphviz is missing or fails, or the map is too large.
    /// - Complexity: O(N + E) plus Graphviz's layout time.
    static func emit(
        _ graph: PropertyGraph, subset: GraphSubset?, request: DiagramRequest, output: String?, anySize: Bool,
        guarding: OutputGuard, console: Console
    ) throws {
        let (part, options, count) = try DiagramOutput.prepared(
            graph, subset: subset, request: request, drawing: true, anySize: anySize, map: true, console: console)
        var renderer = GraphvizRenderer()
        renderer.stopSignals = [SIGINT, SIGTERM, SIGHUP]
        guard renderer.locate(options.engine) != nil else { throw CLIError.failure(.mapNeedsGraphviz) }
        let laidOut: (plain: String, run: GraphvizRun)
        do {
            laidOut = try renderer.layout(
                dot: HTMLMap.layoutDOT(graph, options: options, subset: part), engine: options.engine)
        } catch {
            throw CLIError.failure(error.message)
        }
        if !laidOut.run.stderr.isEmpty { console.err(laidOut.run.stderr) }
        guard let layout = MapLayout(plain: laidOut.plain) else { throw CLIError.failure(.mapLayoutUnreadable) }
        let page = HTMLMap.document(graph, options: options, subset: part, layout: layout)
        try ExportCommand.write(Array(page.utf8), to: output, guarding, console)
        if let output, output != "-" {
            console.status(
                Message(
                    .mapWrote,
                    ["file": .text(output), "count": .count(count), "engine": .text(options.engine.rawValue)]))
        }
    }
}
