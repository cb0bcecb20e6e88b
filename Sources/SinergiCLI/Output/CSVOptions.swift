// The options every command that writes or reads CSV shares: `--delimiter` (`,` `;` tab `|`,
// also by name: comma, koma, semicolon, titik koma) and `--bom` (a UTF-8 byte-order mark
// first, so that Excel reads the file as UTF-8).
import SinergiFormats
import SinergiText

enum CSVOptions {
    /// `--delimiter` for files a command writes.
    static let delimiter = Option<Character>(
        OptionSpec("delimiter", value: .valueText, help: Message(.csvHelpDelimiter))
    ) { text throws(CLIError) in try separator(text) }
    /// `--bom` for files a command writes.
    static let bom = Flag("bom", help: Message(.csvHelpBOM))
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The separator `text` names.
    /// - Throws: a usage error listing the choices.
    static func separator(_ text: String) throws(CLIError) -> Character {
        guard let c = CSVDialect.separator(named: text) else {
            throw .usage(
                .usageOneOf, ["name": .text("delimiter"), "choices": .text(", ; tab |"), "value": .text(text)])
        }
        return c
    }
}
