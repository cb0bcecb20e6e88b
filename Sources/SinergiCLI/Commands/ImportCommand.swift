// `sinergi import`: adds APOC JSON lines or Neo4j admin-import CSV files to a registry, all or nothing.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry

/// Imports files into a registry as one transaction.
public enum ImportCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "import",
        abstract:
            "Import APOC JSON lines, Neo4j admin-import CSV or GraphML files into a registry, as one transaction.",
        discussion: """
            JSON lines files (.jsonl, .json) and GraphML files (.graphml) are given as arguments. CSV files follow neo4j-admin import:
            node files with --nodes (headers with :ID, :LABEL and typed columns such as since:date or
            tags:string[]) and relationship files with --relationships (:START_ID, :END_ID, :TYPE).
            Every file is read and checked before anything is written: a bad line is reported as
            FILE:LINE, the command exits with 1 and the registry is left exactly as it was.
            """,
        positionals: [
            PositionalSpec("file", help: "A JSON lines or GraphML file to import.", optional: true, variadic: true)
        ],
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
        var graphMLFiles: [AdminCSV.InputFile] = []
        for file in jsonFiles {
            if file.lowercased().hasSuffix(".graphml") || file.lowercased().hasSuffix(".xml") {
                graphMLFiles += try CSVImportSupport.texts([file])
                continue
            }
            parsed.append((file, try JSONLinesImport.records(from: try readFile(file), file: file)))
        }
        let csvNodes = try CSVImportSupport.texts(nodeFiles)
        let csvRelationships = try CSVImportSupport.texts(relationshipFiles)
        var counts = (created: 0, replaced: 0, skipped: 0)
        let result = try Registry(path: path).transaction(create: arguments.flag("create")) { graph in
            for (file, records) in parsed {
                let c = try JSONLinesImport.apply(records, file: file, to: &graph, onConflict: policy)
                counts.created += c.created
                counts.replaced += c.replaced
                counts.skipped += c.skipped
            }
            counts.created += try CSVImportSupport.apply(nodes: csvNodes, relationships: csvRelationships, to: &graph)
            for file in graphMLFiles { counts.created += try CSVImportSupport.applyGraphML(file, to: &graph) }
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

/// Reading admin-import CSV and GraphML files for `sinergi import` (the readers live in SinergiFormats).
enum CSVImportSupport {
    /// The files' texts, read before the registry is locked.
    static func texts(_ paths: [String]) throws -> [AdminCSV.InputFile] {
        try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.failure("\(path): cannot read the file")
            }
            return (path, String(decoding: data, as: UTF8.self))
        }
    }

    /// Adds the CSV files' nodes and relationships to `graph`; every problem is reported as FILE:LINE.
    static func apply(nodes: [AdminCSV.InputFile], relationships: [AdminCSV.InputFile], to graph: inout PropertyGraph)
        throws -> Int
    {
        guard !nodes.isEmpty || !relationships.isEmpty else { return 0 }
        do {
            let result = try AdminCSV.read(nodeFiles: nodes, relationshipFiles: relationships, into: graph)
            graph = result.graph
            return result.createdNodes.count + result.createdRelationships.count
        } catch {
            throw CLIError.failure(error.diagnostics.map { .verbatim($0.description) })
        }
    }

    /// Adds a GraphML document's nodes and edges to `graph`.
    static func applyGraphML(_ file: AdminCSV.InputFile, to graph: inout PropertyGraph) throws -> Int {
        do {
            let result = try GraphML.read(file.text, path: file.path, into: graph)
            graph = result.graph
            return result.createdNodes.count + result.createdRelationships.count
        } catch {
            throw CLIError.failure(error.diagnostics.map { .verbatim($0.description) })
        }
    }
}
