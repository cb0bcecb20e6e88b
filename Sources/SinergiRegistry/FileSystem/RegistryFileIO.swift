// The durable steps the registry promises, written once over the FileSystem seam: read a whole file,
// append a transaction (cut torn tail, write, fsync, undo a failed write), replace a file atomically.
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The registry's file operations over a `FileSystem`, with failures as `RegistryError.io`
/// messages from the catalogue (`registry.io.*`).
///
/// Every step that must survive a crash is here, in one place: an append cuts an interrupted
/// writer's tail and syncs that cut before writing, writes the whole transaction at the
/// committed length, and syncs it before it returns; a failed write is cut off again, so a
/// full disk leaves the registry byte for byte as it was. A replace writes a temporary copy
/// beside the file, syncs it, renames it over the file and syncs the folder.
struct RegistryFileIO {
    let fs: any FileSystem

    // MARK: Errors

    /// `path`: the text of `key` with the reason of `error`.
    static func failure(
        _ path: String, _ key: MessageKey, _ error: FileSystemError, _ more: [String: MessageArgument] = [:]
    ) -> RegistryError {
        var arguments = more
        arguments["reason"] = .message(error.reason)
        return .io(path: path, message: Message(key, arguments))
    }

    // MARK: Reading

    /// The file's identity and size, or nil when it does not exist (or cannot be examined).
    func status(_ path: String) -> FileStatus? { try? fs.status(ofPath: path) }

    /// All bytes of the file at `path`, read with `read` calls into one buffer (not mapped:
    /// a writer that cuts a torn tail would make a mapped reader crash).
    ///
    /// Bytes appended after the file was opened are not read.
    /// - Throws: `.missing` when it does not exist, `.io` when it cannot be read.
    /// - Complexity: O(size of the file).
    func readFile(_ path: String) throws(RegistryError) -> [UInt8] {
        let (fd, size) = try openForReading(path)
        defer { fs.close(fd) }
        return try readFile(fd: fd, size: size, path: path)
    }

    /// The first `size` bytes of the open file `fd` (fewer when it was cut meanwhile);
    /// `path` names it in messages.
    /// - Complexity: O(size).
    func readFile(fd: Int32, size: Int, path: String) throws(RegistryError) -> [UInt8] {
        var failure: FileSystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            do throws(FileSystemError) {
                // Cut while being read: what is there is what there is.
                initialized = try readUpTo(fd, UnsafeMutableRawBufferPointer(buffer), at: 0)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw Self.failure(path, .ioCannotRead, failure) }
        return bytes
    }

    /// Opens the regular file at `path` for reading: its descriptor (the caller closes it)
    /// and its size now.
    /// - Throws: `.missing` when it does not exist, `.io` when it cannot be opened or is a folder.
    func openForReading(_ path: String) throws(RegistryError) -> (fd: Int32, size: Int) {
        let fd: Int32
        do throws(FileSystemError) { fd = try fs.open(path, .read) } catch {
            if error.code == ENOENT { throw .missing(path: path) }
            throw Self.failure(path, .ioCannotRead, error)
        }
        do throws(FileSystemError) {
            let st = try fs.status(fd)
            guard st.isRegularFile else { throw FileSystemError(.read, code: EISDIR) }
            return (fd, st.size)
        } catch {
            fs.close(fd)
            throw Self.failure(path, .ioCannotRead, error)
        }
    }

