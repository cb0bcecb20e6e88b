// Writing a diagram: leaving out what the options say, highlighting the gaps, choosing the
// engine by size, and either writing the DOT or drawing it with Graphviz (checked before it
// starts, stopped with sinergi, warned about when its text would be too small to read).
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

/// Emits DOT text, or renders it, for one diagram request.
enum DiagramOutput {
    /// Above this many nodes `render` refuses to start without `--any-size`: Graphviz would run
    /// for minutes and the picture could not be read.
    static let renderMaxNodes = 10_000

    /// Text drawn smaller than this many points (after Graphviz scaled the drawing to the
    /// canvas) is too small to read on a projector: `render` warns.
    static let smallestReadableFontSize = 5.0

    /// The part of the graph to draw after `request`'s filter, with what was left out noted in
    /// the legend and on standard error.
    static func filtered(
        _ graph: PropertyGraph, subset: GraphSubset?, request: inout DiagramRequest, console: Console
    ) -> GraphSubset? {
        guard !request.filter.keepsEverything else { return subset }
        let (part, leftOut) = request.filter.apply(to: subset ?? GraphSubset.all(of: graph), in: graph)
        if leftOut.count > 0 {
            let language = request.options.language
            let what = leftOut.byKind.map { entry in
                Vocabulary.kindShort(entry.kind, language) + " ("
                    + MessageTemplate.render("{n}", arguments: ["n": .count(entry.count)], language: language) + ")"
            }
            let note = Message(.diagramLeftOut, ["what": .list(what)])
            request.options.legendNotes.append(note.text(language))
            console.note(note)
        }
        return part
    }

    /// What a diagram (DOT, picture or map) of `subset` draws after the request's filter and
    /// highlights, the options with the engine chosen, and the number of nodes; warns about
    /// unknown highlights and large diagrams, and refuses to lay out (`drawing`) more than
    /// `renderMaxNodes` nodes unless `anySize`. For an HTML map (`map`), which boxes the regions
    /// after an `sfdp` layout, the note says so.
    /// - Complexity: O(N + E) for the filter and the gaps.
    static func prepared(
        _ graph: PropertyGraph, subset: GraphSubset?, request: DiagramRequest, drawing: Bool, anySize: Bool,
        map: Bool = false, console: Console
    ) throws -> (part: GraphSubset?, options: DOTOptions, count: Int) {
        var request = request
        let part = filtered(graph, subset: subset, request: &request, console: console)
        if request.highlightGaps { DiagramHighlights.addGaps(to: &request.options, graph: graph, subset: part) }
        var options = request.options
        for key in DOTExporter.unknownKeys(in: options, graph: graph) {
            console.warning(Message(.diagramNoHighlightNode, ["key": .text(key)]))
        }
        let count = part.map { $0.resolved(in: graph).nodes.count } ?? graph.nodeCount
        if count > DOTExporter.recommendedMaxNodes {
            console.warning(
                Message(.diagramLarge, ["count": .count(count), "limit": .count(DOTExporter.recommendedMaxNodes)]))
        }
        if let engine = request.engine {
            options.use(engine)
        } else {
            let choice = DOTExporter.chooseEngine(nodeCount: count, options: options)
            options = choice.options
            // A drawing, or a DOT file written at sfdp's positions, boxes the regions (see `emit`).
            let boxes = drawing || GraphvizRenderer().locate(program: GraphvizEngine.sfdp.rawValue) != nil
            if boxes, choice.note != nil, options.boxesAfterLayout {
                console.note(
                    Message(
                        map ? .mapSfdpNoteBoxes : .renderSfdpNoteBoxes,
                        ["count": .count(count), "limit": .count(DOTExporter.dotEngineMaxNodes)]))
            } else if let note = choice.note {
                console.note(note)
            }
        }
        if drawing, count > renderMaxNodes, !anySize {
            throw CLIError.failure(.renderTooLarge, ["count": .count(count), "limit": .count(renderMaxNodes)])
        }
        return (part, options, count)
    }

    /// Writes the diagram of `subset` (after the request's filter and highlights) as DOT to
    /// `output` (standard output when nil), or draws it there when `render` is set.
    static func emit(
        _ graph: PropertyGraph, subset: GraphSubset?, request: DiagramRequest, output: String?, render: Bool,
        anySize: Bool, guarding: OutputGuard = OutputGuard(), console: Console
    ) throws {
        let (part, options, count) = try prepared(
            graph, subset: subset, request: request, drawing: render, anySize: anySize, console: console)
        if render, options.boxesAroundLayout, let output {
            try OutputFile.checkReplaceable(
                output, registry: guarding.registry, force: guarding.force, console: console)
            try drawBoxed(graph, options: options, subset: part, to: output, nodes: count, console: console)
            return
        }
        if !render, options.boxesAroundLayout {
            // sfdp draws no boxes: the file is the drawing itself, laid out now, its region boxes
            // around the nodes at fixed positions (`layout="nop2"`), so that `render FILE.dot`,
            // or Graphviz itself, draws what `--render` draws.
            if GraphvizRenderer().locate(program: GraphvizEngine.sfdp.rawValue) != nil {
                let drawing = try boxedDrawing(graph, options: options, subset: part, for: output, console: console)
                try ExportCommand.write(Array(drawing.utf8), to: output, guarding, console)
                return
            }
            console.warning(Message(.diagramBoxesNeedGraphviz))
        }
        let text = DOTExporter.export(graph, options: options, subset: part)
        guard render else {
            try ExportCommand.write(Array(text.utf8), to: output, guarding, console)
            return
        }
        guard let output else { throw CLIError.usage(.renderNeedsOutput) }
        try OutputFile.checkReplaceable(output, registry: guarding.registry, force: guarding.force, console: console)
        try draw(
            dot: text, dotFile: nil, to: output, engine: options.engine, attributes: [], nodes: count, console: console)
    }

