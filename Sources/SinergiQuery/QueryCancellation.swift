// Stopping a running statement from outside: the shell's Ctrl-C handler (another
// thread) sets the flag, and the engine checks it wherever it checks the clock
// (every few thousand rows or steps of a long expression); the statement then
// fails with `QueryCancelled` and changes nothing.

import Foundation

/// A flag that asks a running statement to stop (`QueryOptions.cancellation`).
///
/// ```swift
/// let stop = QueryCancellation()
/// var options = QueryOptions()
/// options.cancellation = stop
/// // on Ctrl-C, from the signal thread: stop.cancel()
/// ```
// Sendable: the flag is read and written only under the lock.
public final class QueryCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    /// A flag that is not set.
    public init() {}

    /// Asks the statement to stop; safe from any thread.
    /// - Complexity: O(1).
    public func cancel() {
        lock.lock()
        flag = true
        lock.unlock()
    }

    /// True once `cancel()` was called (and until `reset()`).
    /// - Complexity: O(1).
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    /// Clears the flag for the next statement.
    /// - Complexity: O(1).
    public func reset() {
        lock.lock()
        flag = false
        lock.unlock()
    }
}
