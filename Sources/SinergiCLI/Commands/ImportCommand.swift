// `sinergi import`: adds CSV spreadsheets (admin-import headers or the columns people use),
// attendance sheets, APOC JSON lines or GraphML to a registry — checked against the TPBIS
// schema and the registry, every problem as FILE:LINE with a did-you-mean, all or nothing;
// `--dry-run` shows what would be created, replaced and skipped.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiRegistry
import SinergiText

/// Imports files into a registry as one transaction.
public enum ImportCommand: Subcommand {
    static let nodes = Option.text("nodes", value: .valueCSV, help: Message(.importHelpNodes), repeatable: true)
    static let relationships = Option.text(
        "relationships", value: .valueCSV, help: Message(.importHelpRelationships), repeatable: true)
    static let partnerships = Option.text(
        "partnerships", value: .valueCSV, help: Message(.importHelpPartnerships), repeatable: true)
    static let commitments = Option.text(
        "commitments", value: .valueCSV, help: Message(.importHelpCommitments), repeatable: true)
    static let attendance = Option.text(
        "attendance", value: .valueCSV, help: Message(.importHelpAttendance), repeatable: true)
    static let event = Option.text("event", value: .valueName, help: Message(.importHelpEvent))
    static let type = Option.text("type", value: .valueName, help: Message(.importHelpType))
    static let conflict = Option<ImportConflictPolicy>.choice(
        "on-conflict", value: .valuePolicy, help: Message(.importHelpOnConflict))
    static let schema = Option<ImportOptions.Schema>.choice(
        "schema", value: .valueName, help: Message(.importHelpSchema))
    static let allow = Option.text("allow", value: .valueName, help: Message(.importHelpAllow), repeatable: true)
    static let mapping = Option.text("mapping", value: .valueFile, help: Message(.importHelpMapping))
    static let delimiter = Option<Character>(
        OptionSpec("delimiter", value: .valueText, help: Message(.importHelpDelimiter))
    ) { text throws(CLIError) in try CSVOptions.separator(text) }
    static let dedup = Option.text("dedup", value: .valueProperty, help: Message(.importHelpDedup))
    static let dryRun = Flag("dry-run", help: Message(.importHelpDryRun))
    static let create = Flag("create", help: Message(.importHelpCreate))

    public static let spec = CommandSpec(
        name: "import", abstract: .importAbstract, discussion: .importDiscussion,
        positionals: [PositionalSpec(.valueFile, help: Message(.importHelpFile), optional: true, variadic: true)],
        options: [
            CommonOptions.registry.spec, nodes.spec, partnerships.spec, commitments.spec, attendance.spec,
            relationships.spec, event.spec, type.spec, conflict.spec, schema.spec, allow.spec, mapping.spec,
            delimiter.spec, dedup.spec, dryRun.spec, create.spec, CommonOptions.quiet.spec,
        ] + CommandSignature.options,
        examples: [
            "sinergi import -r sumut.jsonl --nodes pemangku-kepentingan.csv",
            "sinergi import -r sumut.jsonl --attendance daftar-hadir.csv --event 'SHM Sumatera Utara 2023' --dry-run",
            "sinergi import -r sumut.jsonl --partnerships kemitraan.csv --on-conflict skip",
            "sinergi import -r my.jsonl --create export.jsonl",
        ])

    /// The options of `sinergi import`.
    public struct Options: CommandOptions {
        var registry: String
        var files: [String]
        var csv: [(path: String, kind: AdminCSV.FileKind)] = []
        var options = ImportOptions()
        var read = AdminCSV.ReadOptions()
        var mappingFile: String?
        var dryRun: Bool
        var create: Bool

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            files = arguments.positionals
            let event = try arguments.value(ImportCommand.event)
            let type = try arguments.value(ImportCommand.type)
            csv += try arguments.values(ImportCommand.nodes).map { ($0, .nodes) }
            csv += try arguments.values(ImportCommand.partnerships).map { ($0, .partnerships) }
            csv += try arguments.values(ImportCommand.commitments).map { ($0, .commitments(event: event)) }
            csv += try arguments.values(ImportCommand.attendance).map { ($0, .attendance(event: event)) }
            csv += try arguments.values(ImportCommand.relationships).map { ($0, .relationships(type: type)) }
            options.conflict = try arguments.value(ImportCommand.conflict, default: .error)
            options.schema = try arguments.value(ImportCommand.schema, default: .tpbis)
            options.allowedNames = Set(try arguments.values(ImportCommand.allow))
            if let dedup = try arguments.value(ImportCommand.dedup) {
                let names = dedup.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                if names == ["none"] {
                    options.deduplicate = false
                } else {
                    options.identifyingProperties = names.filter { $0 != "type" && $0 != "ends" }
                }
            }
            read.delimiter = try arguments.value(ImportCommand.delimiter)
            mappingFile = try arguments.value(ImportCommand.mapping)
            dryRun = arguments.flag(ImportCommand.dryRun)
            create = arguments.flag(ImportCommand.create)
        }

