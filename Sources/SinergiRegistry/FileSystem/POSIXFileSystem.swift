// The real file system: each method is one POSIX call (retried on EINTR), errors as errno.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's files, one POSIX call per `FileSystem` method.
///
/// Every descriptor is opened with `O_CLOEXEC`; calls interrupted by a signal (`EINTR`)
/// are retried; every other failure is thrown as its `errno`.
public struct POSIXFileSystem: FileSystem {
    public init() {}

    public func open(_ path: String, _ mode: FileOpenMode) throws(FileSystemError) -> Int32 {
        let flags: Int32
        switch mode {
        case .read: flags = O_RDONLY
        case .folder: flags = O_RDONLY | O_DIRECTORY
        case .writeExisting: flags = O_WRONLY
        case .createEmpty: flags = O_WRONLY | O_CREAT | O_TRUNC
        case .openOrCreate: flags = O_RDWR | O_CREAT
        }
        while true {
            let fd = Foundation.open(path, flags | O_CLOEXEC, 0o644)
            if fd >= 0 { return fd }
            if errno != EINTR { throw FileSystemError(.open, code: errno) }
        }
    }

    public func close(_ fd: Int32) { _ = Foundation.close(fd) }

    public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError)
        -> Int
    {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = pread(fd, base, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR { throw FileSystemError(.read, code: errno) }
        }
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        while true {
            let n = pwrite(fd, base, bytes.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR { throw FileSystemError(.write, code: errno) }
        }
    }

    public func sync(_ fd: Int32) throws(FileSystemError) {
        while fsync(fd) != 0 {
            if errno != EINTR { throw FileSystemError(.sync, code: errno) }
        }
    }

    public func truncate(_ fd: Int32, to length: Int) throws(FileSystemError) {
        while ftruncate(fd, off_t(length)) != 0 {
            if errno != EINTR { throw FileSystemError(.truncate, code: errno) }
        }
    }

    public func status(_ fd: Int32) throws(FileSystemError) -> FileStatus {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileSystemError(.status, code: errno) }
        return Self.status(st)
    }

    public func status(ofPath path: String) throws(FileSystemError) -> FileStatus {
        var st = stat()
        guard stat(path, &st) == 0 else { throw FileSystemError(.status, code: errno) }
        return Self.status(st)
    }

    static func status(_ st: stat) -> FileStatus {
        #if canImport(Darwin)
            let mtime = st.st_mtimespec
        #else
            let mtime = st.st_mtim
        #endif
        return FileStatus(
            device: UInt64(truncatingIfNeeded: st.st_dev), inode: UInt64(truncatingIfNeeded: st.st_ino),
            size: Int(st.st_size), modifiedSeconds: Int64(mtime.tv_sec), modifiedNanoseconds: Int64(mtime.tv_nsec),
            isRegularFile: (st.st_mode & S_IFMT) == S_IFREG)
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        guard Foundation.rename(from, to) == 0 else { throw FileSystemError(.rename, code: errno) }
    }

    public func unlink(_ path: String) throws(FileSystemError) {
        guard Foundation.unlink(path) == 0 else { throw FileSystemError(.unlink, code: errno) }
    }

    public func lock(_ fd: Int32, exclusive: Bool) throws(FileSystemError) {
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw FileSystemError(.lock, code: errno) }
        }
    }

    public func entries(ofFolder path: String) throws(FileSystemError) -> [String] {
        guard let dir = opendir(path) else { throw FileSystemError(.entries, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: raw.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func processID() -> Int32 { getpid() }

    public func processIsRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH)
    }
}
