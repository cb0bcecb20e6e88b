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

    /// The registry at `path`, read and written through `fileSystem`.
    public init(path: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.path = path
        self.fileSystem = fileSystem
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
            let (bytes, commit) = Self.encodeTransaction(graph, after: empty)
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
        let (bytes, commit) = Self.encodeTransaction(graph, after: loaded)
        guard commit.transaction != nil else { return commit }
        try io.append(bytes, to: path, at: loaded.committedLength)
        return commit
    }

    /// The journal lines of the graph's change set as transaction `loaded.lastTransaction + 1`,
    /// its commit record last; no bytes when nothing changed.
    /// - Complexity: O(size of the change).
    static func encodeTransaction(_ graph: PropertyGraph, after loaded: LoadedRegistry) -> (
        bytes: [UInt8], commit: CommitSummary
    ) {
        let changes = graph.changes
        guard !changes.isEmpty else { return ([], CommitSummary(transaction: nil, lines: 0, bytes: 0)) }
        let tx = loaded.lastTransaction + 1
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
        JSONLineEncoder.appendCommit(tx: tx, lines: lines, keys: graph.keySerial, to: &out)
        return (out, CommitSummary(transaction: tx, lines: lines, bytes: out.count))
    }

    /// Folds the journal into a fresh snapshot, atomically (temp file, fsync, rename).
    /// - Returns: the loaded registry before compaction (for reporting).
    /// - Complexity: O(size of the file).
    @discardableResult
    public func compact() throws(RegistryError) -> LoadedRegistry {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        // The image is deleted below: writing one for the file about to be replaced is waste.
        let loaded = try loadUnderLock(writesImage: false)
        try io.replace(path, with: JSONLineEncoder.registry(of: loaded.graph))
        RegistryCache.remove(registry: path, fileSystem: fileSystem)
        return loaded
    }

    /// Writes `graph` as a new compacted registry at `path`.
    /// - Throws: `RegistryError.exists` when a file is there and `overwrite` is false.
    /// - Complexity: O(size of the graph).
    public func create(with graph: PropertyGraph, overwrite: Bool = false) throws(RegistryError) {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        if try existence(), !overwrite { throw .exists(path: path) }
        RegistryTemporaries.removeAbandoned(registry: path, fileSystem: fileSystem)
        try io.replace(path, with: JSONLineEncoder.registry(of: graph))
        RegistryCache.remove(registry: path, fileSystem: fileSystem)
    }
}
