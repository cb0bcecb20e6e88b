// Renders query rows as an aligned table, CSV, TSV, JSON, JSON lines or Markdown.
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiText

/// The formats rows can be written in.
public enum RowFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown, dot

    /// The names `--format` accepts.
    public static var names: [String] { allCases.map(\.rawValue) }
}

/// Turns `QueryResult` rows into text.
public enum RowRenderer {
    /// How a table or Markdown cell shows a value.
    public enum CellStyle: Sendable {
        /// In the query language's literal syntax (`'Jambi'`, `null`): what `sinergi query` prints.
        case literal
        /// As people read it (`Jambi`, an empty cell for null): the reports of the algorithm commands.
        case plain
    }

    /// The text of `result` in `format`; values that are nodes, relationships or paths are
    /// described through `graph`. `style` says how table and Markdown cells show values (plain
    /// decimals in `language`'s form: `0,25` in Indonesian); a `width` fits the table format to
    /// it (long cells wrap); `delimiter` separates CSV fields (`;` for Excel set to Indonesian).
    /// - Complexity: O(size of the output).
    public static func render(
        _ result: QueryResult, format: RowFormat, graph: PropertyGraph, style: CellStyle = .literal, width: Int? = nil,
        delimiter: Character = ",", language: Language = .en
    ) -> String {
        switch format {
        case .table: return table(result, graph: graph, style: style, width: width, language: language)
        case .csv, .tsv, .json, .jsonl:
            return String(decoding: bytes(result, format: format, graph: graph, delimiter: delimiter), as: UTF8.self)
        case .markdown: return markdown(result, graph: graph, style: style, language: language)
        case .dot: return DOTExporter.export(graph, subset: DiagramSelection.subset(of: result))
        }
    }

