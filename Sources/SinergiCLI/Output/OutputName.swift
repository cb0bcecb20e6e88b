// The file name a command writes must fit what it writes: `--format dot -o x.png` is refused
// (it would put DOT text into a picture's name), with the names that would fit.
import Foundation
import SinergiText

/// Checks an output file name against the format written into it.
enum OutputName {
    /// The extensions each export format writes (lower case, without the dot).
    static let extensions: [String: [String]] = [
        "jsonl": ["jsonl", "json", "ndjson"], "dot": ["dot", "gv"], "graphml": ["graphml", "xml"],
        "gexf": ["gexf", "xml"], "html": ["html", "htm"], "markdown": ["md", "markdown"], "cypher": ["cypher", "cql"],
        "apoc": ["jsonl", "json", "ndjson"],
        "render": ["svg", "png", "pdf"],
    ]

    /// Refuses `output` when its extension is not one of `format`'s (`render`: a picture's).
    /// A name without an extension, standard output (nil or `-`) and csv (a folder) pass.
    /// - Throws: a usage error naming the file, the format and the names that would fit.
    static func check(_ output: String?, format: String, render: Bool = false) throws(CLIError) {
        guard let output, output != "-", format != "csv" else { return }
        let ext = (output as NSString).pathExtension.lowercased()
        guard !ext.isEmpty else { return }
        let key = render ? "render" : format
        guard let allowed = extensions[key], !allowed.contains(ext) else { return }
        let stem = (output as NSString).deletingPathExtension
        var hint = Message(.outputTryName, ["name": .text(stem + "." + allowed[0])])
        if !render, format == "dot", extensions["render"]?.contains(ext) == true {
            hint = Message(.outputTryRender, ["name": .text(stem + ".dot")])
        }
        throw .usage(
            .outputWrongExtension,
            [
                "file": .text(output), "format": .text(render ? "--render" : "--format " + format),
                "extensions": .alternatives(allowed.map { "." + $0 }), "hint": .message(hint),
            ])
    }
}
