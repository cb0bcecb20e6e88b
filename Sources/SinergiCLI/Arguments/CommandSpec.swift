// The static description of a subcommand: its name, help text, arguments and options.
import SinergiText

/// One option of a command as help and the parser see it: a flag (no value) or an option
/// taking a value. Commands declare options typed (`Option`, `Flag`), which carry a spec.
public struct OptionSpec: Sendable {
    /// The long name without dashes (`registry` for `--registry`).
    public var long: String
    /// The one-letter short name, if any (`r` for `-r`).
    public var short: Character?
    /// The value's placeholder (`registry`, `registri`), or nil for a flag.
    public var valueName: Message?
    /// One line of help.
    public var help: Message
    /// May be given more than once.
    public var repeatable: Bool
    /// Must be given.
    public var required: Bool

    /// An option whose texts come from the catalogue.
    public init(
        _ long: String, short: Character? = nil, value: MessageKey? = nil, help: Message, repeatable: Bool = false,
        required: Bool = false
    ) {
        self.long = long
        self.short = short
        self.valueName = value.map { Message($0) }
        self.help = help
        self.repeatable = repeatable
        self.required = required
    }

    /// The value placeholder in `language` (`<registri>`), or nil for a flag.
    func placeholder(_ language: Language) -> String? {
        valueName.map { "<\($0.text(language))>" }
    }
}

/// A positional argument.
public struct PositionalSpec: Sendable {
    /// The name shown as `<name>`.
    public var name: Message
    /// One line of help.
    public var help: Message
    /// May be left out.
    public var optional: Bool
    /// May be given several times.
    public var variadic: Bool

    /// A positional argument whose texts come from the catalogue.
    public init(_ name: MessageKey, help: Message, optional: Bool = false, variadic: Bool = false) {
        self.name = Message(name)
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
    public var abstract: Message
    /// More paragraphs, shown after the overview.
    public var discussion: Message?
    /// The positional arguments in order.
    public var positionals: [PositionalSpec]
    /// The options in the order help lists them.
    public var options: [OptionSpec]
    /// Example invocations shown under EXAMPLES (commands are the same in every language).
    public var examples: [String]

    /// A command whose texts come from the catalogue.
    public init(
        name: String, abstract: MessageKey, discussion: MessageKey? = nil, positionals: [PositionalSpec] = [],
        options: [OptionSpec] = [], examples: [String] = []
    ) {
        self.name = name
        self.abstract = Message(abstract)
        self.discussion = discussion.map { Message($0) }
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }
}
