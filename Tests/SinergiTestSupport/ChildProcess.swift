// The real `sinergi` executable (built beside the test bundle) and other programs, run as child
// processes with their exit status, signal and standard error.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The products `swift build` put beside the test bundle.
public enum BuiltProducts {
    /// The `sinergi` executable.
    public static var sinergi: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = bundle.appendingPathComponent("sinergi")
        if !FileManager.default.fileExists(atPath: candidate.path) {
            candidate = bundle.deletingLastPathComponent().appendingPathComponent("sinergi")
        }
        return candidate.path
    }
}

/// A program running as a child process; standard error is collected, standard output goes
/// where it is told (nowhere by default).
public final class ChildProcess: @unchecked Sendable {
    public let process = Process()
    private let errorPipe = Pipe()
    private var errorData = Data()
    private let reader = DispatchGroup()

    /// How a child ended.
    public struct Ending: Equatable, Sendable, CustomStringConvertible {
        /// The exit code, or the signal number when `signalled`.
        public var status: Int32
        /// True when a signal ended it (SIGKILL, SIGPIPE, SIGILL for a trap, …).
        public var signalled: Bool
        /// Everything it wrote to standard error.
        public var stderr: String

        public init(status: Int32, signalled: Bool, stderr: String) {
            self.status = status
            self.signalled = signalled
            self.stderr = stderr
        }

        public var description: String {
            (signalled ? "signal \(status)" : "exit \(status)") + (stderr.isEmpty ? "" : ": \(stderr)")
        }
    }

    /// Starts `sinergi` with `arguments`.
    public convenience init(
        sinergi arguments: [String], in folder: String? = nil, standardOutput: FileHandle? = nil,
        standardInput: FileHandle? = nil, standardError: FileHandle? = nil
    ) throws {
        try self.init(
            BuiltProducts.sinergi, arguments, in: folder, standardOutput: standardOutput, standardInput: standardInput,
            standardError: standardError)
    }

    /// Starts `executable` with `arguments` in `folder` (the repository root when nil, never the
    /// test process's current directory, which the guides' tests change while other suites run);
    /// standard error is collected unless `standardError` says where it goes.
    public init(
        _ executable: String, _ arguments: [String], in folder: String? = nil, standardOutput: FileHandle? = nil,
        standardInput: FileHandle? = nil, standardError: FileHandle? = nil, environment: [String: String]? = nil
    ) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? ScratchFolder.repositoryRoot.path)
        if let environment { process.environment = environment }
        process.standardError = standardError ?? errorPipe
        process.standardOutput = standardOutput ?? FileHandle.nullDevice
        process.standardInput = standardInput ?? FileHandle.nullDevice
        try process.run()
        if standardError != nil { try? errorPipe.fileHandleForWriting.close() }
        // Read standard error while the child runs, so a chatty child never blocks on a full pipe.
        let handle = errorPipe.fileHandleForReading
        reader.enter()
        DispatchQueue.global().async {
            let data = handle.readDataToEndOfFile()
            self.errorData = data
            self.reader.leave()
        }
    }

    /// The child's process id.
    public var pid: Int32 { process.processIdentifier }

    /// Sends SIGKILL.
    public func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    /// Sends SIGKILL to the child's descendants (what a tracer such as strace runs), then to
    /// the child: a traced program would otherwise be detached and go on running.
    public func killTree() {
        func descendants(_ pid: Int32) -> [Int32] {
            let children =
                (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8))?
                .split(separator: " ").compactMap { Int32($0) } ?? []
            return children + children.flatMap(descendants)
        }
        for pid in descendants(process.processIdentifier).reversed() { _ = Glibc.kill(pid, SIGKILL) }
        kill()
    }

    /// Waits for the child to end.
    public func finish() -> Ending {
        process.waitUntilExit()
        reader.wait()
        return Ending(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Waits at most `timeout` seconds for the child to end; a child still running then is
    /// killed and nil returned (a hang).
    public func finish(timeout: TimeInterval) -> Ending? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                killTree()
                _ = finish()
                return nil
            }
            usleep(2_000)
        }
        return finish()
    }

    /// Runs `sinergi` with `arguments` to its end.
    public static func run(sinergi arguments: [String], in folder: String? = nil) throws -> Ending {
        try ChildProcess(sinergi: arguments, in: folder).finish()
    }
}
