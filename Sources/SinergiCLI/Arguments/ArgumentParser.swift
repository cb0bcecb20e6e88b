// Turns a command line into parsed options and positionals, or a usage error.
import SinergiText

/// The options and positionals of one command line.
public struct ParsedArguments: Sendable {
    /// Values by long option name (flags hold an empty string per occurrence).
    public var options: [String: [String]] = [:]
    /// Positional arguments in order.
    public var positionals: [String] = []
    /// True when `-h`/`--help` was given.
    public var help = false

    public init() {}

    /// The last value given for `long`.
    public func value(_ long: String) -> String? { options[long]?.last }

    /// Every value given for `long`.
    public func values(_ long: String) -> [String] { options[long] ?? [] }

    /// True when the flag `long` was given.
    public func flag(_ long: String) -> Bool { options[long] != nil }

    /// The value of an integer option, or a usage error naming it.
    public func integer(_ long: String, default value: Int) throws(CLIError) -> Int {
        guard let text = self.value(long) else { return value }
        guard let n = Int(text) else { throw .usage(.usageWholeNumber, ["name": .text(long), "value": .text(text)]) }
        return n
    }
}

/// Parses arguments against a `CommandSpec`.
public enum ArgumentParser {
    /// Parses `arguments` (without the command names).
    ///
    /// Accepts `--name value`, `--name=value`, `-n value`, flags, `--` (the rest are
    /// positionals) and `-h`/`--help` anywhere.
    /// - Throws: `CLIError.usage` naming the offending argument.
    /// - Complexity: O(a·o) for a arguments and o options.
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(CLIError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            if arg == "-h" || arg == "--help" {
                parsed.help = true
                continue
            }
            var name = arg
            var inlineValue: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            let option: OptionSpec?
            if name.hasPrefix("--") {
                let long = String(name.dropFirst(2))
                option = spec.options.first { $0.long == long }
            } else if name.count == 2, let c = name.last {
                option = spec.options.first { $0.short == c }
            } else {
                option = nil
            }
            guard let option else {
                if arg.count > 1, Double(arg) != nil {
                    parsed.positionals.append(arg)
                    continue
                }
                let known = spec.options.map { "--" + $0.long }
                throw .usage(
                    Message(.usageUnknownOption, ["name": .text(name)]).suggesting(
                        NameSuggestions.nearest(to: name, among: known, limit: 1)))
            }
            if option.valueName == nil {
                if inlineValue != nil { throw .usage(.usageFlagTakesNoValue, ["name": .text(option.long)]) }
                parsed.options[option.long, default: []].append("")
            } else {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard i < arguments.count else { throw .usage(.usageMissingValue, ["name": .text(name)]) }
                    value = arguments[i]
                    i += 1
                }
                if !option.repeatable, parsed.options[option.long] != nil {
                    throw .usage(.usageGivenTwice, ["name": .text(option.long)])
                }
                parsed.options[option.long, default: []].append(value)
            }
        }
        if parsed.help { return parsed }
        for option in spec.options where option.required && parsed.options[option.long] == nil {
            throw .usage(
                .usageMissingOption,
                ["name": .text(option.long), "value": option.valueName.map { .message($0) } ?? .text(option.long)])
        }
        let required = spec.positionals.filter { !$0.optional }.count
        if parsed.positionals.count < required {
            let missing = spec.positionals.filter { !$0.optional }[parsed.positionals.count]
            throw .usage(.usageMissingArgument, ["name": .message(missing.name)])
        }
        let variadic = spec.positionals.contains { $0.variadic }
        if !variadic, parsed.positionals.count > spec.positionals.count {
            throw .usage(.usageUnexpectedArgument, ["value": .text(parsed.positionals[spec.positionals.count])])
        }
        return parsed
    }
}
