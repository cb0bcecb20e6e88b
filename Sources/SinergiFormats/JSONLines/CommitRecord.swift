// The commit record that closes a journal transaction: which transaction, how many lines, the
// key serial, and who wrote it, when and why.
import SinergiGraph

/// Who wrote a transaction, when and why: the author, the time of the commit, and a message.
///
/// Every field is optional, so registries written before signatures existed still load (their
/// transactions have none), and a library user who writes without one still can.
///
/// ```swift
/// let s = CommitSignature(author: "Siti Rahma", time: CypherDateTime(parsing: "2023-08-08T10:15:00+07:00"),
///                         message: "SHM Sumatera Utara: daftar hadir")
/// ```
public struct CommitSignature: Sendable, Equatable, Hashable {
    /// Who wrote the transaction (a person's name as they give it).
    public var author: String?
    /// When it was committed, with the writer's UTC offset (whole seconds).
    public var time: CypherDateTime?
    /// Why: a line the writer gave (`--message`).
    public var message: String?

    /// A signature; every part may be left out.
    /// - Complexity: O(1).
    public init(author: String? = nil, time: CypherDateTime? = nil, message: String? = nil) {
        self.author = author
        self.time = time
        self.message = message
    }

    /// True when no part is given.
    public var isEmpty: Bool { author == nil && time == nil && message == nil }
}

/// A journal commit record: `{"tx":12,"type":"commit","lines":3,"keys":57,"author":…,"time":…,"message":…}`.
public struct CommitRecord: Sendable, Equatable {
    /// The transaction it closes.
    public var tx: Int64
    /// How many lines of the transaction come before it.
    public var lines: Int
    /// The graph's key serial after the transaction, when written (see `PropertyGraph.keySerial`):
    /// no generated key `n<k>`/`r<k>` with k ≤ keys is handed out again.
    public var keys: Int?
    /// Who, when and why (empty in registries written before signatures existed).
    public var signature: CommitSignature
    /// True when this transaction closes a snapshot that folds in every transaction before it
    /// (`sinergi compact`): the history before it is no longer in the file.
    public var compacted: Bool

    /// A commit record.
    /// - Complexity: O(1).
    public init(
        tx: Int64, lines: Int, keys: Int? = nil, signature: CommitSignature = CommitSignature(),
        compacted: Bool = false
    ) {
        self.tx = tx
        self.lines = lines
        self.keys = keys
        self.signature = signature
        self.compacted = compacted
    }
}
