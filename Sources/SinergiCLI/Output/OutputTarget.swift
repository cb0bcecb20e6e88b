// Where a command's rows go: standard output, or the file named by -o/--output; and in which
// format — the --format value, else the file's extension, else the command's default.
import Foundation
import SinergiText

/// The destination and format of a command's rows.
///
/// Rows written to a file are collected and written once at the end, atomically (a temporary
/// file renamed over the target), so a failed command never leaves half a file behind.
final class OutputTarget {
    /// The format rows are written in.
    let format: RowFormat
    /// The file to write, or nil for standard output.
    let path: String?
    /// The CSV field separator (`--delimiter`).
    let delimiter: Character
    /// True when CSV begins with a UTF-8 byte-order mark (`--bom`), for Excel.
    let bom: Bool
    private var bytes: [UInt8] = []
    private var started = false

    init(format: RowFormat, path: String?, delimiter: Character = ",", bom: Bool = false) {
        self.format = format
        self.path = path
        self.delimiter = delimiter
        self.bom = bom
    }

    /// `--delimiter` and `--bom` as given, refused for a format other than CSV.
    /// - Throws: a usage error naming the option.
    static func csvOptions(delimiter: Character?, bom: Bool, format: RowFormat) throws(CLIError) -> (Character, Bool) {
        if format != .csv {
            if delimiter != nil { throw .usage(.csvOptionNeedsCSV, ["option": .text("--delimiter")]) }
            if bom { throw .usage(.csvOptionNeedsCSV, ["option": .text("--bom")]) }
        }
        return (delimiter ?? ",", bom)
    }

    /// `--format <format>` for commands that print rows.
    static func formatOption(_ formats: [RowFormat] = RowFormat.allCases, default value: RowFormat = .table)
        -> Option<RowFormat>
    {
        let names = formats.map(\.rawValue)
        return Option(
            OptionSpec(
                "format", value: .valueFormat,
                help: Message(
                    .optionFormatOrExtension,
                    ["formats": .text(names.joined(separator: ", ")), "default": .text(value.rawValue)]))
        ) { text throws(CLIError) in
            guard let f = RowFormat(rawValue: text), formats.contains(f) else {
                let message = Message(
                    .usageOneOf,
                    ["name": .text("format"), "choices": .text(names.joined(separator: ", ")), "value": .text(text)])
                throw .usage(message.suggesting(NameSuggestions.nearest(to: text, among: names, limit: 1)))
            }
            return f
        }
    }

    /// `-o, --output <file>` for commands that print rows.
    static let outputOption = Option.text("output", short: "o", value: .valueFile, help: Message(.optionOutputRows))

    /// The format of `--format`, else of the output file's extension, else `fallback`.
    /// - Throws: a usage error when a file's extension names no format and --format is missing.
    static func resolve(format: RowFormat?, output: String?, default fallback: RowFormat = .table)
        throws(CLIError) -> RowFormat
    {
        if let format { return format }
        guard let output else { return fallback }
        let ext = (output as NSString).pathExtension.lowercased()
        guard let f = RowFormat(fileExtension: ext) else {
            let names = RowFormat.allCases.filter { $0 != .dot }.map(\.rawValue).joined(separator: ", ")
            throw .usage(.usageFormatFromExtension, ["file": .text(output), "formats": .text(names)])
        }
        return f
    }

    /// Writes rows (to standard output at once, or into the file's buffer).
    func write(_ text: String, console: Console) {
        write(bytes: Array(text.utf8), console: console)
    }

    /// Writes rows already encoded as UTF-8 (to standard output at once, or into the file's
    /// buffer); CSV with `bom` begins with the byte-order mark.
    func write(bytes text: [UInt8], console: Console) {
        var text = text
        if !started, bom, format == .csv { text = CSVOptions.byteOrderMark + text }
        started = true
        if path == nil { console.outBytes(text) } else { bytes.append(contentsOf: text) }
    }

    /// Writes the collected rows to the file (nothing to do for standard output).
    /// - Throws: `CLIError.failure` when the file cannot be written.
    func finish() throws(CLIError) {
        guard let path else { return }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .failure(.cannotWriteFile, ["file": .text(path)])
        }
    }
}

extension RowFormat {
    /// The format a file extension stands for (`csv`, `md`, `txt` …), nil when none does.
    init?(fileExtension ext: String) {
        switch ext {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .markdown
        case "txt", "text", "table": self = .table
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
