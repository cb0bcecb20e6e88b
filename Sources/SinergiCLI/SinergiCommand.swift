// The root of the command line: dispatches to subcommands, prints help and errors, maps exit codes.
import Foundation
import SinergiGraph
import SinergiRegistry

/// `sinergi`: the stakeholder network and partnership registry of the TPBIS programme.
public enum SinergiCommand {
    /// The program's version.
    public static let version = "0.1.0"

    /// The subcommands in the order `--help` lists them.
    public static var subcommands: [any Subcommand.Type] {
        [
            QueryCommand.self, ShellCommand.self, StatsCommand.self, CheckCommand.self, ImportCommand.self,
            ExportCommand.self, CompactCommand.self, ReachCommand.self, PathCommand.self, GapsCommand.self,
            SpreadCommand.self, CentralityCommand.self, GenerateCommand.self, RenderCommand.self,
        ]
    }

    static let rootSpec = CommandSpec(
        name: "",
        abstract: "Sinergi — the stakeholder network and partnership registry of the TPBIS library programme.",
        discussion: """
            Records stakeholders and partnerships as a property graph, answers questions in a query
            language based on openCypher, finds reach, gaps and replication spread, and draws diagrams.
            """)

    /// Runs the program on the process's standard streams and returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        let console = Console.standard()
        let code = run(arguments: arguments, console: console)
        console.flush()
        return code
    }

    /// Runs `sinergi` with `arguments` (without the program name) on `console`.
    public static func run(arguments: [String], console: Console) -> Int32 {
        let specs = subcommands.map { $0.spec }
        guard let first = arguments.first else {
            console.err(HelpFormatter.help(rootSpec, subcommands: specs))
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help":
            console.out(HelpFormatter.help(rootSpec, subcommands: specs))
            return ExitCode.success
        case "--version":
            console.out("sinergi \(version)\n")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                console.out(HelpFormatter.help(rootSpec, subcommands: specs))
                return ExitCode.success
            }
            guard let command = subcommands.first(where: { $0.spec.name == arguments[1] }) else {
                console.err(HelpFormatter.usageError("unknown subcommand '\(arguments[1])'", spec: rootSpec))
                return ExitCode.usage
            }
            console.out(HelpFormatter.help(command.spec))
            return ExitCode.success
        default:
            break
        }
        guard let command = subcommands.first(where: { $0.spec.name == first }) else {
            let message =
                first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"
            console.err(
                "error: \(message)\nUsage: sinergi <subcommand>\n  See 'sinergi --help' for the list of subcommands.\n")
            return ExitCode.usage
        }
        let spec = command.spec
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: spec)
            if parsed.help {
                console.out(HelpFormatter.help(spec))
                return ExitCode.success
            }
            return try command.run(parsed, console: console)
        } catch let error as CLIError {
            switch error {
            case .usage(let message): console.err(HelpFormatter.usageError(message, spec: spec))
            case .failure(let message): console.err("error: \(message)\n")
            case .exit: break
            }
            return error.exitCode
        } catch let error as RegistryError {
            console.err(errorLines(error.description))
            return ExitCode.failure
        } catch let error as GraphError {
            console.err("error: \(error)\n")
            return ExitCode.failure
        } catch {
            console.err("error: \(error)\n")
            return ExitCode.failure
        }
    }

    /// Prefixes each line of a multi-line message with `error: `.
    static func errorLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "error: \($0)\n" }.joined()
    }
}