    /// Reads into `buffer` from byte `offset` until it is full or the file ends; returns
    /// how many bytes were read.
    func readUpTo(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = try fs.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]), at: offset + done)
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// True when all of `buffer` could be read from byte `offset`.
    func readFully(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        (try? readUpTo(fd, buffer, at: offset)) == buffer.count
    }

    // MARK: Writing

    /// Writes all of `bytes` at `offset`, looping over partial writes.
    func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) {
        var done = 0
        while done < bytes.count {
            let n = try fs.write(fd, UnsafeRawBufferPointer(rebasing: bytes[done...]), at: offset + done)
            // A write that writes nothing would loop forever.
            guard n > 0 else { throw FileSystemError(.write, code: 0) }
            done += n
        }
    }

    /// Writes all of `bytes` at `offset`.
    func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) throws(FileSystemError) {
        let failure: FileSystemError? = bytes.withUnsafeBytes { raw in
            do throws(FileSystemError) {
                try writeAll(fd, raw, at: offset)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Appends `bytes` (one whole transaction, its commit record last) at byte
    /// `committedLength`, durably.
    ///
    /// Anything after `committedLength` (an interrupted writer's tail) is cut and the cut
    /// synced first, so no reordering of unsynced writes can leave old bytes after the new
    /// ones. When the write or its sync fails, the bytes written are cut off again: the file
    /// is as it was, and the error says so.
    /// - Complexity: O(bytes).
    func append(_ bytes: [UInt8], to path: String, at committedLength: Int) throws(RegistryError) {
        let fd: Int32
        do throws(FileSystemError) { fd = try fs.open(path, .writeExisting) } catch {
            throw Self.failure(path, .ioCannotOpenForWriting, error).wrapped(.ioNotCommitted)
        }
        defer { fs.close(fd) }
        do throws(FileSystemError) {
            let size = try fs.status(fd).size
            if size != committedLength {
                try fs.truncate(fd, to: committedLength)
                try fs.sync(fd)
            }
        } catch {
            throw Self.failure(path, .ioCannotCutTail, error).wrapped(.ioNotCommitted)
        }
        var failed: RegistryError?
        do throws(FileSystemError) {
            try writeAll(fd, bytes, at: committedLength)
        } catch {
            failed = Self.failure(path, .ioCannotWrite, error)
        }
        if failed == nil {
            do throws(FileSystemError) { try fs.sync(fd) } catch { failed = Self.failure(path, .ioCannotSync, error) }
        }
        guard let failed else { return }
        // Undo: cut what was written. If even that fails, the loader ignores the uncommitted
        // tail and the next writer cuts it.
        do throws(FileSystemError) {
            try fs.truncate(fd, to: committedLength)
            try fs.sync(fd)
        } catch {
            throw failed.wrapped(.ioNotCommittedTailLeft)
        }
        throw failed.wrapped(.ioNotCommitted)
    }

    /// Replaces (or creates) `path` with `bytes` atomically: a temporary copy beside it
    /// (`RegistryTemporaries.copyPath`), fsync, rename over `path`, fsync of the folder.
    ///
    /// A failure before the rename removes the copy and leaves `path` as it was; a copy
    /// left by a killed process is removed by the next command (`RegistryTemporaries`).
    /// - Complexity: O(bytes).
    func replace(_ path: String, with bytes: [UInt8]) throws(RegistryError) {
        let temp = RegistryTemporaries.copyPath(of: path, pid: fs.processID())
        let fd: Int32
        do throws(FileSystemError) { fd = try fs.open(temp, .createEmpty) } catch {
            throw Self.failure(temp, .ioCannotCreate, error).wrapped(.ioNotReplaced)
        }
        do throws(RegistryError) {
            do throws(FileSystemError) {
                try writeAll(fd, bytes, at: 0)
            } catch {
                throw Self.failure(temp, .ioCannotWrite, error)
            }
            do throws(FileSystemError) { try fs.sync(fd) } catch { throw Self.failure(temp, .ioCannotSync, error) }
        } catch {
            fs.close(fd)
            try? fs.unlink(temp)
            throw error.wrapped(.ioNotReplaced)
        }
        fs.close(fd)
        do throws(FileSystemError) { try fs.rename(temp, to: path) } catch {
            try? fs.unlink(temp)
            throw Self.failure(temp, .ioCannotReplace, error, ["registry": .text(path)]).wrapped(.ioNotReplaced)
        }
        try syncFolder(of: path)
    }

    /// The folder holding `path` (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// fsyncs the folder holding `path`, so a rename or a new file survives a power cut.
    /// File systems that cannot sync a folder (EINVAL) are taken at their word.
    func syncFolder(of path: String) throws(RegistryError) {
        let folder = Self.folder(of: path)
        do throws(FileSystemError) {
            let fd = try fs.open(folder, .folder)
            defer { fs.close(fd) }
            do throws(FileSystemError) { try fs.sync(fd) } catch  where error.code == EINVAL {}
        } catch {
            throw Self.failure(folder, .ioCannotSyncFolder, error)
        }
    }
}

extension RegistryError {
    /// This error's message inside `key`'s (which says what became of the registry).
    func wrapped(_ key: MessageKey) -> RegistryError {
        guard case .io(let path, let message) = self else { return self }
        return .io(path: path, message: Message(key, ["failure": .message(message)]))
    }
}
