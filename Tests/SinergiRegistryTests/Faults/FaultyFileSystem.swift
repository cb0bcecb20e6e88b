// A FileSystem for tests: the real one underneath, every call counted and traced, the Nth call made to
// fail (EIO, a full disk, a short or torn write, the process killed), and every change logged for the
// power-cut model.
import Foundation
import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

/// The real file system with one fault planned at the Nth counted call.
///
/// Counted calls are every method but `close`, `processID` and `processIsRunning` (a
/// killed process's descriptors are closed by the kernel, so `close` always happens).
/// "Killed" means: the planned call does not happen (or, for a torn write, half of it does)
/// and every later call fails without touching anything, exactly as if the process had
/// died there; the error the registry then throws is what a dead process would never print,
/// so the harness ignores it. The process id written into temporary names is a fake one
/// above any real pid (so `kill(pid, 0)` says no such process), reported running until the
/// simulated process dies.
final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    /// What happens at the planned call.
    enum Fault: Hashable, Sendable, CustomStringConvertible {
        /// The call does not happen and the process is dead from then on.
        case kill
        /// The call fails with `errno` and changes nothing; later calls work (a transient error).
        case error(Int32)
        /// The call fails with ENOSPC, and so does every later call that needs space (write,
        /// rename, open creating a file): the disk stays full. (Cutting a file frees space, and
        /// a sync fails only when it is the planned call.)
        case diskFull
        /// A write writes only the first half of its bytes and returns that count.
        case shortWrite
        /// A write writes only the first half of its bytes, then the process is dead.
        case tornWrite

        var description: String {
            switch self {
            case .kill: return "kill"
            case .error(let code): return code == EIO ? "EIO" : "errno \(code)"
            case .diskFull: return "ENOSPC"
            case .shortWrite: return "short write"
            case .tornWrite: return "torn write + kill"
            }
        }

        /// True when the fault ends the simulated process.
        var kills: Bool { self == .kill || self == .tornWrite }
    }

    /// One counted call, as the trace records it.
    struct Call: Hashable, CustomStringConvertible {
        var call: FileSystemCall
        /// The path, or the path the descriptor was opened with.
        var path: String
        var mode: FileOpenMode?
        /// True for a call on a folder (open, sync or listing of the registry's folder).
        var onFolder = false

        /// The call and its file's name, temporary names with `*` for the process id and number:
        /// `write r.jsonl`, `rename r.jsonl.tmp-*`, `sync folder`, `open r.jsonl.lock (openOrCreate)`.
        var description: String {
            var name = onFolder ? "folder" : (path as NSString).lastPathComponent
            if let range = name.range(of: #"\.tmp-[0-9]+(-[0-9]+)?"#, options: .regularExpression) {
                name.replaceSubrange(range, with: ".tmp-*")
            }
            return "\(call.rawValue) \(name)\(mode.map { " (\($0))" } ?? "")"
        }

        /// True when this call may need space on the disk (a full disk refuses it).
        var needsSpace: Bool {
            switch call {
            case .write, .rename: return true
            case .open: return mode == .createEmpty || mode == .openOrCreate
            default: return false
            }
        }
    }

    private let real = POSIXFileSystem()
    private let mutex = NSLock()
    private let plannedAt: Int?
    private let fault: Fault?
    private var counted = 0
    private var dead = false
    private var full = false
    private var descriptors: [Int32: (path: String, inode: UInt64, folder: Bool)] = [:]
    private var calls: [Call] = []
    private var changes: [DiskChange] = []
    private var injectedFaults = 0
    let fakePID: Int32

    /// Fake process ids for simulated processes: above any real pid (Linux's limit is 2^22).
    nonisolated(unsafe) private static var nextPID: Int32 = 2_000_000_000
    private static let pidLock = NSLock()

    /// A file system whose `at`th counted call (1-based) suffers `fault`; none when nil.
    init(fault: Fault? = nil, at index: Int? = nil) {
        plannedAt = index
        self.fault = fault
        Self.pidLock.lock()
        Self.nextPID += 1
        fakePID = Self.nextPID
        Self.pidLock.unlock()
    }

    /// The counted calls made so far.
    var trace: [Call] { mutex.withLock { calls } }
    /// The changes made to files so far, in order (for `PowerCut`).
    var log: [DiskChange] { mutex.withLock { changes } }
    /// True once the simulated process has died.
    var isDead: Bool { mutex.withLock { dead } }
    /// How many faults were injected (0 when the planned call was never reached).
    var injected: Int { mutex.withLock { injectedFaults } }

    /// The simulated process ends (as a command does after its work): its temporary files
    /// are abandoned from now on, and nothing more is written.
    func exit() { mutex.withLock { dead = true } }

    private static let killedCode = ECANCELED

    /// Counts a call and decides its fate: nil to perform it, else the error to throw.
    /// `partial` is set for a short or torn write.
    private func admit(_ call: Call, partial: inout Bool) -> FileSystemError? {
        mutex.lock()
        defer { mutex.unlock() }
        if dead { return FileSystemError(call.call, code: Self.killedCode) }
        counted += 1
        calls.append(call)
        if full && call.needsSpace { return FileSystemError(call.call, code: ENOSPC) }
        guard counted == plannedAt, let fault else { return nil }
        injectedFaults += 1
        switch fault {
        case .kill:
            dead = true
            return FileSystemError(call.call, code: Self.killedCode)
        case .error(let code):
            return FileSystemError(call.call, code: code)
        case .diskFull:
            full = true
            return FileSystemError(call.call, code: ENOSPC)
        case .shortWrite, .tornWrite:
            partial = true
            return nil
        }
    }

    private func record(_ change: DiskChange) { mutex.withLock { changes.append(change) } }

    private func path(of fd: Int32) -> String { mutex.withLock { descriptors[fd]?.path ?? "fd \(fd)" } }
    private func isFolder(_ fd: Int32) -> Bool { mutex.withLock { descriptors[fd]?.folder ?? false } }
    private func inode(of fd: Int32) -> UInt64 { mutex.withLock { descriptors[fd]?.inode ?? 0 } }

    // MARK: FileSystem

    func open(_ path: String, _ mode: FileOpenMode) throws(FileSystemError) -> Int32 {
        var partial = false
        if let error = admit(Call(call: .open, path: path, mode: mode, onFolder: mode == .folder), partial: &partial) {
            throw error
        }
        let existed = (try? real.status(ofPath: path)) != nil
        let fd = try real.open(path, mode)
        let inode = (try? real.status(fd))?.inode ?? 0
        mutex.withLock { descriptors[fd] = (path, inode, mode == .folder) }
        switch mode {
        case .createEmpty:
            record(existed ? .truncate(inode: inode, length: 0) : .create(path: path, inode: inode))
        case .openOrCreate where !existed:
            record(.create(path: path, inode: inode))
        default: break
        }
        return fd
    }

    func close(_ fd: Int32) {
        mutex.withLock { _ = descriptors.removeValue(forKey: fd) }
        real.close(fd)
    }

    func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(FileSystemError)
        -> Int
    {
        var partial = false
        if let error = admit(Call(call: .read, path: path(of: fd)), partial: &partial) { throw error }
        return try real.read(fd, into: buffer, at: offset)
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(FileSystemError) -> Int {
        var partial = false
        if let error = admit(Call(call: .write, path: path(of: fd)), partial: &partial) { throw error }
        let count = partial ? bytes.count / 2 : bytes.count
        let n = try real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<count]), at: offset)
        record(.write(inode: inode(of: fd), offset: offset, bytes: Array(bytes[0..<n])))
        if partial, fault == .tornWrite {
            mutex.withLock { dead = true }
            throw FileSystemError(.write, code: Self.killedCode)
        }
        return n
    }

    func sync(_ fd: Int32) throws(FileSystemError) {
        var partial = false
        let folder = isFolder(fd)
        if let error = admit(Call(call: .sync, path: path(of: fd), onFolder: folder), partial: &partial) { throw error }
        try real.sync(fd)
        record(folder ? .syncFolder(path: path(of: fd)) : .sync(inode: inode(of: fd)))
    }

    func truncate(_ fd: Int32, to length: Int) throws(FileSystemError) {
        var partial = false
        if let error = admit(Call(call: .truncate, path: path(of: fd)), partial: &partial) { throw error }
        try real.truncate(fd, to: length)
        record(.truncate(inode: inode(of: fd), length: length))
    }

    func status(_ fd: Int32) throws(FileSystemError) -> FileStatus {
        var partial = false
        if let error = admit(Call(call: .status, path: path(of: fd)), partial: &partial) { throw error }
        return try real.status(fd)
    }

    func status(ofPath path: String) throws(FileSystemError) -> FileStatus {
        var partial = false
        if let error = admit(Call(call: .status, path: path), partial: &partial) { throw error }
        return try real.status(ofPath: path)
    }

    func rename(_ from: String, to: String) throws(FileSystemError) {
        var partial = false
        if let error = admit(Call(call: .rename, path: from), partial: &partial) { throw error }
        try real.rename(from, to: to)
        record(.rename(from: from, to: to))
    }

    func unlink(_ path: String) throws(FileSystemError) {
        var partial = false
        if let error = admit(Call(call: .unlink, path: path), partial: &partial) { throw error }
        try real.unlink(path)
        record(.unlink(path: path))
    }

    func lock(_ fd: Int32, exclusive: Bool) throws(FileSystemError) {
        var partial = false
        if let error = admit(Call(call: .lock, path: path(of: fd)), partial: &partial) { throw error }
        try real.lock(fd, exclusive: exclusive)
    }

    func entries(ofFolder path: String) throws(FileSystemError) -> [String] {
        var partial = false
        if let error = admit(Call(call: .entries, path: path, onFolder: true), partial: &partial) { throw error }
        return try real.entries(ofFolder: path)
    }

    func processID() -> Int32 { fakePID }

    func processIsRunning(_ pid: Int32) -> Bool {
        if pid == fakePID { return !isDead }
        return real.processIsRunning(pid)
    }
}

/// One change to the disk, as the power-cut model replays it.
enum DiskChange: Hashable {
    /// A new file (a new name for a new inode).
    case create(path: String, inode: UInt64)
    case write(inode: UInt64, offset: Int, bytes: [UInt8])
    case truncate(inode: UInt64, length: Int)
    /// Everything written to the inode so far is durable.
    case sync(inode: UInt64)
    /// Every name change in the folder so far is durable.
    case syncFolder(path: String)
    case rename(from: String, to: String)
    case unlink(path: String)
}
