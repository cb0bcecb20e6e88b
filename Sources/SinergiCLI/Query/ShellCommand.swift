// `sinergi shell`: an interactive prompt for statements, parameters and output formats.
import Foundation
import SinergiGraph
import SinergiQuery
import SinergiRegistry
import SinergiText

/// A read–eval–print loop over a registry. `;` ends a statement; input may span lines.
///
/// At a terminal the line editor reads the input (`LineEditor`: arrows, history across
/// sessions, Ctrl-R search, Ctrl-L, Ctrl-C cancels the line or the running statement, Ctrl-D
/// leaves); otherwise lines are read as they come, without prompt or banner.
public enum ShellCommand: Subcommand {
    static let history = Option.text("history", value: .valueFile, help: Message(.shellHelpHistory))
    static let format = OutputTarget.formatOption()

    public static let spec = CommandSpec(
        name: "shell", abstract: .shellAbstract, discussion: .shellDiscussion,
        options: [
            CommonOptions.registry.spec, CommonOptions.asOf.spec, history.spec, QueryCommand.create.spec,
            QueryCommand.allow.spec, format.spec, QueryCommand.maxMemory.spec,
        ]
            + CommandSignature.options,
        examples: [
            "sinergi shell -r graphs/tpbis.jsonl",
            "echo 'MATCH (n) RETURN count(n);' | sinergi shell -r graphs/tpbis.jsonl",
        ])

    /// The options of `sinergi shell`.
    public struct Options: CommandOptions {
        var registry: String
        var history: String?
        var create: Bool
        var allowed: Set<String>
        var format: RowFormat
        var maxMemory: Int
        var asOf: HistoryPoint?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            registry = try arguments.required(CommonOptions.registry)
            history = try arguments.value(ShellCommand.history)
            create = arguments.flag(QueryCommand.create)
            allowed = Set(try arguments.values(QueryCommand.allow))
            format = try arguments.value(ShellCommand.format, default: .table)
            maxMemory = try arguments.value(QueryCommand.maxMemory, default: QueryOptions.defaultMaxMemory)
            asOf = try arguments.value(CommonOptions.asOf)
        }

        public func validate() throws(CLIError) {
            if asOf != nil, create { throw .usage(.historyAsOfWithCreate) }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let interactive = console.stdinIsTerminal
        let historyPath =
            options.history ?? (interactive ? console.environment["HOME"].map { $0 + "/.sinergi_history" } : nil)
        let session = try QuerySession(
            path: options.registry, create: options.create, asOf: options.asOf, console: console)
        session.options.maxMemory = options.maxMemory
        session.allowed = options.allowed
        let input: any ShellInput =
            interactive && LineEditor.isAvailable
            ? LineEditor(historyPath: historyPath, language: console.language)
            : PlainShellInput(console: console, prompts: interactive)
        if interactive {
            console.status(
                Message(
                    .shellBanner,
                    [
                        "version": .text(SinergiCommand.version), "path": .text(options.registry),
                        "nodes": .count(session.graph.nodeCount),
                        "relationships": .count(session.graph.relationshipCount),
                    ]))
        }
        var state = ShellState(format: options.format, session: session, console: console, historyPath: historyPath)
        var buffer = ""
        while true {
            console.flush()
            let event = input.next(prompt: buffer.isEmpty ? "sinergi> " : "      -> ")
            switch event {
            case .end:
                if !buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { state.execute(buffer, input) }
                return state.failed ? ExitCode.failure : ExitCode.success
            case .interrupted:
                buffer = ""
                continue
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if buffer.isEmpty, trimmed.hasPrefix(":") {
                    input.remember(trimmed)
                    if state.command(trimmed) == .quit { return state.failed ? ExitCode.failure : ExitCode.success }
                    continue
                }
                buffer += buffer.isEmpty ? line : "\n" + line
                if trimmed.hasSuffix(";") {
                    state.execute(buffer, input)
                    buffer = ""
                }
            }
        }
    }

    /// Appends a statement to the history file (one line per statement).
    static func appendHistory(_ statement: String, to path: String) {
        let entry = statement.replacingOccurrences(of: "\n", with: " ") + ";\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(entry.utf8))
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(entry.utf8))
        }
    }
}

/// What the shell keeps between lines: the output format, the session, whether anything failed.
struct ShellState {
    var format: RowFormat
    let session: QuerySession
    let console: Console
    let historyPath: String?
    var failed = false

    /// What a `:` command asks of the loop.
    enum Next { case keepGoing, quit }

