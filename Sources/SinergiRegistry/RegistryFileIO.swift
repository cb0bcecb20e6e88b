// Low-level file operations with the durability the registry promises: full writes, fsync, atomic replace.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// POSIX helpers that report failures as `RegistryError.io`.
enum RegistryFileIO {
    static func errorText() -> String { String(cString: strerror(errno)) }

    /// Writes all of `bytes` to `fd`, retrying partial writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(RegistryError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress! + offset, raw.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, message: "write failed: \(errorText())")
            }
            offset += n
        }
    }

    static func sync(_ fd: Int32, path: String) throws(RegistryError) {
        guard fsync(fd) == 0 else { throw .io(path: path, message: "fsync failed: \(errorText())") }
    }

    /// fsyncs the folder holding `path`, so a rename or a new file survives a crash.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Appends `bytes` at byte offset `committedLength`, first cutting anything after it (a torn tail).
    static func append(_ bytes: [UInt8], to path: String, at committedLength: Int) throws(RegistryError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, message: "cannot open for writing: \(errorText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, message: "cannot stat: \(errorText())") }
        if Int(st.st_size) != committedLength {
            guard ftruncate(fd, off_t(committedLength)) == 0 else {
                throw .io(path: path, message: "cannot cut the uncommitted tail: \(errorText())")
            }
        }
        guard lseek(fd, off_t(committedLength), SEEK_SET) >= 0 else {
            throw .io(path: path, message: "cannot seek: \(errorText())")
        }
        try writeAll(fd, bytes, path: path)
        try sync(fd, path: path)
    }

    /// Replaces (or creates) `path` with `bytes` atomically: temp file, fsync, rename, fsync folder.
    static func replace(_ path: String, with bytes: [UInt8]) throws(RegistryError) {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: temp, message: "cannot create: \(errorText())") }
        do throws(RegistryError) {
            try writeAll(fd, bytes, path: temp)
            try sync(fd, path: temp)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let text = errorText()
            unlink(temp)
            throw .io(path: path, message: "cannot replace: \(text)")
        }
        syncFolder(of: path)
    }
}
