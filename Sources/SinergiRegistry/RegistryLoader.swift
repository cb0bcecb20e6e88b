// Reads a registry file: the snapshot section, then the committed journal transactions.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiText

/// A registry as read from disk.
public struct LoadedRegistry: Sendable {
    /// The graph: snapshot plus every committed transaction.
    public var graph: PropertyGraph
    /// Things worth telling the user that did not stop the load (an interrupted writer's tail).
    public var warnings: [RegistryDiagnostic]
    /// Bytes of the file that hold committed content; anything after is a torn tail.
    public var committedLength: Int
    /// The number of the last committed transaction (0 when none).
    public var lastTransaction: Int64
    /// The number of journal transactions after the snapshot (a compaction's closing
    /// transaction, which belongs to the snapshot, is not counted).
    public var journalTransactions: Int
    /// The number of lines read.
    public var lineCount: Int
    /// The line that last wrote each node, by node id (0 for none).
    public var nodeLines: [Int32]
    /// The line that last wrote each relationship, by relationship id (0 for none).
    public var relationshipLines: [Int32]
    /// How the derived binary image (`<registry>.sinergi-cache`) took part in this load.
    public var cache: RegistryCacheStatus = .disabled

    /// The line that last wrote `id` (0 when unknown).
    public func line(of id: NodeID) -> Int { id.index < nodeLines.count ? Int(nodeLines[id.index]) : 0 }

    /// The line that last wrote `id` (0 when unknown).
    public func line(of id: RelationshipID) -> Int {
        id.index < relationshipLines.count ? Int(relationshipLines[id.index]) : 0
    }
}

/// Parses registry bytes into a graph, reporting every problem as `FILE:LINE: …`.
public enum RegistryLoader {
    /// The most problems reported before the loader gives up.
    public static let maximumProblems = 20

    /// Reads the registry at `path`: from its binary image plus the journal appended
    /// since, when the image is fresh (`useCache`), otherwise by parsing every line (and
    /// then rewriting the image, best effort). A missing file is an error. Every file call
    /// goes through `fileSystem`.
    ///
    /// When bytes follow the last commit (a writer's uncommitted tail), the registry is read
    /// once more under the shared lock: a writer in the middle of a commit finishes first, so
    /// only the tail of a writer that was really interrupted is reported.
    /// - Complexity: O(bytes of the image + bytes appended since) with a usable image;
    ///   O(size of the file) otherwise.
    public static func load(path: String, useCache: Bool = true, fileSystem: any FileSystem = POSIXFileSystem())
        throws(RegistryError) -> LoadedRegistry
    {
        try load(path: path, useCache: useCache, fileSystem: fileSystem, underLock: false, writesImage: true)
    }

    /// `load`, told whether this process holds the registry's exclusive lock and whether a
    /// new image may be written.
    static func load(path: String, useCache: Bool, fileSystem: any FileSystem, underLock: Bool, writesImage: Bool)
        throws(RegistryError) -> LoadedRegistry
    {
        RegistryTemporaries.removeAbandoned(registry: path, fileSystem: fileSystem)
        let first = try loadOnce(path: path, useCache: useCache, fileSystem: fileSystem, writesImage: writesImage)
        guard !underLock, first.result.committedLength < first.bytes else { return first.result }
        // No lock file: no writer ever wrote here, so nobody can be writing now.
        guard
            let lock = try? FileLock(
                path: FileLock.lockPath(forRegistry: path), fileSystem: fileSystem, exclusive: false)
        else { return first.result }
        defer { withExtendedLifetime(lock) {} }
        return try loadOnce(path: path, useCache: useCache, fileSystem: fileSystem, writesImage: writesImage).result
    }

