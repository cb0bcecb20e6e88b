// Nothing lost, nothing guessed: a registry cut short in its snapshot, and every lenient
// JSON case (a missing labels list, a key given twice, invalid UTF-8, a float that would
// become infinity or zero, a numeric id) is an error naming FILE:LINE; only an interrupted
// writer's journal tail is ignored, with a warning.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryStrictnessTests {
    /// The problems of a registry that must not load.
    func problems(_ bytes: [UInt8], file: String = "r.jsonl") -> [String] {
        do {
            _ = try RegistryLoader.parse(Data(bytes), file: file)
            return []
        } catch {
            guard case .invalid(let problems) = error else { return ["\(error)"] }
            return problems.map(\.description)
        }
    }

    /// The problems of complete lines (each ends in a newline).
    func problems(_ text: String, file: String = "r.jsonl") -> [String] {
        problems(Array((text + "\n").utf8), file: file)
    }

    @Test func aSnapshotCutInTheMiddleOfALineIsAnErrorNamingTheLine() throws {
        let root = ScratchFolder.repositoryRoot
        let whole = try [UInt8](Data(contentsOf: root.appendingPathComponent("graphs/tpbis.jsonl")))
        // The cut of the issue: 300 complete lines, then half of line 301.
        let cut = Array(whole.prefix(52449))
        let found = problems(cut, file: "t.jsonl")
        #expect(
            found == [
                "t.jsonl:301: the file ends in the middle of this line: the registry was cut short (a copy or "
                    + "download that stopped?); 300 nodes and 0 relationships were read before it, the rest is missing"
            ])
    }

    @Test func aWriterInterruptedInItsFirstJournalLineLeavesAWarningOnly() throws {
        let snapshot = #"{"type":"node","id":"a","labels":["X"],"properties":{}}"# + "\n"
        // Journal lines begin with their transaction, so a cut first line still shows it.
        for torn in [#"{"tx":1,"type":"node","id":"b","lab"#, #"{"tx"#, "{"] {
            let loaded = try RegistryLoader.parse(Data((snapshot + torn).utf8), file: "r.jsonl")
            #expect(loaded.graph.nodeCount == 1)
            #expect(loaded.warnings.map(\.line) == [2])
            #expect(loaded.committedLength == snapshot.utf8.count)
        }
        // A cut snapshot line that is not a journal line is not taken for one.
        let cut = Array((snapshot + #"{"type":"node","id":"b","lab"#).utf8)
        #expect(problems(cut).first?.hasPrefix("r.jsonl:2: the file ends in the middle of this line") == true)
        // A last line without its newline that is complete but wrong says what is wrong.
        let wrong = Array((snapshot + #"{"type":"node","id":"b","properties":{}}"#).utf8)
        #expect(problems(wrong) == [#"r.jsonl:2:1: node 'b' needs "labels" (a list of label names, [] for none)"#])
    }

    @Test func aRecordWithAKeyTwiceIsAnError() {
        #expect(
            problems(#"{"type":"node","id":"a","id":"b","labels":["X"],"properties":{}}"#)
                == ["r.jsonl:1:25: key 'id' appears twice"])
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X"],"labels":["Y"],"properties":{}}"#)
                == ["r.jsonl:1:40: key 'labels' appears twice"])
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X"],"properties":{},"note":1,"note":2}"#)
                == ["r.jsonl:1:65: key 'note' appears twice"])
        let endpoint =
            #"{"type":"node","id":"a","labels":["X"],"properties":{}}"# + "\n"
            + #"{"type":"relationship","id":"r","label":"T","properties":{},"start":{"id":"a","id":"b"},"end":{"id":"a"}}"#
        #expect(problems(endpoint).first?.hasPrefix("r.jsonl:2:") == true)
        #expect(problems(endpoint).first?.hasSuffix("key 'id' appears twice") == true)
    }

    @Test func aNodeWithoutItsLabelsListIsAnError() {
        #expect(
            problems(#"{"type":"node","id":"a","properties":{}}"#)
                == [#"r.jsonl:1:1: node 'a' needs "labels" (a list of label names, [] for none)"#])
        #expect(
            problems(#"{"type":"node","id":"a","labels":[""],"properties":{}}"#) == [
                "r.jsonl:1:35: a label must not be empty"
            ])
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X","X"],"properties":{}}"#)
                == ["r.jsonl:1:39: label 'X' appears twice"])
    }

    @Test func invalidUTF8IsAnErrorNotAReplacementCharacter() {
        var bytes = Array(#"{"type":"node","id":"a","labels":["X"],"properties":{"name":"Bapp"#.utf8)
        bytes += [0xC3, 0x28]  // an invalid two-byte sequence
        bytes += Array(#"eda"}}"#.utf8) + [0x0A]
        #expect(problems(bytes) == ["r.jsonl:1:61: a string is not valid UTF-8"])
        // Importing such a file says the same.
        #expect(
            JSONLinesImport.batch(bytes, file: "i.jsonl").diagnostics.map(\.description) == [
                "i.jsonl:1:61: a string is not valid UTF-8"
            ])
    }

    @Test func floatsThatWouldBecomeInfinityOrZeroAreErrors() {
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X"],"properties":{"x":1e400}}"#)
                == [
                    #"r.jsonl:1:58: '1e400' is too large for a 64-bit float (infinity is written {"$double":"Infinity"})"#
                ])
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X"],"properties":{"x":-1.5e999}}"#).first?.contains(
                "'-1.5e999' is too large") == true)
        #expect(
            problems(#"{"type":"node","id":"a","labels":["X"],"properties":{"x":1e-400}}"#)
                == ["r.jsonl:1:58: '1e-400' is too small for a 64-bit float: it would be stored as 0"])
        // Zero written as zero, and the extremes that fit, still load.
        let fine =
            #"{"type":"node","id":"a","labels":["X"],"properties":{"z":0.0,"e":0e5,"big":1.7e308,"tiny":5e-324}}"#
        #expect(problems(fine).isEmpty)
    }

    @Test func aNumericIdIsAnErrorNotAKey() {
        #expect(
            problems(#"{"type":"node","id":7,"labels":["X"],"properties":{}}"#)
                == [#"r.jsonl:1:21: "id" must be a string in double quotes, not 7"#])
    }

    @Test func theCutRegistryFailsInARealProcessAndCheckSaysWhere() throws {
        let work = try ScratchFolder()
        let whole = try [UInt8](
            Data(contentsOf: ScratchFolder.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl")))
        try work.write("t.jsonl", bytes: Array(whole.prefix(52449)))
        let check = work.sinergi(["check", "-r", "t.jsonl"])
        #expect(check.status == 1, "\(check)")
        #expect(check.stderr.hasPrefix("error: t.jsonl:301: the file ends in the middle of this line"), "\(check)")
        let stats = work.sinergi(["stats", "-r", "t.jsonl"], language: "id")
        #expect(stats.status == 1)
        #expect(stats.stderr.hasPrefix("galat: t.jsonl:301: berkas berakhir di tengah baris ini"), "\(stats)")
    }
}
