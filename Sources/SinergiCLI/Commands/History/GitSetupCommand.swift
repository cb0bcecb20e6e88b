// `sinergi git-setup`: makes git show registries through `sinergi diff` and merge them through
// `sinergi merge` — one line in .gitattributes, three entries in the repository's git config, and
// .gitignore lines for the lock files and binary images beside registries.
import Foundation
import SinergiText

/// Configures the git repository around the current folder for registries: git diff shows them
/// through `sinergi diff`, git merge combines their journals through `sinergi merge`.
public enum GitSetupCommand: Subcommand {
    static let pattern = Option.text("pattern", value: .valuePath, help: Message(.gitSetupHelpPattern))
    static let program = Option.text("program", value: .valueProgram, help: Message(.gitSetupHelpProgram))

    public static let spec = CommandSpec(
        name: "git-setup", abstract: .gitSetupAbstract, discussion: .gitSetupDiscussion,
        options: [pattern.spec, program.spec],
        examples: ["sinergi git-setup", "sinergi git-setup --pattern 'registri/*.jsonl'"])

    /// The options of `sinergi git-setup`.
    public struct Options: CommandOptions {
        var pattern: String
        var program: String?

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            pattern = try arguments.value(GitSetupCommand.pattern, default: "*.jsonl")
            program = try arguments.value(GitSetupCommand.program)
        }
    }

    /// Runs git with `arguments` in the current folder: its status and output.
    static func git(_ arguments: [String]) throws(CLIError) -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw .failure(.gitSetupNoGit, ["reason": .text("\(error)")])
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw .failure(.gitSetupNoGit, ["reason": .text(String(decoding: errData, as: UTF8.self))])
        }
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .newlines),
            String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }

    /// A word for a shell command line (git runs the driver through the shell).
    static func shellWord(_ s: String) -> String {
        s.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+".contains($0) })
            ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Adds each line of `adding` that the file at `path` lacks (removing the lines of
    /// `replacing`); leaves the file as it is when nothing changes.
    static func update(_ path: String, adding: [String], replacing: [String]) throws(CLIError) {
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines = lines.filter { !replacing.contains($0.trimmingCharacters(in: .whitespaces)) }
        for line in adding where !lines.contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) {
            lines.append(line)
        }
        let text = lines.map { $0 + "\n" }.joined()
        guard text != old else { return }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .failure(.gitSetupCannotWrite, ["path": .text(path), "reason": .text(error.localizedDescription)])
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        let top = try git(["rev-parse", "--show-toplevel"])
        guard top.status == 0, !top.out.isEmpty else {
            throw CLIError.failure(.gitSetupNotARepository, ["reason": .text(top.err)])
        }
        let executable = options.program ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let command = shellWord(executable) + " diff --git"
        // git quotes %P, %A, %B and %O itself.
        let driver = shellWord(executable) + " merge --git %P %A %B --base %O"
        for (name, value) in [
            ("diff.sinergi.command", command), ("merge.sinergi.name", "sinergi: registries merged by key"),
            ("merge.sinergi.driver", driver),
        ] {
            let configured = try git(["config", "--local", name, value])
            guard configured.status == 0 else {
                throw CLIError.failure(.gitSetupNotARepository, ["reason": .text(configured.err)])
            }
        }
        let line = options.pattern + " diff=sinergi merge=sinergi"
        // An earlier setup's line (diff only) gives way to the new one.
        try update(top.out + "/.gitattributes", adding: [line], replacing: [options.pattern + " diff=sinergi"])
        // A registry's lock file and binary image live beside it; neither belongs in git.
        let ignored = [options.pattern + ".lock", options.pattern + ".sinergi-cache"]
        try update(top.out + "/.gitignore", adding: ignored, replacing: [])
        console.status(
            Message(
                .gitSetupDone,
                [
                    "pattern": .text(options.pattern), "line": .text(line), "command": .text(command),
                    "driver": .text(driver), "ignored": .text(ignored.joined(separator: ", ")),
                ]))
        return ExitCode.success
    }
}
