// Problems found in a registry file, each naming its place as FILE:LINE.
import SinergiText

/// One problem in a registry file, printed as `FILE:LINE: message` (or `FILE:LINE:COLUMN: …`):
/// the shape every file problem has, defined once in SinergiText.
public typealias RegistryDiagnostic = FileDiagnostic

/// Why a registry could not be read or written.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be opened, read, written, synced, renamed or locked: the file
    /// concerned and what happened (a `registry.io.*` message, which also says what became
    /// of the registry).
    case io(path: String, message: Message)
    /// No registry file at the path; the message says how to create one.
    case missing(path: String)
    /// The file's content is invalid; every problem found (up to a limit) with its place.
    case invalid([RegistryDiagnostic])
    /// A registry exists where a new one was to be created.
    case exists(path: String)

    /// The lines of the error in `language`, without the `error:` prefix: one per problem.
    /// - Complexity: O(length of the text).
    public func lines(_ language: Language) -> [String] {
        switch self {
        case .io(let path, let message): return ["\(path): \(message.text(language))"]
        case .missing(let path): return [Message(.registryMissing, ["path": .text(path)]).text(language)]
        case .invalid(let problems): return problems.map { $0.text(language) }
        case .exists(let path): return [Message(.registryExists, ["path": .text(path)]).text(language)]
        }
    }

    /// What to do about it, when there is something to say (for a missing file: how to
    /// create one), without the `hint:` prefix.
    /// - Complexity: O(length of the text).
    public func hints(_ language: Language) -> [String] {
        switch self {
        case .missing(let path): return [Message(.registryMissingHint, ["path": .text(path)]).text(language)]
        default: return []
        }
    }

    public var description: String { lines(.en).joined(separator: "\n") }
}
