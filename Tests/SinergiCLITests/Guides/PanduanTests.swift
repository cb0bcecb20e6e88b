// docs/panduan.md keeps its promises: the steps listed at the top are the steps it has, in the
// programme's words ("peserta", not "kursi"), every command speaks Indonesian, and its tables
// of labels and relationship types say what the program itself writes with --lang id.
// (GuideCommandsTests runs its commands and compares their output.)
import Foundation
import SinergiText
import Testing

@Suite struct PanduanTests {
    static var text: String {
        get throws {
            try String(
                contentsOf: GuideRunner.repositoryRoot.appendingPathComponent("docs/panduan.md"), encoding: .utf8)
        }
    }

    static var lines: [Substring] {
        get throws { try text.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    @Test func theStepsListedAreTheHeadings() throws {
        let lines = try Self.lines
        let headings = lines.compactMap { line -> (Int, String)? in
            guard line.hasPrefix("## Langkah "), let colon = line.firstIndex(of: ":") else { return nil }
            let number = Int(line.dropFirst("## Langkah ".count).prefix { $0.isNumber })
            return number.map { ($0, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)) }
        }
        let firstHeading = try #require(lines.firstIndex { $0.hasPrefix("## ") })
        let promised = lines[..<firstHeading].compactMap { line -> (Int, String)? in
            guard let dot = line.firstIndex(of: "."), let n = Int(line[..<dot]) else { return nil }
            return (n, line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces))
        }
        #expect(headings.count >= 5, "the steps were not found")
        #expect(headings.map(\.0) == Array(1...headings.count), "the steps are numbered 1, 2, 3, …")
        #expect(promised.map(\.0) == headings.map(\.0), "the list at the top names every step")
        for (p, h) in zip(promised, headings) {
            #expect(p.1 == h.1, "step \(h.0): promised '\(p.1)', the heading says '\(h.1)'")
        }
    }

    @Test func participantsAreNotSeats() throws {
        for (number, line) in try Self.lines.enumerated() where line.lowercased().contains("kursi") {
            Issue.record("docs/panduan.md:\(number + 1): 'kursi' — the programme says 'peserta': \(line)")
        }
    }

    @Test func everyCommandSpeaksIndonesian() throws {
        let markdown = try Self.text
        var commands = 0
        for block in try GuideBlocks.texts(tagged: "sh", in: markdown) {
            for command in block.text.split(separator: "\n") where command.hasPrefix("sinergi ") {
                commands += 1
                #expect(command.contains(" --lang id"), "docs/panduan.md:\(block.line): no --lang id in \(command)")
            }
        }
        #expect(commands >= 8)
    }

    /// The rows `| `NAME` | TEXT | … |` of the table under `heading`.
    static func table(under heading: String) throws -> [(name: String, cells: [String])] {
        let lines = try Self.lines
        let start = try #require(lines.firstIndex { $0 == heading }, "no heading '\(heading)'")
        var rows: [(String, [String])] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append((cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), Array(cells.dropFirst())))
        }
        return rows
    }

    @Test func theLabelTableSaysWhatTheProgramWrites() throws {
        let rows = try Self.table(under: "### Jenis pemangku kepentingan dan wilayah (label)")
        #expect(rows.count >= 15)
        for row in rows {
            #expect(Vocabulary.kind(row.name, .id) != row.name, "\(row.name) is no label the catalogue knows")
            #expect(row.cells.first == Vocabulary.kind(row.name, .id), "\(row.name)")
        }
    }

    @Test func theRelationshipTableSaysWhatTheProgramWrites() throws {
        let rows = try Self.table(under: "### Jenis relasi")
        #expect(rows.count >= 9)
        for row in rows {
            #expect(row.cells.count == 2, "\(row.name): a phrase and a noun")
            #expect(row.cells.first == Vocabulary.relationship(row.name, .id), "\(row.name) as a phrase")
            #expect(row.cells.last == Vocabulary.relationshipNoun(row.name, .id), "\(row.name) as a noun")
        }
    }
}
