// RFC 4180 reading and writing: quoting, embedded separators and line breaks, CRLF, BOM, lines.

import Testing

@testable import SinergiFormats

@Suite struct CSVReaderTests {
    @Test func quotedFieldsWithEmbeddedCommasQuotesAndNewlines() {
        let text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,\"\"\r\n"
        let (records, issues) = CSVReader.read(text)
        #expect(issues.isEmpty)
        #expect(records.count == 3)
        #expect(records[1].fields.map(\.text) == ["x,1", "say \"hi\"", "two\nlines"])
        #expect(records[2].fields == [CSVField("plain"), CSVField(""), CSVField("", quoted: true)])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndLineEnds() {
        let (records, issues) = CSVReader.read("\u{FEFF}id,name\r1,a\n2,b\r\n\n3,c")
        #expect(issues.isEmpty)
        #expect(records.map { $0.fields.map(\.text) } == [["id", "name"], ["1", "a"], ["2", "b"], ["3", "c"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func carriageReturnInsideQuotesIsKept() {
        let (records, _) = CSVReader.read("\"a\r\nb\",\"c\rd\"\n")
        #expect(records[0].fields.map(\.text) == ["a\r\nb", "c\rd"])
    }

    @Test func unterminatedQuoteIsReportedAtItsLine() {
        let (_, issues) = CSVReader.read("a,b\n1,\"open\n2,3\n")
        #expect(issues.map(\.line) == [2])
        #expect(issues.map(\.message.description) == ["unterminated quoted field"])
    }

    @Test func textAfterClosingQuoteIsReported() {
        let (records, issues) = CSVReader.read("\"ab\"cd,e\n")
        #expect(issues.map(\.line) == [1])
        #expect(issues.map(\.message.description) == ["unexpected text after a closing quote"])
        #expect(records[0].fields.map(\.text) == ["abcd", "e"])
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        #expect(
            CSVWriter.record([
                CSVField("a"), CSVField("b,c"), CSVField("q\""), CSVField(""), CSVField("", quoted: true),
            ])
                == "a,\"b,c\",\"q\"\"\",,\"\"")
        #expect(CSVWriter.field(text: ",\u{301}") == "\",\u{301}\"")
        #expect(CSVWriter.field(text: "line\nbreak") == "\"line\nbreak\"")
    }

    @Test func randomRecordsRoundTrip() {
        var rng = SeededRandom(seed: 99)
        for _ in 0..<50 {
            let rows: [[CSVField]] = (0..<rng.int(1...6)).map { _ in
                let n = rng.int(1...5)
                return (0..<n).map { _ in
                    let text = rng.chance(0.2) ? "" : HostileText.make(&rng, controls: true)
                    return CSVField(text, quoted: text.isEmpty && rng.chance(0.5))
                }
            }
            // A record of one unquoted empty field is an empty line, which readers skip.
            let kept = rows.filter { !($0.count == 1 && $0[0] == CSVField("")) }
            let text = CSVWriter.document(kept, lineEnd: rng.chance(0.5) ? "\r\n" : "\n")
            let (records, issues) = CSVReader.read(text)
            #expect(issues.isEmpty)
            #expect(records.map { $0.fields.map { $0.text.exact } } == kept.map { $0.map { $0.text.exact } })
            #expect(
                records.map { $0.fields.map { $0.text.isEmpty ? $0.quoted : false } }
                    == kept.map { $0.map { $0.text.isEmpty ? $0.quoted : false } })
        }
    }
}
