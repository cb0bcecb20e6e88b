// RFC 4180 CSV writing: quotes a field when it must be quoted (separator, quote,
// CR or LF inside, or an empty string that has to be told apart from "no value").

/// Writes CSV records.
///
/// ```swift
/// CSVWriter.record([CSVField("a,b"), CSVField("", quoted: true), CSVField("")])  // "\"a,b\",\"\","
/// ```
public enum CSVWriter {
    /// One record without its line end.
    /// - Complexity: O(n) in the total length of the fields.
    public static func record(_ fields: [CSVField], delimiter: Character = ",") -> String {
        fields.map { field(text: $0.text, forceQuotes: $0.quoted, delimiter: delimiter) }.joined(
            separator: String(delimiter))
    }

    /// A whole document: every record followed by `lineEnd` (default `"\n"`; RFC 4180 says `"\r\n"`).
    /// - Complexity: O(n) in the total length of the fields.
    public static func document(_ records: [[CSVField]], delimiter: Character = ",", lineEnd: String = "\n")
        -> String
    {
        var out = ""
        for r in records {
            out += record(r, delimiter: delimiter)
            out += lineEnd
        }
        return out
    }

    /// One field, quoted when needed or asked for. Works on Unicode scalars, so a
    /// combining mark after a quote or separator cannot hide it.
    /// - Complexity: O(n) in the length of the text.
    public static func field(text: String, forceQuotes: Bool = false, delimiter: Character = ",") -> String {
        let separator = delimiter.unicodeScalars.first ?? ","
        let separatorByte = UInt8(truncatingIfNeeded: separator.value)
        // Fast path: no byte that could need quoting (quote, CR, LF, the separator, a BOM's first byte).
        if !forceQuotes,
            !text.utf8.contains(where: { $0 == 34 || $0 == 10 || $0 == 13 || $0 == separatorByte || $0 == 0xEF })
        {
            return text
        }
        let needs =
            forceQuotes || text.unicodeScalars.first == "\u{FEFF}"
            || text.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == separator }
        guard needs else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        out += "\""
        return out
    }
}
