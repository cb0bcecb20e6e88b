// A query error or notification as a person reads it on a terminal, in the run's language:
// the message and its code, where it is (the line and column, and the file's line for a
// script), the line itself and a caret under the spot.
import SinergiQuery
import SinergiText

enum QueryErrorText {
    /// The text for `error` raised by `statement`; `file` names the script the statement came
    /// from (its lines are then counted from the file's start).
    ///
    /// ```
    /// error: Variable `nope` not defined (SyntaxError.UndefinedVariable)
    ///   at line 3, column 8 of report.cypher (statement 2)
    /// RETURN nope
    ///        ^
    /// ```
    /// - Complexity: O(n) in the length of the statement.
    static func render(_ error: QueryError, statement: ScriptStatement, file: String?, language: Language) -> String {
        let head =
            MessageKey.errorPrefix.template(language)
            + Message(.queryErrorLine, ["message": .text(error.message(language)), "code": .text(error.qualifiedCode)])
            .text(language)
        return head + place(error.location, statement: statement, file: file, language: language)
    }

    /// The text for a notification about `statement`: `warning:` and a caret under the name, or
    /// `error:` when the notification refuses the statement.
    ///
    /// ```
    /// warning: label 'RegencyLibaryOffice' is not in the registry: this pattern matches nothing;
    ///   did you mean 'RegencyLibraryOffice'? (UnknownLabelWarning)
    ///   at line 1, column 10
    /// MATCH (o:RegencyLibaryOffice) RETURN o.name
    ///          ^
    /// ```
    /// - Complexity: O(n) in the length of the statement.
    static func render(
        _ notification: QueryNotification, statement: ScriptStatement, file: String?, language: Language
    ) -> String {
        let prefix = notification.refuses ? MessageKey.errorPrefix : MessageKey.warningPrefix
        let head =
            prefix.template(language)
            + Message(
                .queryErrorLine,
                ["message": .text(notification.message.text(language)), "code": .text(notification.qualifiedCode)]
            ).text(language)
        return head + place(notification.location, statement: statement, file: file, language: language)
    }

    /// The lines after the message: where (`at line L, column C [of FILE (statement N)]`), the
    /// source line and a caret; only the statement's place in `file` when there is no location.
    private static func place(
        _ location: SourceLocation?, statement: ScriptStatement, file: String?, language: Language
    ) -> String {
        guard let location else {
            guard let file else { return "" }
            return "\n  "
                + Message(
                    .queryErrorInStatement,
                    ["file": .text(file), "number": .int(statement.number), "line": .int(statement.line)]
                ).text(language)
        }
        var text = ""
        let line = location.line + statement.line - 1
        let column = location.line == 1 ? location.column + statement.column - 1 : location.column
        if let file {
            text +=
                "\n  "
                + Message(
                    .queryErrorAtFilePlace,
                    [
                        "line": .int(line), "column": .int(column), "file": .text(file),
                        "number": .int(statement.number),
                    ]
                ).text(language)
        } else {
            text += "\n  " + Message(.queryErrorAtPlace, ["line": .int(line), "column": .int(column)]).text(language)
        }
        let lines = statement.text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = location.line - 1
        guard index >= 0, index < lines.count else { return text }
        var source = String(lines[index])
        if source.hasSuffix("\r") { source.removeLast() }
        // Tabs are kept so the caret lines up in terminals that expand them the same way.
        let prefix = source.unicodeScalars.prefix(max(0, location.column - 1))
        let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        return text + "\n" + source + "\n" + padding + "^"
    }
}
