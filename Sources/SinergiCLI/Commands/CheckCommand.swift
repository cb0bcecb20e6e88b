// `sinergi check`: validates a registry's file and its content against the TPBIS schema.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiSchema
import SinergiText

/// Reports file problems (errors) and schema findings (warnings), each with its place.
public enum CheckCommand: Subcommand {
    static let strict = Flag("strict", help: Message(.checkHelpStrict))

    public static let spec = CommandSpec(
        name: "check", abstract: .checkAbstract, discussion: .checkDiscussion,
        options: [CommonOptions.registry.spec, CommonOptions.asOf.spec, strict.spec],
        examples: ["sinergi check -r graphs/tpbis.jsonl"])

    /// The options of `sinergi check`.
    public struct Options: CommandOptions {
        var registry: String
        var strict: Bool
        var asOf: HistoryPoint?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            strict = arguments.flag(CheckCommand.strict)
            asOf = try arguments.value(CommonOptions.asOf)
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let path = options.registry
        // check reads the file itself, never the derived image (as of --as-of: its lines up to then).
        let loaded: LoadedRegistry
        if let asOf = options.asOf {
            loaded = try CommandSupport.load(path: path, asOf: asOf, console: console)
        } else {
            loaded = try Registry(path: path).load(useCache: false)
            CommandSupport.report(loaded.warnings, console: console)
        }
        let findings = SchemaCheck.findings(in: loaded.graph)
        for f in findings {
            let line = f.node.map { loaded.line(of: $0) } ?? f.relationship.map { loaded.line(of: $0) } ?? 0
            console.warning(FileDiagnostic(file: path, line: line, message: f.message).located)
        }
        let total = findings.count + loaded.warnings.count
        let counts: [String: MessageArgument] = [
            "path": .text(path), "nodes": .count(loaded.graph.nodeCount),
            "relationships": .count(loaded.graph.relationshipCount), "warnings": .count(total),
        ]
        console.out(console.text(Message(total == 0 ? .checkNoProblems : .checkWarnings, counts)) + "\n")
        return options.strict && total > 0 ? ExitCode.failure : ExitCode.success
    }
}
