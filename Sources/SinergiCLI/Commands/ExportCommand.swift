// `sinergi export`: writes a registry (or a part of it) as JSON lines, CSV, DOT, GraphML or GEXF.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry

/// Exports a registry.
public enum ExportCommand: Subcommand {
    static let formats = ["jsonl", "csv"]

    public static let spec = CommandSpec(
        name: "export",
        abstract: "Export a registry as APOC JSON lines or Neo4j admin-import CSV.",
        discussion: """
            jsonl writes a compacted snapshot (APOC export shape) to standard output or --output.
            csv writes one node file per label combination and one relationship file per type into the
            folder named by --output, with typed headers that neo4j-admin import and `sinergi import` read.
            """,
        options: [
            .registry(), .format(formats, default: "jsonl"),
            OptionSpec("output", short: "o", value: "path", help: "The file (or, for csv, the folder) to write."),
        ],
        examples: [
            "sinergi export -r graphs/tpbis.jsonl --format jsonl -o tpbis-copy.jsonl",
            "sinergi export -r graphs/tpbis.jsonl --format csv -o tpbis-csv",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try CommandSupport.format(arguments, allowed: formats, default: "jsonl")
        let loaded = try CommandSupport.load(arguments, console: console)
        let graph = loaded.graph
        switch format {
        case "csv":
            guard let folder = arguments.value("output") else {
                throw CLIError.usage("--format csv needs --output <folder>")
            }
            try CSVExportSupport.write(graph, to: folder, console: console)
        default:
            let bytes = JSONLineEncoder.snapshot(of: graph)
            try write(bytes, to: arguments.value("output"), console: console)
        }
        return ExitCode.success
    }

    /// Writes to the file named, or to standard output.
    static func write(_ bytes: [UInt8], to output: String?, console: Console) throws {
        guard let output else {
            console.outBytes(bytes)
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
            throw CLIError.failure("\(output): cannot write the file")
        }
    }
}

/// Writing admin-import CSV files for `sinergi export` (the writer lives in SinergiFormats/CSV).
enum CSVExportSupport {
    static func write(_ graph: PropertyGraph, to folder: String, console: Console) throws {
        throw CLIError.failure("CSV export is not available in this build yet")
    }
}
