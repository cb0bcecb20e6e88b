// The derived binary image beside a registry: when it may be trusted, reading it, rewriting it.
import Foundation
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The derived binary image `<registry>.sinergi-cache`.
///
/// The JSON-lines registry is the only source of truth; the image is a copy of the
/// loader's result (the graph's flat arrays plus the loader's counters) made to load in
/// time proportional to its bytes. It is trusted only when its *source key* (first
/// section) matches the registry now:
/// - same device and inode (compaction and `create` replace the file, so a new inode);
/// - the covered prefix (`committedLength` bytes when the image was written) still has
///   the same fingerprint: a checksum of its first and last 64 KiB and of 32 evenly
///   spaced 4 KiB blocks;
/// - if the file has the very size it had then, the same modification time (ns) too —
///   an edit in place that kept the size is not trusted.
/// A registry that only grew is read from the image plus the bytes after the covered
/// prefix (appended journal transactions, or a torn tail, which the loader handles as
/// usual). Every section is checksummed and the graph is checked structurally.
enum RegistryCache {
    /// Bumped when the registry-specific sections change (the graph has its own version).
    static let sourceKeyTag: UInt64 = 0x5347_4E52_0000_0001
    static let headBytes = 64 << 10
    static let sampleCount = 32
    static let sampleBytes = 4 << 10

    /// The image path for the registry at `registry`.
    static func imagePath(forRegistry registry: String) -> String { registry + ".sinergi-cache" }

