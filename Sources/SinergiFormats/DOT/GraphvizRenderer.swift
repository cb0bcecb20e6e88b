// Running the real Graphviz program (found on PATH) to turn DOT into SVG, PNG or PDF, or into
// positions (`-Tplain`). Graphviz is optional: exporting DOT never needs it; only rendering
// does. The engine run is the engine asked for (`-Glayout=` overrides the file's `layout`),
// and when the caller is stopped by a signal the child is stopped with it.

import Foundation
import SinergiText

/// Why rendering failed.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible, Localized {
    /// The program is not on PATH.
    case notInstalled(program: String)
    /// The program ran and failed (non-zero exit); `stderr` is what it printed.
    case failed(program: String, status: Int32, stderr: String)
    /// The program was killed by a signal (it crashed or ran out of memory).
    case crashed(program: String, signal: Int32, stderr: String)
    /// A file could not be written.
    case cannotWrite(path: String, detail: String)
    /// The program could not be started.
    case cannotRun(program: String, detail: String)
    /// Graphviz's output could not be read back.
    case cannotRead(path: String)

    /// What a person reads (Graphviz's own message stays as it printed it).
    public var message: Message {
        func detail(_ stderr: String) -> MessageArgument {
            let text = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return .text(text.isEmpty ? "" : ": " + text)
        }
        switch self {
        case .notInstalled: return Message(.graphvizNotInstalled)
        case .failed(let program, let status, let stderr):
            return Message(
                .graphvizFailed, ["program": .text(program), "status": .int(Int(status)), "detail": detail(stderr)])
        case .crashed(let program, let signal, let stderr):
            return Message(
                .graphvizCrashed, ["program": .text(program), "signal": .int(Int(signal)), "detail": detail(stderr)])
        case .cannotWrite(let path, let reason):
            return Message(.graphvizCannotWrite, ["path": .text(path), "detail": .text(reason)])
        case .cannotRun(let program, let reason):
            return Message(.graphvizCannotRun, ["program": .text(program), "detail": .text(reason)])
        case .cannotRead(let path): return Message(.graphvizCannotRead, ["path": .text(path)])
        }
    }

    public var description: String { message.text(.en) }
}

/// The result of a successful run: the program used, anything it printed on stderr
/// (Graphviz prints warnings there and still succeeds) and the drawing's size.
public struct GraphvizRun: Equatable, Sendable {
    /// The full path of the program that ran.
    public var program: String
    /// Its standard error output (warnings), possibly empty.
    public var stderr: String
    /// The factor Graphviz scaled the drawing by to fit `size` (1 when it did not), and the
    /// drawing's width and height in inches before that, when the run measured them.
    public var scale: Double?
    public var width: Double?
    public var height: Double?
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
    /// Signals (`SIGINT`, `SIGTERM`, …) that, while Graphviz runs, stop it, remove the
    /// temporary files and then end this process as the signal would. Empty by default (a
    /// library leaves signals alone); the command line sets them.
    public var stopSignals: [Int32] = []

