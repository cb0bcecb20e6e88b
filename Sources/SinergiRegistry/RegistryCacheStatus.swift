// How a load used the derived binary image: fresh, replayed on top of, rebuilt, or not at all.

/// How the binary image took part in loading a registry.
public enum RegistryCacheStatus: Sendable, Equatable {
    /// Not consulted (`load(useCache: false)`).
    case disabled
    /// The image matched the registry; nothing after it was parsed.
    case fresh
    /// The image matched a prefix of the registry; the journal appended since
    /// (`bytes` committed bytes) was parsed on top of it.
    case replayedTail(bytes: Int)
    /// No usable image: every line was parsed and a new image written.
    case rebuilt
    /// No usable image: every line was parsed; writing a new image failed or was skipped
    /// (read-only folder, or the registry changed while it was read).
    case notWritten
}
