// RFC 4180 CSV reading: quoted fields with embedded commas, quotes and line breaks,
// CRLF, LF or CR line ends, a leading byte-order mark, and the 1-based physical
// line where every record starts (for `FILE:LINE:` diagnostics).
import SinergiText

/// One CSV field: its text and whether it was written in quotes.
///
/// The distinction matters for admin-import files: an unquoted empty field means
/// "no value", a quoted empty field (`""`) means the empty string.
public struct CSVField: Hashable, Sendable {
    /// The field's text with quoting removed.
    public var text: String
    /// True when the field was enclosed in double quotes.
    public var quoted: Bool

    /// Creates a field.
    public init(_ text: String, quoted: Bool = false) {
        self.text = text
        self.quoted = quoted
    }
}

/// One CSV record and the physical line where it starts.
public struct CSVRecord: Hashable, Sendable {
    /// The fields, in column order.
    public var fields: [CSVField]
    /// The 1-based physical line of the record's first character.
    public var line: Int

    /// Creates a record.
    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A problem in the CSV syntax itself, at a 1-based line.
public struct CSVSyntaxIssue: Hashable, Sendable {
    /// The 1-based physical line.
    public var line: Int
    /// What is wrong, in every language.
    public var message: Message
}

/// Reads RFC 4180 CSV text.
///
/// ```swift
/// let (records, issues) = CSVReader.read("a,\"b,c\"\r\n1,\"say \"\"hi\"\"\"\r\n")
/// records[1].fields.map(\.text)  // ["1", "say \"hi\""]
/// ```
/// Empty physical lines between records are skipped. A stray quote inside an
/// unquoted field is kept as text; text after a closing quote is an issue (and kept).
public enum CSVReader {
    /// Splits `text` into records.
    /// - Parameter delimiter: the field separator, an ASCII character (default `,`).
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String, delimiter: Character = ",") -> (
        records: [CSVRecord], issues: [CSVSyntaxIssue]
    ) {
        let separator = delimiter.asciiValue ?? UInt8(ascii: ",")
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\"")
        var records: [CSVRecord] = []
        var issues: [CSVSyntaxIssue] = []
        var fields: [CSVField] = []
        var field: [UInt8] = []
        var fieldQuoted = false
        var line = 1
        var recordLine = 1
        var recordHasContent = false
        var i = 0

        func endField() {
            fields.append(CSVField(String(decoding: field, as: UTF8.self), quoted: fieldQuoted))
            field.removeAll(keepingCapacity: true)
            fieldQuoted = false
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || fields[0].quoted || !fields[0].text.isEmpty {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while i < bytes.count {
            let b = bytes[i]
            if b == quote && field.isEmpty && !fieldQuoted {
                // A quoted field.
                fieldQuoted = true
                recordHasContent = true
                let openLine = line
                i += 1
                var closed = false
                while i < bytes.count {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if c == 10 || (c == 13 && !(i + 1 < bytes.count && bytes[i + 1] == 10)) { line += 1 }
                    field.append(c)
                    i += 1
                }
                if !closed {
                    issues.append(CSVSyntaxIssue(line: openLine, message: Message(.csvUnterminatedQuote)))
                }
                // Anything up to the next separator or line end is out of place.
                if i < bytes.count, bytes[i] != separator, bytes[i] != 10, bytes[i] != 13 {
                    issues.append(CSVSyntaxIssue(line: line, message: Message(.csvTextAfterQuote)))
                    while i < bytes.count, bytes[i] != separator, bytes[i] != 10, bytes[i] != 13 {
                        field.append(bytes[i])
                        i += 1
                    }
                }
                continue
            }
            if b == separator {
                endField()
                recordHasContent = true
                i += 1
            } else if b == 10 || b == 13 {
                endRecord()
                i += (b == 13 && i + 1 < bytes.count && bytes[i + 1] == 10) ? 2 : 1
                line += 1
                recordLine = line
            } else {
                field.append(b)
                i += 1
            }
        }
        if recordHasContent || !field.isEmpty || fieldQuoted { endRecord() }
        return (records, issues)
    }
}
