// `sinergi query`: runs statements in the query language based on openCypher against a registry.
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry

/// Runs one or more statements (separated by `;`) from an argument, a file or standard input.
public enum QueryCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "query",
        abstract: "Run statements in the query language based on openCypher against a registry.",
        discussion: """
            The statements come from the argument, from --file, or from standard input; separate several
            with ';'. Rows go to standard output; row counts, timings and changes to standard error.
            A statement that changes the registry is committed as one transaction; a statement that fails
            leaves the registry exactly as it was. The exit code is 1 when any statement failed.
            CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.property) declares an index that the
            registry keeps and MATCH uses for equality look-ups; DROP INDEX name and SHOW INDEXES manage them.
            See docs/query-language.md.
            """,
        positionals: [PositionalSpec("statements", help: "The statements to run.", optional: true)],
        options: [
            .registry(),
            OptionSpec("file", short: "f", value: "file", help: "Read the statements from a file."),
            OptionSpec(
                "param", short: "p", value: "name=value",
                help: "A parameter, the value in literal syntax: -p name='Kepri' -p hops=3.", repeatable: true),
            .format(RowFormat.names, default: "table"),
            OptionSpec("bail", help: "Stop at the first statement that fails."),
            OptionSpec("create", help: "Let a writing statement create the registry when it does not exist."),
            OptionSpec("quiet", short: "q", help: "Print no row counts, timings or changes on standard error."),
            OptionSpec(
                "max-rows", value: "n", help: "Stop a statement whose operators hold more rows (default: 10000000)."),
            OptionSpec("timeout", value: "seconds", help: "Stop a statement that runs longer (default: none)."),
        ],
        examples: [
            "sinergi query -r graphs/tpbis.jsonl \"MATCH (o:ProvincialLibraryOffice) RETURN o.name ORDER BY o.name\"",
            "sinergi query -r graphs/tpbis.jsonl -p kind='PLM' \"MATCH (e:Event) WHERE $kind IN labels(e) RETURN e.name\"",
            "sinergi query -r graphs/tpbis.jsonl -f report.cypher --format csv",
        ])

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        let format =
            RowFormat(rawValue: try CommandSupport.format(arguments, allowed: RowFormat.names, default: "table"))
            ?? .table
        var parameters: [String: Value] = [:]
        for p in arguments.values("param") {
            let (name, value) = try QuerySession.parameter(p)
            parameters[name] = value
        }
        var options = QueryOptions()
        options.maxRows = try arguments.integer("max-rows", default: options.maxRows)
        if let t = arguments.value("timeout") {
            guard let seconds = Double(t), seconds > 0 else {
                throw CLIError.usage("--timeout needs a positive number of seconds")
            }
            options.timeout = seconds
        }
        let source: String
        if let file = arguments.value("file") {
            guard arguments.positionals.isEmpty else {
                throw CLIError.usage("give the statements as an argument or with --file, not both")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.failure("\(file): cannot read the file")
            }
            source = String(decoding: data, as: UTF8.self)
        } else if let text = arguments.positionals.first {
            source = text
        } else {
            source = console.readAll()
        }
        let statements = QueryEngine.splitStatements(source)
        guard !statements.isEmpty else { throw CLIError.usage("no statement to run") }
        let session = try QuerySession(path: path, create: arguments.flag("create"), console: console)
        session.parameters = parameters
        session.options = options
        var failed = false
        for statement in statements {
            do {
                let outcome = try session.run(statement)
                emit(outcome, format: format, session: session, console: console, quiet: arguments.flag("quiet"))
            } catch let error as QueryError {
                console.err(error.render(source: statement) + "\n")
                failed = true
                if arguments.flag("bail") { break }
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// Prints rows (or the plan) to stdout and the summary to stderr.
    static func emit(
        _ outcome: StatementOutcome, format: RowFormat, session: QuerySession, console: Console, quiet: Bool = false
    ) {
        if let plan = outcome.result.plan {
            console.out(plan.hasSuffix("\n") ? plan : plan + "\n")
            if !outcome.result.columns.isEmpty, !outcome.result.rows.isEmpty {
                console.out(RowRenderer.render(outcome.result, format: format, graph: session.graph))
            }
        } else if !outcome.result.columns.isEmpty {
            console.out(RowRenderer.render(outcome.result, format: format, graph: session.graph))
        }
        if !quiet { console.err(QuerySession.summary(outcome) + "\n") }
    }
}