    /// The UTF-8 bytes of `result` in `format`, the same text as `render`. CSV, TSV, JSON and
    /// JSON lines are written straight into one byte buffer, row by row, without a `String`
    /// per cell or per row.
    /// - Complexity: O(size of the output).
    public static func bytes(
        _ result: QueryResult, format: RowFormat, graph: PropertyGraph, style: CellStyle = .literal, width: Int? = nil,
        delimiter: Character = ","
    ) -> [UInt8] {
        switch format {
        case .csv: return delimited(result, separator: delimiter.asciiValue ?? UInt8(ascii: ","), graph: graph)
        case .tsv: return delimited(result, separator: UInt8(ascii: "\t"), graph: graph)
        case .json, .jsonl:
            let names: [[UInt8]] = result.columns.map { name in
                var b: [UInt8] = []
                appendJSONString(name, to: &b)
                b.append(UInt8(ascii: ":"))
                return b
            }
            var out: [UInt8] = []
            out.reserveCapacity(64 + result.rows.count * 16 * max(1, names.count))
            if format == .json { out.append(UInt8(ascii: "[")) }
            for (i, row) in result.rows.enumerated() {
                if format == .json, i > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A, UInt8(ascii: " ")]) }
                object(row, names: names, graph: graph, to: &out)
                if format == .jsonl { out.append(0x0A) }
            }
            if format == .json { out.append(contentsOf: [UInt8(ascii: "]"), 0x0A]) }
            return out
        case .table, .markdown, .dot:
            return Array(render(result, format: format, graph: graph, style: style, width: width).utf8)
        }
    }

    /// A cell as a spreadsheet shows it (CSV, TSV, plain tables), with no quotes inside: strings
    /// bare, null empty, dates and times as bare ISO 8601 (`2023-08-08`, which Excel reads as a
    /// date), nodes and relationships by key, lists as their items joined by `, ` and maps as
    /// `key: value, …` (the same way inside); numbers and booleans as the query language writes
    /// them; paths in its literal syntax.
    /// - Complexity: O(size of the value).
    static func cell(_ v: Value, graph: PropertyGraph) -> String {
        switch v {
        case .string(let s): return s
        case .null: return ""
        case .node(let n): return graph.key(of: n)
        case .relationship(let r): return graph.key(of: r)
        case .list(let items): return items.map { inner($0, graph: graph) }.joined(separator: ", ")
        case .map(let m):
            return m.keys.sorted().map { "\($0): " + inner(m[$0] ?? .null, graph: graph) }.joined(separator: ", ")
        default:
            // Dates and times as bare ISO 8601, which spreadsheets read as dates.
            if let text = v.temporalText { return text }
            return ValueFormatter.literal(v, graph: graph)
        }
    }

    /// A value inside a list or map cell: as `cell`, nested lists and maps in brackets.
    private static func inner(_ v: Value, graph: PropertyGraph) -> String {
        switch v {
        case .list: return "[" + cell(v, graph: graph) + "]"
        case .map: return "{" + cell(v, graph: graph) + "}"
        case .null: return "null"
        default: return cell(v, graph: graph)
        }
    }

    /// A table or Markdown cell in `style`.
    static func displayed(_ v: Value, graph: PropertyGraph, style: CellStyle, language: Language = .en) -> String {
        switch style {
        case .plain:
            if case .double = v, language == .id {
                return cell(v, graph: graph).replacingOccurrences(of: ".", with: ",")
            }
            return cell(v, graph: graph)
        case .literal:
            if case .null = v { return "null" }
            return ValueFormatter.literal(v, graph: graph)
        }
    }

    static func table(_ result: QueryResult, graph: PropertyGraph, style: CellStyle, width: Int?, language: Language)
        -> String
    {
        let rows = result.rows.map { $0.map { displayed($0, graph: graph, style: style, language: language) } }
        return TableLayout.render(header: result.columns, rows: rows, width: width)
    }

    static func delimited(_ result: QueryResult, separator: UInt8, graph: PropertyGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + result.rows.count * 16 * max(1, result.columns.count))
        for (i, name) in result.columns.enumerated() {
            if i > 0 { out.append(separator) }
            appendField(name, separator: separator, to: &out)
        }
        out.append(0x0A)
        for r in result.rows {
            for (i, v) in r.enumerated() {
                if i > 0 { out.append(separator) }
                switch v {
                case .string(let s): appendField(s, separator: separator, to: &out)
                case .null: break
                case .int(let n): appendInteger(n, to: &out)
                default: appendField(cell(v, graph: graph), separator: separator, to: &out)
                }
            }
            out.append(0x0A)
        }
        return out
    }

    /// A CSV or TSV field: TSV escapes tabs and line breaks as `\t` and `\n`; CSV quotes a field
    /// holding the separator, a quote or a line break, doubling its quotes.
    static func appendField(_ s: String, separator: UInt8, to out: inout [UInt8]) {
        let tab = separator == UInt8(ascii: "\t")
        let clean = withBytes(s) { bytes in
            for b in bytes {
                if b == separator || b == 0x0A || (!tab && (b == UInt8(ascii: "\"") || b == 0x0D)) { return false }
            }
            out.append(contentsOf: bytes)
            return true
        }
        if clean { return }
        if tab {
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                default: out.append(b)
                }
            }
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `body` over the string's UTF-8 bytes in place (a copy only for a bridged string).
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// The decimal digits of `n`, without building a `String`.
    static func appendInteger(_ n: Int64, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 20 digits at most, filled from the end
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// A JSON string: the bytes at once when nothing needs escaping, else `JSONLineEncoder`'s escapes.
    static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        let plain = withBytes(s) { bytes in
            for b in bytes where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if !plain { JSONLineEncoder.appendString(s, to: &out) }
    }

    static func markdown(_ result: QueryResult, graph: PropertyGraph, style: CellStyle, language: Language) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = "| " + result.columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + result.columns.map { _ in " --- |" }.joined() + "\n"
        for r in result.rows {
            out +=
                "| "
                + r.map { escape(displayed($0, graph: graph, style: style, language: language)) }.joined(
                    separator: " | ") + " |\n"
        }
        return out
    }

    /// One row as a JSON object; `names` are the columns' encoded `"name":` prefixes.
    static func object(_ row: [Value], names: [[UInt8]], graph: PropertyGraph, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (name, v)) in zip(names, row).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: name)
            json(v, graph: graph, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// JSON for a result value: dates as strings, nodes and relationships as objects with their keys.
    static func json(_ v: Value, graph: PropertyGraph, to out: inout [UInt8]) {
        func properties(_ p: [String: Value]) {
            out.append(UInt8(ascii: "{"))
            for (i, k) in p.keys.sorted().enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONLineEncoder.appendString(k, to: &out)
                out.append(UInt8(ascii: ":"))
                if let value = p[k] { json(value, graph: graph, to: &out) }
            }
            out.append(UInt8(ascii: "}"))
        }
        switch v {
        case .string(let s): appendJSONString(s, to: &out)
        case .int(let n): appendInteger(n, to: &out)
        case .null: out.append(contentsOf: "null".utf8)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            JSONLineEncoder.appendString(v.temporalText ?? "", to: &out)
        case .double(let d) where !d.isFinite: JSONLineEncoder.appendString(String(d), to: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                json(item, graph: graph, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let m): properties(m)
        case .node(let n):
            out.append(contentsOf: #"{"key":"#.utf8)
            JSONLineEncoder.appendString(graph.key(of: n), to: &out)
            out.append(contentsOf: #","labels":"#.utf8)
            json(.list(graph.labels(of: n).map(Value.string)), graph: graph, to: &out)
            out.append(contentsOf: #","properties":"#.utf8)
            properties(graph.properties(of: n))
            out.append(UInt8(ascii: "}"))
        case .relationship(let r):
            out.append(contentsOf: #"{"key":"#.utf8)
            JSONLineEncoder.appendString(graph.key(of: r), to: &out)
            out.append(contentsOf: #","type":"#.utf8)
            JSONLineEncoder.appendString(graph.type(of: r), to: &out)
            out.append(contentsOf: #","start":"#.utf8)
            JSONLineEncoder.appendString(graph.key(of: graph.start(of: r)), to: &out)
            out.append(contentsOf: #","end":"#.utf8)
            JSONLineEncoder.appendString(graph.key(of: graph.end(of: r)), to: &out)
            out.append(contentsOf: #","properties":"#.utf8)
            properties(graph.properties(of: r))
            out.append(UInt8(ascii: "}"))
        case .path(let p):
            var items: [Value] = []
            for (i, n) in p.nodes.enumerated() {
                items.append(.node(n))
                if i < p.relationships.count { items.append(.relationship(p.relationships[i])) }
            }
            json(.list(items), graph: graph, to: &out)
        default: JSONLineEncoder.appendValue(v, to: &out)
        }
    }
}