    /// A renderer searching `PATH` (or `path` when given, `:`-separated).
    /// - Complexity: O(length of the path).
    public init(path: String? = nil) {
        let p = path ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        searchPath = p.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    /// The full path of `engine`'s program, or nil when it is not installed.
    /// - Complexity: O(d) file-system checks for d directories on the search path.
    public func locate(_ engine: GraphvizEngine = .dot) -> String? { locate(program: engine.rawValue) }

    /// The full path of a Graphviz program (`neato` draws at given positions), or nil.
    /// - Complexity: O(d) file-system checks for d directories on the search path.
    public func locate(program: String) -> String? {
        for dir in searchPath {
            let candidate = (dir as NSString).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when `dot` is on the search path.
    public var isInstalled: Bool { locate(.dot) != nil }

    /// Renders DOT text to `output`: writes it to a temporary `.dot` file and runs the engine.
    /// The format defaults to `output`'s extension.
    /// - Throws: `GraphvizError`.
    /// - Complexity: O(size of the DOT) to write it, plus Graphviz's own run time.
    /// With `positioned`, every node of the DOT carries its position (`pos`, in points) from
    /// an earlier layout by `engine`: `neato -n2` draws it there, lines straight, and nothing
    /// is laid out again.
    @discardableResult
    public func render(
        dot: String, to output: String, format: String? = nil, engine: GraphvizEngine = .dot,
        attributes: [(String, String)] = [], measure: Bool = false, positioned: Bool = false
    ) throws(GraphvizError) -> GraphvizRun {
        let temporary = try Self.temporaryFile(dot, extension: "dot")
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        return try render(
            dotFile: temporary, to: output, format: format, engine: engine, attributes: attributes, measure: measure,
            cleanUp: [temporary], positioned: positioned)
    }

    /// Runs `engine -Glayout=engine [-Gname=value…] -T<format> -o output dotFile` (and, with
    /// `measure`, also `-Tplain` into a temporary file, to read the drawing's scale and size).
    /// - Throws: `GraphvizError.notInstalled` when the program is missing, `.failed` on a
    ///   non-zero exit, `.crashed` when a signal killed it.
    /// With `positioned`, the file's nodes carry their positions (`layout="nop2"`, as an
    /// exported sfdp drawing with its region boxes does): `neato -n2` draws them there.
    /// - Complexity: Graphviz's own run time (roughly quadratic in the nodes for `dot`).
    @discardableResult
    public func render(
        dotFile: String, to output: String, format: String? = nil, engine: GraphvizEngine = .dot,
        attributes: [(String, String)] = [], measure: Bool = false, positioned: Bool = false
    ) throws(GraphvizError) -> GraphvizRun {
        try render(
            dotFile: dotFile, to: output, format: format, engine: engine, attributes: attributes, measure: measure,
            cleanUp: [], positioned: positioned)
    }

    /// The layout of a DOT text as Graphviz's plain output (`-Tplain`): positions of every
    /// node and edge, in inches.
    /// - Throws: `GraphvizError`.
    /// - Complexity: Graphviz's own run time.
    public func layout(dot: String, engine: GraphvizEngine, attributes: [(String, String)] = []) throws(GraphvizError)
        -> (plain: String, run: GraphvizRun)
    {
        let input = try Self.temporaryFile(dot, extension: "dot")
        let output = Self.temporaryPath(extension: "plain")
        defer {
            try? FileManager.default.removeItem(atPath: input)
            try? FileManager.default.removeItem(atPath: output)
        }
        let run = try render(
            dotFile: input, to: output, format: "plain", engine: engine, attributes: attributes, measure: false,
            cleanUp: [input, output])
        guard let data = FileManager.default.contents(atPath: output) else {
            throw .cannotRead(path: output)
        }
        return (String(decoding: data, as: UTF8.self), run)
    }

    private func render(
        dotFile: String, to output: String, format: String?, engine: GraphvizEngine, attributes: [(String, String)],
        measure: Bool, cleanUp: [String], positioned: Bool = false
    ) throws(GraphvizError) -> GraphvizRun {
        let name = positioned ? "neato" : engine.rawValue
        guard let program = locate(program: name) else { throw .notInstalled(program: name) }
        let ext = (output as NSString).pathExtension
        let fmt = format ?? (ext.isEmpty ? "svg" : ext.lowercased())
        // `nop2` is the layout attribute's name for `neato -n2`: the file and the command agree.
        var arguments = (positioned ? ["-n2", "-Glayout=nop2"] : ["-Glayout=" + engine.rawValue])
        arguments += attributes.map { "-G\($0.0)=\($0.1)" }
        // Graphviz truncates its output file when it starts: draw into a new file beside it and
        // rename that on success, so a failed or stopped run leaves an earlier picture intact.
        let staged = Self.stagingPath(for: output)
        arguments += ["-T" + fmt, "-o", staged ?? output]
        defer { if let staged { try? FileManager.default.removeItem(atPath: staged) } }
        let plain = measure ? Self.temporaryPath(extension: "plain") : nil
        if let plain { arguments += ["-Tplain", "-o", plain] }
        arguments.append(dotFile)
        defer { if let plain { try? FileManager.default.removeItem(atPath: plain) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let guardian = ChildGuard(
            signals: stopSignals, cleanUp: cleanUp + (plain.map { [$0] } ?? []) + (staged.map { [$0] } ?? []))
        do {
            try process.run()
        } catch {
            throw .cannotRun(program: program, detail: error.localizedDescription)
        }
        guardian.watch(process)
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guardian.release()
        let stderr = String(decoding: data, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal {
            throw .crashed(program: name, signal: process.terminationStatus, stderr: stderr)
        }
        guard process.terminationStatus == 0 else {
            throw .failed(program: name, status: process.terminationStatus, stderr: stderr)
        }
        if let staged, rename(staged, output) != 0 {
            throw .cannotWrite(path: output, detail: String(cString: strerror(errno)))
        }
        var run = GraphvizRun(program: program, stderr: stderr)
        if let plain, let text = FileManager.default.contents(atPath: plain),
            let first = String(decoding: text, as: UTF8.self).split(separator: "\n").first
        {
            let fields = first.split(separator: " ")
            if fields.count >= 4, fields[0] == "graph" {
                run.scale = Double(fields[1])
                run.width = Double(fields[2])
                run.height = Double(fields[3])
            }
        }
        return run
    }

    /// A new file name beside `output` to draw into, or nil to write `output` directly (it is
    /// a device such as `/dev/null`, or its folder cannot be written).
    static func stagingPath(for output: String) -> String? {
        var status = stat()
        if stat(output, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG { return nil }
        let folder = (output as NSString).deletingLastPathComponent
        guard FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) else { return nil }
        let name = "." + (output as NSString).lastPathComponent + ".sinergi-\(UUID().uuidString)"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    static func temporaryPath(extension ext: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-\(UUID().uuidString).\(ext)").path
    }

    static func temporaryFile(_ text: String, extension ext: String) throws(GraphvizError) -> String {
        let path = temporaryPath(extension: ext)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
        return path
    }
}
