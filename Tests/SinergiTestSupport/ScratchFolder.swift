// Runs the built `sinergi` executable as a real child process in a scratch folder of real
// files, for tests that must show what a user sees: exit code, standard output, standard
// error, and the files left behind.
import Foundation

/// A scratch folder with the repository's data at hand and the `sinergi` executable to run in it.
///
/// ```swift
/// let work = try ScratchFolder()
/// try work.write("peserta.csv", "nama,jenis\n…")
/// let run = work.sinergi(["import", "-r", "r.jsonl", "--nodes", "peserta.csv"])
/// #expect(run.status == 1)
/// ```
public final class ScratchFolder: @unchecked Sendable {
    /// The folder (removed when this object goes away).
    public let url: URL

    /// The repository root (two folders above this file's folder).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `sinergi` executable built beside the test bundle.
    public static var executable: String { BuiltProducts.sinergi }

    /// A fresh, empty folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` (UTF-8) to `name`.
    public func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    /// Writes raw bytes to `name`.
    public func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }

    /// Copies a file of the repository (`graphs/tpbis.jsonl`) into the folder as `name`.
    public func copy(_ repositoryPath: String, as name: String) throws {
        try FileManager.default.copyItem(
            at: Self.repositoryRoot.appendingPathComponent(repositoryPath), to: url.appendingPathComponent(name))
    }

    /// The text of `name`, or nil when it does not exist.
    public func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of `name`, or nil when it does not exist.
    public func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(name)).map { [UInt8]($0) }
    }

    /// What one run of `sinergi` did.
    public struct Run: Sendable, CustomStringConvertible {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Runs `sinergi ARGUMENTS` in the folder, with `SINERGI_LANG` set to `language` and the
    /// binary cache off unless asked for; `input` is its standard input; `environment` adds
    /// variables (an empty value unsets one).
    public func sinergi(
        _ arguments: [String], language: String = "en", input: String? = nil, cache: Bool = false,
        environment extra: [String: String] = [:]
    ) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = url
        var environment = ProcessInfo.processInfo.environment
        environment["SINERGI_LANG"] = language
        if !cache { environment["SINERGI_NO_CACHE"] = "1" }
        for (name, value) in extra { environment[name] = value.isEmpty ? nil : value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        do {
            try process.run()
        } catch {
            return Run(status: -1, stdout: "", stderr: "cannot run \(Self.executable): \(error)")
        }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
