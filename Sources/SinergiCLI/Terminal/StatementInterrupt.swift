// Ctrl-C while a statement runs: the shell catches SIGINT instead of dying, and the running
// statement is asked to stop through its QueryCancellation.
import Dispatch
import Foundation
import SinergiQuery

/// SIGINT during a statement of the shell.
///
/// While `during` runs, SIGINT sets a flag instead of ending the process. The signal handler
/// may do no more than that (a lock is not async-signal-safe), so a timer on its own queue
/// looks at the flag every 20 ms and, once it is set, cancels the statement; the engine stops
/// at its next check (every few thousand rows or steps) with `QueryCancelled`, changing
/// nothing.
enum StatementInterrupt {
    /// Set by the signal handler; read and cleared by the shell.
    nonisolated(unsafe) static var flag: sig_atomic_t = 0

    /// Runs `body` with SIGINT caught, cancelling `stop` when it comes; the previous handler is
    /// restored afterwards.
    /// - Complexity: O(1) besides `body`; the watcher wakes 50 times a second while it runs.
    static func during<T>(cancelling stop: QueryCancellation?, _ body: () throws -> T) rethrows -> T {
        flag = 0
        let previous = signal(SIGINT) { _ in StatementInterrupt.flag = 1 }
        let watcher = stop.map { stop in
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "sinergi.interrupt"))
            timer.schedule(deadline: .now(), repeating: .milliseconds(20))
            timer.setEventHandler { if StatementInterrupt.flag != 0 { stop.cancel() } }
            timer.resume()
            return timer
        }
        defer {
            watcher?.cancel()
            signal(SIGINT, previous)
        }
        return try body()
    }

    /// True when Ctrl-C came during the last `during`.
    static var wasRequested: Bool { flag != 0 }
}
