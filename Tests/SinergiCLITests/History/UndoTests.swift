// `sinergi undo TX` on the real registry AsOfTests builds (init, SHM Bintan, DPMPD Bintan, a
// rename, a delete): an undo is a new signed transaction; a deleted stakeholder comes back with
// its key, labels, properties and relationships; an undo can be undone; a refusal names the
// later transactions and leaves the file byte-identical; --dry-run writes nothing.
import Foundation
import SinergiTestSupport
import Testing

@Suite struct UndoTests {
    static let undoDate = ["SINERGI_DATE": "2023-08-11T10:00:00+07:00"]

    /// The JSON lines export of the registry (or of it as of `point`): what the undo is compared by.
    /// Its lines sorted: an entity re-created by an undo is exported in another place.
    static func export(_ work: ScratchFolder, asOf point: String? = nil) -> [String] {
        let arguments = ["export", "-r", "kepri.jsonl"] + (point.map { ["--as-of", $0] } ?? [])
        let run = GoldenTranscript.transcript(arguments, directory: work.url)
        let out = run.components(separatedBy: "--- stdout\n").last?.components(separatedBy: "--- stderr").first ?? ""
        return out.split(separator: "\n").map(String.init).sorted()
    }

    @Test func undoOfADeleteBringsTheStakeholderBackWithItsKeys() throws {
        let work = try AsOfTests.kepri()
        GoldenTranscript.check(
            "history/undo-delete", ["undo", "5", "-r", "kepri.jsonl", "--author", "Siti Rahma"],
            environment: Self.undoDate, directory: work.url)
        // The registry now is the registry as it was before transaction 5: same keys, same values.
        #expect(Self.export(work) == Self.export(work, asOf: "4"))
        #expect(
            Self.export(work).contains(
                #"{"type":"node","id":"n3","labels":["Stakeholder","Bappeda"],"properties":{"name":"Bappeda Kabupaten Bintan"}}"#
            ))
        let commit = work.read("kepri.jsonl")?.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            commit
                == #"{"tx":6,"type":"commit","lines":3,"keys":8,"author":"Siti Rahma","time":"2023-08-11T10:00+07:00","message":"undo of transaction 5"}"#
        )
    }

    @Test func anUndoCanBeUndone() throws {
        let work = try AsOfTests.kepri()
        let run = GoldenTranscript.transcript(
            ["undo", "4", "-r", "kepri.jsonl"], environment: Self.undoDate, directory: work.url)
        #expect(run.contains("transaction 6 undoes transaction 4: 0 added, 0 removed, 1 changed"), "\(run)")
        #expect(Self.export(work).contains { $0.contains(#""properties":{"name":"DPMPD Kabupaten Bintan"}"#) })
        GoldenTranscript.check(
            "id/history/undo-of-undo", ["undo", "6", "-r", "kepri.jsonl", "--message", "nama dinas sudah benar"],
            environment: ["SINERGI_LANG": "id", "SINERGI_DATE": "2023-08-11T11:00:00+07:00"], directory: work.url)
        #expect(Self.export(work) == Self.export(work, asOf: "5"))
        let log = GoldenTranscript.transcript(
            ["log", "-r", "kepri.jsonl", "--since", "6"], directory: work.url)
        #expect(log.contains("transaction 7 · 2023-08-11 11:00 +07:00"), "\(log)")
        #expect(log.contains("    nama dinas sudah benar\n  1 stakeholder changed in Kabupaten Bintan (name, phone)"))
    }

    @Test func anUndoLaterWorkDependsOnIsRefusedAndWritesNothing() throws {
        let work = try AsOfTests.kepri()
        let before = work.bytes("kepri.jsonl")
        // Transaction 2 created the library office and the Bappeda: 3 partnered the office with
        // the DPMPD, 5 deleted the Bappeda with its location and partnership.
        AsOfTests.inBothLanguages("error-undo-depended-on", ["undo", "2", "-r", "kepri.jsonl"], in: work)
        // Transaction 3 created the DPMPD, which 4 renamed.
        GoldenTranscript.check("history/error-undo-renamed", ["undo", "3", "-r", "kepri.jsonl"], directory: work.url)
        AsOfTests.inBothLanguages("error-undo-creation", ["undo", "1", "-r", "kepri.jsonl"], in: work)
        GoldenTranscript.check("history/error-undo-no-such", ["undo", "9", "-r", "kepri.jsonl"], directory: work.url)
        GoldenTranscript.check(
            "history/error-undo-not-a-number", ["undo", "kemarin", "-r", "kepri.jsonl"], directory: work.url)
        #expect(work.bytes("kepri.jsonl") == before)
    }

    @Test func aDryRunShowsTheReversalAndWritesNothing() throws {
        let work = try AsOfTests.kepri()
        let before = work.bytes("kepri.jsonl")
        AsOfTests.inBothLanguages("undo-dry-run", ["undo", "5", "-r", "kepri.jsonl", "--dry-run"], in: work)
        #expect(work.bytes("kepri.jsonl") == before)
        for n in ["5", "4", "3"] {
            let run = GoldenTranscript.transcript(
                ["undo", n, "-r", "kepri.jsonl"], environment: Self.undoDate, directory: work.url)
            #expect(run.contains("\nexit: 0\n"), "\(run)")
        }
        // Undoing 5, 4 and 3, newest first, brings back the registry as of 2.
        #expect(Self.export(work) == Self.export(work, asOf: "2"))
    }
}
