// `sinergi render`: draws a DOT file with Graphviz. The engine is the one the file asks for
// (its `layout`), or `--engine`, or chosen by size; what runs is what is reported. The size
// is checked before Graphviz starts, and Graphviz stops when sinergi is stopped.
import Foundation
import SinergiFormats
import SinergiText

/// Runs Graphviz on a DOT file.
public enum RenderCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "render", abstract: .renderAbstract, discussion: .renderDiscussion,
        positionals: [PositionalSpec(.valueFile, help: Message(.renderFileHelp))],
        options: [
            OptionSpec("output", short: "o", value: .valueFile, help: Message(.renderOutputHelp), required: true),
            DiagramOptions.spec("engine", .valueProgram, .optionEngine),
            DiagramOptions.spec("size", .valuePixels, .optionSize),
            DiagramOptions.spec("aspect", .valueRatio, .optionAspect),
            DiagramOptions.spec("any-size", nil, .optionAnySize), CommonOptions.quiet.spec,
        ],
        examples: ["sinergi render kepri.dot -o kepri.png", "sinergi render kepri.dot -o kepri.pdf --aspect 4:3"])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let file = arguments.positionals[0]
        guard let output = arguments.value("output") else { throw CLIError.usage(.renderNeedsOutput) }
        try OutputName.check(output, format: "dot", render: true)
        let request = try DiagramOptions.parse(arguments, language: console.language)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError.failure(.renderCannotRead, ["file": .text(file)])
        }
        let facts = DOTFacts(String(decoding: data, as: UTF8.self))
        if facts.nodes > DiagramOutput.renderMaxNodes, !arguments.flag("any-size") {
            throw CLIError.failure(
                .renderTooLarge, ["count": .count(facts.nodes), "limit": .count(DiagramOutput.renderMaxNodes)])
        }
        if facts.nodes > DOTExporter.recommendedMaxNodes {
            console.warning(
                Message(
                    .diagramLarge, ["count": .count(facts.nodes), "limit": .count(DOTExporter.recommendedMaxNodes)]))
        }
        // A drawing at fixed positions is drawn there, unless --engine asks for a new layout.
        let positioned = facts.positioned && request.engine == nil
        let engine =
            request.engine ?? facts.layout ?? (facts.nodes > DOTExporter.dotEngineMaxNodes ? .sfdp : .dot)
        var attributes: [(String, String)] = []
        if engine == .sfdp, facts.layout != .sfdp, !positioned {
            attributes += DOTExporter.sfdpAttributes(nodes: facts.nodes)
        }
        if arguments.value("size") != nil || arguments.value("aspect") != nil {
            if let canvas = request.options.canvas {
                attributes += DOTExporter.canvasAttributes(canvas)
            } else {
                attributes += [("size", ""), ("ratio", "")]
            }
        }
        try DiagramOutput.draw(
            dot: nil, dotFile: file, to: output, engine: engine, attributes: attributes, nodes: facts.nodes,
            positioned: positioned, console: console)
        return ExitCode.success
    }
}

/// What `render` reads from a DOT text before drawing it: how many nodes it draws and the
/// engine its `layout` attribute names.
struct DOTFacts {
    var nodes = 0
    var layout: GraphvizEngine?
    /// True for `layout="nop2"`: every node is where the file says (an exported sfdp drawing
    /// with its region boxes), and `neato -n2` draws it without laying it out again.
    var positioned = false

    /// Counts the distinct node names of node statements (an id, then `[` or `;`) and edge
    /// statements (`a -> b -> c`), leaving out the legend's samples and the region outlines and
    /// names of a drawing at fixed positions (`box…`), and finds the first
    /// `layout=` of the graph. A rough reading of DOT, enough to size a drawing before it starts.
    /// - Complexity: O(n) in the length of the text.
    init(_ text: String) {
        var names: Set<Substring> = []
        let keywords: Set<Substring> = ["graph", "node", "edge", "digraph", "subgraph", "strict", "{", "}"]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            let t = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "{" })
            if layout == nil, !positioned, let range = t.range(of: "layout=") {
                let value = t[range.upperBound...].drop(while: { $0 == "\"" }).prefix(while: {
                    $0.isLetter || $0.isNumber
                })
                layout = GraphvizEngine(rawValue: String(value))
                positioned = value == "nop2"
            }
            let statement = t.prefix { $0 != "[" }
            if statement.contains("=") || statement.hasPrefix("//") || statement.hasPrefix("#") { continue }
            let parts = String(statement).components(separatedBy: "->").flatMap { $0.components(separatedBy: "--") }
            for part in parts {
                let name = part.trimmingCharacters(in: CharacterSet(charactersIn: " \t{}")).trimmingCharacters(
                    in: CharacterSet(charactersIn: "\""))
                guard !name.isEmpty, !name.contains(" "), !keywords.contains(Substring(name)),
                    !name.hasPrefix("legend"), !name.hasPrefix("subgraph"), !(positioned && name.hasPrefix("box"))
                else { continue }
                names.insert(Substring(name))
            }
        }
        nodes = names.count
    }
}
