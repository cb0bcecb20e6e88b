// A registry's history read once: its bytes and journal index, the state as of any point kept,
// and a replay that walks the transactions one by one.
import SinergiFormats
import SinergiGraph
import SinergiText

/// A registry file read for its history: the bytes, validated, and the index of its journal.
///
/// ```swift
/// let history = try Registry(path: "tpbis.jsonl").history()
/// let then = try history.state(asOf: .date(CypherDate(year: 2023, month: 8, day: 8)!))
/// ```
public struct RegistryHistory: Sendable {
    /// The registry's path (for messages).
    public let path: String
    /// The file's bytes as read.
    let bytes: [UInt8]
    /// The snapshot section and the committed transactions.
    public let journal: RegistryJournal
    /// The registry now (every committed transaction), with the load's warnings.
    public let current: LoadedRegistry

    /// Reads `bytes` (the content of the registry at `path`): validated as a load would
    /// validate it, then indexed.
    /// - Complexity: O(size of the bytes).
    init(path: String, bytes: [UInt8]) throws(RegistryError) {
        self.path = path
        self.bytes = bytes
        current = try RegistryLoader.parseState(bytes, file: path).result()
        journal = RegistryJournal(Array(bytes[0..<min(bytes.count, current.committedLength)]))
    }

    /// Parses registry content that is not a file on disk (a git blob, a merge's input).
    /// - Complexity: O(size of the bytes).
    public init(content bytes: [UInt8], name: String) throws(RegistryError) {
        try self.init(path: name, bytes: bytes)
    }

    /// The oldest transaction whose state the file keeps: a compaction folds everything before
    /// it into the snapshot; without one the snapshot itself (0) is the oldest state.
    public var oldestKept: Int64 {
        guard let first = journal.transactions.first, first.compacted else { return 0 }
        return first.number
    }

    /// The number of the transaction `point` names: the last transaction at or before it
    /// (0 for the snapshot before any transaction).
    /// - Throws: `HistoryError` when the file does not keep that point.
    /// - Complexity: O(T) for T transactions.
    public func transactionNumber(at point: HistoryPoint) throws(HistoryError) -> Int64 {
        let transactions = journal.transactions
        if case .transaction(let n) = point {
            let last = journal.lastTransaction
            guard n <= last else { throw .noSuchTransaction(path: path, number: n, last: last) }
            if n < oldestKept { throw folded(point) }
            guard n == 0 || journal.transaction(n) != nil else {
                throw .noSuchTransaction(path: path, number: n, last: last)
            }
            return n
        }
        guard let index = journal.lastIndex(atOrBefore: point) else {
            if oldestKept > 0 { throw folded(point) }
            return 0
        }
        return transactions[index].number
    }

    /// Why the file keeps no state for `point`: it lies before the registry was created (its
    /// first transaction is `init`'s signed creation, number 1) or before a compaction.
    func folded(_ point: HistoryPoint) -> HistoryError {
        let first = journal.transactions.first
        if let first, first.number == 1, first.records.isEmpty {
            return .beforeCreation(path: path, point: point, time: first.signature.time.map(HistoryText.time))
        }
        return .foldedByCompaction(
            path: path, point: point, compaction: oldestKept,
            time: first?.signature.time.map(HistoryText.time))
    }

    /// The registry as it was at `point`: the snapshot and every transaction up to the one
    /// `point` names, parsed as a load parses them (so line numbers in messages are the file's).
    /// - Throws: `HistoryError` when the file does not keep that point; `RegistryError` for a
    ///   damaged file.
    /// - Complexity: O(bytes up to that transaction).
    public func state(asOf point: HistoryPoint) throws -> LoadedRegistry {
        try state(through: try transactionNumber(at: point))
    }

    /// The registry right after transaction `number` (0: the snapshot before any transaction).
    /// - Complexity: O(bytes up to that transaction).
    public func state(through number: Int64) throws(RegistryError) -> LoadedRegistry {
        if number >= journal.lastTransaction { return current }
        let end = journal.transactions.last { $0.number <= number }?.bytes.upperBound ?? journal.snapshotBytes
        return try RegistryLoader.parseState(Array(bytes[0..<end]), file: path).result()
    }

    /// A replay positioned right after the snapshot (and after a compaction's closing
    /// transaction, which belongs to it).
    /// - Complexity: O(bytes of the snapshot).
    public func replay() throws(RegistryError) -> HistoryReplay {
        var replay = HistoryReplay(history: self)
        try replay.start()
        return replay
    }
}

/// Walks a registry's transactions one at a time, the graph after each at hand.
///
/// Read what you need of `graph` before `applyNext()` (the state before the transaction)
/// and after it: a replay keeps one graph, so walking the whole journal costs one load, not
/// one per transaction.
public struct HistoryReplay: Sendable {
    let history: RegistryHistory
    var state: LoaderState
    /// The index in `history.journal.transactions` of the next transaction to apply.
    public private(set) var position = 0

    init(history: RegistryHistory) {
        self.history = history
        state = LoaderState(file: history.path)
    }

    /// The graph as of the last transaction applied.
    public var graph: PropertyGraph { state.graph }

    /// The next transaction to apply, nil at the end.
    public var next: JournalTransaction? {
        position < history.journal.transactions.count ? history.journal.transactions[position] : nil
    }

    mutating func start() throws(RegistryError) {
        try run(0..<history.journal.snapshotBytes, firstLine: 1)
        if let first = next, first.compacted { _ = try applyNext() }
    }

    mutating func run(_ range: Range<Int>, firstLine: Int) throws(RegistryError) {
        let bytes = history.bytes
        // Moved out and back, so the graph has one owner while it changes (no copy).
        var state = self.state
        self.state = LoaderState(file: history.path)
        let outcome: Result<Void, RegistryError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(RegistryError) {
                try state.run(
                    UnsafeBufferPointer(rebasing: buffer[range]), offset: range.lowerBound, firstLine: firstLine)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        self.state = state
        try outcome.get()
    }

    /// Applies the next transaction and returns it (nil at the end).
    /// - Complexity: O(size of the transaction).
    public mutating func applyNext() throws(RegistryError) -> JournalTransaction? {
        guard let tx = next else { return nil }
        let previousLine =
            position == 0 ? history.journal.snapshotLines : history.journal.transactions[position - 1].commitLine
        try run(tx.bytes, firstLine: previousLine + 1)
        position += 1
        return tx
    }
}

extension Registry {
    /// Reads the registry for its history (without the binary image: history needs the lines).
    /// - Complexity: O(size of the file).
    public func history() throws(RegistryError) -> RegistryHistory {
        let bytes = try io.readFile(path)
        return try RegistryHistory(path: path, bytes: bytes)
    }

    /// The registry as it was at `point` (`--as-of`).
    /// - Throws: `HistoryError` when the file does not keep that point, `RegistryError` when it
    ///   cannot be read.
    /// - Complexity: O(size of the file).
    public func load(asOf point: HistoryPoint) throws -> LoadedRegistry {
        try history().state(asOf: point)
    }
}
