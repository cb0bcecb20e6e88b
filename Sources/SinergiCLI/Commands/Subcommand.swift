// The shape every `sinergi` subcommand has: a static spec, typed options read and validated
// before the run, and the run itself.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiText

/// A command's options, read from the parsed command line into typed values.
///
/// As in swift-argument-parser: `init(parsing:)` reads each option (a wrong value is a usage
/// error naming it), `validate()` checks how they go together, and only then does the
/// command run — so a usage error never waits for a registry to load.
public protocol CommandOptions {
    /// Reads the typed values.
    init(parsing arguments: ParsedArguments) throws(CLIError)
    /// Checks the options together (a usage error when they do not fit).
    func validate() throws(CLIError)
}

extension CommandOptions {
    /// Nothing to check.
    public func validate() throws(CLIError) {}
}

extension ParsedArguments: CommandOptions {
    /// The parsed command line itself, for commands not yet on typed options.
    public init(parsing arguments: ParsedArguments) { self = arguments }
}

/// One `sinergi` subcommand.
public protocol Subcommand {
    /// The typed options `run` receives.
    associatedtype Options: CommandOptions = ParsedArguments
    /// Name, help text, arguments and options.
    static var spec: CommandSpec { get }
    /// Runs with the options; returns the exit code or throws a `CLIError`/`RegistryError`.
    static func run(_ options: Options, console: Console) throws -> Int32
}

extension Subcommand {
    /// Reads the options, validates them, then runs.
    static func parseAndRun(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let options = try Options(parsing: arguments)
        try options.validate()
        if CommandSignature.signs(spec) {
            console.signature = try CommandSignature.resolve(arguments, environment: console.environment)
        }
        return try run(options, console: console)
    }
}

/// Options many commands share.
enum CommonOptions {
    /// `-r, --registry <registry>`, required.
    static let registry = Option.text(
        "registry", short: "r", value: .valueRegistry, help: Message(.optionRegistry), required: true)
    /// `--as-of TX|DATE`: every read command reads the registry as it was then.
    static let asOf = Option.point("as-of", help: Message(.optionAsOf))
    /// `-q, --quiet`: no progress on standard error (what the command reports is still written).
    static let quiet = Flag("quiet", short: "q", help: Message(.optionQuietProgress))
    /// `--quiet` without `-q`, for a command whose `-q` is taken (`export -q` is `--query`).
    static let quietLong = Flag("quiet", help: Message(.optionQuietProgress))
}

extension OptionSpec {
    /// The registry option most commands take.
    public static func registry(required: Bool = true) -> OptionSpec {
        OptionSpec("registry", short: "r", value: .valueRegistry, help: Message(.optionRegistry), required: required)
    }

    /// The `--format` option for row output.
    public static func format(_ formats: [String], default value: String) -> OptionSpec {
        OptionSpec(
            "format", value: .valueFormat,
            help: Message(.optionFormat, ["formats": .text(formats.joined(separator: ", ")), "default": .text(value)]))
    }
}

/// Shared steps of the commands.
enum CommandSupport {
    /// Loads the registry at `path`, printing load warnings to stderr; a load that takes long
    /// (a cold read of a national registry) shows progress at a terminal unless `quiet`.
    ///
    /// With `asOf`, the registry as it was at that point (`RegistryHistory.state(through:)`, the
    /// replay `diff --from/--to` uses); standard error says which transaction that is, unless `quiet`.
    static func load(path: String, asOf: HistoryPoint? = nil, console: Console, quiet: Bool = false) throws
        -> LoadedRegistry
    {
        let (loaded, point) = try Progress.during(
            Message(.progressReading, ["path": .text(path)]), console: console, quiet: quiet
        ) { () throws -> (LoadedRegistry, Message?) in
            guard let asOf else { return (try Registry(path: path).load(useCache: useCache), nil) }
            return try past(path: path, asOf: asOf, language: console.language)
        }
        report(loaded.warnings, console: console)
        if let point, !quiet { console.status(point) }
        return loaded
    }

    /// The registry at `path` as it was at `point` (with the warnings of reading the file now),
    /// and the line that says which transaction the point names:
    /// `as of transaction 3 · 2023-08-08 14:00 +07:00 · Rudi Hartono`.
    /// - Throws: `HistoryError` when the file keeps no state for that point.
    /// - Complexity: O(size of the file).
    static func past(path: String, asOf point: HistoryPoint, language: Language) throws -> (LoadedRegistry, Message) {
        let history = try Registry(path: path).history()
        let number = try history.transactionNumber(at: point)
        var loaded = try history.state(through: number)
        loaded.warnings = history.current.warnings
        guard let tx = history.journal.transaction(number) else {
            return (loaded, Message(.historyAsOfSnapshot, ["path": .text(path)]))
        }
        let said = Message(
            .historyAsOf,
            [
                "tx": .int(Int(number)), "time": .text(HistoryWords.time(tx.signature, language)),
                "author": .text(HistoryWords.author(tx.signature, language)),
            ])
        return (loaded, said)
    }

    /// Loads the registry named by `--registry` (as of `--as-of` when given), printing load
    /// warnings to stderr.
    static func load(_ arguments: ParsedArguments, console: Console) throws -> LoadedRegistry {
        try load(
            path: try arguments.required(CommonOptions.registry), asOf: try arguments.value(CommonOptions.asOf),
            console: console, quiet: arguments.options["quiet"] != nil)
    }

    /// False when SINERGI_NO_CACHE=1: every command then parses the registry's JSON lines
    /// instead of using the derived binary image beside it (see docs/registry-format.md).
    static var useCache: Bool { ProcessInfo.processInfo.environment["SINERGI_NO_CACHE"] != "1" }

    /// Prints `warning: FILE:LINE: …` lines.
    static func report(_ warnings: [RegistryDiagnostic], console: Console) {
        for w in warnings { console.warning(w.located) }
    }

    /// Checks a `--format` value against the allowed ones.
    static func format(_ arguments: ParsedArguments, allowed: [String], default value: String) throws(CLIError)
        -> String
    {
        let f = arguments.value("format") ?? value
        guard allowed.contains(f) else {
            let message = Message(
                .usageOneOf,
                ["name": .text("format"), "choices": .text(allowed.joined(separator: ", ")), "value": .text(f)])
            throw .usage(message.suggesting(NameSuggestions.nearest(to: f, among: allowed, limit: 1)))
        }
        return f
    }
}
