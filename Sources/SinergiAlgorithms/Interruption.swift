// A way to stop a long-running algorithm from outside: the caller installs a check
// (`Interruption.whileRunning(_:_:)`, usually "is the statement cancelled or past its
// deadline?"), and the algorithms' long loops — a betweenness source, a PageRank
// iteration, a simulated cascade, a greedy candidate — ask `Interruption.current`
// (read once on the calling thread and handed to any parallel workers) whether to
// stop. An interrupted algorithm returns early with an unfinished result; the caller,
// whose check said stop, throws its own error and discards it.

/// The check an algorithm's long loops consult; see the file comment.
public struct Interruption: Sendable {
    /// True when the work should stop.
    public let requested: @Sendable () -> Bool

    /// A check from a closure.
    public init(_ requested: @escaping @Sendable () -> Bool) { self.requested = requested }

    /// The check installed for the current task or thread (nil: never stop).
    @TaskLocal public static var current: Interruption?

    /// Runs `body` with `check` installed, so the algorithms it calls can be stopped by it.
    /// - Complexity: that of `body`.
    public static func whileRunning<T, E: Error>(_ check: Interruption, _ body: () throws(E) -> T) throws(E) -> T {
        let result: Result<T, E> = $current.withValue(check) {
            do throws(E) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// True when the installed check (if any) asks to stop.
    /// - Complexity: that of the check.
    static func stop(_ check: Interruption?) -> Bool { check?.requested() ?? false }
}
