// Ctrl-C while a statement runs: the shell catches SIGINT instead of dying, and the running
// statement is asked to stop.
import Foundation

/// SIGINT during a statement of the shell.
///
/// While `during` runs, SIGINT sets a flag instead of ending the process; `wasRequested`
/// says whether it came. (The statement itself stops at the query engine's next check once
/// the engine offers a cancellation hook; see `whileRunning` in `LineEditor`.)
enum StatementInterrupt {
    /// Set by the signal handler; read and cleared by the shell.
    nonisolated(unsafe) static var flag: sig_atomic_t = 0

    /// Runs `body` with SIGINT caught; the previous handler is restored afterwards.
    static func during<T>(_ body: () throws -> T) rethrows -> T {
        flag = 0
        let previous = signal(SIGINT) { _ in StatementInterrupt.flag = 1 }
        defer { signal(SIGINT, previous) }
        return try body()
    }

    /// True when Ctrl-C came during the last `during`.
    static var wasRequested: Bool { flag != 0 }
}
