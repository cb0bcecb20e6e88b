// Typed options: what a command's option holds (a number, a choice, a list of names) and how
// its text is read, so a command reads values, not strings, and a wrong value is a usage error
// naming the option.
import SinergiQuery
import SinergiText

/// Something a command's option list holds: a typed option, a flag, or a bare spec.
public protocol OptionDeclaration: Sendable {
    /// What help and the parser know of the option.
    var spec: OptionSpec { get }
}

extension OptionSpec: OptionDeclaration {
    /// The spec itself.
    public var spec: OptionSpec { self }
}

/// An option that takes a value, read as a `Value`.
///
/// ```swift
/// static let hops = Option.integer("hops", value: .valueNumber, help: Message(.reachHelpHops), minimum: 0)
/// let n = try parsed.value(hops, default: 3)   // Int, or a usage error naming --hops
/// ```
public struct Option<Value: Sendable>: OptionDeclaration {
    /// What help and the parser know of the option.
    public let spec: OptionSpec
    /// Reads one value; throws a usage error naming the option.
    let convert: @Sendable (String) throws(CLIError) -> Value

    /// An option with its own conversion.
    public init(_ spec: OptionSpec, convert: @escaping @Sendable (String) throws(CLIError) -> Value) {
        self.spec = spec
        self.convert = convert
    }
}

/// An option without a value (`--all`, `--quiet`).
public struct Flag: OptionDeclaration {
    /// What help and the parser know of the flag.
    public let spec: OptionSpec

    /// A flag with its help.
    public init(_ long: String, short: Character? = nil, help: Message) {
        spec = OptionSpec(long, short: short, help: help)
    }
}

extension Option where Value == String {
    /// An option whose value is taken as it is (a path, a key, a name).
    public static func text(
        _ long: String, short: Character? = nil, value: MessageKey, help: Message, repeatable: Bool = false,
        required: Bool = false
    ) -> Option<String> {
        Option(
            OptionSpec(long, short: short, value: value, help: help, repeatable: repeatable, required: required)
        ) { text throws(CLIError) in text }
    }
}

extension Option where Value == Int {
    /// A whole-number option, at least `minimum` when one is given.
    public static func integer(
        _ long: String, short: Character? = nil, value: MessageKey = .valueNumber, help: Message,
        minimum: Int? = nil
    ) -> Option<Int> {
        Option(OptionSpec(long, short: short, value: value, help: help)) { text throws(CLIError) in
            guard let n = Int(text) else {
                throw .usage(.usageWholeNumber, ["name": .text(long), "value": .text(text)])
            }
            if let minimum, n < minimum {
                throw .usage(.usageAtLeast, ["name": .text(long), "minimum": .int(minimum), "value": .int(n)])
            }
            return n
        }
    }
}

extension Option where Value == Int {
    /// An amount of memory in bytes, written as people write it (`512M`, `4G`, `1.5GB`;
    /// see `MemoryAmount.parse`).
    public static func memory(_ long: String, help: Message) -> Option<Int> {
        Option(OptionSpec(long, value: .valueSize, help: help)) { text throws(CLIError) in
            guard let bytes = MemoryAmount.parse(text) else {
                throw .usage(.usageMemoryAmount, ["name": .text(long), "value": .text(text)])
            }
            return bytes
        }
    }
}

extension Option where Value == UInt64 {
    /// A random seed: a whole number; negative numbers keep their bits.
    public static func seed(_ long: String, value: MessageKey = .valueNumber, help: Message) -> Option<UInt64> {
        Option(OptionSpec(long, value: value, help: help)) { text throws(CLIError) in
            if let u = UInt64(text) { return u }
            guard let i = Int64(text) else {
                throw .usage(.usageWholeNumber, ["name": .text(long), "value": .text(text)])
            }
            return UInt64(bitPattern: i)
        }
    }
}

extension Option where Value == Double {
    /// A number option within `range`.
    public static func number(
        _ long: String, value: MessageKey = .valueNumber, help: Message, in range: ClosedRange<Double>
    ) -> Option<Double> {
        Option(OptionSpec(long, value: value, help: help)) { text throws(CLIError) in
            guard let d = Double(text), range.contains(d) else {
                throw .usage(
                    .usageNumberInRange,
                    [
                        "name": .text(long), "low": .text(Self.plain(range.lowerBound)),
                        "high": .text(Self.plain(range.upperBound)), "value": .text(text),
                    ])
            }
            return d
        }
    }

    /// A number option above zero (seconds, a limit).
    public static func positive(_ long: String, value: MessageKey = .valueNumber, help: Message) -> Option<Double> {
        Option(OptionSpec(long, value: value, help: help)) { text throws(CLIError) in
            guard let d = Double(text), d > 0, d.isFinite else {
                throw .usage(.usagePositiveNumber, ["name": .text(long), "value": .text(text)])
            }
            return d
        }
    }

    /// `1.0` as `1`, `0.5` as `0.5`: how a bound reads in a message.
    static func plain(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}

extension Option where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
    /// An option naming one of a fixed set of choices (the raw values); a wrong one is refused
    /// with the list of choices and the nearest one.
    public static func choice(
        _ long: String, short: Character? = nil, value: MessageKey, help: Message, required: Bool = false
    ) -> Option<Value> {
        Option(OptionSpec(long, short: short, value: value, help: help, required: required)) {
            text throws(CLIError) in
            if let v = Value(rawValue: text) { return v }
            let names = Value.allCases.map(\.rawValue)
            let message = Message(
                .usageOneOf,
                ["name": .text(long), "choices": .text(names.joined(separator: ", ")), "value": .text(text)])
            throw .usage(message.suggesting(NameSuggestions.nearest(to: text, among: names, limit: 1)))
        }
    }
}

extension Option where Value == [String] {
    /// A comma-separated list of names (`--types FUNDS,MENTORS`); at least one.
    public static func list(_ long: String, value: MessageKey, help: Message, what: MessageKey) -> Option<[String]> {
        Option(OptionSpec(long, value: value, help: help)) { text throws(CLIError) in
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard !names.isEmpty else {
                throw .usage(.usageNeedsAValue, ["name": .text(long), "what": .message(Message(what))])
            }
            return names
        }
    }
}

extension ParsedArguments {
    /// The last value given for `option`, read; nil when it was not given.
    /// - Complexity: O(length of the value).
    public func value<T>(_ option: Option<T>) throws(CLIError) -> T? {
        guard let text = options[option.spec.long]?.last else { return nil }
        return try option.convert(text)
    }

    /// The last value given for `option`, or `fallback`.
    public func value<T>(_ option: Option<T>, default fallback: T) throws(CLIError) -> T {
        try value(option) ?? fallback
    }

    /// The value of an option that must be given (a usage error naming it otherwise).
    public func required<T>(_ option: Option<T>) throws(CLIError) -> T {
        guard let v = try value(option) else {
            throw .usage(
                .usageMissingOption,
                [
                    "name": .text(option.spec.long),
                    "value": option.spec.valueName.map { .message($0) } ?? .text(option.spec.long),
                ])
        }
        return v
    }

    /// Every value given for a repeatable option, read, in order.
    public func values<T>(_ option: Option<T>) throws(CLIError) -> [T] {
        var out: [T] = []
        for text in options[option.spec.long] ?? [] { out.append(try option.convert(text)) }
        return out
    }

    /// True when the flag was given.
    public func flag(_ flag: Flag) -> Bool { options[flag.spec.long] != nil }

    /// True when the option or flag was given at all.
    public func given(_ declaration: some OptionDeclaration) -> Bool { options[declaration.spec.long] != nil }
}
