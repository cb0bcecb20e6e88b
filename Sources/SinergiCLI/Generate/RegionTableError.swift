// The error a region table reports when a CSV file is missing or malformed.
import SinergiText

/// A problem in one of the region CSV files, located by file and line.
///
/// Its `description` is `FILE:LINE: problem` (or `FILE: problem` when no line applies,
/// e.g. a file that cannot be read), the shape compilers and `make_registry.py` use.
public struct RegionTableError: Error, Equatable, Sendable, CustomStringConvertible, Localized {
    /// The file as it was given (directory and name).
    public var file: String
    /// The 1-based line, or nil for a problem with the whole file.
    public var line: Int?
    /// What is wrong, in every language.
    public var problem: Message

    /// An error at `file`:`line`.
    public init(file: String, line: Int?, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        self.file = file
        self.line = line
        self.problem = Message(key, arguments)
    }

    /// An error at `file`:`line` saying `problem`.
    public init(file: String, line: Int?, problem: Message) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `FILE:LINE: problem` (or `FILE: problem`) in every language.
    public var message: Message { FileDiagnostic(file: file, line: line ?? 0, message: problem).located }

    /// The English text.
    public var description: String { message.description }
}
