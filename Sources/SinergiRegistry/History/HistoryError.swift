// Why a question about a registry's past cannot be answered, or a change to it refused.
import SinergiText

/// A history request that cannot be met: a transaction that is not there, a point before what
/// the file keeps, an undo that later work depends on.
public enum HistoryError: Error, Equatable, Sendable, Localized, CustomStringConvertible {
    /// The registry has no transaction with this number.
    case noSuchTransaction(path: String, number: Int64, last: Int64)
    /// The point lies before a compaction, which folded the history before it into the snapshot.
    case foldedByCompaction(path: String, point: HistoryPoint, compaction: Int64, time: String?)
    /// The point lies before the registry's creation (`sinergi init`'s signed transaction 1).
    case beforeCreation(path: String, point: HistoryPoint, time: String?)
    /// Undo of a creation's or a compaction's transaction: it folded what came before.
    case undoSnapshot(path: String, tx: Int64, created: Bool)
    /// An entity the undo reverses changed after the undo's plan was made.
    case undoChangedMeanwhile(path: String, tx: Int64, key: String)
    /// The file a merge writes over changed after the merge read it.
    case mergeChangedMeanwhile(path: String)

    /// What a person reads: the first line.
    public var message: Message { messages[0] }

    /// Every line a person reads, the first saying what failed and the others why.
    public var messages: [Message] {
        switch self {
        case .noSuchTransaction(let path, let number, let last):
            return [
                Message(
                    last == 0 ? .historyNoTransactions : .historyNoSuchTransaction,
                    ["path": .text(path), "tx": .int(Int(number)), "last": .int(Int(last))])
            ]
        case .foldedByCompaction(let path, let point, let compaction, let time):
            return [
                Message(
                    time == nil ? .historyFoldedByCompaction : .historyFoldedByCompactionOn,
                    [
                        "path": .text(path), "point": Self.argument(point), "tx": .int(Int(compaction)),
                        "time": .text(time ?? ""),
                    ])
            ]
        case .undoSnapshot(let path, let tx, let created):
            return [
                Message(created ? .undoCreation : .undoCompaction, ["path": .text(path), "tx": .int(Int(tx))])
            ]
        case .undoChangedMeanwhile(let path, let tx, let key):
            return [
                Message(.undoChangedMeanwhile, ["path": .text(path), "tx": .int(Int(tx)), "key": .text(key)])
            ]
        case .mergeChangedMeanwhile(let path):
            return [Message(.mergeChangedMeanwhile, ["path": .text(path)])]
        case .beforeCreation(let path, let point, let time):
            return [
                Message(
                    time == nil ? .historyBeforeCreation : .historyBeforeCreationOn,
                    ["path": .text(path), "point": Self.argument(point), "time": .text(time ?? "")])
            ]
        }
    }

    /// A point as a message reads it: `transaction 2`, `2023-08-08`.
    static func argument(_ point: HistoryPoint) -> MessageArgument {
        guard case .transaction(let n) = point else { return .text(point.description) }
        return .message(Message(.historyPointTransaction, ["tx": .int(Int(n))]))
    }

    /// What to do about it (without the `hint:` prefix).
    public var hints: [Message] {
        switch self {
        case .noSuchTransaction: return [Message(.historyHintLog)]
        case .foldedByCompaction: return [Message(.historyHintGitShow)]
        case .beforeCreation, .undoSnapshot: return [Message(.historyHintLog)]
        case .undoChangedMeanwhile: return [Message(.undoHintAgain)]
        case .mergeChangedMeanwhile: return [Message(.mergeHintAgain)]
        }
    }

    /// The English text.
    public var description: String { messages.map { $0.text(.en) }.joined(separator: "\n") }
}
