// The one seam between the registry and the operating system's files: every open, read, write,
// fsync, truncate, rename, unlink, lock and folder listing of SinergiRegistry goes through it.
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the registry asks of the file system, one call per method.
///
/// `POSIXFileSystem` is the real one. Tests pass another (through
/// `Registry(path:fileSystem:)`) that counts the calls and makes the Nth one fail — return
/// EIO or ENOSPC, write only a prefix, or behave as if the process were killed — or that
/// records what was written since the last `sync` to simulate a power cut
/// (`Tests/SinergiRegistryTests/Faults/`). Nothing in SinergiRegistry touches a file
/// without it; the layer above (`RegistryFileIO`) turns its calls into the durable steps
/// the registry promises (full writes, fsync, atomic replace) and its errors into messages.
///
/// Semantics are POSIX's: `write` may write fewer bytes than asked (the caller loops),
/// `read` returns 0 at the end of the file, `sync` is `fsync(2)`, a folder's entries become
/// durable only when the folder itself is synced.
public protocol FileSystem: Sendable {
    /// Opens `path`; returns a descriptor.
    func open(_ path: String, _ mode: FileOpenMode) throws(FileSystemError) -> Int32
    /// Closes a descriptor (errors are ignored, as after a successful `sync` nothing is lost).
    func close(_ fd: Int32)
    /// Reads up to `buffer.count` bytes at byte `offset` (`pread`); 0 at the end of the file.
    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int
    /// Writes up to `bytes.count` bytes at byte `offset` (`pwrite`); returns how many were written.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int
    /// Makes everything written to `fd` (or, for a folder, its entries) durable (`fsync`).
    func sync(_ fd: Int32) throws(FileSystemError)
    /// Cuts or extends the file to `length` bytes (`ftruncate`).
    func truncate(_ fd: Int32, to length: Int) throws(FileSystemError)
    /// The open file's identity and size (`fstat`).
    func status(_ fd: Int32) throws(FileSystemError) -> FileStatus
    /// The identity and size of the file at `path` (`stat`).
    func status(ofPath path: String) throws(FileSystemError) -> FileStatus
    /// Renames `from` to `to`, replacing `to` atomically (`rename`).
    func rename(_ from: String, to: String) throws(FileSystemError)
    /// Removes the name `path` (`unlink`).
    func unlink(_ path: String) throws(FileSystemError)
    /// Blocks until `fd` holds an exclusive or a shared `flock`; closing `fd` releases it.
    func lock(_ fd: Int32, exclusive: Bool) throws(FileSystemError)
    /// The names in the folder `path` (without `.` and `..`).
    func entries(ofFolder path: String) throws(FileSystemError) -> [String]
    /// The id of this process, as written into the names of temporary files.
    func processID() -> Int32
    /// False when no process with id `pid` runs: its temporary files are abandoned.
    func processIsRunning(_ pid: Int32) -> Bool
}

/// How `FileSystem.open` opens a path.
public enum FileOpenMode: Sendable, Equatable {
    /// Read only; the file must exist.
    case read
    /// A folder, read only (to list or to sync it).
    case folder
    /// Write only; the file must exist (`O_WRONLY`).
    case writeExisting
    /// Write only, created empty or cut to empty (`O_WRONLY | O_CREAT | O_TRUNC`).
    case createEmpty
    /// Read and write, created when missing, never cut (`O_RDWR | O_CREAT`): lock files.
    case openOrCreate
}

/// The identity, size and modification time of a file.
public struct FileStatus: Sendable, Equatable {
    /// The device and inode: a replaced file (compaction, an editor's save) has new ones.
    public var device: UInt64
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int
    /// The modification time (seconds and nanoseconds since 1970).
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    /// True for a regular file.
    public var isRegularFile: Bool

    public init(
        device: UInt64, inode: UInt64, size: Int, modifiedSeconds: Int64, modifiedNanoseconds: Int64,
        isRegularFile: Bool
    ) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.isRegularFile = isRegularFile
    }
}

/// The file-system calls, as `FileSystemError` names them.
public enum FileSystemCall: String, Sendable, CaseIterable {
    case open, close, read, write, sync, truncate, status, rename, unlink, lock, entries
}

/// One failed call: which call and the `errno` it failed with.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call that failed.
    public var call: FileSystemCall
    /// The POSIX error number (`ENOSPC`, `EIO`, `ENOENT`, …).
    public var code: Int32

    public init(_ call: FileSystemCall, code: Int32) {
        self.call = call
        self.code = code
    }

    public var description: String { "\(call.rawValue): errno \(code)" }

    /// Why the call failed, as people read it.
    public var reason: Message { Self.reason(code: code) }

    /// What `errno` `code` means, as people read it (the catalogue's `registry.io.reason.*`;
    /// the system's own text for the rare ones). Code 0 is a write that wrote nothing.
    /// - Complexity: O(1).
    public static func reason(code: Int32) -> Message {
        switch code {
        case 0: return Message(.ioReasonNothingWritten)
        case ENOSPC: return Message(.ioReasonDiskFull)
        case EDQUOT: return Message(.ioReasonQuota)
        case EIO: return Message(.ioReasonInputOutput)
        case EROFS: return Message(.ioReasonReadOnly)
        case EACCES, EPERM: return Message(.ioReasonPermission)
        case ENOENT: return Message(.ioReasonNotFound)
        case EISDIR: return Message(.ioReasonNotAFile)
        default:
            return Message(.ioReasonOther, ["text": .text(String(cString: strerror(code))), "code": .int(Int(code))])
        }
    }
}
