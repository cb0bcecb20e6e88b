// `sinergi compact`: folds the journal into a fresh snapshot, atomically.
import Foundation
import SinergiRegistry

/// Rewrites a registry as a compacted snapshot.
public enum CompactCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "compact",
        abstract: "Fold the journal of committed transactions into a fresh snapshot, atomically.",
        discussion: """
            The new file is written beside the registry, synced to disk and renamed over it, so a reader
            sees either the old file or the new one. A compacted registry holds only APOC-shaped node and
            relationship lines.
            """,
        options: [.registry()],
        examples: ["sinergi compact -r graphs/tpbis.jsonl"])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        let before = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let loaded = try Registry(path: path).compact()
        CommandSupport.report(loaded.warnings, console: console)
        let after = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        console.err(
            "compacted \(path): \(loaded.journalTransactions) transaction(s) folded, "
                + "\(loaded.graph.nodeCount) nodes, \(loaded.graph.relationshipCount) relationships, "
                + "\(before) → \(after) bytes\n")
        return ExitCode.success
    }
}
