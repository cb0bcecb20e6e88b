// Running the real Graphviz program (found on PATH) to turn DOT into SVG, PNG or PDF.
// Graphviz is optional: exporting DOT never needs it; only rendering does.

import Foundation

/// Why rendering failed.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The program is not on PATH.
    case notInstalled(program: String)
    /// The program ran and failed (non-zero exit); `stderr` is what it printed.
    case failed(program: String, status: Int32, stderr: String)
    /// A file could not be written or the program could not be started.
    case io(String)

    public var description: String {
        switch self {
        case .notInstalled:
            return "Graphviz is not installed: install it with `apt-get install graphviz` or `brew install graphviz`"
        case .failed(let program, let status, let stderr):
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(program) failed with exit status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .io(let message): return message
        }
    }
}

/// The result of a successful run: the program used and anything it printed on stderr
/// (Graphviz prints warnings there and still succeeds).
public struct GraphvizRun: Equatable, Sendable {
    /// The full path of the program that ran.
    public var program: String
    /// Its standard error output (warnings), possibly empty.
    public var stderr: String
}

/// Runs a Graphviz engine (`dot`, `sfdp`) as a child process.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// try renderer.render(dot: DOTExporter.export(graph), to: "network.svg")          // format from the extension
/// try renderer.render(dotFile: "network.dot", to: "network.png", format: "png")
/// ```
public struct GraphvizRenderer: Sendable {
    /// The directories searched for the program, in order (from `PATH` by default).
    public var searchPath: [String]

    /// A renderer searching `PATH` (or `path` when given, `:`-separated).
    /// - Complexity: O(length of the path).
    public init(path: String? = nil) {
        let p = path ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        searchPath = p.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    /// The full path of `engine`'s program, or nil when it is not installed.
    /// - Complexity: O(d) file-system checks for d directories on the search path.
    public func locate(_ engine: GraphvizEngine = .dot) -> String? {
        for dir in searchPath {
            let candidate = (dir as NSString).appendingPathComponent(engine.rawValue)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when `dot` is on the search path.
    public var isInstalled: Bool { locate(.dot) != nil }

    /// Renders DOT text to `output`: writes it to a temporary `.dot` file and runs
    /// `engine -T<format> -o output file.dot`. The format defaults to `output`'s extension.
    /// - Throws: `GraphvizError`.
    /// - Complexity: O(size of the DOT) to write it, plus Graphviz's own run time.
    @discardableResult
    public func render(dot: String, to output: String, format: String? = nil, engine: GraphvizEngine = .dot)
        throws(GraphvizError) -> GraphvizRun
    {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sinergi-\(UUID().uuidString).dot")
        do {
            try Data(dot.utf8).write(to: temporary)
        } catch {
            throw .io("cannot write \(temporary.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        return try render(dotFile: temporary.path, to: output, format: format, engine: engine)
    }

    /// Runs `engine -T<format> -o output dotFile`.
    /// - Throws: `GraphvizError.notInstalled` when the program is missing, `.failed` on a non-zero exit.
    /// - Complexity: Graphviz's own run time (roughly quadratic in the nodes for `dot`).
    @discardableResult
    public func render(dotFile: String, to output: String, format: String? = nil, engine: GraphvizEngine = .dot)
        throws(GraphvizError) -> GraphvizRun
    {
        guard let program = locate(engine) else { throw .notInstalled(program: engine.rawValue) }
        let ext = (output as NSString).pathExtension
        let fmt = format ?? (ext.isEmpty ? "svg" : ext.lowercased())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-T" + fmt, "-o", output, dotFile]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .io("cannot run \(program): \(error.localizedDescription)")
        }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw .failed(program: engine.rawValue, status: process.terminationStatus, stderr: stderr)
        }
        return GraphvizRun(program: program, stderr: stderr)
    }
}
