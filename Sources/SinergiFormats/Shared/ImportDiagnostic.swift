// The error shape every importer in SinergiFormats reports: `FILE:LINE: message`.

/// One problem found while reading a file, located at a 1-based physical line.
///
/// ```swift
/// let d = ImportDiagnostic(file: "people.csv", line: 3, message: "bad integer 'x' in column 'age:long'")
/// d.description  // "people.csv:3: bad integer 'x' in column 'age:long'"
/// ```
public struct ImportDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file name as the caller gave it.
    public var file: String
    /// The 1-based physical line where the offending record or element starts.
    public var line: Int
    /// What is wrong, in one lower-case sentence without a trailing period.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`.
    public var description: String { "\(file):\(line): \(message)" }
}

/// An import that was refused: every problem found, in file order. Nothing was imported.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, sorted by the order in which the files were given, then by line.
    public var diagnostics: [ImportDiagnostic]

    /// Creates a failure from its diagnostics.
    public init(diagnostics: [ImportDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
