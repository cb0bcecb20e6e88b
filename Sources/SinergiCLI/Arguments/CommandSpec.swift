// The static description of a subcommand: its name, help text, arguments and options.

/// One option of a command: a flag (no value) or an option taking a value.
public struct OptionSpec: Sendable {
    /// The long name without dashes (`registry` for `--registry`).
    public var long: String
    /// The one-letter short name, if any (`r` for `-r`).
    public var short: Character?
    /// The value's placeholder (`path`), or nil for a flag.
    public var valueName: String?
    /// One line of help.
    public var help: String
    /// May be given more than once.
    public var repeatable: Bool
    /// Must be given.
    public var required: Bool

    public init(
        _ long: String, short: Character? = nil, value: String? = nil, help: String, repeatable: Bool = false,
        required: Bool = false
    ) {
        self.long = long
        self.short = short
        self.valueName = value
        self.help = help
        self.repeatable = repeatable
        self.required = required
    }

    /// The registry option most commands take.
    public static func registry(required: Bool = true) -> OptionSpec {
        OptionSpec(
            "registry", short: "r", value: "registry",
            help: "The registry file (JSON lines, see docs/registry-format.md).",
            required: required)
    }

    /// The `--format` option for row output.
    public static func format(_ formats: [String], default value: String) -> OptionSpec {
        OptionSpec(
            "format", value: "format", help: "Output format: \(formats.joined(separator: ", ")) (default: \(value)).")
    }
}

/// A positional argument.
public struct PositionalSpec: Sendable {
    public var name: String
    public var help: String
    public var optional: Bool
    public var variadic: Bool

    public init(_ name: String, help: String, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
    }
}

/// Everything `--help` shows and the parser needs.
public struct CommandSpec: Sendable {
    /// The subcommand's name (`stats`).
    public var name: String
    /// One sentence saying what it does.
    public var abstract: String
    /// More paragraphs, shown after the overview.
    public var discussion: String?
    public var positionals: [PositionalSpec]
    public var options: [OptionSpec]
    /// Example invocations shown under EXAMPLES.
    public var examples: [String]

    public init(
        name: String, abstract: String, discussion: String? = nil, positionals: [PositionalSpec] = [],
        options: [OptionSpec] = [], examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }
}