        public func validate() throws(CLIError) {
            if files.isEmpty && csv.isEmpty { throw .usage(.importNothing) }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        var options = options
        let path = options.registry
        // Read and parse everything before taking the lock.
        if let file = options.mappingFile {
            let (mapping, problems) = HeaderMapping.read(try text(of: file, console: console), file: file)
            guard problems.isEmpty else { return refuse(problems, console: console) }
            options.read.mapping = mapping
        }
        var batch = ImportBatch()
        var sources: [AdminCSV.SourceFile] = []
        for (file, kind) in options.csv {
            sources.append(AdminCSV.SourceFile(path: file, text: try text(of: file, console: console), kind: kind))
        }
        for file in options.files {
            let lower = file.lowercased()
            if lower.hasSuffix(".graphml") || lower.hasSuffix(".xml") {
                batch.append(GraphML.batch(try text(of: file, console: console), path: file))
            } else if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") {
                let text = try text(of: file, console: console)
                let kind: AdminCSV.FileKind =
                    AdminCSV.isRelationshipFile(text, mapping: options.read.mapping)
                    ? .relationships(type: nil) : .nodes
                sources.append(AdminCSV.SourceFile(path: file, text: text, kind: kind))
            } else {
                batch.append(try jsonLines(file, console: console))
            }
        }
        // Node files first, so that relationship rows and attendance sheets can name their rows.
        let names = (options.csv.map(\.path) + options.files).joined(separator: ", ")
        var csvBatch = Progress.during(Message(.progressReading, ["path": .text(names)]), console: console) {
            AdminCSV.batch(
                sources.filter { $0.kind == .nodes } + sources.filter { $0.kind != .nodes }, options: options.read)
        }
        // The files' text is in the batch now: not held while it is planned and written.
        sources = []
        csvBatch.append(batch)
        batch = csvBatch
        let registry = Registry(path: path, signature: console.signature)
        // Without a registry to plan against, the files' own problems are what there is to say.
        if !batch.diagnostics.isEmpty, !options.create, !registry.exists {
            return refuse(batch.diagnostics, registryExists: false, console: console)
        }
        if options.dryRun {
            let base =
                registry.exists || !options.create
                ? try CommandSupport.load(path: path, console: console).graph : PropertyGraph()
            let outcome: ImportOutcome
            do {
                outcome = try ImportPlanner.plan(batch, into: base, options: options.options).apply(to: base)
            } catch {
                return refuse(error.diagnostics, console: console)
            }
            for line in ImportReport.lines(outcome) { console.out(console.text(line) + "\n") }
            console.status(Message(.importDryRunSummary, ["counts": .message(describe(outcome.plan.counts))]))
            return ExitCode.success
        }
        var counts = ImportPlan.Counts()
        let result: (value: Void, commit: CommitSummary, warnings: [RegistryDiagnostic])
        do {
            result = try Progress.during(Message(.progressImporting, ["path": .text(path)]), console: console) {
                try registry.transaction(create: options.create) { graph in
                    let plan = ImportPlanner.plan(batch, into: graph, options: options.options)
                    // The rows are in the plan now: not held while the graph is written out.
                    batch = ImportBatch()
                    let outcome = try plan.apply(to: graph)
                    graph = outcome.graph
                    counts = outcome.plan.counts
                }
            }
        } catch let failure as ImportFailure {
            return refuse(failure.diagnostics, console: console)
        }
        CommandSupport.report(result.warnings, console: console)
        let summary = Message(.importSummary, ["path": .text(path), "counts": .message(describe(counts))])
        if let tx = result.commit.transaction {
            console.status(Message(.importCommitted, ["summary": .message(summary), "tx": .int(Int(tx))]))
        } else {
            console.status(Message(.importNothingChanged, ["summary": .message(summary)]))
        }
        return ExitCode.success
    }

    /// "2 nodes and 3 relationships created, 0 replaced, 1 skipped" (and "…, 4 already there").
    static func describe(_ c: ImportPlan.Counts) -> Message {
        let arguments: [String: MessageArgument] = [
            "nodes": .count(c.createdNodes), "relationships": .count(c.createdRelationships),
            "replaced": .count(c.replaced), "skipped": .count(c.skipped), "matched": .count(c.matched),
        ]
        return Message(c.matched > 0 ? .importCountsMatched : .importCounts, arguments)
    }

    /// Prints every problem as `error: FILE:LINE: …`, then that the registry was left as it
    /// was (when there is one); exit code 1.
    static func refuse(_ diagnostics: [ImportDiagnostic], registryExists: Bool = true, console: Console) -> Int32 {
        for d in diagnostics { console.error(d.located) }
        if registryExists { console.status(Message(.registryUnchanged)) }
        return ExitCode.failure
    }

    /// The rows of a JSON-lines file: APOC's export or a compacted registry line by line; a
    /// registry with a journal (another province's copy) as its last committed transaction
    /// left it, validated as a load validates it.
    static func jsonLines(_ file: String, console: Console) throws -> ImportBatch {
        let content = try bytes(of: file, console: console)
        let lines = JSONLinesImport.batch(content, file: file)
        guard lines.diagnostics.contains(where: { $0.message.key == .importJournalRecord }) else { return lines }
        // A damaged journal is reported as a load reports it, at its FILE:LINE.
        let history = try RegistryHistory(content: content, name: file)
        CommandSupport.report(history.current.warnings, console: console)
        return history.importBatch(from: lines)
    }

    static func bytes(of file: String, console: Console) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError.failure(.importCannotRead, ["path": .text(file)])
        }
        return [UInt8](data)
    }

    /// The file's text; a file that is not UTF-8 (a spreadsheet saved in an old code page) is an
    /// error naming the first line that is not, never text with replacement characters.
    static func text(of file: String, console: Console) throws -> String {
        let bytes = try bytes(of: file, console: console)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { break }
            line += 1
            lineStart = i + 1
        }
        throw CLIError.failure(.importNotUTF8, ["place": .text("\(file):\(line)")])
    }
}
