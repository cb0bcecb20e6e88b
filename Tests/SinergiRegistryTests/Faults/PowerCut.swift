// What a power cut leaves on the disk: what was synced, plus any part of what was not, in any order.
import Foundation
import SinergiRegistry
import SinergiTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The disk after a power cut, replayed from a `FaultyFileSystem`'s change log.
///
/// The model (the usual one of crash-consistency checkers such as ALICE, and of ext4 in its
/// default `data=ordered` mode, made more adversarial):
/// - an inode's writes and truncations become durable at a `sync` of that inode; a folder's
///   names (create, rename, unlink) at a `sync` of the folder — a file's sync does not make
///   its name durable;
/// - of what is not durable at the cut, names survive as a prefix of their changes (metadata
///   is journaled in order), while data changes survive as any subset, applied in any order,
///   each write possibly cut to a prefix; a hole reads as zeros.
/// `Survival` picks which of those states to build: only what was synced, everything, or a
/// seeded random one.
enum PowerCut {
    /// Which unsynced changes survive.
    enum Survival: Hashable, CustomStringConvertible {
        /// Nothing that was not synced (the strictest: catches a missing fsync).
        case syncedOnly
        /// Every change, in order (the disk as the process left it).
        case everything
        /// A seeded random subset, order and cut.
        case random(seed: UInt64)

        var description: String {
            switch self {
            case .syncedOnly: return "synced only"
            case .everything: return "everything"
            case .random(let seed): return "random \(seed)"
            }
        }
    }

    /// A file as found on disk: its inode and bytes.
    struct File: Equatable {
        var inode: UInt64
        var bytes: [UInt8]
    }

    /// The files (full path → file) in `folder` now, read with the real file system.
    static func snapshot(_ folder: String) throws -> [String: File] {
        var out: [String: File] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            out[path] = File(inode: UInt64(st.st_ino), bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        return out
    }

    /// The files after a cut at the end of `log`, which started from `initial` (all durable).
    static func state(initial: [String: File], log: [DiskChange], survival: Survival) -> [String: File] {
        var names = initial.mapValues(\.inode)
        var data: [UInt64: [UInt8]] = [:]
        for file in initial.values { data[file.inode] = file.bytes }
        var pendingNames: [DiskChange] = []
        var pendingData: [UInt64: [DiskChange]] = [:]
        for change in log {
            switch change {
            case .create, .rename, .unlink: pendingNames.append(change)
            case .write(let inode, _, _), .truncate(let inode, _): pendingData[inode, default: []].append(change)
            case .sync(let inode):
                for c in pendingData[inode] ?? [] { apply(c, to: &data) }
                pendingData[inode] = nil
            case .syncFolder:
                for c in pendingNames { apply(c, to: &names) }
                pendingNames = []
            }
        }
        switch survival {
        case .syncedOnly: break
        case .everything:
            for c in pendingNames { apply(c, to: &names) }
            for inode in pendingData.keys.sorted() { for c in pendingData[inode]! { apply(c, to: &data) } }
        case .random(let seed):
            var rng = SeededGenerator(seed: seed)
            for c in pendingNames.prefix(Int(rng.next() % UInt64(pendingNames.count + 1))) { apply(c, to: &names) }
            for inode in pendingData.keys.sorted() {
                var kept = pendingData[inode]!.filter { _ in rng.next() % 2 == 0 }
                for i in stride(from: kept.count - 1, to: 0, by: -1) {
                    kept.swapAt(i, Int(rng.next() % UInt64(i + 1)))
                }
                for c in kept {
                    if case .write(let inode, let offset, let bytes) = c, rng.next() % 4 == 0 {
                        let cut = Int(rng.next() % UInt64(bytes.count + 1))
                        apply(.write(inode: inode, offset: offset, bytes: Array(bytes.prefix(cut))), to: &data)
                    } else {
                        apply(c, to: &data)
                    }
                }
            }
        }
        return names.mapValues { File(inode: $0, bytes: data[$0] ?? []) }
    }

    static func apply(_ change: DiskChange, to names: inout [String: UInt64]) {
        switch change {
        case .create(let path, let inode): names[path] = inode
        case .rename(let from, let to):
            if let inode = names.removeValue(forKey: from) { names[to] = inode }
        case .unlink(let path): names[path] = nil
        default: break
        }
    }

    static func apply(_ change: DiskChange, to data: inout [UInt64: [UInt8]]) {
        switch change {
        case .write(let inode, let offset, let bytes):
            var file = data[inode] ?? []
            if file.count < offset + bytes.count {
                file += [UInt8](repeating: 0, count: offset + bytes.count - file.count)
            }
            file.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
            data[inode] = file
        case .truncate(let inode, let length):
            var file = data[inode] ?? []
            if file.count > length {
                file.removeSubrange(length...)
            } else {
                file += [UInt8](repeating: 0, count: length - file.count)
            }
            data[inode] = file
        default: break
        }
    }

    /// Puts `state` on disk in `folder` (which holds nothing else): files not in it are
    /// removed; a file still on the same inode is rewritten in place with its modification
    /// time kept (so the cache's identity checks see the file the cut left), others are
    /// written anew.
    static func materialize(_ state: [String: File], in folder: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            if let wanted = state[path], UInt64(st.st_ino) == wanted.inode {
                let fd = open(path, O_WRONLY | O_TRUNC)
                guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
                _ = wanted.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                var times = [st.st_atim, st.st_mtim]
                _ = futimens(fd, &times)
                close(fd)
            } else {
                unlink(path)
            }
        }
        for (path, file) in state where !FileManager.default.fileExists(atPath: path) {
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
    }
}
