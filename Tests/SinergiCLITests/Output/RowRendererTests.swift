// Rows written as CSV, TSV, JSON and JSON lines straight into a byte buffer: the exact
// text for hostile cells (separators, quotes, line breaks, tabs, control characters,
// non-ASCII text, the extreme integers, floats, booleans, lists, dates, nulls), and
// `render` is the same text as `bytes`.
import SinergiGraph
import SinergiQuery
import Testing

@testable import SinergiCLI

@Suite struct RowRendererTests {
    static let result = QueryResult(
        columns: ["text", "n", "other"],
        rows: [
            [.string("plain"), .int(0), .null],
            [.string("a,b"), .int(-42), .double(1.5)],
            [.string("say \"hi\""), .int(Int64.min), .bool(true)],
            [.string("two\nlines"), .int(Int64.max), .list([.int(1), .string("x")])],
            [.string("cr\r\nlf"), .int(7), .date(CypherDate(year: 2023, month: 6, day: 21)!)],
            [.string("tab\there"), .int(1_000_000), .string("Ünïcode")],
            [.string("ctl\u{1}\\"), .null, .string("")],
        ])

    func text(_ format: RowFormat) -> String {
        let bytes = RowRenderer.bytes(Self.result, format: format, graph: PropertyGraph())
        let rendered = RowRenderer.render(Self.result, format: format, graph: PropertyGraph())
        #expect(String(decoding: bytes, as: UTF8.self) == rendered, "\(format)")
        return rendered
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let lines = [
            "text,n,other",
            "plain,0,",
            "\"a,b\",-42,1.5",
            "\"say \"\"hi\"\"\",-9223372036854775808,true",
            // A list as a spreadsheet shows it: its items, no quotes inside.
            "\"two\nlines\",9223372036854775807,\"1, x\"",
            "\"cr\r\nlf\",7,2023-06-21",
            "tab\there,1000000,Ünïcode",
            "ctl\u{1}\\,,",
        ]
        let expected = lines.map { $0 + "\n" }.joined()
        #expect(text(.csv) == expected)
    }

    @Test func tsvEscapesTabsAndLineBreaks() {
        let lines = [
            "text\tn\tother",
            "plain\t0\t",
            "a,b\t-42\t1.5",
            "say \"hi\"\t-9223372036854775808\ttrue",
            "two\\nlines\t9223372036854775807\t1, x",
            "cr\r\\nlf\t7\t2023-06-21",
            "tab\\there\t1000000\tÜnïcode",
            "ctl\u{1}\\\t\t",
        ]
        let expected = lines.map { $0 + "\n" }.joined()
        #expect(text(.tsv) == expected)
    }

    @Test func jsonAndJSONLinesEscapeStrings() {
        let lines = [
            #"{"text":"plain","n":0,"other":null}"#,
            #"{"text":"a,b","n":-42,"other":1.5}"#,
            #"{"text":"say \"hi\"","n":-9223372036854775808,"other":true}"#,
            #"{"text":"two\nlines","n":9223372036854775807,"other":[1,"x"]}"#,
            #"{"text":"cr\r\nlf","n":7,"other":"2023-06-21"}"#,
            #"{"text":"tab\there","n":1000000,"other":"Ünïcode"}"#,
            #"{"text":"ctl\u0001\\","n":null,"other":""}"#,
        ]
        #expect(text(.jsonl) == lines.map { $0 + "\n" }.joined())
        #expect(text(.json) == "[" + lines.joined(separator: ",\n ") + "]\n")
        let empty = QueryResult(columns: ["a"], rows: [])
        #expect(RowRenderer.render(empty, format: .json, graph: PropertyGraph()) == "[]\n")
        #expect(RowRenderer.render(empty, format: .csv, graph: PropertyGraph()) == "a\n")
    }
}
