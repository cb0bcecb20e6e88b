// An exclusive advisory lock on `REGISTRY.lock`, held for the duration of one write.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a lock file beside the registry.
///
/// The lock file is separate from the registry because compaction replaces the
/// registry file (a new inode): a writer waiting on the old inode would otherwise
/// append to a file nobody reads.
public final class FileLock {
    private let fd: Int32
    /// The lock file's path.
    public let path: String

    /// Blocks until the exclusive lock on `path` is held.
    /// - Throws: `RegistryError.io` when the lock file cannot be opened or locked.
    public init(path: String) throws(RegistryError) {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .io(path: path, message: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        var rc: Int32
        repeat { rc = flock(fd, LOCK_EX) } while rc != 0 && errno == EINTR
        guard rc == 0 else {
            close(fd)
            throw .io(path: path, message: "cannot lock: \(String(cString: strerror(errno)))")
        }
        self.fd = fd
    }

    deinit {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }

    /// The lock file used for the registry at `registryPath`.
    public static func lockPath(forRegistry registryPath: String) -> String { registryPath + ".lock" }
}
