// The shape every `sinergi` subcommand has: a static spec and a run function.
import Foundation
import SinergiGraph
import SinergiRegistry

/// One `sinergi` subcommand.
public protocol Subcommand {
    /// Name, help text, arguments and options.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; returns the exit code or throws a `CLIError`/`RegistryError`.
    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32
}

/// Shared steps of the commands.
enum CommandSupport {
    /// Loads the registry named by `--registry`, printing load warnings to stderr.
    static func load(_ arguments: ParsedArguments, console: Console) throws -> LoadedRegistry {
        guard let path = arguments.value("registry") else {
            throw CLIError.usage("missing option '--registry <registry>'")
        }
        let loaded = try Registry(path: path).load(useCache: useCache)
        report(loaded.warnings, console: console)
        return loaded
    }

    /// False when SINERGI_NO_CACHE=1: every command then parses the registry's JSON lines
    /// instead of using the derived binary image beside it (see docs/registry-format.md).
    static var useCache: Bool { ProcessInfo.processInfo.environment["SINERGI_NO_CACHE"] != "1" }

    /// Prints `warning: FILE:LINE: …` lines.
    static func report(_ warnings: [RegistryDiagnostic], console: Console) {
        for w in warnings { console.err("warning: \(w)\n") }
    }

    /// Checks a `--format` value against the allowed ones.
    static func format(_ arguments: ParsedArguments, allowed: [String], default value: String) throws(CLIError)
        -> String
    {
        let f = arguments.value("format") ?? value
        guard allowed.contains(f) else {
            throw .usage("unknown format '\(f)' (expected one of: \(allowed.joined(separator: ", ")))")
        }
        return f
    }
}
