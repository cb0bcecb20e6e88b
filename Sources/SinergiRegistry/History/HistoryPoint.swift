// A point in a registry's history as people name it: a transaction number, a date, or a time.
import Foundation
import SinergiGraph

/// A point in a registry's history: `--as-of`, `--from`, `--to`, `--since`.
///
/// A transaction number names the state right after that transaction. A date names the state
/// at the end of that day, as the writers' clocks showed it (each commit record keeps the
/// writer's offset: a transaction at 23:30 WIB on 8 August belongs to 8 August); a date and
/// time without an offset is read the same way, to the second; a date-time with an offset
/// (`2023-08-08T10:00+07:00`) names an instant, compared across offsets.
///
/// ```swift
/// HistoryPoint(parsing: "12")                       // .transaction(12)
/// HistoryPoint(parsing: "2023-08-08")               // .date(…)
/// HistoryPoint(parsing: "2023-08-08T17:00+07:00")   // .instant(…)
/// ```
public enum HistoryPoint: Sendable, Equatable, CustomStringConvertible {
    /// Right after transaction N.
    case transaction(Int64)
    /// The end of a day on the writers' clocks.
    case date(CypherDate)
    /// A wall-clock time on the writers' clocks.
    case localDateTime(CypherLocalDateTime)
    /// An instant.
    case instant(CypherDateTime)

    /// Reads a transaction number (`12`, `tx12`), a date (`2023-08-08`), a local date-time
    /// (`2023-08-08T17:00`) or a date-time with an offset; nil for anything else.
    /// - Complexity: O(n) in the length of the text.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        var digits = Substring(t)
        if digits.lowercased().hasPrefix("tx") { digits = digits.dropFirst(2) }
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int64(digits), n >= 0 {
            self = .transaction(n)
            return
        }
        if t.contains("T") || t.contains("t") {
            if let instant = CypherDateTime(parsing: t) {
                self = .instant(instant)
                return
            }
            if let parts = TemporalParser.dateTime(t), let date = parts.date, parts.offsetSeconds == nil,
                parts.zone == nil
            {
                self = .localDateTime(CypherLocalDateTime(date, parts.time ?? .midnight))
                return
            }
            return nil
        }
        guard t.count >= 8, let date = TemporalParser.date(t) else { return nil }
        self = .date(date)
    }

    /// True when a transaction committed at `time` is at or before this point (a transaction
    /// point is answered by number, not here; a transaction without a time counts as before
    /// every point, since the journal is in the order it was written).
    /// - Complexity: O(1).
    public func includes(time: CypherDateTime?) -> Bool {
        guard let time else { return true }
        switch self {
        case .transaction: return true
        case .date(let d): return time.local.date.daysSinceEpoch <= d.daysSinceEpoch
        case .localDateTime(let l): return time.local <= l
        case .instant(let i):
            return (time.epochSeconds, time.nanosecond) <= (i.epochSeconds, i.nanosecond)
        }
    }

    /// True when a transaction committed at `time` is at or after this point, read as the
    /// start of a period (`--since 2023-08-08`: from the beginning of that day).
    /// - Complexity: O(1).
    public func startsBefore(time: CypherDateTime?) -> Bool {
        guard let time else { return false }
        switch self {
        case .transaction: return true
        case .date(let d): return time.local.date.daysSinceEpoch >= d.daysSinceEpoch
        case .localDateTime(let l): return time.local >= l
        case .instant(let i):
            return (time.epochSeconds, time.nanosecond) >= (i.epochSeconds, i.nanosecond)
        }
    }

    /// As the user would write it: `12`, `2023-08-08`, `2023-08-08T17:00+07:00`.
    public var description: String {
        switch self {
        case .transaction(let n): return String(n)
        case .date(let d): return d.description
        case .localDateTime(let l): return l.description
        case .instant(let i): return i.description
        }
    }
}
