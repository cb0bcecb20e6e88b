// The file-backed registry: load, transactional writes through the journal, compaction.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one committed transaction wrote.
public struct CommitSummary: Sendable, Equatable {
    /// The transaction number, or nil when nothing changed (nothing was written).
    public var transaction: Int64?
    /// The journal lines written (without the commit record).
    public var lines: Int
    /// Bytes appended to the registry.
    public var bytes: Int
}

/// A registry file at a path. All methods are safe to call from several processes at once.
///
/// ```swift
/// let registry = Registry(path: "graphs/tpbis.jsonl")
/// let loaded = try registry.load()
/// try registry.transaction { graph in
///     try graph.addNode(key: "kepri/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda Kepri"])
/// }
/// ```
public struct Registry: Sendable {
    /// The registry file's path.
    public let path: String
    /// Every file call goes through this seam (`POSIXFileSystem` unless a test passes another).
    public let fileSystem: any FileSystem
    /// Who writes through this value, and why: every transaction it commits (and every
    /// compaction) carries it in its commit record, with the time of the commit when the
    /// signature gives none (see docs/registry-format.md, "Who, when and why").
    public var signature: CommitSignature

    /// The registry at `path`, read and written through `fileSystem`, its writes signed with
    /// `signature`.
    public init(path: String, fileSystem: any FileSystem = POSIXFileSystem(), signature: CommitSignature = .init()) {
        self.path = path
        self.fileSystem = fileSystem
        self.signature = signature
    }

    /// The signature a commit made now carries: `signature`, its time the clock's when it has none.
    /// - Complexity: O(1).
    func stamp() -> CommitSignature {
        var s = signature
        if s.time == nil { s.time = CommitClock.now() }
        return s
    }

    var io: RegistryFileIO { RegistryFileIO(fs: fileSystem) }

    /// True when the file exists (false also when it cannot be examined: use `existence()`
    /// before writing).
    public var exists: Bool { io.status(path) != nil }

    /// True when the file exists, false when it does not.
    /// - Throws: `RegistryError.io` when it cannot be told (an I/O error, a folder in the way
    ///   of the path): a write must never take a registry it cannot see for a missing one.
    /// - Complexity: O(1).
    public func existence() throws(RegistryError) -> Bool {
        do throws(FileSystemError) {
            _ = try fileSystem.status(ofPath: path)
            return true
        } catch  where error.code == ENOENT {
            return false
        } catch {
            throw RegistryFileIO.failure(path, .ioCannotExamine, error)
        }
    }

    /// The registry's exclusive lock, held until the value is released.
    func exclusiveLock() throws(RegistryError) -> FileLock {
        try FileLock(path: FileLock.lockPath(forRegistry: path), fileSystem: fileSystem, exclusive: true)
    }

    /// Reads the registry (snapshot plus committed journal).
    ///
    /// With `useCache`, a fresh binary image beside the file (`<registry>.sinergi-cache`)
    /// is read instead of parsing every line, plus any journal appended since; a missing or
    /// stale image is rebuilt after parsing (best effort: an unwritable folder only costs
    /// the speed-up). The result is the same either way; `LoadedRegistry.cache` tells
    /// which path was taken.
    /// - Complexity: O(bytes of the image + bytes appended since) with a usable image,
    ///   O(size of the file) otherwise.
    public func load(useCache: Bool = true) throws(RegistryError) -> LoadedRegistry {
        try RegistryLoader.load(path: path, useCache: useCache, fileSystem: fileSystem)
    }

    /// Reads the registry while this process holds its exclusive lock (no other writer can
    /// be in the middle of a commit, so an uncommitted tail is an interrupted writer's).
    func loadUnderLock(writesImage: Bool = true) throws(RegistryError) -> LoadedRegistry {
        try RegistryLoader.load(
            path: path, useCache: true, fileSystem: fileSystem, underLock: true, writesImage: writesImage)
    }

    /// The path of the registry's derived binary image (`<registry>.sinergi-cache`).
    /// - Complexity: O(1).
    public var imagePath: String { RegistryCache.imagePath(forRegistry: path) }

    /// Runs `body` on the current graph under the registry's exclusive lock and appends
    /// what it changed as one journal transaction, fsynced before this returns.
    ///
    /// If `body` throws, nothing is written and the file is exactly as it was. The graph
    /// `body` sees includes every transaction committed before the lock was taken, so
    /// concurrent writers never lose each other's writes.
    ///
    /// - Parameter create: when the file does not exist, create it holding this transaction
    ///   (atomically: a failure leaves no file).
    /// - Complexity: O(size of the file) to read it, plus O(size of the change) to write.
    @discardableResult
    public func transaction<T>(
        create: Bool = false, _ body: (inout PropertyGraph) throws -> T
    ) throws -> (value: T, commit: CommitSummary, warnings: [RegistryDiagnostic]) {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        guard try existence() else {
            guard create else { throw RegistryError.missing(path: path) }
            let empty = LoaderState(file: path).result()
            var graph = empty.graph
            let value = try body(&graph)
            RegistryTemporaries.removeAbandoned(registry: path, fileSystem: fileSystem)
            let (bytes, commit) = Self.encodeTransaction(graph, after: empty, signature: stamp())
            try io.replace(path, with: bytes)
            RegistryCache.remove(registry: path, fileSystem: fileSystem)
            return (value, commit, [])
        }
        let loaded = try loadUnderLock()
        var graph = loaded.graph
        graph.resetChanges()
        let value = try body(&graph)
        let commit = try appendTransaction(graph, after: loaded)
        return (value, commit, loaded.warnings)
    }

