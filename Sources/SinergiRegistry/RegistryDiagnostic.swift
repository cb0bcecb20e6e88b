// Problems found in a registry file, each naming its place as FILE:LINE.

/// One problem in a registry file, printed as `FILE:LINE: message` (or `FILE:LINE:COLUMN: …`).
public struct RegistryDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line number (0 when the problem is about the whole file).
    public var line: Int
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if line == 0 { return "\(file): \(message)" }
        if let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file):\(line): \(message)"
    }
}

/// Why a registry could not be read or written.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened, read, written or locked.
    case io(path: String, message: String)
    /// The file's content is invalid; every problem found (up to a limit) with its place.
    case invalid([RegistryDiagnostic])
    /// A registry exists where a new one was to be created.
    case exists(path: String)

    public var description: String {
        switch self {
        case .io(let path, let message): return "\(path): \(message)"
        case .invalid(let problems): return problems.map(\.description).joined(separator: "\n")
        case .exists(let path): return "\(path): a registry exists already (use --force to replace it)"
        }
    }
}