    /// What identifies a registry file's state: `stat` fields.
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: UInt64
        var modifiedSeconds: Int64
        var modifiedNanoseconds: Int64
    }

    static func identity(ofDescriptor fd: Int32) -> Identity? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        #if canImport(Darwin)
            let mtime = st.st_mtimespec
        #else
            let mtime = st.st_mtim
        #endif
        return Identity(
            device: UInt64(truncatingIfNeeded: st.st_dev), inode: UInt64(truncatingIfNeeded: st.st_ino),
            size: UInt64(truncatingIfNeeded: st.st_size), modifiedSeconds: Int64(mtime.tv_sec),
            modifiedNanoseconds: Int64(mtime.tv_nsec))
    }

    static func identity(of path: String) -> Identity? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return identity(ofDescriptor: fd)
    }

    /// The fingerprint of the first `covered` bytes of the open file: head, tail and samples.
    /// - Complexity: O(1): at most 64 + 64 + 32·4 KiB are read.
    static func fingerprint(_ fd: Int32, covered: Int) -> UInt64? {
        var ranges: [(Int, Int)] = [(0, min(covered, headBytes))]
        if covered > headBytes { ranges.append((max(headBytes, covered - headBytes), covered)) }
        if covered > 2 * headBytes {
            for k in 1...sampleCount {
                let start = covered / (sampleCount + 1) * k
                ranges.append((start, min(covered, start + sampleBytes)))
            }
        }
        var sums: [UInt64] = [UInt64(covered)]
        var buffer = [UInt8](repeating: 0, count: headBytes)
        for (start, end) in ranges {
            let ok = buffer.withUnsafeMutableBytes { raw in
                readAll(fd, UnsafeMutableRawBufferPointer(rebasing: raw[0..<(end - start)]), at: start)
            }
            guard ok else { return nil }
            sums.append(
                buffer.withUnsafeBytes { GraphImage.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<(end - start)])) })
        }
        return sums.withUnsafeBytes { GraphImage.checksum($0) }
    }

    /// A loader state restored from the image, the registry bytes after it, and the registry's identity.
    struct Cached {
        var state: LoaderState
        var tail: [UInt8]
        var identity: Identity
    }

    /// The image's state when it may be trusted for the registry at `registry`, else nil.
    /// - Complexity: O(bytes of the image + bytes after the covered prefix).
    static func load(registry: String) -> Cached? {
        let fd = open(registry, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let now = identity(ofDescriptor: fd),
            let reader = GraphImage.Reader(path: imagePath(forRegistry: registry)),
            let key = reader.next(UInt64.self), key.count == 9, key[0] == sourceKeyTag
        else { return nil }
        let then = Identity(
            device: key[1], inode: key[2], size: key[3], modifiedSeconds: Int64(bitPattern: key[4]),
            modifiedNanoseconds: Int64(bitPattern: key[5]))
        let covered = key[6]
        guard now.device == then.device, now.inode == then.inode, covered <= now.size,
            now.size != then.size || now == then,
            fingerprint(fd, covered: Int(covered)) == key[7]
        else {
            debugNote("image of \(registry) is stale")
            return nil
        }
        guard reader.remainingSections == PropertyGraph.imageSectionCount + 3,
            let graph = PropertyGraph(image: reader),
            let counters = reader.next(Int64.self), counters.count == 4,
            let nodeLines = reader.next(Int32.self), let relationshipLines = reader.next(Int32.self),
            nodeLines.count <= graph.nodeCapacity, relationshipLines.count <= graph.relationshipCapacity,
            counters[0] == Int64(covered), key[8] == UInt64(bitPattern: counters[1])
        else {
            debugNote("image of \(registry) is damaged")
            return nil
        }
        var tail = [UInt8](repeating: 0, count: Int(now.size - covered))
        guard tail.withUnsafeMutableBytes({ readAll(fd, $0, at: Int(covered)) }) else { return nil }
        var state = LoaderState(file: registry)
        state.graph = graph
        state.committedLength = Int(covered)
        state.lastTransaction = counters[1]
        state.journalTransactions = Int(counters[2])
        state.committedLines = Int(counters[3])
        state.lineCount = Int(counters[3])
        state.inJournal = counters[2] > 0
        state.nodeLines = nodeLines
        state.relationshipLines = relationshipLines
        return Cached(state: state, tail: tail, identity: now)
    }

    /// True when an image should be rewritten after replaying `replayed` committed bytes
    /// on top of one covering `coveredBefore`: when the tail is no longer small.
    static func shouldRewrite(coveredBefore: Int, replayed: Int) -> Bool {
        replayed > 0 && (replayed >= 1 << 20 || replayed * 32 >= coveredBefore)
    }

    /// Writes the image of `state` (which covers the registry's first `committedLength`
    /// bytes) beside the registry, best effort; returns false when it could not.
    @discardableResult
    static func write(_ state: LoaderState, registry: String, identity: Identity) -> Bool {
        let fd = open(registry, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        let mark = fingerprint(fd, covered: state.committedLength)
        let current = RegistryCache.identity(ofDescriptor: fd)
        close(fd)
        // The registry must still be the file that was read (same inode, prefix unchanged).
        guard let mark, let current, current.device == identity.device, current.inode == identity.inode else {
            return false
        }
        removeAbandonedTemporaries(of: imagePath(forRegistry: registry))
        var writer = GraphImage.Writer()
        writer.add([
            sourceKeyTag, identity.device, identity.inode, identity.size, UInt64(bitPattern: identity.modifiedSeconds),
            UInt64(bitPattern: identity.modifiedNanoseconds), UInt64(state.committedLength), mark,
            UInt64(bitPattern: state.lastTransaction),
        ])
        state.graph.writeImage(to: &writer)
        writer.add([
            Int64(state.committedLength), state.lastTransaction, Int64(state.journalTransactions),
            Int64(state.committedLines),
        ])
        writer.add(state.nodeLines)
        writer.add(state.relationshipLines)
        do throws(GraphImage.WriteError) {
            try writer.write(to: imagePath(forRegistry: registry))
            return true
        } catch {
            debugNote("cannot write the image: \(error)")
            return false
        }
    }

    /// Deletes temporary images (see `GraphImage.temporaryName(of:)`) left by processes that
    /// were killed while writing one; those of live processes are left alone.
    /// - Complexity: O(entries in the registry's folder).
    static func removeAbandonedTemporaries(of image: String) {
        let (prefixPath, suffix) = GraphImage.temporaryName(of: image)
        let url = URL(fileURLWithPath: prefixPath)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            let pid = name.dropFirst(prefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pid), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// Deletes the image of the registry at `registry` (after the registry was replaced).
    static func remove(registry: String) { unlink(imagePath(forRegistry: registry)) }

    /// Prints `message` to standard error when `SINERGI_DEBUG_CACHE` is set.
    static func debugNote(_ message: String) {
        guard getenv("SINERGI_DEBUG_CACHE") != nil else { return }
        FileHandle.standardError.write(Data("sinergi cache: \(message)\n".utf8))
    }

    static func readAll(_ fd: Int32, _ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        GraphImage.readAll(fd, bytes, at: offset)
    }
}
