// The process's current directory, changed under one lock shared by every test that changes it.
//
// The current directory belongs to the whole test process, and Swift Testing runs suites in
// parallel. Any test that runs commands with relative paths should change it only through
// `WorkingDirectory.with(_:_:)`, so that two such tests never interleave.
import Foundation

/// Runs code with the process's current directory set to a folder, one caller at a time.
enum WorkingDirectory {
    /// The lock every change of the current directory in the tests goes through.
    static let lock = NSRecursiveLock()

    /// Runs `body` with the current directory set to `folder`, then restores the previous one.
    ///
    /// Other callers wait until `body` returns. `body` may call `enter(_:)` to set the
    /// directory again (for example before each command of a long run).
    ///
    /// - Complexity: O(1) besides `body`.
    static func with<T>(_ folder: URL, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        let previous = FileManager.default.currentDirectoryPath
        defer {
            _ = FileManager.default.changeCurrentDirectoryPath(previous)
            lock.unlock()
        }
        enter(folder)
        return try body()
    }

    /// Sets the current directory to `folder`; true when it is now that folder.
    ///
    /// - Complexity: O(1).
    @discardableResult
    static func enter(_ folder: URL) -> Bool {
        _ = FileManager.default.changeCurrentDirectoryPath(folder.path)
        return isCurrent(folder)
    }

    /// True when the current directory is `folder` (symbolic links resolved).
    ///
    /// - Complexity: O(1).
    static func isCurrent(_ folder: URL) -> Bool {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath()
        return current.path == folder.resolvingSymlinksInPath().path
    }
}
