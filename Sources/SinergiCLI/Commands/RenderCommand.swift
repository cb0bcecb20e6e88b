// `sinergi render`: draws a DOT file with Graphviz, choosing dot or sfdp by size.
import Foundation
import SinergiFormats

/// Runs Graphviz on a DOT file.
public enum RenderCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "render",
        abstract: "Draw a DOT file with Graphviz into SVG, PNG or PDF.",
        discussion: """
            Uses dot for small diagrams and sfdp for large ones (above \(DOTExporter.dotEngineMaxNodes) nodes), unless
            --engine says otherwise. Graphviz is an optional program: install it with
            'apt-get install graphviz' or 'brew install graphviz'.
            """,
        positionals: [PositionalSpec("file", help: "The DOT file.")],
        options: [
            OptionSpec(
                "output", short: "o", value: "file", help: "The picture to write (.svg, .png or .pdf).", required: true),
            OptionSpec("engine", value: "program", help: "dot or sfdp (default: by size)."),
        ],
        examples: ["sinergi render kepri.dot -o kepri.svg"])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let file = arguments.positionals[0]
        guard let output = arguments.value("output") else { throw CLIError.usage("missing option '--output <file>'") }
        let ext = (output as NSString).pathExtension.lowercased()
        guard ["svg", "png", "pdf"].contains(ext) else {
            throw CLIError.usage("--output must end in .svg, .png or .pdf, not '\(output)'")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError.failure("\(file): cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        var engine: GraphvizEngine
        if let name = arguments.value("engine") {
            guard let e = GraphvizEngine(rawValue: name) else {
                throw CLIError.usage("unknown engine '\(name)' (expected dot or sfdp)")
            }
            engine = e
        } else {
            // Sinergi's DOT names its nodes n0, n1, …; count their declarations.
            let count = text.split(separator: "\n").filter { line in
                let t = line.drop(while: { $0 == " " })
                return t.hasPrefix("n") && t.dropFirst().prefix(while: \.isNumber).count > 0 && t.contains("[")
                    && !t.contains("->") && !t.contains("--")
            }.count
            engine = count > DOTExporter.dotEngineMaxNodes ? .sfdp : .dot
        }
        do {
            let run = try GraphvizRenderer().render(dotFile: file, to: output, engine: engine)
            if !run.stderr.isEmpty { console.err(run.stderr) }
        } catch {
            throw CLIError.failure("\(error)")
        }
        console.err("drew \(output) with \(engine.rawValue)\n")
        return ExitCode.success
    }
}
