// The advisory lock on `REGISTRY.lock`: exclusive for the duration of one write, shared for a reader
// that must wait out a writer in progress.
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `flock` on a lock file beside the registry, held until the value is released.
///
/// The lock file is separate from the registry because compaction replaces the
/// registry file (a new inode): a writer waiting on the old inode would otherwise
/// append to a file nobody reads. Writers hold it exclusively; a reader that found an
/// uncommitted tail takes it shared to tell a writer in progress from one that was killed.
/// The operating system releases it when the process ends, however it ends.
public final class FileLock {
    private let fd: Int32
    private let fs: any FileSystem
    /// The lock file's path.
    public let path: String

    /// Blocks until the exclusive lock on `path` is held (creating the lock file).
    /// - Throws: `RegistryError.io` when the lock file cannot be opened or locked.
    public convenience init(path: String) throws(RegistryError) {
        try self.init(path: path, fileSystem: POSIXFileSystem(), exclusive: true)
    }

    /// Blocks until the lock on `path` is held: exclusive (creating the lock file when
    /// missing) or shared (the lock file must exist).
    /// - Throws: `RegistryError.io` when the lock file cannot be opened or locked.
    public init(path: String, fileSystem: any FileSystem, exclusive: Bool) throws(RegistryError) {
        self.path = path
        self.fs = fileSystem
        let fd: Int32
        do throws(FileSystemError) {
            fd = try fileSystem.open(path, exclusive ? .openOrCreate : .read)
        } catch {
            throw RegistryFileIO.failure(path, .ioCannotLock, error)
        }
        do throws(FileSystemError) {
            try fileSystem.lock(fd, exclusive: exclusive)
        } catch {
            fileSystem.close(fd)
            throw RegistryFileIO.failure(path, .ioCannotLock, error)
        }
        self.fd = fd
    }

    /// Closing the descriptor releases the lock.
    deinit { fs.close(fd) }

    /// The lock file used for the registry at `registryPath`.
    public static func lockPath(forRegistry registryPath: String) -> String { registryPath + ".lock" }
}
