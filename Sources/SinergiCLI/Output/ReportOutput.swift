// Where a command that prints one report (stats, log, diff) writes it: standard output, or the
// file named by -o/--output, in the format --format names, else the one the file's extension
// names. The same rule as the row-printing commands' OutputTarget, for formats of their own.
import Foundation
import SinergiText

/// `-o FILE` for commands whose output is one report in a format of the command's own.
///
/// The file is written once, atomically, when the report is complete; a file that reads as a
/// registry, or the registry the command reads, is never replaced (see `OutputFile`).
enum ReportOutput {
    /// `-o, --output <file>`.
    static let option = Option.text("output", short: "o", value: .valueFile, help: Message(.optionOutputReport))

    /// The format `--format` gives, else the one `output`'s extension names in `extensions`,
    /// else `fallback`.
    /// - Throws: a usage error naming the file and the formats when its extension names none.
    /// - Complexity: O(number of extensions).
    static func format<Format: RawRepresentable & CaseIterable>(
        _ given: Format?, output: String?, extensions: [String: Format], default fallback: Format
    ) throws(CLIError) -> Format where Format.RawValue == String {
        if let given { return given }
        guard let output else { return fallback }
        let ext = (output as NSString).pathExtension.lowercased()
        if let format = extensions[ext] { return format }
        throw .usage(
            .usageFormatFromExtension,
            ["file": .text(output), "formats": .text(Format.allCases.map(\.rawValue).joined(separator: ", "))])
    }

    /// Writes `text` to standard output, or atomically to `path` with the status line
    /// "wrote FILE".
    /// - Throws: `CLIError.failure` when `path` is the registry `registry`, reads as a registry,
    ///   or cannot be written.
    /// - Complexity: O(length of `text`).
    static func write(_ text: String, to path: String?, registry: String?, console: Console) throws(CLIError) {
        guard let path, path != "-" else {
            console.out(text)
            return
        }
        try OutputFile.checkReplaceable(path, registry: registry, force: false, console: console)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .failure(.cannotWriteFile, ["file": .text(path)])
        }
        console.status(Message(.queryWroteFile, ["file": .text(path)]))
    }
}
