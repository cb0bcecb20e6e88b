// The transactions of a registry file as a list: where each one lies, what it holds, who wrote
// it, when and why — the index that log, diff, --as-of, undo and merge are built on.
import Foundation
import SinergiFormats
import SinergiGraph

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One committed transaction of a registry's journal.
public struct JournalTransaction: Sendable {
    /// Its number (`"tx"`).
    public var number: Int64
    /// Who wrote it, when and why (empty for transactions written before signatures existed).
    public var signature: CommitSignature
    /// True for the transaction that closes a compacted snapshot (`sinergi compact`).
    public var compacted: Bool
    /// The key serial its commit record carries, when it carries one.
    public var keys: Int?
    /// Its records in file order, the commit record left out.
    public var records: [RegistryRecord]
    /// The 1-based line of its first record (of the commit record when it has none).
    public var firstLine: Int
    /// The 1-based line of its commit record.
    public var commitLine: Int
    /// Byte offsets of the file: from the end of what came before to the end of its commit line.
    public var bytes: Range<Int>

    /// The keys its records name: nodes and relationships it writes or deletes (a deleted
    /// node's relationships are not named here: see `touchedKeys(before:)`).
    /// - Complexity: O(records).
    public var namedKeys: (nodes: [String], relationships: [String]) {
        var nodes: [String] = []
        var relationships: [String] = []
        for record in records {
            switch record {
            case .node(let key, _, _, _), .deleteNode(let key, _): nodes.append(key)
            case .relationship(let key, _, _, _, _, _), .deleteRelationship(let key, _): relationships.append(key)
            case .index, .commit: break
            }
        }
        return (nodes, relationships)
    }

    /// Every node and relationship key the transaction changes, read against the graph as it
    /// was before it: the keys its records name, plus the relationships of the nodes it deletes
    /// (a node is deleted with its relationships).
    /// - Complexity: O(records + degree of the deleted nodes).
    public func touchedKeys(before graph: PropertyGraph) -> (nodes: [String], relationships: [String]) {
        var (nodes, relationships) = namedKeys
        var seen = Set(relationships)
        for record in records {
            guard case .deleteNode(let key, _) = record, let id = graph.node(forKey: key) else { continue }
            for r in graph.outgoing(of: id) + graph.incoming(of: id) {
                let k = graph.key(of: r)
                if seen.insert(k).inserted { relationships.append(k) }
            }
        }
        var seenNodes = Set<String>()
        nodes = nodes.filter { seenNodes.insert($0).inserted }
        return (nodes, relationships)
    }
}

/// A registry file's snapshot section and committed journal, as an index.
///
/// Built by one pass over the bytes: a line without the bytes `"tx":` is a snapshot record
/// (a JSON string cannot hold an unescaped quote, so those bytes can only be a key) and is not
/// decoded; journal lines are decoded. The pass stops at the first line that does not decode
/// or does not fit (the loader reports those; lines after the last commit record are a
/// writer's uncommitted tail and belong to no transaction).
public struct RegistryJournal: Sendable {
    /// Bytes of the snapshot section (up to the first journal line).
    public var snapshotBytes: Int
    /// Lines of the snapshot section.
    public var snapshotLines: Int
    /// The committed transactions, in file order.
    public var transactions: [JournalTransaction]

    /// The number of the last transaction (0 when none).
    public var lastTransaction: Int64 { transactions.last?.number ?? 0 }

    /// The bytes that hold committed content.
    public var committedBytes: Int { transactions.last?.bytes.upperBound ?? snapshotBytes }

    /// The transaction numbered `number`, if the journal holds it.
    /// - Complexity: O(log T).
    public func transaction(_ number: Int64) -> JournalTransaction? {
        var low = 0
        var high = transactions.count
        while low < high {
            let mid = (low + high) / 2
            if transactions[mid].number < number { low = mid + 1 } else { high = mid }
        }
        return low < transactions.count && transactions[low].number == number ? transactions[low] : nil
    }

    /// The index of the last transaction at or before `point` (nil: none, only the snapshot).
    /// - Complexity: O(T).
    public func lastIndex(atOrBefore point: HistoryPoint) -> Int? {
        if case .transaction(let n) = point {
            return transactions.lastIndex { $0.number <= n }
        }
        // Times are in writing order, but clocks differ: the last transaction the point includes,
        // with every transaction before it (a journal is replayed in order, never skipping). A
        // transaction without a time (written before signatures) takes the time of the one before.
        var last: Int?
        var time: CypherDateTime?
        for (i, t) in transactions.enumerated() {
            time = t.signature.time ?? time
            if point.includes(time: time) { last = i }
        }
        return last
    }

    /// True when `needle` occurs in `haystack` (a short needle: the first byte is searched with
    /// memchr, the rest compared).
    /// - Complexity: O(n) in the haystack's length for the needles used here.
    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else {
            return false
        }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + at, needle, needle.count) == 0 { return true }
            i = at + 1
        }
        return false
    }

    /// Indexes the journal of registry bytes.
    /// - Complexity: O(size of the bytes) to find lines, plus decoding of the journal's lines.
    public init(_ bytes: [UInt8]) {
        var snapshotBytes = 0
        var snapshotLines = 0
        var transactions: [JournalTransaction] = []
        var pending: [RegistryRecord] = []
        var pendingFirstLine = 0
        var inJournal = false
        var previousEnd = 0
        let marker = Array(#""tx":"#.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var start = 0
            var line = 0
            scanning: while start < count {
                line += 1
                let nl = memchr(base + start, 0x0A, count - start).map {
                    UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                }
                guard let end = nl else { break }  // an unterminated last line is never committed
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let next = end + 1
                defer { start = next }
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
                if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    if !inJournal {
                        snapshotBytes = next
                        snapshotLines = line
                        previousEnd = next
                    }
                    continue
                }
                let hasTx = Self.contains(marker, in: slice)
                if !hasTx && !inJournal {
                    snapshotBytes = next
                    snapshotLines = line
                    previousEnd = next
                    continue
                }
                guard let record = try? JSONLineDecoder.decode(slice) else { break scanning }
                guard let tx = record.tx else {
                    if inJournal { break scanning }
                    snapshotBytes = next
                    snapshotLines = line
                    previousEnd = next
                    continue
                }
                inJournal = true
                if case .commit(let commit) = record {
                    guard commit.lines == pending.count, commit.tx > (transactions.last?.number ?? 0) else {
                        break scanning
                    }
                    transactions.append(
                        JournalTransaction(
                            number: commit.tx, signature: commit.signature, compacted: commit.compacted,
                            keys: commit.keys, records: pending, firstLine: pending.isEmpty ? line : pendingFirstLine,
                            commitLine: line, bytes: previousEnd..<next))
                    pending = []
                    previousEnd = next
                    continue
                }
                if pending.isEmpty {
                    pendingFirstLine = line
                } else if pending[0].tx != tx {
                    break scanning
                }
                pending.append(record)
            }
        }
        self.snapshotBytes = snapshotBytes
        self.snapshotLines = snapshotLines
        self.transactions = transactions
    }
}
