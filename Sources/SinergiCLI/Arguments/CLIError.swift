// The errors a command reports, and the exit code each maps to.
import SinergiText

/// A command's failure: a usage error (exit 64) or a data/query error (exit 1).
///
/// The texts are catalogue messages, rendered in the run's language when printed.
public enum CLIError: Error, Equatable, Sendable {
    /// The command line is wrong; the usage line and a pointer to `--help` follow the message.
    case usage(Message)
    /// The data or the query is wrong, or the work failed; each message is one `error:` line.
    case failure([Message])
    /// The message was printed already; just exit with this code.
    case exit(Int32)

    /// The process exit code.
    public var exitCode: Int32 {
        switch self {
        case .usage: return ExitCode.usage
        case .failure: return ExitCode.failure
        case .exit(let code): return code
        }
    }

    /// A usage error from the catalogue.
    public static func usage(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> CLIError {
        .usage(Message(key, arguments))
    }

    /// A data error of one message.
    public static func failure(_ message: Message) -> CLIError { .failure([message]) }

    /// A data error from the catalogue.
    public static func failure(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> CLIError {
        .failure([Message(key, arguments)])
    }
}

/// The exit codes of `sinergi`.
public enum ExitCode {
    /// Success.
    public static let success: Int32 = 0
    /// A data, query or I/O error.
    public static let failure: Int32 = 1
    /// A usage error (as BSD's `EX_USAGE`).
    public static let usage: Int32 = 64
}
