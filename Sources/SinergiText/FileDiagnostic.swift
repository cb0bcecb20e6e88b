// A problem located in a file the user gave: `FILE:LINE[:COLUMN]: message`, in every language.
// Importers (ImportDiagnostic) and the registry reader (RegistryDiagnostic) report this one shape.

/// One problem found in a file, at a 1-based physical line (0: the whole file) and, when known,
/// a 1-based column.
///
/// ```swift
/// let d = FileDiagnostic(file: "peserta.csv", line: 4, .importUnknownKind, [...])
/// d.text(.id)  // "peserta.csv:4: …" in Indonesian
/// ```
public struct FileDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// The 1-based physical line where the offending record or element starts (0: the whole file).
    public var line: Int
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong, in every language (one sentence without a trailing period).
    public var message: Message

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int? = nil, message: Message) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A diagnostic from a catalogue key and its arguments.
    public init(file: String, line: Int, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        self.init(file: file, line: line, message: Message(key, arguments))
    }

    /// `FILE:LINE[:COLUMN]` (`FILE` for the whole file).
    public var place: String {
        line == 0 ? file : column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    /// The message with its place in front, to render in any language.
    /// - Complexity: O(1).
    public var located: Message { Message(.located, ["place": .text(place), "message": .message(message)]) }

    /// `FILE:LINE[:COLUMN]: message` in `language` (`FILE: message` for the whole file).
    /// - Complexity: O(length of the text).
    public func text(_ language: Language) -> String { located.text(language) }

    /// The English text.
    public var description: String { text(.en) }
}
