// Renders a CommandSpec as OVERVIEW / USAGE / ARGUMENTS / OPTIONS help text.

/// Help and usage texts in the style of swift-argument-parser.
public enum HelpFormatter {
    static let column = 26

    /// The one-line usage: `sinergi stats -r <registry> [--format <format>]`.
    public static func usage(_ spec: CommandSpec, program: String = "sinergi") -> String {
        var parts = [spec.name.isEmpty ? program : "\(program) \(spec.name)"]
        for o in spec.options {
            var text = o.short.map { "-\($0)" } ?? "--\(o.long)"
            if let v = o.valueName { text += " <\(v)>" }
            if o.repeatable { text += " ..." }
            parts.append(o.required ? text : "[\(text)]")
        }
        for p in spec.positionals {
            var text = "<\(p.name)>"
            if p.variadic { text += " ..." }
            parts.append(p.optional ? "[\(text)]" : text)
        }
        return parts.joined(separator: " ")
    }

    /// The full `--help` text.
    public static func help(_ spec: CommandSpec, program: String = "sinergi", subcommands: [CommandSpec] = []) -> String
    {
        var out = "OVERVIEW: \(spec.abstract)\n"
        if let d = spec.discussion { out += "\n\(d)\n" }
        out += "\nUSAGE: \(subcommands.isEmpty ? usage(spec, program: program) : "\(program) <subcommand>")\n"
        if !spec.positionals.isEmpty {
            out += "\nARGUMENTS:\n"
            for p in spec.positionals { out += row("<\(p.name)>", p.help) }
        }
        out += "\nOPTIONS:\n"
        for o in spec.options {
            var left = ""
            if let s = o.short { left += "-\(s), " }
            left += "--\(o.long)"
            if let v = o.valueName { left += " <\(v)>" }
            out += row(left, o.help)
        }
        if spec.name.isEmpty { out += row("--version", "Show the version.") }
        out += row("-h, --help", "Show help information.")
        if !subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n"
            for s in subcommands { out += row(s.name, s.abstract) }
            out += "\n  See '\(program) help <subcommand>' for detailed help.\n"
        }
        if !spec.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for e in spec.examples { out += "  \(e)\n" }
        }
        return out
    }

    static func row(_ left: String, _ right: String) -> String {
        let pad = "  " + left
        if pad.count + 2 > column {
            return pad + "\n" + String(repeating: " ", count: column) + right + "\n"
        }
        return pad + String(repeating: " ", count: column - pad.count) + right + "\n"
    }

    /// The text for a usage error: the message, the usage line, and where to find help.
    public static func usageError(_ message: String, spec: CommandSpec, program: String = "sinergi") -> String {
        let name = spec.name.isEmpty ? program : "\(program) \(spec.name)"
        return
            "error: \(message)\nUsage: \(usage(spec, program: program))\n  See '\(name) --help' for more information.\n"
    }
}
