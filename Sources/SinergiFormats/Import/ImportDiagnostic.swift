// The error shape every importer reports: `FILE:LINE: message`, in every language.
import SinergiText

/// One problem found while reading or planning an import, located at a 1-based physical line.
///
/// ```swift
/// let d = ImportDiagnostic(file: "peserta.csv", line: 4, message: Message(.importUnknownKind, …))
/// d.description  // "peserta.csv:4: column 'jenis' holds 'Bapeda', which is no kind; did you mean 'Bappeda'?"
/// ```
public struct ImportDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file name as the caller gave it.
    public var file: String
    /// The 1-based physical line where the offending record or element starts (0: the whole file).
    public var line: Int
    /// The 1-based column, when known (JSON lines).
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

    /// `FILE:LINE: message` in `language`.
    /// - Complexity: O(length of the text).
    public func text(_ language: Language) -> String {
        let place = line == 0 ? file : column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        return place + ": " + message.text(language)
    }

    /// `FILE:LINE: message` in English.
    public var description: String { text(.en) }
}

/// An import that was refused: every problem found, in file order. Nothing was imported.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order in which the files were given, then by line.
    public var diagnostics: [ImportDiagnostic]

    /// Creates a failure from its diagnostics.
    public init(diagnostics: [ImportDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
