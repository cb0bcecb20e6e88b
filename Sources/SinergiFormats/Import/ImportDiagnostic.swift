// The error shape every importer reports: `FILE:LINE: message`, in every language.
import SinergiText

/// One problem found while reading or planning an import: the shape every file problem has
/// (`FILE:LINE: message`), defined once in SinergiText.
public typealias ImportDiagnostic = FileDiagnostic

/// An import that was refused: every problem found, in file order. Nothing was imported.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order in which the files were given, then by line.
    public var diagnostics: [ImportDiagnostic]

    /// Creates a failure from its diagnostics.
    public init(diagnostics: [ImportDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
