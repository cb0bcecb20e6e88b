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
    /// Runs with the current directory at the repository root, under the lock every test that
    /// depends on the current directory shares (see Guides/WorkingDirectory.swift).
    /// `environment` stands for the process environment (SINERGI_LANG, LANG, …).
    /// `directory` is the current directory of the run (a scratch folder of real registries).
    static func transcript(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], directory: URL? = nil
    ) -> String {
        let console = Console.capturing(input: input, environment: environment)
        let code = WorkingDirectory.with(directory ?? repositoryRoot) {
            SinergiCommand.run(arguments: arguments, console: console)
        }
        let variables = environment.keys.sorted().map { "\($0)=\(environment[$0] ?? "") " }.joined()
        return
            "$ \(variables)sinergi \(arguments.joined(separator: " "))\nexit: \(code)\n--- stdout\n\(console.capturedOut)--- stderr\n\(console.capturedErr)"
    }

    /// Standard output of one run.
    static func capture(_ arguments: [String], environment: [String: String] = [:]) -> String {
        let console = Console.capturing(environment: environment)
        _ = WorkingDirectory.with(repositoryRoot) { SinergiCommand.run(arguments: arguments, console: console) }
        return console.capturedOut
    }

    /// Compares the run with `Golden/<name>.txt`, word for word.
    static func check(
        _ name: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actual = transcript(arguments, input: input, environment: environment, directory: directory)
        let file = folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
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
