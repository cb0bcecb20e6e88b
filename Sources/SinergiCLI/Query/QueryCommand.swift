// `sinergi query`: runs statements in the query language based on openCypher against a registry.
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// Runs one or more statements (separated by `;`) from an argument, a file or standard input.
public enum QueryCommand: Subcommand {
    static let file = Option.text("file", short: "f", value: .valueFile, help: Message(.queryHelpFile))
    static let parameter = Option<QueryParameter>(
        OptionSpec("param", short: "p", value: .valueParameter, help: Message(.queryHelpParam), repeatable: true)
    ) { text throws(CLIError) in try QuerySession.parameter(text) }
    static let format = OutputTarget.formatOption()
    static let bail = Flag("bail", help: Message(.queryHelpBail))
    /// `--create`: a writing statement may create a missing registry (shared with the shell).
    static let create = Flag("create", help: Message(.queryHelpCreate))
    static let quiet = Flag("quiet", short: "q", help: Message(.queryHelpQuiet))
    static let maxRows = Option.integer("max-rows", help: Message(.queryHelpMaxRows), minimum: 1)
    static let timeout = Option.positive("timeout", value: .valueSeconds, help: Message(.queryHelpTimeout))
    /// `--max-memory`: the memory bound of each statement (shared with the shell).
    static let maxMemory = Option.memory("max-memory", help: Message(.queryHelpMaxMemory))
    /// `--allow NAME`: a write may add this name although it looks misspelt (shared with the shell).
    static let allow = Option.text("allow", value: .valueName, help: Message(.queryHelpAllow), repeatable: true)
    static let singleTransaction = Flag(
        "single-transaction", short: "1", help: Message(.queryHelpSingleTransaction))

    public static let spec = CommandSpec(
        name: "query", abstract: .queryAbstract, discussion: .queryDiscussion,
        positionals: [PositionalSpec(.valueStatements, help: Message(.queryHelpStatements), optional: true)],
        options: [
            CommonOptions.registry.spec, CommonOptions.asOf.spec, file.spec, parameter.spec, format.spec,
            OutputTarget.outputOption.spec, bail.spec, singleTransaction.spec, create.spec, allow.spec,
            CSVOptions.delimiter.spec, CSVOptions.bom.spec, quiet.spec, maxRows.spec, timeout.spec, maxMemory.spec,
        ] + CommandSignature.options,
        examples: [
            "sinergi query -r graphs/tpbis.jsonl \"MATCH (o:ProvincialLibraryOffice) RETURN o.name ORDER BY o.name\"",
            "sinergi query -r graphs/tpbis.jsonl -p kind='PLM' \"MATCH (e:Event) WHERE $kind IN labels(e) RETURN e.name\"",
            "sinergi query -r graphs/tpbis.jsonl -f report.cypher -o report.csv",
            "sinergi query -r my.jsonl -f shm-sumut.cypher --single-transaction",
        ])

    /// The options of `sinergi query`.
    public struct Options: CommandOptions {
        var registry: String
        var statements: String?
        var file: String?
        var parameters: [QueryParameter]
        var format: RowFormat
        var output: String?
        var delimiter: Character
        var bom: Bool
        var bail: Bool
        var singleTransaction: Bool
        var create: Bool
        var allowed: Set<String>
        var quiet: Bool
        var limits = QueryOptions()
        var asOf: HistoryPoint?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            statements = arguments.positionals.first
            file = try arguments.value(QueryCommand.file)
            parameters = try arguments.values(QueryCommand.parameter)
            output = try arguments.value(OutputTarget.outputOption)
            format = try OutputTarget.resolve(format: try arguments.value(QueryCommand.format), output: output)
            (delimiter, bom) = try OutputTarget.csvOptions(
                delimiter: try arguments.value(CSVOptions.delimiter), bom: arguments.flag(CSVOptions.bom),
                format: format)
            bail = arguments.flag(QueryCommand.bail)
            singleTransaction = arguments.flag(QueryCommand.singleTransaction)
            create = arguments.flag(QueryCommand.create)
            allowed = Set(try arguments.values(QueryCommand.allow))
            quiet = arguments.flag(QueryCommand.quiet)
            limits.maxRows = try arguments.value(QueryCommand.maxRows, default: limits.maxRows)
            limits.timeout = try arguments.value(QueryCommand.timeout)
            limits.maxMemory = try arguments.value(QueryCommand.maxMemory, default: limits.maxMemory)
            asOf = try arguments.value(CommonOptions.asOf)
        }

