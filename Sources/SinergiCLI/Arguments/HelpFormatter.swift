// Renders a CommandSpec as OVERVIEW / USAGE / ARGUMENTS / OPTIONS help text, in a language.
import SinergiText

/// Help and usage texts in the style of swift-argument-parser, in the run's language.
///
/// Option and argument help is wrapped at `width` columns (the text column starts at
/// `column`), so help reads the same on every terminal and in the golden files.
public enum HelpFormatter {
    static let column = 26
    static let width = 80

    /// The one-line usage: `sinergi stats -r <registry> [--format <format>]`.
    public static func usage(_ spec: CommandSpec, language: Language, program: String = "sinergi") -> String {
        var parts = [spec.name.isEmpty ? program : "\(program) \(spec.name)"]
        for o in spec.options {
            var text = o.short.map { "-\($0)" } ?? "--\(o.long)"
            if let v = o.placeholder(language) { text += " \(v)" }
            if o.repeatable { text += " ..." }
            parts.append(o.required ? text : "[\(text)]")
        }
        for p in spec.positionals {
            var text = "<\(p.name.text(language))>"
            if p.variadic { text += " ..." }
            parts.append(p.optional ? "[\(text)]" : text)
        }
        return parts.joined(separator: " ")
    }

    /// The full `--help` text.
    public static func help(
        _ spec: CommandSpec, language: Language, program: String = "sinergi", subcommands: [CommandSpec] = []
    ) -> String {
        func t(_ key: MessageKey) -> String { key.template(language) }
        var out = t(.helpOverview) + spec.abstract.text(language) + "\n"
        if let d = spec.discussion { out += "\n\(d.text(language))\n" }
        let usageText =
            subcommands.isEmpty
            ? usage(spec, language: language, program: program) : "\(program) \(t(.helpSubcommandPlaceholder))"
        out += "\n" + t(.helpUsage) + usageText + "\n"
        if !spec.positionals.isEmpty {
            out += "\n" + t(.helpArguments) + "\n"
            for p in spec.positionals { out += row("<\(p.name.text(language))>", p.help.text(language)) }
        }
        out += "\n" + t(.helpOptions) + "\n"
        for o in spec.options {
            var left = ""
            if let s = o.short { left += "-\(s), " }
            left += "--\(o.long)"
            if let v = o.placeholder(language) { left += " \(v)" }
            out += row(left, o.help.text(language))
        }
        out += row("--lang <\(t(.valueLanguage))>", t(.helpLanguageOption))
        if spec.name.isEmpty { out += row("--version", t(.helpVersionOption)) }
        out += row("-h, --help", t(.helpHelpOption))
        if !subcommands.isEmpty {
            out += "\n" + t(.helpSubcommands) + "\n"
            for s in subcommands { out += row(s.name, s.abstract.text(language)) }
            out += "\n  " + Message(.helpSeeSubcommandHelp, ["program": .text(program)]).text(language) + "\n"
        }
        if !spec.examples.isEmpty {
            out += "\n" + t(.helpExamples) + "\n"
            for e in spec.examples { out += "  \(e)\n" }
        }
        return out
    }

    /// One `  left   right` row, the right text wrapped at `width`.
    static func row(_ left: String, _ right: String) -> String {
        let pad = "  " + left
        let indent = String(repeating: " ", count: column)
        let lines = wrap(right, width: width - column)
        var out: String
        if pad.count + 2 > column {
            out = pad + "\n" + indent + (lines.first ?? "") + "\n"
        } else {
            out = pad + String(repeating: " ", count: column - pad.count) + (lines.first ?? "") + "\n"
        }
        for line in lines.dropFirst() { out += indent + line + "\n" }
        return out
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
    /// - Complexity: O(n) in the length of the text.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The text for a usage error: the message, the usage line, and where to find help.
    public static func usageError(
        _ message: Message, spec: CommandSpec, language: Language, program: String = "sinergi"
    ) -> String {
        let name = spec.name.isEmpty ? program : "\(program) \(spec.name)"
        return MessageKey.errorPrefix.template(language) + message.text(language) + "\n"
            + Message(.usageLine, ["usage": .text(usage(spec, language: language, program: program))]).text(language)
            + "\n  " + Message(.usageSeeHelp, ["command": .text(name)]).text(language) + "\n"
    }
}
