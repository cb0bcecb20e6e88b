// Renders query rows as an aligned table, CSV, TSV, JSON, JSON lines or Markdown.
import SinergiFormats
import SinergiGraph
import SinergiQuery

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
    /// described through `graph`. `style` says how table and Markdown cells show values; a
    /// `width` fits the table format to it (long cells wrap).
    /// - Complexity: O(size of the output).
    public static func render(
        _ result: QueryResult, format: RowFormat, graph: PropertyGraph, style: CellStyle = .literal, width: Int? = nil
    ) -> String {
        switch format {
        case .table: return table(result, graph: graph, style: style, width: width)
        case .csv: return delimited(result, separator: ",", graph: graph)
        case .tsv: return delimited(result, separator: "\t", graph: graph)
        case .json:
            let objects = result.rows.map { object($0, columns: result.columns, graph: graph) }
            return "[" + objects.joined(separator: ",\n ") + "]\n"
        case .jsonl: return result.rows.map { object($0, columns: result.columns, graph: graph) + "\n" }.joined()
        case .markdown: return markdown(result, graph: graph, style: style)
        case .dot: return DOTExporter.export(graph, subset: DiagramSelection.subset(of: result))
        }
    }

    /// A cell as text: strings bare, everything else in the query language's literal syntax.
    static func cell(_ v: Value, graph: PropertyGraph) -> String {
        if case .string(let s) = v { return s }
        if case .null = v { return "" }
        // Dates and times as bare ISO 8601, which spreadsheets read as dates.
        if let text = v.temporalText { return text }
        return ValueFormatter.literal(v, graph: graph)
    }

    /// A table or Markdown cell in `style`.
    static func displayed(_ v: Value, graph: PropertyGraph, style: CellStyle) -> String {
        switch style {
        case .plain: return cell(v, graph: graph)
        case .literal:
            if case .null = v { return "null" }
            return ValueFormatter.literal(v, graph: graph)
        }
    }

    static func table(_ result: QueryResult, graph: PropertyGraph, style: CellStyle, width: Int?) -> String {
        let rows = result.rows.map { $0.map { displayed($0, graph: graph, style: style) } }
        return TableLayout.render(header: result.columns, rows: rows, width: width)
    }

    static func delimited(_ result: QueryResult, separator: Character, graph: PropertyGraph) -> String {
        func field(_ s: String) -> String {
            if separator == "\t" {
                return s.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
            }
            if s.contains(separator) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = result.columns.map(field).joined(separator: String(separator)) + "\n"
        for r in result.rows {
            out += r.map { field(cell($0, graph: graph)) }.joined(separator: String(separator)) + "\n"
        }
        return out
    }

    static func markdown(_ result: QueryResult, graph: PropertyGraph, style: CellStyle) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = "| " + result.columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + result.columns.map { _ in " --- |" }.joined() + "\n"
        for r in result.rows {
            out +=
                "| "
                + r.map { escape(displayed($0, graph: graph, style: style)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func object(_ row: [Value], columns: [String], graph: PropertyGraph) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, (name, v)) in zip(columns, row).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONLineEncoder.appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
            json(v, graph: graph, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
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