    /// One read of the registry; `bytes` is how many bytes of it were seen.
    static func loadOnce(path: String, useCache: Bool, fileSystem fs: any FileSystem, writesImage: Bool)
        throws(RegistryError) -> (result: LoadedRegistry, bytes: Int)
    {
        let io = RegistryFileIO(fs: fs)
        guard useCache else {
            let (state, bytes) = try parseFile(path, io: io)
            return (state.result(), bytes)
        }
        if let cached = RegistryCache.load(registry: path, fileSystem: fs) {
            var state = cached.state
            let before = state.committedLength
            let outcome: Result<Void, RegistryError> = cached.tail.withUnsafeBufferPointer { tail in
                do throws(RegistryError) {
                    try state.run(tail, offset: before, firstLine: state.committedLines + 1)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
            try outcome.get()
            var result = state.result()
            let replayed = state.committedLength - before
            result.cache = replayed == 0 ? .fresh : .replayedTail(bytes: replayed)
            if writesImage, RegistryCache.shouldRewrite(coveredBefore: before, replayed: replayed) {
                RegistryCache.write(state, registry: path, identity: cached.identity, fileSystem: fs)
            }
            return (result, before + cached.tail.count)
        }
        let identity = io.status(path)
        let (state, bytes) = try parseFile(path, io: io)
        var result = state.result()
        result.cache = .notWritten
        if writesImage, let identity, identity.size == bytes, io.status(path) == identity,
            RegistryCache.write(state, registry: path, identity: identity, fileSystem: fs)
        {
            result.cache = .rebuilt
        }
        return (result, bytes)
    }

    /// Files from this size on are read in pieces and decoded on a second thread while this
    /// one applies them (when more than one core is active): below it, a thread costs more
    /// than it saves.
    static let pipelineBytes = 4 << 20

    /// The loader state of the registry file at `path` and the bytes read: in pieces on two
    /// threads (`LoaderState.run(file:)`) when `pipelined` says so (by default, for a file
    /// of `pipelineBytes` or more when more than one core is active), else from one read of
    /// the whole file. The two give the same state and messages.
    /// - Complexity: O(size of the file).
    static func parseFile(_ path: String, io: RegistryFileIO, pipelined: Bool? = nil, pieceBytes: Int = 1 << 20)
        throws(RegistryError) -> (state: LoaderState, bytes: Int)
    {
        let (fd, size) = try io.openForReading(path)
        defer { io.fs.close(fd) }
        let inPieces = pipelined ?? (size >= pipelineBytes && ProcessInfo.processInfo.activeProcessorCount > 1)
        guard inPieces else {
            let bytes = try io.readFile(fd: fd, size: size, path: path)
            return (try parseState(bytes, file: path), bytes.count)
        }
        var state = LoaderState(file: path)
        let read = try state.run(file: fd, size: size, io: io, pieceBytes: pieceBytes)
        return (state, read)
    }

    static func parseState(_ bytes: [UInt8], file: String) throws(RegistryError) -> LoaderState {
        let outcome: Result<LoaderState, RegistryError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(RegistryError) {
                var state = LoaderState(file: file)
                try state.run(buffer)
                return .success(state)
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Parses registry bytes; `file` names them in messages.
    /// - Complexity: O(size of the bytes).
    public static func parse(_ data: Data, file: String) throws(RegistryError) -> LoadedRegistry {
        try parseState([UInt8](data), file: file).result()
    }
}

/// The loader's progress through one file.
struct LoaderState {
    let file: String
    var graph = PropertyGraph()
    var problems: [RegistryDiagnostic] = []
    var warnings: [RegistryDiagnostic] = []
    var committedLength = 0
    /// Lines up to `committedLength`.
    var committedLines = 0
    var lastTransaction: Int64 = 0
    var journalTransactions = 0
    var lineCount = 0
    var inJournal = false
    var pending: [(line: Int, record: RegistryRecord)] = []
    var pendingTx: Int64?
    var pendingStartLine = 0
    var nodeLines: [Int32] = []
    var relationshipLines: [Int32] = []

    init(file: String) { self.file = file }

    /// What a snapshot will need: how many of its lines start as a node or as a
    /// relationship line, the bytes of their keys and of their lines (an upper bound of
    /// their encoded properties), counted by their first bytes as the writer writes them,
    /// without decoding: a reservation, not a check.
    struct SnapshotNeeds {
        var nodes = 0
        var relationships = 0
        var nodeKeyBytes = 0
        var relationshipKeyBytes = 0
        var nodeLineBytes = 0
        var relationshipLineBytes = 0

        /// Adds the lines of `bytes` (which end after a newline or at the end of the file).
        /// - Complexity: O(size of the bytes), one `memchr` pass.
        mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            let node = Array(#"{"type":"node","id":""#.utf8)
            let relationship = Array(#"{"type":"relationship","id":""#.utf8)
            // The length of the key that starts at `from`: up to its closing quote (an escape
            // only makes it a little long, which a reservation allows).
            func keyLength(from: Int, lineEnd: Int) -> Int {
                memchr(base + from, 0x22, lineEnd - from).map {
                    UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base - from
                } ?? 0
            }
            var start = 0
            while start < bytes.count {
                let rest = bytes.count - start
                let end =
                    memchr(base + start, 0x0A, rest).map {
                        UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                    } ?? bytes.count
                if rest >= node.count, memcmp(base + start, node, node.count) == 0 {
                    nodes += 1
                    nodeKeyBytes += keyLength(from: start + node.count, lineEnd: end)
                    nodeLineBytes += end - start
                } else if rest >= relationship.count, memcmp(base + start, relationship, relationship.count) == 0 {
                    relationships += 1
                    relationshipKeyBytes += keyLength(from: start + relationship.count, lineEnd: end)
                    relationshipLineBytes += end - start
                }
                start = end + 1
            }
        }
    }

    /// Reserves the room `needs` asks for, in the graph and the line tables.
    mutating func reserve(_ needs: SnapshotNeeds) {
        graph.reserveCapacity(nodes: needs.nodes, relationships: needs.relationships)
        graph.reserveBytes(
            nodeKeys: needs.nodeKeyBytes, relationshipKeys: needs.relationshipKeyBytes,
            nodeProperties: needs.nodeLineBytes, relationshipProperties: needs.relationshipLineBytes)
        nodeLines.reserveCapacity(needs.nodes)
        relationshipLines.reserveCapacity(needs.relationships)
    }

    func result() -> LoadedRegistry {
        LoadedRegistry(
            graph: graph, warnings: warnings, committedLength: committedLength, lastTransaction: lastTransaction,
            journalTransactions: journalTransactions, lineCount: lineCount, nodeLines: nodeLines,
            relationshipLines: relationshipLines)
    }

    mutating func problem(_ line: Int, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:])
        throws(RegistryError)
    {
        try problem(line, Message(key, arguments))
    }

    mutating func problem(_ line: Int, _ message: Message, column: Int? = nil) throws(RegistryError) {
        problems.append(RegistryDiagnostic(file: file, line: line, column: column, message: message))
        if problems.count >= RegistryLoader.maximumProblems { throw .invalid(problems) }
    }

    /// Parses `bytes`, whose first byte is byte `offset` of the file and follows line
    /// `firstLine - 1` (so a journal tail after a cached image keeps its file offsets and
    /// line numbers).
    /// - Complexity: O(size of the bytes).
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0, firstLine: Int = 1)
        throws(RegistryError)
    {
        guard bytes.baseAddress != nil, bytes.count > 0 else { return }
        if offset == 0, graph.nodeCount == 0 {
            // A whole file: room for its snapshot's entities up front, so the key index and the
            // columns are not rebuilt and copied as they grow.
            var needs = SnapshotNeeds()
            needs.count(bytes)
            reserve(needs)
        }
        let lines = RegistryLines(bytes: bytes, offset: offset)
        var line = firstLine - 1
        var start = 0
        while start < bytes.count {
            let scanned = lines.scan(from: start)
            line += 1
            if try consume(scanned, line: line) { return }
            start = scanned.next - offset
        }
        try end(lines: line)
    }

    /// Parses the first `size` bytes of the open file `fd` (read through `io`), a piece of
    /// `pieceBytes` at a time: a second thread reads and decodes the pieces while this one
    /// applies them in file order, so the result, every message included, is the one `run`
    /// gives on the same bytes, in the memory of a few pieces instead of the whole file.
    /// Returns the bytes read.
    /// - Complexity: O(size), two reads of the file (the first counts what to reserve).
    mutating func run(file fd: Int32, size: Int, io: RegistryFileIO, pieceBytes: Int = 1 << 20)
        throws(RegistryError) -> Int
    {
        let file = self.file
        func read<T>(_ step: () throws(FileSystemError) -> T) throws(RegistryError) -> T {
            do throws(FileSystemError) { return try step() } catch {
                throw RegistryFileIO.failure(file, .ioCannotRead, error)
            }
        }
        let pipeline = DecodingPipeline(FileLinePieces(io: io, fd: fd, size: size, pieceBytes: pieceBytes))
        defer { pipeline.finish() }
        // Room for the snapshot's entities, counted while the worker decodes the first pieces.
        var needs = SnapshotNeeds()
        var counting = FileLinePieces(io: io, fd: fd, size: size, pieceBytes: pieceBytes)
        defer { counting.free() }
        while let piece = try read({ () throws(FileSystemError) in try counting.next() }) { needs.count(piece.bytes) }
        reserve(needs)
        var line = 0
        while let piece = try read({ () throws(FileSystemError) in try pipeline.take() }) {
            defer { pipeline.recycle(piece) }
            for scanned in piece {
                line += 1
                // A torn last line: everything was read.
                if try consume(scanned, line: line) { return scanned.next }
            }
        }
        try end(lines: line)
        pipeline.finish()
        return pipeline.bytesRead
    }

    /// After the last line (line `lines`): a transaction left open is a torn tail, and the
    /// problems found are thrown.
    mutating func end(lines: Int) throws(RegistryError) {
        lineCount = lines
        if !pending.isEmpty {
            tornTail(
                fromLine: pendingStartLine,
                reason: Message(.registryTransactionWithoutCommit, ["tx": .int(Int(pendingTx ?? 0))]))
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }

    /// Applies one scanned line, line `line` of the file; true when it ends the reading (a
    /// writer's torn last line, reported as a warning).
    mutating func consume(_ scanned: ScannedLine, line: Int) throws(RegistryError) -> Bool {
        switch scanned.decoded {
        case .success(let record):
            try accept(record, line: line, endOffset: scanned.next)
        case .failure(let error):
            if !scanned.terminated && scanned.last && (inJournal || scanned.journalMark) {
                // A writer killed mid-line: the last line has no newline and does not parse.
                // Only a journal line can be torn this way (journal lines begin with their
                // transaction, `{"tx":`); a snapshot line cut short is a damaged file.
                tornTail(fromLine: pending.isEmpty ? line : pendingStartLine, reason: Message(.registryTornLastLine))
                lineCount = line
                pending = []
                pendingTx = nil
                if !problems.isEmpty { throw .invalid(problems) }
                return true
            }
            if !scanned.terminated && scanned.last && error.atEnd {
                try problem(
                    line,
                    .registryCutSnapshotLine,
                    ["nodes": .count(graph.nodeCount), "relationships": .count(graph.relationshipCount)])
            } else {
                try problem(line, error.message, column: error.column)
            }
        case nil:
            if !inJournal && problems.isEmpty {
                committedLength = scanned.next
                committedLines = line
            }
        }
        return false
    }

    mutating func tornTail(fromLine line: Int, reason: Message) {
        warnings.append(
            RegistryDiagnostic(
                file: file, line: line, message: Message(.registryTornTail, ["reason": .message(reason)])))
    }

    mutating func accept(_ record: RegistryRecord, line: Int, endOffset: Int) throws(RegistryError) {
        guard let tx = record.tx else {
            if inJournal {
                try problem(line, .registrySnapshotAfterJournal)
                return
            }
            try apply(record, line: line, snapshot: true)
            if problems.isEmpty {
                committedLength = endOffset
                committedLines = line
            }
            return
        }
        inJournal = true
        if case .commit(let commit) = record {
            let (committed, lines, keys) = (commit.tx, commit.lines, commit.keys)
            guard committed == pendingTx || (pending.isEmpty && lines == 0) else {
                if let open = pendingTx {
                    try problem(
                        line, .registryCommitOfOtherTransaction,
                        ["tx": .int(Int(committed)), "open": .int(Int(open))])
                } else {
                    try problem(line, .registryCommitWithoutTransaction, ["tx": .int(Int(committed))])
                }
                return
            }
            guard lines == pending.count else {
                try problem(
                    line, .registryCommitLineCount,
                    ["tx": .int(Int(committed)), "lines": .int(lines), "written": .int(pending.count)])
                return
            }
            if committed <= lastTransaction {
                try problem(
                    line, .registryTransactionOrder, ["tx": .int(Int(committed)), "last": .int(Int(lastTransaction))])
                return
            }
            for (l, r) in pending { try apply(r, line: l, snapshot: false) }
            if let keys { graph.reserveKeys(through: keys) }
            pending = []
            pendingTx = nil
            lastTransaction = committed
            // A compaction's closing transaction is part of the snapshot, not work since it.
            if !commit.compacted { journalTransactions += 1 }
            if problems.isEmpty {
                committedLength = endOffset
                committedLines = line
            }
            return
        }
        if let open = pendingTx, open != tx {
            try problem(line, .registryTransactionInterleaved, ["tx": .int(Int(tx)), "open": .int(Int(open))])
            return
        }
        if pending.isEmpty { pendingStartLine = line }
        pendingTx = tx
        pending.append((line, record))
    }

    mutating func note(_ id: NodeID, _ line: Int) {
        while nodeLines.count <= id.index { nodeLines.append(0) }
        nodeLines[id.index] = Int32(truncatingIfNeeded: line)
    }

    mutating func note(_ id: RelationshipID, _ line: Int) {
        while relationshipLines.count <= id.index { relationshipLines.append(0) }
        relationshipLines[id.index] = Int32(truncatingIfNeeded: line)
    }

    mutating func apply(_ record: RegistryRecord, line: Int, snapshot: Bool) throws(RegistryError) {
        switch record {
        case .node(let key, let labels, let properties, _):
            if snapshot {
                // One key lookup, not two: the graph refuses the duplicate itself.
                do throws(GraphError) {
                    note(try graph.addNode(key: key, labels: labels, properties: properties), line)
                } catch .duplicateNodeKey {
                    try problem(line, .registryNodeTwice, ["key": .text(key)])
                } catch {
                    try problem(line, error.message)
                }
            } else if let existing = graph.node(forKey: key) {
                do throws(GraphError) {
                    for old in graph.labels(of: existing) where !labels.contains(old) {
                        try graph.removeLabel(old, from: existing)
                    }
                    for l in labels { try graph.addLabel(l, to: existing) }
                    try graph.setProperties(properties, on: existing)
                    note(existing, line)
                } catch {
                    try problem(line, error.message)
                }
            } else {
                do throws(GraphError) {
                    note(try graph.addNode(key: key, labels: labels, properties: properties), line)
                } catch {
                    try problem(line, error.message)
                }
            }
        case .relationship(let key, let type, let startKey, let endKey, let properties, _):
            guard let s = graph.node(forKey: startKey) else {
                try problem(line, .registryUnknownStart, ["key": .text(key), "node": .text(startKey)])
                return
            }
            guard let e = graph.node(forKey: endKey) else {
                try problem(line, .registryUnknownEnd, ["key": .text(key), "node": .text(endKey)])
                return
            }
            if snapshot {
                do throws(GraphError) {
                    note(try graph.addRelationship(key: key, type: type, from: s, to: e, properties: properties), line)
                } catch .duplicateRelationshipKey {
                    try problem(line, .registryRelationshipTwice, ["key": .text(key)])
                } catch {
                    try problem(line, error.message)
                }
                return
            }
            if let existing = graph.relationship(forKey: key) {
                let sameShape =
                    graph.start(of: existing) == s && graph.end(of: existing) == e && graph.type(of: existing) == type
                do throws(GraphError) {
                    if sameShape {
                        try graph.setProperties(properties, on: existing)
                        note(existing, line)
                    } else {
                        try graph.removeRelationship(existing)
                        note(
                            try graph.addRelationship(key: key, type: type, from: s, to: e, properties: properties),
                            line)
                    }
                } catch {
                    try problem(line, error.message)
                }
                return
            }
            do throws(GraphError) {
                note(try graph.addRelationship(key: key, type: type, from: s, to: e, properties: properties), line)
            } catch {
                try problem(line, error.message)
            }
        case .deleteNode(let key, _):
            guard let id = graph.node(forKey: key) else {
                try problem(line, .registryDeleteUnknownNode, ["key": .text(key)])
                return
            }
            do throws(GraphError) { try graph.removeNode(id, detach: true) } catch {
                try problem(line, error.message)
            }
        case .deleteRelationship(let key, _):
            guard let id = graph.relationship(forKey: key) else {
                try problem(line, .registryDeleteUnknownRelationship, ["key": .text(key)])
                return
            }
            do throws(GraphError) { try graph.removeRelationship(id) } catch { try problem(line, error.message) }
        case .index(let change, _):
            if change.dropped {
                guard graph.dropIndex(label: change.label, property: change.property) else {
                    try problem(
                        line, .registryDropUndeclaredIndex,
                        ["label": .text(change.label), "property": .text(change.property)])
                    return
                }
            } else if !graph.createIndex(label: change.label, property: change.property, name: change.name) {
                try problem(
                    line, .registryIndexTwice, ["label": .text(change.label), "property": .text(change.property)])
            }
        case .commit: break
        }
    }
}