    /// A Graphviz runner that ends Graphviz when sinergi is stopped (SIGINT, SIGTERM, SIGHUP).
    /// - Complexity: O(1).
    private static func stoppingRenderer() -> GraphvizRenderer {
        var renderer = GraphvizRenderer()
        renderer.stopSignals = [SIGINT, SIGTERM, SIGHUP]
        return renderer
    }

    /// Draws a large diagram laid out by sfdp with its region boxes, in two Graphviz runs: sfdp
    /// lays out each box on its own and packs them (`DOTExporter.boxedLayoutDOT`), then
    /// `neato -n2` draws every node where sfdp put it, the boxes around them and every line
    /// (`DOTExporter.boxedDrawingDOT`). Both runs stop with sinergi.
    static func drawBoxed(
        _ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?, to output: String, nodes: Int,
        console: Console
    ) throws {
        let renderer = stoppingRenderer()
        let run: GraphvizRun
        // both runs show what is drawn, as `draw` does: the boxed picture is the slowest one
        let drawing = Message(.progressDrawing, ["file": .text(output), "engine": .text(GraphvizEngine.sfdp.rawValue)])
        do {
            let drawingDOT = try boxedDrawing(graph, options: options, subset: subset, for: output, console: console)
            run = try Progress.during(drawing, console: console) { () throws(GraphvizError) in
                try renderer.render(dot: drawingDOT, to: output, engine: .sfdp, measure: true, positioned: true)
            }
        } catch let error as GraphvizError {
            throw CLIError.failure(error.message)
        }
        report(run, output: output, engine: GraphvizEngine.sfdp.rawValue, nodes: nodes, console: console)
    }

    /// The DOT of a large sfdp drawing with its region boxes: sfdp lays out each box on its own
    /// and packs them (`DOTExporter.boxedLayoutDOT`); the result places every node where sfdp
    /// put it, the boxes around them (`DOTExporter.boxedDrawingDOT`, `layout="nop2"`). The
    /// layout run stops with sinergi.
    /// - Complexity: sfdp's own run time, plus O(N + E) for the drawing.
    static func boxedDrawing(
        _ graph: PropertyGraph, options: DOTOptions, subset: GraphSubset?, for output: String?, console: Console
    ) throws -> String {
        let laying = Message(
            .progressDrawing, ["file": .text(output ?? "-"), "engine": .text(GraphvizEngine.sfdp.rawValue)])
        let layoutDOT = DOTExporter.boxedLayoutDOT(graph, options: options, subset: subset)
        let pass = try Progress.during(laying, console: console) { () throws -> (plain: String, run: GraphvizRun) in
            do throws(GraphvizError) {
                return try stoppingRenderer().layout(dot: layoutDOT, engine: .sfdp)
            } catch {
                throw CLIError.failure(error.message)
            }
        }
        if !pass.run.stderr.isEmpty { console.err(pass.run.stderr) }
        guard let layout = MapLayout(plain: pass.plain) else { throw CLIError.failure(.renderLayoutUnreadable) }
        return DOTExporter.boxedDrawingDOT(graph, options: options, subset: subset, layout: layout)
    }

    /// Runs Graphviz on DOT text or a DOT file, reporting what it drew and warning when the
    /// text came out too small to read.
    /// With `positioned` (a file written at fixed positions, `layout="nop2"`), `neato -n2`
    /// draws it where it is, and that is what is reported.
    static func draw(
        dot: String?, dotFile: String?, to output: String, engine: GraphvizEngine, attributes: [(String, String)],
        nodes: Int, positioned: Bool = false, console: Console
    ) throws {
        let renderer = stoppingRenderer()
        let run: GraphvizRun
        let name = positioned ? Self.positionedEngineName : engine.rawValue
        let drawing = Message(.progressDrawing, ["file": .text(output), "engine": .text(name)])
        do {
            run = try Progress.during(drawing, console: console) { () throws(GraphvizError) in
                if let dotFile {
                    return try renderer.render(
                        dotFile: dotFile, to: output, engine: engine, attributes: attributes, measure: true,
                        positioned: positioned)
                }
                return try renderer.render(
                    dot: dot ?? "", to: output, engine: engine, attributes: attributes, measure: true,
                    positioned: positioned)
            }
        } catch {
            throw CLIError.failure(error.message)
        }
        report(run, output: output, engine: name, nodes: nodes, console: console)
    }

    /// How a drawing at fixed positions is reported: the layout attribute it runs under.
    static let positionedEngineName = "nop2"

    /// What Graphviz printed, what was drawn, and a warning when the text came out too small.
    private static func report(_ run: GraphvizRun, output: String, engine: String, nodes: Int, console: Console) {
        if !run.stderr.isEmpty { console.err(run.stderr) }
        console.status(
            Message(.renderDrew, ["file": .text(output), "engine": .text(engine), "count": .count(nodes)]))
        if let scale = run.scale, scale * 10 < smallestReadableFontSize {
            console.warning(Message(.renderSmallText, ["points": .decimal(scale * 10, digits: 1)]))
        }
    }
}
