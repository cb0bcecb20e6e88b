// Runs `sinergi` in-process and compares its transcript (exit code, stdout, stderr) with a golden file.
import Foundation
import SinergiCLI
import Testing

/// Golden transcripts under Tests/SinergiCLITests/Golden. Set SINERGI_UPDATE_GOLDEN=1 to rewrite them.
enum GoldenTranscript {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The transcript text of one run.
    static func transcript(_ arguments: [String], input: String? = nil) -> String {
        let console = Console.capturing(input: input)
        let code = SinergiCommand.run(arguments: arguments, console: console)
        return
            "$ sinergi \(arguments.joined(separator: " "))\nexit: \(code)\n--- stdout\n\(console.capturedOut)--- stderr\n\(console.capturedErr)"
    }

    /// Standard output of one run.
    static func capture(_ arguments: [String]) -> String {
        let console = Console.capturing()
        _ = SinergiCommand.run(arguments: arguments, console: console)
        return console.capturedOut
    }

    /// Compares the run with `Golden/<name>.txt`, word for word.
    static func check(
        _ name: String, _ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        let actual = transcript(arguments, input: input)
        let file = folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(file.lastPathComponent); run with SINERGI_UPDATE_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "transcript differs from \(file.lastPathComponent)", sourceLocation: sourceLocation)
    }
}
