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

    /// The fingerprint of the first `covered` bytes of the open file: head, tail and samples.
    /// - Complexity: O(1): at most 64 + 64 + 32·4 KiB are read.
    static func fingerprint(_ fd: Int32, covered: Int, io: RegistryFileIO) -> UInt64? {
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
                io.readFully(fd, UnsafeMutableRawBufferPointer(rebasing: raw[0..<(end - start)]), at: start)
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
        var identity: FileStatus
    }

    /// The image's state when it may be trusted for the registry at `registry`, else nil.
    /// - Complexity: O(bytes of the image + bytes after the covered prefix).
    static func load(registry: String, fileSystem fs: any FileSystem) -> Cached? {
        let io = RegistryFileIO(fs: fs)
        guard let fd = try? fs.open(registry, .read) else { return nil }
        defer { fs.close(fd) }
        guard let now = try? fs.status(fd), now.isRegularFile, let reader = reader(registry: registry, io: io),
            let key = reader.next(UInt64.self), key.count == 9, key[0] == sourceKeyTag
        else { return nil }
        let then = FileStatus(
            device: key[1], inode: key[2], size: Int(truncatingIfNeeded: key[3]),
            modifiedSeconds: Int64(bitPattern: key[4]), modifiedNanoseconds: Int64(bitPattern: key[5]),
            isRegularFile: true)
        let covered = Int(truncatingIfNeeded: key[6])
        guard now.device == then.device, now.inode == then.inode, covered >= 0, covered <= now.size,
            now.size != then.size || now == then,
            fingerprint(fd, covered: covered, io: io) == key[7]
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
        var tail = [UInt8](repeating: 0, count: now.size - covered)
        guard tail.withUnsafeMutableBytes({ io.readFully(fd, $0, at: covered) }) else { return nil }
        var state = LoaderState(file: registry)
        state.graph = graph
        state.committedLength = covered
        state.lastTransaction = counters[1]
        state.journalTransactions = Int(counters[2])
        state.committedLines = Int(counters[3])
        state.lineCount = Int(counters[3])
        state.inJournal = counters[2] > 0
        state.nodeLines = nodeLines
        state.relationshipLines = relationshipLines
        return Cached(state: state, tail: tail, identity: now)
    }

    /// A reader of the image beside `registry` (its reads go through `io`), nil when there is none.
    static func reader(registry: String, io: RegistryFileIO) -> GraphImage.Reader? {
        let fs = io.fs
        guard let fd = try? fs.open(imagePath(forRegistry: registry), .read) else { return nil }
        guard let st = try? fs.status(fd), st.isRegularFile else {
            fs.close(fd)
            return nil
        }
        return GraphImage.Reader(size: st.size, read: { io.readFully(fd, $0, at: $1) }, close: { fs.close(fd) })
    }

    /// True when an image should be rewritten after replaying `replayed` committed bytes
    /// on top of one covering `coveredBefore`: when the tail is no longer small.
    static func shouldRewrite(coveredBefore: Int, replayed: Int) -> Bool {
        replayed > 0 && (replayed >= 1 << 20 || replayed * 32 >= coveredBefore)
    }

    /// Writes the image of `state` (which covers the registry's first `committedLength`
    /// bytes) beside the registry, best effort, through a temporary file and a rename (no
    /// fsync: a torn image fails its checksums); returns false when it could not.
    @discardableResult
    static func write(_ state: LoaderState, registry: String, identity: FileStatus, fileSystem fs: any FileSystem)
        -> Bool
    {
        let io = RegistryFileIO(fs: fs)
        guard let fd = try? fs.open(registry, .read) else { return false }
        let mark = fingerprint(fd, covered: state.committedLength, io: io)
        let current = try? fs.status(fd)
        fs.close(fd)
        // The registry must still be the file that was read (same inode, prefix unchanged).
        guard let mark, let current, current.device == identity.device, current.inode == identity.inode else {
            return false
        }
        var writer = GraphImage.Writer()
        writer.add([
            sourceKeyTag, identity.device, identity.inode, UInt64(identity.size),
            UInt64(bitPattern: identity.modifiedSeconds), UInt64(bitPattern: identity.modifiedNanoseconds),
            UInt64(state.committedLength), mark, UInt64(bitPattern: state.lastTransaction),
        ])
        state.graph.writeImage(to: &writer)
        writer.add([
            Int64(state.committedLength), state.lastTransaction, Int64(state.journalTransactions),
            Int64(state.committedLines),
        ])
        writer.add(state.nodeLines)
        writer.add(state.relationshipLines)
        let temp = RegistryTemporaries.imagePath(
            of: registry, pid: fs.processID(), n: UInt32.random(in: 0...UInt32.max))
        let out: Int32
        do throws(FileSystemError) { out = try fs.open(temp, .createEmpty) } catch {
            debugNote("cannot create \(temp): \(error.reason)")
            return false
        }
        // Small sections and their padding are gathered into writes of up to 1 MiB.
        var offset = 0
        var failure: FileSystemError?
        var pending: [UInt8] = []
        let limit = 1 << 20
        func flush() -> Bool {
            guard !pending.isEmpty else { return true }
            do throws(FileSystemError) {
                try io.writeAll(out, pending, at: offset)
                offset += pending.count
                pending.removeAll(keepingCapacity: true)
                return true
            } catch {
                failure = error
                return false
            }
        }
        var written = writer.emit { bytes in
            if pending.count + bytes.count <= limit {
                pending.append(contentsOf: bytes)
                return true
            }
            guard flush() else { return false }
            if bytes.count < limit {
                pending.append(contentsOf: bytes)
                return true
            }
            do throws(FileSystemError) {
                try io.writeAll(out, bytes, at: offset)
                offset += bytes.count
                return true
            } catch {
                failure = error
                return false
            }
        }
        written = written && flush()
        fs.close(out)
        if written {
            do throws(FileSystemError) {
                try fs.rename(temp, to: imagePath(forRegistry: registry))
                return true
            } catch {
                failure = error
            }
        }
        try? fs.unlink(temp)
        debugNote("cannot write the image: \(failure.map { $0.reason.description } ?? "?")")
        return false
    }

    /// Deletes the image of the registry at `registry` (after the registry was replaced).
    static func remove(registry: String, fileSystem fs: any FileSystem) {
        try? fs.unlink(imagePath(forRegistry: registry))
    }

    /// Prints `message` to standard error when `SINERGI_DEBUG_CACHE` is set (a failed write
    /// of the note is ignored: it is only a note).
    static func debugNote(_ message: String) {
        guard getenv("SINERGI_DEBUG_CACHE") != nil else { return }
        let text = Array("sinergi cache: \(message)\n".utf8)
        text.withUnsafeBytes { writeToStandardError($0) }
    }
}

/// One `write(2)` to standard error, its result ignored.
private func writeToStandardError(_ bytes: UnsafeRawBufferPointer) { _ = write(2, bytes.baseAddress, bytes.count) }
