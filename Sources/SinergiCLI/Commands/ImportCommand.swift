// `sinergi import`: adds APOC JSON lines or Neo4j admin-import CSV files to a registry, all or nothing.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry

/// Imports files into a registry as one transaction.
public enum ImportCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "import",
        abstract: "Import APOC JSON lines or Neo4j admin-import CSV files into a registry, as one transaction.",
        discussion: """
            JSON lines files (.jsonl, .json) are given as arguments. CSV files follow neo4j-admin import:
            node files with --nodes (headers with :ID, :LABEL and typed columns such as since:date or
            tags:string[]) and relationship files with --relationships (:START_ID, :END_ID, :TYPE).
            Every file is read and checked before anything is written: a bad line is reported as
            FILE:LINE, the command exits with 1 and the registry is left exactly as it was.
            """,
        positionals: [PositionalSpec("file", help: "A JSON lines file to import.", optional: true, variadic: true)],
        options: [
            .registry(),
            OptionSpec("nodes", value: "csv", help: "A node CSV file (admin-import headers).", repeatable: true),
            OptionSpec(
                "relationships", value: "csv", help: "A relationship CSV file (admin-import headers).", repeatable: true
            ),
            OptionSpec(
                "on-conflict", value: "policy",
                help: "When a key exists already: error, replace or skip (default: error)."),
            OptionSpec("create", help: "Create the registry when it does not exist."),
        ],
        examples: [
            "sinergi import -r my.jsonl --create export.jsonl",
            "sinergi import -r my.jsonl --nodes stakeholders.csv --relationships partners.csv",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        let policyText = arguments.value("on-conflict") ?? "error"
        guard let policy = ImportConflictPolicy(rawValue: policyText) else {
            throw CLIError.usage("unknown conflict policy '\(policyText)' (expected error, replace or skip)")
        }
        let jsonFiles = arguments.positionals
        let nodeFiles = arguments.values("nodes")
        let relationshipFiles = arguments.values("relationships")
        if jsonFiles.isEmpty && nodeFiles.isEmpty && relationshipFiles.isEmpty {
            throw CLIError.usage("nothing to import: name JSON lines files or --nodes/--relationships CSV files")
        }
        // Read and parse everything before taking the lock.
        var parsed: [(file: String, records: [(line: Int, record: RegistryRecord)])] = []
        for file in jsonFiles {
            parsed.append((file, try JSONLinesImport.records(from: try readFile(file), file: file)))
        }
        let csv = try CSVImportSupport.read(nodeFiles: nodeFiles, relationshipFiles: relationshipFiles)
        var counts = (created: 0, replaced: 0, skipped: 0)
        let result = try Registry(path: path).transaction(create: arguments.flag("create")) { graph in
            for (file, records) in parsed {
                let c = try JSONLinesImport.apply(records, file: file, to: &graph, onConflict: policy)
                counts.created += c.created
                counts.replaced += c.replaced
                counts.skipped += c.skipped
            }
            if let csv {
                let c = try JSONLinesImport.apply(csv.records, file: csv.file, to: &graph, onConflict: policy)
                counts.created += c.created
                counts.replaced += c.replaced
                counts.skipped += c.skipped
            }
        }
        CommandSupport.report(result.warnings, console: console)
        console.err(
            "imported into \(path): \(counts.created) created, \(counts.replaced) replaced, \(counts.skipped) skipped"
                + (result.commit.transaction.map { " (transaction \($0))" } ?? " (nothing changed)") + "\n")
        return ExitCode.success
    }

    static func readFile(_ file: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError.failure("\(file): cannot read the file")
        }
        return data
    }
}

/// Reading admin-import CSV files for `sinergi import` (the CSV reader lives in SinergiFormats/CSV).
enum CSVImportSupport {
    /// Parsed CSV content as registry records, or nil when no CSV files were named.
    static func read(nodeFiles: [String], relationshipFiles: [String]) throws -> (
        file: String, records: [(line: Int, record: RegistryRecord)]
    )? {
        guard !nodeFiles.isEmpty || !relationshipFiles.isEmpty else { return nil }
        throw CLIError.failure("CSV import is not available in this build yet")
    }
}
