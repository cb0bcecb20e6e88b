// A text a person reads, as a catalogue key and its typed arguments, rendered in a language.

/// One argument of a message.
///
/// The kind says how the argument is written in each language: a count gets the language's
/// digit grouping (`1,396` / `1.396`), a list its conjunction (`a, b and c` / `a, b dan c`),
/// a nested message is rendered in the same language as the message around it.
public enum MessageArgument: Sendable, Hashable {
    /// Inserted as it is (a file name, a key, a value the user typed).
    case text(String)
    /// A plain integer without grouping (a line or column number, an exit code).
    case int(Int)
    /// A count of things, grouped as the language groups digits; drives `{name|one|many}` plurals.
    case count(Int)
    /// A decimal number with this many digits after the separator (`0.3` / `0,3`).
    case decimal(Double, digits: Int)
    /// Several names joined as the language joins them: `a, b and c` / `a, b dan c`.
    case list([String])
    /// Several names as alternatives: `a, b or c` / `a, b atau c`.
    case alternatives([String])
    /// Another message, rendered in the same language.
    case message(Message)
    /// Several messages, rendered in the same language and joined by "; ".
    case messages([Message])
}

/// A text a person reads: a key of the catalogue plus the values of its placeholders.
///
/// Messages are values: lower layers (registry, formats, query engine, algorithms) return
/// them inside their errors and reports, and only the command line, which knows the language
/// of the run, turns them into text. `description` is the English text, for logs and tests.
///
/// ```swift
/// let m = Message(.didYouMean, ["name": .text("Sumatera Utara")])
/// m.text(.id)   // "Maksud Anda 'Sumatera Utara'?"
/// ```
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalogue key.
    public var key: MessageKey
    /// The placeholder values by name.
    public var arguments: [String: MessageArgument]

    /// A message with its arguments by placeholder name.
    public init(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The text in `language`.
    ///
    /// - Complexity: O(t + a) for a template of length t and rendered arguments of total length a.
    public func text(_ language: Language) -> String {
        MessageTemplate.render(key.template(language), arguments: arguments, language: language)
    }

    /// The English text.
    public var description: String { text(.en) }
}

/// A value that can say itself in every language: errors and reports of the lower layers.
public protocol Localized {
    /// What a person reads about this value.
    var message: Message { get }
}

extension Localized {
    /// The text of `message` in `language`.
    public func text(_ language: Language) -> String { message.text(language) }
}

extension Message {
    /// A text from outside the catalogue, shown as it is: another program's output, or a
    /// lower layer's text that has no key yet.
    ///
    /// - Complexity: O(1).
    public static func verbatim(_ text: String) -> Message {
        Message(.verbatim, ["text": .text(text)])
    }

    /// This message followed by "did you mean …?" naming the suggestions; the message itself
    /// when there are none.
    ///
    /// - Complexity: O(s) for s suggestions.
    public func suggesting(_ names: [String]) -> Message {
        switch names.count {
        case 0: return self
        case 1: return Message(.withSuggestion, ["message": .message(self), "name": .text(names[0])])
        default:
            return Message(
                .withSuggestions, ["message": .message(self), "names": .alternatives(names.map { "'\($0)'" })])
        }
    }
}