    /// Appends the graph's change set as transaction `loaded.lastTransaction + 1`.
    /// Call with the lock held and `loaded` read under it.
    func appendTransaction(_ graph: PropertyGraph, after loaded: LoadedRegistry) throws(RegistryError) -> CommitSummary
    {
        let (bytes, commit) = Self.encodeTransaction(graph, after: loaded, signature: stamp())
        guard commit.transaction != nil else { return commit }
        try io.append(bytes, to: path, at: loaded.committedLength)
        return commit
    }

    /// The journal lines of the graph's change set as transaction `loaded.lastTransaction + 1`,
    /// its commit record (signed with `signature`) last; no bytes when nothing changed.
    /// - Complexity: O(size of the change).
    static func encodeTransaction(_ graph: PropertyGraph, after loaded: LoadedRegistry, signature: CommitSignature)
        -> (bytes: [UInt8], commit: CommitSummary)
    {
        encodeTransaction(graph, number: loaded.lastTransaction + 1, signature: signature)
    }

    /// The journal lines of the graph's change set as transaction `tx`, signed with `signature`.
    /// - Complexity: O(size of the change).
    static func encodeTransaction(_ graph: PropertyGraph, number tx: Int64, signature: CommitSignature) -> (
        bytes: [UInt8], commit: CommitSummary
    ) {
        let changes = graph.changes
        guard !changes.isEmpty else { return ([], CommitSummary(transaction: nil, lines: 0, bytes: 0)) }
        var out: [UInt8] = []
        var lines = 0
        for change in changes.indexChanges {
            JSONLineEncoder.appendIndexChange(change, tx: tx, to: &out)
            lines += 1
        }
        for key in changes.removedRelationshipKeys {
            JSONLineEncoder.appendDeleteRelationship(key, tx: tx, to: &out)
            lines += 1
        }
        for key in changes.removedNodeKeys {
            JSONLineEncoder.appendDeleteNode(key, tx: tx, to: &out)
            lines += 1
        }
        for node in changes.touchedNodes.sorted() where graph.contains(node) {
            JSONLineEncoder.appendNode(node, of: graph, tx: tx, to: &out)
            lines += 1
        }
        for rel in changes.touchedRelationships.sorted() where graph.contains(rel) {
            JSONLineEncoder.appendRelationship(rel, of: graph, tx: tx, to: &out)
            lines += 1
        }
        JSONLineEncoder.appendCommit(
            CommitRecord(tx: tx, lines: lines, keys: graph.keySerial, signature: signature), to: &out)
        return (out, CommitSummary(transaction: tx, lines: lines, bytes: out.count))
    }

    /// Folds the journal into a fresh snapshot, atomically (temp file, fsync, rename).
    ///
    /// When the registry had transactions, the snapshot is closed by a signed transaction
    /// `lastTransaction + 1` marked `"compacted":true`, so the numbering of transactions goes
    /// on (a transaction number never names two transactions) and the log says who folded the
    /// history, when.
    /// - Returns: the loaded registry before compaction (for reporting).
    /// - Complexity: O(size of the file).
    @discardableResult
    public func compact() throws(RegistryError) -> LoadedRegistry {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        // The image is deleted below: writing one for the file about to be replaced is waste.
        let loaded = try loadUnderLock(writesImage: false)
        let trailer =
            loaded.lastTransaction > 0
            ? CommitRecord(tx: loaded.lastTransaction + 1, lines: 0, signature: stamp(), compacted: true) : nil
        try io.replace(path, with: JSONLineEncoder.registry(of: loaded.graph, trailer: trailer))
        RegistryCache.remove(registry: path, fileSystem: fileSystem)
        return loaded
    }

    /// Writes `graph` as a new compacted registry at `path`; when `signed`, its snapshot is
    /// closed by transaction 1 carrying `signature` (`sinergi init`: the log says who created it).
    /// - Throws: `RegistryError.exists` when a file is there and `overwrite` is false.
    /// - Complexity: O(size of the graph).
    public func create(with graph: PropertyGraph, overwrite: Bool = false, signed: Bool = false) throws(RegistryError) {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        if try existence(), !overwrite { throw .exists(path: path) }
        RegistryTemporaries.removeAbandoned(registry: path, fileSystem: fileSystem)
        // A signed creation closes its snapshot with transaction 1, so the log says who made it.
        let trailer = signed ? CommitRecord(tx: 1, lines: 0, signature: stamp(), compacted: true) : nil
        try io.replace(path, with: JSONLineEncoder.registry(of: graph, trailer: trailer))
        RegistryCache.remove(registry: path, fileSystem: fileSystem)
    }
}
