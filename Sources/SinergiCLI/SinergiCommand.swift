// The root of the command line: chooses the language, dispatches to subcommands, prints help
// and errors, maps exit codes.
import Foundation
import SinergiGraph
import SinergiRegistry
import SinergiText

/// `sinergi`: the stakeholder network and partnership registry of the TPBIS programme.
public enum SinergiCommand {
    /// The program's version.
    public static let version = "0.1.0"

    /// The subcommands in the order `--help` lists them.
    public static var subcommands: [any Subcommand.Type] {
        [
            InitCommand.self, QueryCommand.self, ShellCommand.self, StatsCommand.self, CheckCommand.self,
            ImportCommand.self, TemplateCommand.self,
            ExportCommand.self, BriefCommand.self, CompactCommand.self, ReachCommand.self, PathCommand.self,
            GapsCommand.self,
            SpreadCommand.self, CentralityCommand.self, GenerateCommand.self, RenderCommand.self,
            LogCommand.self, DiffCommand.self, UndoCommand.self, MergeCommand.self, GitSetupCommand.self,
        ]
    }

    static let rootSpec = CommandSpec(name: "", abstract: .rootAbstract, discussion: .rootDiscussion)

    /// Runs the program on the process's standard streams and returns the exit code.
    ///
    /// Output that could not be written (a full disk, a closed file) ends the run with exit
    /// code 1 and, when standard output failed and standard error works, `error: cannot write
    /// the output: …`; a closed pipe (a reader such as `head` that stopped reading) ends it
    /// quietly, as other command-line tools do.
    public static func main(arguments: [String]) -> Int32 {
        let console = Console.standard()
        let code = run(arguments: arguments, console: console)
        console.flush()
        guard let failure = console.outputFailure else { return code }
        if let message = failure.message {
            console.reportOutputFailure(
                Message(.errorPrefix).text(console.language) + message.text(console.language) + "\n")
        }
        return code == ExitCode.success ? ExitCode.failure : code
    }

    /// Runs `sinergi` with `arguments` (without the program name) on `console`.
    ///
    /// The language is chosen first (`--lang` anywhere before `--`, else `SINERGI_LANG`, else
    /// the locale; `Language.resolve`), so every message of the run, usage errors included,
    /// is written in it.
    public static func run(arguments given: [String], console: Console) -> Int32 {
        let arguments: [String]
        do {
            let (language, rest) = try chooseLanguage(given, environment: console.environment)
            console.language = language
            arguments = rest
        } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        let language = console.language
        let specs = subcommands.map { $0.spec }
        guard let first = arguments.first else {
            console.err(HelpFormatter.help(rootSpec, language: language, subcommands: specs))
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help":
            console.out(HelpFormatter.help(rootSpec, language: language, subcommands: specs))
            return ExitCode.success
        case "--version":
            console.out(console.text(Message(.version, ["version": .text(version)])) + "\n")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                console.out(HelpFormatter.help(rootSpec, language: language, subcommands: specs))
                return ExitCode.success
            }
            guard let command = subcommands.first(where: { $0.spec.name == arguments[1] }) else {
                console.err(
                    HelpFormatter.usageError(unknownSubcommand(arguments[1]), spec: rootSpec, language: language))
                return ExitCode.usage
            }
            console.out(HelpFormatter.help(command.spec, language: language))
            return ExitCode.success
        default:
            break
        }
        guard let command = subcommands.first(where: { $0.spec.name == first }) else {
            let message =
                first.hasPrefix("-") ? Message(.usageUnknownOption, ["name": .text(first)]) : unknownSubcommand(first)
            console.error(message)
            console.err(
                console.text(
                    Message(
                        .usageLine,
                        ["usage": .text("sinergi " + MessageKey.helpSubcommandPlaceholder.template(language))]))
                    + "\n  " + console.text(Message(.usageSeeRootHelp)) + "\n")
            return ExitCode.usage
        }
        let spec = command.spec
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: spec)
            if parsed.help {
                console.out(HelpFormatter.help(spec, language: language))
                return ExitCode.success
            }
            console.quietProgress = parsed.options["quiet"] != nil
            return try command.parseAndRun(parsed, console: console)
        } catch let error as CLIError {
            switch error {
            case .usage(let message): console.err(HelpFormatter.usageError(message, spec: spec, language: language))
            case .failure(let messages): for m in messages { console.error(m) }
            case .exit: break
            }
            return error.exitCode
        } catch let error as RegistryError {
            report(error, console: console)
            return ExitCode.failure
        } catch let error as GraphError {
            console.error(error.message)
            return ExitCode.failure
        } catch let error as HistoryError {
            for m in error.messages { console.error(m) }
            for h in error.hints { console.hint(h) }
            return ExitCode.failure
        } catch {
            console.error(.verbatim("\(error)"))
            return ExitCode.failure
        }
    }

    /// "unknown subcommand 'X'", with the nearest subcommand's name when there is one.
    static func unknownSubcommand(_ name: String) -> Message {
        Message(.usageUnknownSubcommand, ["name": .text(name)]).suggesting(
            NameSuggestions.nearest(to: name, among: subcommands.map { $0.spec.name }, limit: 1))
    }

    /// A `--lang` value that names no language.
    struct UnknownLanguage: Error {
        let message: Message
    }

    /// The language of the run and the arguments without `--lang`.
    static func chooseLanguage(_ arguments: [String], environment: [String: String]) throws(UnknownLanguage) -> (
        Language, [String]
    ) {
        var rest: [String] = []
        var option: String?
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg == "--" {
                rest += arguments[i...]
                break
            }
            if arg == "--lang", i + 1 < arguments.count {
                option = arguments[i + 1]
                i += 2
                continue
            }
            if arg.hasPrefix("--lang=") {
                option = String(arg.dropFirst("--lang=".count))
                i += 1
                continue
            }
            rest.append(arg)
            i += 1
        }
        guard let language = Language.resolve(option: option, environment: environment) else {
            let value = option ?? environment["SINERGI_LANG"] ?? ""
            throw UnknownLanguage(message: Message(.unknownLanguage, ["value": .text(value)]))
        }
        return (language, rest)
    }

    /// Prints a registry error: `error: …` per problem, then `hint: …` lines, in the run's language.
    static func report(_ error: RegistryError, console: Console) {
        let prefix = console.text(Message(.errorPrefix))
        for line in error.lines(console.language) { console.err(prefix + line + "\n") }
        for line in error.hints(console.language) { console.hint(.verbatim(line)) }
    }
}