        public func validate() throws(CLIError) {
            if file != nil, statements != nil { throw .usage(.queryArgumentAndFile) }
            if asOf != nil, create { throw .usage(.historyAsOfWithCreate) }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let source: String
        if let file = options.file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.failure(.cannotReadFile, ["file": .text(file)])
            }
            source = String(decoding: data, as: UTF8.self)
        } else if let text = options.statements {
            source = text
        } else {
            source = console.readAll()
        }
        let statements = ScriptStatements.split(source)
        guard !statements.isEmpty else { throw CLIError.usage(.queryNoStatement) }
        if let output = options.output {
            try OutputFile.checkReplaceable(output, registry: options.registry, force: false, console: console)
        }
        let session = try QuerySession(
            path: options.registry, create: options.create, asOf: options.asOf, console: console, quiet: options.quiet)
        for p in options.parameters { session.parameters[p.name] = p.value }
        session.options = options.limits
        session.allowed = options.allowed
        let target = OutputTarget(
            format: options.format, path: options.output, delimiter: options.delimiter, bom: options.bom)
        var failed = false
        if options.singleTransaction {
            let checks = session.check(statements.map(\.text))
            for (statement, check) in zip(statements, checks) {
                report(check, statement: statement, file: options.file, console: console)
            }
            if checks.contains(where: \.refuses) {
                console.status(Message(.registryUnchanged))
                return ExitCode.failure
            }
            do {
                let outcomes = try Progress.during(
                    Message(.progressStatement), console: console, quiet: options.quiet
                ) { try session.runScript(statements.map(\.text)) }
                for outcome in outcomes {
                    emit(outcome, to: target, session: session, console: console, quiet: options.quiet)
                }
            } catch let failure as ScriptFailure {
                let statement = statements[failure.index]
                console.err(
                    QueryErrorText.render(
                        failure.error, statement: statement, file: options.file, language: console.language) + "\n")
                console.error(
                    Message(.queryScriptNotApplied, ["number": .int(statement.number), "line": .int(statement.line)]))
                console.status(Message(.registryUnchanged))
                return ExitCode.failure
            } catch let error as QueryError {
                console.err(
                    QueryErrorText.render(
                        error, statement: statements[0], file: options.file, language: console.language) + "\n")
                console.status(Message(.registryUnchanged))
                return ExitCode.failure
            }
        } else {
            for statement in statements {
                let check = session.check([statement.text])[0]
                report(check, statement: statement, file: options.file, console: console)
                if check.refuses {
                    failed = true
                    if statements.count == 1 {
                        console.status(Message(.registryUnchanged))
                    } else {
                        console.status(
                            Message(
                                .queryStatementNotRun, ["number": .int(statement.number), "line": .int(statement.line)]
                            ))
                    }
                    if options.bail { break }
                    continue
                }
                do {
                    let label =
                        statements.count == 1
                        ? Message(.progressStatement)
                        : Message(
                            .progressStatementOf,
                            ["number": .int(statement.number), "total": .int(statements.count)])
                    let outcome = try Progress.during(label, console: console, quiet: options.quiet) {
                        try session.run(statement.text)
                    }
                    emit(outcome, to: target, session: session, console: console, quiet: options.quiet)
                } catch let error as QueryError {
                    console.err(
                        QueryErrorText.render(
                            error, statement: statement, file: options.file, language: console.language)
                            + "\n")
                    failed = true
                    if options.bail { break }
                }
            }
        }
        try target.finish()
        if let output = options.output, !options.quiet {
            console.status(Message(.queryWroteFile, ["file": .text(output)]))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// Prints a statement's notifications on stderr, even under `--quiet`: they are not progress
    /// but news about the statement (a name the registry has never seen).
    static func report(_ check: QueryCheck, statement: ScriptStatement, file: String?, console: Console) {
        for n in check.notifications {
            console.err(QueryErrorText.render(n, statement: statement, file: file, language: console.language) + "\n")
        }
    }

    /// Prints rows (or the plan) to the target and the summary to stderr, in that order.
    static func emit(
        _ outcome: StatementOutcome, to target: OutputTarget, session: QuerySession, console: Console,
        quiet: Bool = false
    ) {
        if let plan = outcome.result.plan {
            target.write(plan.hasSuffix("\n") ? plan : plan + "\n", console: console)
            if !outcome.result.columns.isEmpty, !outcome.result.rows.isEmpty {
                target.write(
                    bytes: RowRenderer.bytes(
                        outcome.result, format: target.format, graph: session.graph, delimiter: target.delimiter),
                    console: console)
            }
        } else if !outcome.result.columns.isEmpty {
            target.write(
                bytes: RowRenderer.bytes(
                    outcome.result, format: target.format, graph: session.graph, delimiter: target.delimiter),
                console: console)
        }
        if !quiet { console.err(QuerySession.summary(outcome, language: console.language) + "\n") }
    }
}
