// Optimistic writes for long-lived readers (`sinergi query`, `sinergi shell`): read without the
// lock, change the graph in memory, commit only if nobody committed in between.
import SinergiGraph
import SinergiText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which version of a registry file a graph was read from: the file's identity and size.
public struct RegistryVersion: Equatable, Sendable {
    /// Device and inode (compaction makes a new inode).
    public var device: UInt64
    public var inode: UInt64
    /// Size in bytes (every commit appends, so any commit changes it).
    public var size: Int64
    /// What was read.
    public var loaded: LoadedRegistry
    /// False for a registry file that does not exist yet (`Registry.absentVersion()`).
    public var exists = true

    public static func == (a: RegistryVersion, b: RegistryVersion) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size && a.exists == b.exists
    }
}

extension Registry {
    /// The file's device, inode and size, or nil when it does not exist.
    /// - Throws: `RegistryError.io` when it cannot be examined.
    func currentIdentity() throws(RegistryError) -> (device: UInt64, inode: UInt64, size: Int64)? {
        do throws(FileSystemError) {
            let st = try fileSystem.status(ofPath: path)
            return (st.device, st.inode, Int64(st.size))
        } catch  where error.code == ENOENT {
            return nil
        } catch {
            throw RegistryFileIO.failure(path, .ioCannotExamine, error)
        }
    }

    /// Reads the registry and remembers which version of the file it was.
    ///
    /// The file is examined *before* it is read, so a commit that lands in between makes
    /// the version look older than the content, never newer: a later `commit` then
    /// refuses, which is safe.
    /// - Complexity: O(size of the file).
    public func loadVersion(useCache: Bool = true) throws(RegistryError) -> RegistryVersion {
        guard let id = try currentIdentity() else { throw .missing(path: path) }
        let loaded = try load(useCache: useCache)
        return RegistryVersion(device: id.device, inode: id.inode, size: id.size, loaded: loaded)
    }

    /// The version of a registry file that does not exist yet: an empty graph, and a first
    /// `commit` over it creates the file (only if it still does not exist then).
    /// - Complexity: O(1).
    public func absentVersion() -> RegistryVersion {
        let empty = LoadedRegistry(
            graph: PropertyGraph(), warnings: [], committedLength: 0, lastTransaction: 0, journalTransactions: 0,
            lineCount: 0, nodeLines: [], relationshipLines: [])
        return RegistryVersion(device: 0, inode: 0, size: 0, loaded: empty, exists: false)
    }

    /// A version for a graph read from the registry's past (`--as-of`): it is never the
    /// file's current version, so a `commit` over it always refuses.
    /// - Complexity: O(1).
    public func pastVersion(of loaded: LoadedRegistry) -> RegistryVersion {
        RegistryVersion(device: 0, inode: 0, size: -1, loaded: loaded)
    }

    /// Commits `graph.changes` as one transaction if the file is still at `version`.
    ///
    /// - Returns: the commit, or nil when another process committed (or compacted) since
    ///   `version` was read — reload and redo the work.
    /// - Complexity: O(size of the change).
    public func commit(_ graph: PropertyGraph, over version: RegistryVersion) throws(RegistryError) -> CommitSummary? {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        if !version.exists {
            // Created only by a write, and only if nobody created it in between; holding its
            // first transaction, atomically (a failure leaves no file).
            guard try currentIdentity() == nil, !graph.changes.isEmpty else { return nil }
            RegistryTemporaries.removeAbandoned(registry: path, fileSystem: fileSystem)
            let (bytes, commit) = Self.encodeTransaction(graph, after: version.loaded, signature: stamp())
            try io.replace(path, with: bytes)
            RegistryCache.remove(registry: path, fileSystem: fileSystem)
            return commit
        }
        guard let id = try currentIdentity(), id.device == version.device, id.inode == version.inode,
            id.size == version.size
        else { return nil }
        return try appendTransaction(graph, after: version.loaded)
    }
}