    /// Runs the statements of `text`, printing rows before each summary. Ctrl-C cancels the
    /// running statement (the registry is left as it was) and the statements after it.
    mutating func execute(_ text: String, _ input: any ShellInput) {
        let target = OutputTarget(format: format, path: nil)
        let stop = QueryCancellation()
        session.options.cancellation = stop
        defer { session.options.cancellation = nil }
        for statement in ScriptStatements.split(text) {
            if let historyPath { ShellCommand.appendHistory(statement.text, to: historyPath) }
            input.remember(statement.text.replacingOccurrences(of: "\n", with: " ") + ";")
            let check = session.check([statement.text])[0]
            QueryCommand.report(check, statement: statement, file: nil, console: console)
            if check.refuses {
                console.status(Message(.registryUnchanged))
                failed = true
                continue
            }
            do {
                let outcome = try input.whileRunning(cancelling: stop) {
                    try Progress.during(Message(.progressStatement), console: console) {
                        try session.run(statement.text)
                    }
                }
                QueryCommand.emit(outcome, to: target, session: session, console: console)
            } catch let error as QueryError where error.code == .queryCancelled {
                console.error(Message(.shellCancelled))
                failed = true
                return
            } catch let error as QueryError {
                console.err(
                    QueryErrorText.render(error, statement: statement, file: nil, language: console.language) + "\n")
                failed = true
            } catch let error as CLIError {
                if case .failure(let messages) = error { for m in messages { console.error(m) } }
                failed = true
            } catch {
                console.error(.verbatim("\(error)"))
                failed = true
            }
        }
    }

    /// Runs a `:` command.
    mutating func command(_ line: String) -> Next {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        switch words[0] {
        case ":quit", ":exit", ":q": return .quit
        case ":help": console.out(console.text(Message(.shellCommandList)) + "\n")
        case ":params":
            for name in session.parameters.keys.sorted() {
                console.out(":param \(name) => \(ValueFormatter.literal(session.parameters[name] ?? .null))\n")
            }
        case ":param":
            let rest = words.count > 1 ? words[1] : ""
            guard let arrow = rest.range(of: "=>") else {
                console.error(Message(.shellParamShape))
                failed = true
                return .keepGoing
            }
            let name = rest[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            let literal = String(rest[arrow.upperBound...]).trimmingCharacters(in: .whitespaces)
            do {
                session.parameters[name] = try QuerySession.value(of: literal, name: name)
            } catch {
                if case .usage(let message) = error { console.error(message) }
                failed = true
            }
        case ":format":
            let names = RowFormat.names
            let wanted = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
            guard let f = RowFormat(rawValue: wanted) else {
                console.error(
                    Message(.shellFormatNeeds, ["formats": .text(names.joined(separator: ", "))]).suggesting(
                        NameSuggestions.nearest(to: wanted, among: names, limit: 1)))
                failed = true
                return .keepGoing
            }
            format = f
        case ":schema": console.out(SchemaSummary.text(session.graph, language: console.language, width: console.width))
        default:
            let known = [":help", ":param", ":params", ":format", ":schema", ":quit"]
            console.error(
                Message(.shellUnknownCommand, ["name": .text(words[0])]).suggesting(
                    NameSuggestions.nearest(to: words[0], among: known, limit: 1)))
            failed = true
        }
        return .keepGoing
    }
}

/// What the shell's input gives next.
enum ShellInputEvent: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C while typing: the unfinished input is dropped.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case end
}

/// Where the shell's lines come from: the line editor at a terminal, plain lines otherwise.
protocol ShellInput: AnyObject {
    /// The next line, after showing `prompt` (when the input shows prompts).
    func next(prompt: String) -> ShellInputEvent
    /// Keeps an entry for Up/Down and Ctrl-R (a statement, or a `:` command).
    func remember(_ entry: String)
    /// Runs a statement so that Ctrl-C cancels it (through `stop`) and the shell carries on.
    func whileRunning<T>(cancelling stop: QueryCancellation, _ body: () throws -> T) throws -> T
}

/// Lines as they come (a pipe, a file, a terminal without raw mode): no editing.
final class PlainShellInput: ShellInput {
    let console: Console
    let prompts: Bool

    init(console: Console, prompts: Bool) {
        self.console = console
        self.prompts = prompts
    }

    func next(prompt: String) -> ShellInputEvent {
        if prompts { console.err(prompt) }
        guard let line = console.readLine() else { return .end }
        return .line(line)
    }

    func remember(_ entry: String) {}

    /// Off a terminal Ctrl-C ends the shell, as it always did.
    func whileRunning<T>(cancelling stop: QueryCancellation, _ body: () throws -> T) throws -> T { try body() }
}
