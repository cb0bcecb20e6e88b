// The statements of a script with the place each starts at, so an error names the line of
// the file (`report.cypher, line 12`) and not only the line inside its statement.
import SinergiQuery

/// One statement of a script and where it starts.
struct ScriptStatement: Sendable, Equatable {
    /// The statement's text (as `QueryEngine.splitStatements` gives it).
    var text: String
    /// Its position in the script, from 1.
    var number: Int
    /// The line of the script its first character is on, from 1.
    var line: Int
    /// The column of its first character, from 1 (in Unicode scalars, as `SourceLocation`).
    var column: Int
}

enum ScriptStatements {
    /// The statements of `script`, each with its starting line and column.
    ///
    /// The engine splits the script; each statement is its own text, trimmed, in order, so it is
    /// found again from where the previous one ended.
    /// - Complexity: O(n) in the length of the script (plus the search for each statement).
    static func split(_ script: String) -> [ScriptStatement] {
        var out: [ScriptStatement] = []
        var cursor = script.startIndex
        var line = 1
        var column = 1
        for (i, text) in QueryEngine.splitStatements(script).enumerated() {
            guard let found = script.range(of: text, range: cursor..<script.endIndex) else {
                out.append(ScriptStatement(text: text, number: i + 1, line: line, column: column))
                continue
            }
            for scalar in script.unicodeScalars[cursor..<found.lowerBound] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            out.append(ScriptStatement(text: text, number: i + 1, line: line, column: column))
            for scalar in script.unicodeScalars[found.lowerBound..<found.upperBound] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            cursor = found.upperBound
        }
        return out
    }
}
