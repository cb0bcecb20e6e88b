// How the history's values read in messages: a commit's time, a transaction's first line.
import SinergiGraph

/// Texts of history values that are the same in every language.
public enum HistoryText {
    /// A commit's time as people read it: `2023-08-08 10:15 +07:00` (seconds only when not 0).
    /// - Complexity: O(1).
    public static func time(_ time: CypherDateTime) -> String {
        let local = time.local
        var clock = local.time.description
        if clock.hasSuffix(":00"), clock.count == 8 { clock.removeLast(3) }
        return local.date.description + " " + clock + " " + offset(time.offsetSeconds)
    }

    /// `+07:00`, `-03:30`, `+00:00`.
    static func offset(_ seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let m = abs(seconds) / 60
        let h = m / 60
        return sign + (h < 10 ? "0" : "") + String(h) + ":" + (m % 60 < 10 ? "0" : "") + String(m % 60)
    }
}
