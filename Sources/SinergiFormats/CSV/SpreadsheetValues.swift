// Cell values as Indonesian spreadsheets write them: dates day first (08/08/2023, 8-8-2023,
// 8.8.2023) as well as ISO (2023-08-08), and yes/no as ya/tidak, benar/salah, yes/no,
// true/false, 1/0.
import SinergiGraph

/// Reading spreadsheet cells.
///
/// ```swift
/// SpreadsheetValues.date("08/08/2023")   // 2023-08-08
/// SpreadsheetValues.date("2023-08-08")   // 2023-08-08
/// SpreadsheetValues.boolean("Ya")        // true
/// ```
public enum SpreadsheetValues {
    /// A date written ISO (`2023-08-08`, also `20230808`, `2023-08`, `2023`) or day first with
    /// `/`, `-` or `.` between day, month and a four-digit year (`8/8/2023`, `08-08-2023`).
    /// Two-digit years and month-first dates are not guessed: nil.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func date(_ text: String) -> CypherDate? {
        let t = text.trimmingASCIIWhitespace
        if let d = CypherDate(parsing: t) { return d }
        for separator in ["/", "-", "."] {
            let parts = t.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
                (1...2).contains(parts[1].count),
                let day = Int64(parts[0]), let month = Int64(parts[1]), let year = Int64(parts[2])
            else { continue }
            return CypherDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// Yes or no: `ya`/`tidak`, `y`/`t` are not guessed; `benar`/`salah`, `yes`/`no`,
    /// `true`/`false`, `1`/`0`, any case.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func boolean(_ text: String) -> Bool? {
        switch text.trimmingASCIIWhitespace.lowercased() {
        case "ya", "benar", "yes", "true", "1": return true
        case "tidak", "salah", "no", "false", "0": return false
        default: return nil
        }
    }
}
