// The error a region table reports when a CSV file is missing or malformed.

/// A problem in one of the region CSV files, located by file and line.
///
/// Its `description` is `FILE:LINE: problem` (or `FILE: problem` when no line applies,
/// e.g. a file that cannot be read), the shape compilers and `make_registry.py` use.
public struct RegionTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as it was given (directory and name).
    public var file: String
    /// The 1-based line, or nil for a problem with the whole file.
    public var line: Int?
    /// What is wrong, in words.
    public var message: String

    /// An error at `file`:`line`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
