// `sinergi template`: writes an empty CSV spreadsheet with the Indonesian column names the
// importer reads as they are (peserta, kehadiran, kemitraan, rtl, delegasi); without a name,
// lists them with the import that reads each back.
import Foundation
import SinergiFormats
import SinergiText

/// Writes the templates of the spreadsheets organizers fill.
public enum TemplateCommand: Subcommand {
    static let output = Option.text("output", short: "o", value: .valueFile, help: Message(.templateHelpOutput))
    static let force = Flag("force", help: Message(.templateHelpForce))

    public static let spec = CommandSpec(
        name: "template", abstract: .templateAbstract, discussion: .templateDiscussion,
        positionals: [PositionalSpec(.valueName, help: Message(.templateHelpName), optional: true)],
        options: [output.spec, CSVOptions.delimiter.spec, CSVOptions.bom.spec, force.spec],
        examples: [
            "sinergi template",
            "sinergi template kehadiran",
            "sinergi template kemitraan -o kemitraan-sumut.csv --delimiter ';' --bom",
        ])

    /// The options of `sinergi template`.
    public struct Options: CommandOptions {
        var name: String?
        var output: String?
        var delimiter: Character
        var bom: Bool
        var force: Bool

        public init(parsing arguments: ParsedArguments) throws(CLIError) {
            name = arguments.positionals.first
            output = try arguments.value(TemplateCommand.output)
            delimiter = try arguments.value(CSVOptions.delimiter, default: ",")
            bom = arguments.flag(CSVOptions.bom)
            force = arguments.flag(TemplateCommand.force)
        }

        public func validate() throws(CLIError) {
            if name == nil, output != nil { throw .usage(.templateOutputWithoutName) }
        }
    }

    public static func run(_ options: Options, console: Console) throws -> Int32 {
        guard let name = options.name else {
            list(console: console)
            return ExitCode.success
        }
        guard let template = SpreadsheetTemplate.named(name) else {
            throw CLIError.failure(
                Message(.templateUnknown, ["name": .text(name)]).suggesting(
                    NameSuggestions.nearest(to: name, among: SpreadsheetTemplate.names, limit: 1)))
        }
        let bytes = template.csv(delimiter: options.delimiter, bom: options.bom)
        let path = options.output ?? template.name + ".csv"
        if path == "-" {
            console.outBytes(bytes)
            return ExitCode.success
        }
        if FileManager.default.fileExists(atPath: path), !options.force {
            throw CLIError.failure(.templateExists, ["path": .text(path)])
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw CLIError.failure(.outputCannotWrite, ["path": .text(path)])
        }
        console.status(
            Message(.templateWrote, ["path": .text(path), "columns": .count(template.headers.count)]))
        console.hint(Message(.templateNext, ["command": .text(importCommand(template, file: path, console: console))]))
        return ExitCode.success
    }

    /// The list: each template, what it records, and the import that reads it back.
    static func list(console: Console) {
        var text = console.text(Message(.templateListHeader)) + "\n"
        for t in SpreadsheetTemplate.all {
            text += "\n  \(t.name) (\(t.aliases.joined(separator: ", "))): " + console.text(Message(t.purpose)) + "\n"
            text += "    " + t.headers.joined(separator: ", ") + "\n"
            text += "    " + importCommand(t, file: t.name + ".csv", console: console) + "\n"
        }
        console.out(text)
    }

    /// `sinergi import -r <registry> --nodes FILE` (and `--event '<name>'` when the sheet needs one).
    static func importCommand(_ t: SpreadsheetTemplate, file: String, console: Console) -> String {
        let plain = file.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./".unicodeScalars.contains($0)
        }
        let quoted = plain ? file : "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let registry = "<" + console.text(Message(.valueRegistry)) + ">"
        let event = t.needsEvent ? " --event '<" + console.text(Message(.valueName)) + ">'" : ""
        return "sinergi import -r \(registry) \(t.importOption) \(quoted)\(event)"
    }
}
