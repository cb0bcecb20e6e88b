// Splits CSV text (RFC 4180) into records of fields, remembering each record's line.
//
// Enough CSV for the region files and nothing more: comma separators, fields quoted
// with `"` when they hold commas, quotes or line breaks, `""` for a quote inside a
// quoted field, LF or CRLF line ends, an optional UTF-8 byte-order mark. Problems are
// reported as `CSVProblem` values with the 1-based line where they occur; the caller
// adds the file name.

/// One record of a CSV text: its fields and the line it starts on.
struct CSVRecord: Equatable, Sendable {
    /// The 1-based line number where the record starts.
    var line: Int
    /// The field texts, unquoted.
    var fields: [String]
}

/// A syntax problem in CSV text: the 1-based line and what is wrong.
struct CSVProblem: Error, Equatable, Sendable {
    var line: Int
    var message: String
}

/// A small CSV parser over UTF-8 bytes.
///
/// ```swift
/// let rows = try CSVLineParser.parse("id,name\n1,\"Koja (Utara, Selatan)\"\n")
/// rows[1].fields  // ["1", "Koja (Utara, Selatan)"]
/// ```
enum CSVLineParser {
    /// Parses `text` into records. Empty lines are skipped; a final line without a line
    /// break is a record like the others.
    ///
    /// - Throws: `CSVProblem` for an unterminated quoted field, a quote inside an unquoted
    ///   field, or text after a closing quote.
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String) throws(CSVProblem) -> [CSVRecord] {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses UTF-8 bytes into records (see `parse(_:)`); invalid UTF-8 is repaired
    /// with replacement characters.
    /// - Complexity: O(n) in the number of bytes.
    static func parse(bytes: [UInt8]) throws(CSVProblem) -> [CSVRecord] {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var line = 1
        var recordLine = 1
        var recordHasContent = false

        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            finishField()
            let blank = fields.count == 1 && fields[0].isEmpty && !recordHasContent
            if !blank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                guard field.isEmpty else {
                    throw CSVProblem(line: line, message: "a quote inside an unquoted field")
                }
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
                    if c == lf { line += 1 }
                    field.append(c)
                    i += 1
                }
                guard closed else {
                    throw CSVProblem(line: openLine, message: "a quoted field is not closed")
                }
                if i < bytes.count, bytes[i] != comma, bytes[i] != lf,
                    !(bytes[i] == cr && i + 1 < bytes.count && bytes[i + 1] == lf)
                {
                    throw CSVProblem(line: line, message: "text after the closing quote of a field")
                }
                continue
            }
            if b == comma {
                recordHasContent = true
                finishField()
            } else if b == lf {
                finishRecord()
                line += 1
                recordLine = line
            } else if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf {
                // The LF that follows ends the record.
            } else {
                field.append(b)
            }
            i += 1
        }
        if recordHasContent || !field.isEmpty || !fields.isEmpty { finishRecord() }
        return records
    }
}
