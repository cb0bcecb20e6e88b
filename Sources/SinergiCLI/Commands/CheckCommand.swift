// `sinergi check`: validates a registry's file and its content against the TPBIS schema.
import Foundation
import SinergiGraph
import SinergiRegistry

/// Reports file problems (errors) and schema findings (warnings), each with its place.
public enum CheckCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "check",
        abstract: "Validate a registry: its file, and its content against the TPBIS schema.",
        discussion: """
            File problems (a malformed line, a dangling relationship endpoint, a duplicate key) are errors.
            Schema findings (unknown labels or types, missing required properties, references to unknown
            nodes, relationships between the wrong kinds of node) are warnings, each as FILE:LINE. The
            schema is described in docs/schema.md.
            """,
        options: [
            .registry(), OptionSpec("strict", help: "Exit with 1 when there are warnings, not only errors."),
        ],
        examples: ["sinergi check -r graphs/tpbis.jsonl"])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        // check reads the file itself, never the derived image.
        let loaded = try Registry(path: path).load(useCache: false)
        CommandSupport.report(loaded.warnings, console: console)
        let findings = SchemaCheck.findings(in: loaded.graph)
        for f in findings {
            let line = f.node.map { loaded.line(of: $0) } ?? f.relationship.map { loaded.line(of: $0) } ?? 0
            console.err("warning: \(line == 0 ? path : "\(path):\(line)"): \(f.message)\n")
        }
        let total = findings.count + loaded.warnings.count
        console.out(
            "\(path): \(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships, "
                + (total == 0 ? "no problems\n" : "\(total) warning(s)\n"))
        return arguments.flag("strict") && total > 0 ? ExitCode.failure : ExitCode.success
    }
}
