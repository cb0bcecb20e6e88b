// Runs the commands of one guide in-process, in a fresh folder that mirrors the repository.
//
// The folder holds copies of graphs/tpbis.jsonl, graphs/regions.jsonl and docs/examples/,
// so the guides' relative paths work unchanged and nothing they do can touch the real
// graphs/. Commands run in order, each with the current directory set to that folder.
import Foundation
import SinergiCLI

/// What running one guide found.
struct GuideReport {
    /// Commands run through `SinergiCommand.run`.
    var commandsRun = 0
    /// Blocks whose standard output was compared with a ```text block.
    var outputsCompared = 0
    /// Set-up lines skipped (the test command itself).
    var skipped: [String] = []
    /// Every difference from what the guide says, as `FILE:LINE: message`.
    var failures: [String] = []
    /// The ```text blocks that differ: what the guide shows and what the program printed.
    var differing: [(shown: String, printed: String)] = []
}

/// Runs a guide's ```sh blocks against copies of the repository's data.
struct GuideRunner {
    /// The files copied from the repository into the working folder.
    static let copiedFiles = ["graphs/tpbis.jsonl", "graphs/regions.jsonl"]
    /// The folders copied from the repository into the working folder.
    static let copiedFolders = ["docs/examples", "graphs/regions-id"]

    /// The repository root (three folders above this file's folder).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The working folder of this run.
    let folder: URL

    /// Makes a fresh working folder with copies of the guides' data.
    init() throws {
        let fileManager = FileManager.default
        folder = fileManager.temporaryDirectory.appendingPathComponent("sinergi-guides-\(UUID().uuidString)")
        for path in Self.copiedFiles + Self.copiedFolders {
            let target = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.copyItem(at: Self.repositoryRoot.appendingPathComponent(path), to: target)
        }
    }

    /// Deletes the working folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs every ```sh block of the guide at `path` (relative to the repository root).
    ///
    /// - Complexity: the sum of the commands' own costs.
    func run(guide path: String) -> GuideReport {
        var report = GuideReport()
        let url = Self.repositoryRoot.appendingPathComponent(path)
        guard let markdown = try? String(contentsOf: url, encoding: .utf8) else {
            report.failures.append("\(path): cannot read the guide")
            return report
        }
        let blocks: [GuideBlock]
        do {
            blocks = try GuideBlocks.blocks(in: markdown)
        } catch {
            report.failures.append("\(path):\(error.line): \(error.message)")
            return report
        }
        WorkingDirectory.with(folder) {
            for block in blocks {
                run(block, of: path, into: &report)
            }
        }
        if ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1", !report.differing.isEmpty {
            Self.rewrite(url, markdown: markdown, report.differing)
        }
        return report
    }

    /// SINERGI_UPDATE_GOLDEN=1: puts what the program printed into the guide's ```text blocks
    /// (then read the diff of the guide, as of every golden).
    static func rewrite(_ url: URL, markdown: String, _ differing: [(shown: String, printed: String)]) {
        var text = markdown
        var cursor = text.startIndex
        for (shown, printed) in differing {
            guard let found = text.range(of: "```text\n" + shown + "```", range: cursor..<text.endIndex) else {
                continue
            }
            let replacement = "```text\n" + printed + "```"
            text.replaceSubrange(found, with: replacement)
            cursor = text.index(found.lowerBound, offsetBy: replacement.count)
        }
        try? text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Runs one block and compares its exit codes, outputs and written files.
    private func run(_ block: GuideBlock, of path: String, into report: inout GuideReport) {
        let commands: [ShellCommand]
        do {
            commands = try ShellWords.commands(in: skippingSetUpTest(block.text, of: path, into: &report))
        } catch {
            report.failures.append("\(path):\(block.line + error.line - 1): \(error.message)")
            return
        }
        var output = ""
        for command in commands {
            let location = "\(path):\(block.line + command.line - 1)"
            guard let arguments = Self.sinergiArguments(command.words) else {
                report.failures.append(
                    "\(location): not a sinergi command: \(command.words.joined(separator: " "))")
                continue
            }
            WorkingDirectory.enter(folder)
            let console = Console.capturing()
            let code = SinergiCommand.run(arguments: arguments, console: console)
            if !WorkingDirectory.isCurrent(folder) {
                report.failures.append(
                    "\(location): another test changed the current directory while this command ran; "
                        + "change it only through WorkingDirectory.with")
            }
            report.commandsRun += 1
            output += console.capturedOut
            if code != block.expectedExitCode {
                report.failures.append(
                    "\(location): exit code \(code), the guide expects \(block.expectedExitCode): "
                        + "sinergi \(arguments.joined(separator: " "))\n\(console.capturedErr)")
            }
            if code == 0 {
                for written in Self.outputPaths(arguments) where !nonEmptyFileOrFolder(written) {
                    report.failures.append("\(location): '\(written)' was not written")
                }
            }
        }
        if let expected = block.expectedOutput {
            report.outputsCompared += 1
            if output != expected {
                report.differing.append((expected, output))
                report.failures.append(
                    "\(path):\(block.line): the output differs from the ```text block after it\n"
                        + "--- the guide shows\n\(expected)--- the program prints\n\(output)")
            }
        }
    }

    /// The block's text with the set-up test command blanked out (line numbers kept).
    ///
    /// The README's second set-up command (`.ci/run`, or its parts `swift format lint …` and
    /// `swift test`) runs the test suite itself; running it from inside the tests would recurse, so it is
    /// skipped.
    private func skippingSetUpTest(_ text: String, of path: String, into report: inout GuideReport) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix(".ci/run") || trimmed.hasPrefix("swift format ") || trimmed.hasPrefix("swift test") {
                report.skipped.append("\(path): \(trimmed)")
                return ""
            }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// The arguments of `sinergi ARGS` or `swift run -c release sinergi ARGS`, else nil.
    static func sinergiArguments(_ words: [String]) -> [String]? {
        if words.first == "sinergi" { return Array(words.dropFirst()) }
        let swiftRun = ["swift", "run", "-c", "release", "sinergi"]
        if words.starts(with: swiftRun) { return Array(words.dropFirst(swiftRun.count)) }
        return nil
    }

    /// The paths a command says it writes (`-o` / `--output`).
    static func outputPaths(_ arguments: [String]) -> [String] {
        var paths: [String] = []
        for (index, word) in arguments.enumerated() where word == "-o" || word == "--output" {
            if index + 1 < arguments.count { paths.append(arguments[index + 1]) }
        }
        return paths
    }

    /// True when `path` (relative to the working folder) is a non-empty file or a folder.
    private func nonEmptyFileOrFolder(_ path: String) -> Bool {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return false }
        if isFolder.boolValue { return true }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        return size > 0
    }

    /// True when the copy of `path` in the working folder is byte for byte the repository's file.
    func isUnchanged(_ path: String) -> Bool {
        let original = try? Data(contentsOf: Self.repositoryRoot.appendingPathComponent(path))
        let copy = try? Data(contentsOf: folder.appendingPathComponent(path))
        return original != nil && original == copy
    }
}
