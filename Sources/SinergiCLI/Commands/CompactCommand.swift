// `sinergi compact`: folds the journal into a fresh snapshot, atomically.
import Foundation
import SinergiRegistry
import SinergiText

/// Rewrites a registry as a compacted snapshot.
public enum CompactCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "compact", abstract: .compactAbstract, discussion: .compactDiscussion,
        options: [CommonOptions.registry.spec] + CommandSignature.options,
        examples: ["sinergi compact -r graphs/tpbis.jsonl"])

    /// The options of `sinergi compact`.
    public struct Options: CommandOptions {
        var registry: String

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let path = options.registry
        let before = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let loaded = try Registry(path: path, signature: console.signature).compact()
        CommandSupport.report(loaded.warnings, console: console)
        let after = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        console.status(
            Message(
                .compactDone,
                [
                    "path": .text(path), "transactions": .count(loaded.journalTransactions),
                    "nodes": .count(loaded.graph.nodeCount), "relationships": .count(loaded.graph.relationshipCount),
                    "before": .count(before), "after": .count(after),
                ]))
        return ExitCode.success
    }
}
