// Merging in the library: the common history found byte for byte, changes to different properties
// of one entity combined, keys both sides generated renamed, every kind of conflict with both
// values, resolutions, and a merge over a file a writer changed meanwhile refused.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryMergeTests {
    static func time(_ text: String) -> CypherDateTime? { RegistryHistoryTests.time(text) }

    /// A registry of two stakeholders and their partnership (transaction 1), copied to ours and
    /// theirs, each then changed by `ours` and `theirs` as one transaction.
    static func fork(
        _ folder: TemporaryFolder, ours: (inout PropertyGraph) throws -> Void,
        theirs: (inout PropertyGraph) throws -> Void
    ) throws -> MergePlan {
        let base = Registry(
            path: folder.path("base.jsonl"),
            signature: CommitSignature(author: "Admin", time: time("2023-08-01T08:00:00+07:00")))
        try base.transaction(create: true) { g in
            let a = try g.addNode(labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda A", "phone": "1"])
            let b = try g.addNode(labels: ["Stakeholder", "DPMPD"], properties: ["name": "DPMPD B"])
            try g.addRelationship(type: "PARTNERS_WITH", from: a, to: b, properties: [:])
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: base.path))
        for name in ["ours.jsonl", "theirs.jsonl"] { try bytes.write(to: URL(fileURLWithPath: folder.path(name))) }
        try Registry(
            path: folder.path("ours.jsonl"),
            signature: CommitSignature(author: "Siti", time: time("2023-08-02T08:00:00+07:00"))
        ).transaction(ours)
        try Registry(
            path: folder.path("theirs.jsonl"),
            signature: CommitSignature(
                author: "Budi", time: time("2023-08-02T09:00:00+08:00"), message: "Tanjungpinang")
        ).transaction(theirs)
        return try MergePlan(
            ours: Registry(path: folder.path("ours.jsonl")).history(),
            theirs: Registry(path: folder.path("theirs.jsonl")).history(), signature: CommitSignature(author: "Lead"))
    }

    @Test func changesToDifferentPropertiesCombineAndGeneratedKeysNeverCollide() throws {
        let folder = TemporaryFolder()
        let plan = try Self.fork(
            folder,
            ours: { g in
                try g.setProperty("phone", to: "2", on: g.node(forKey: "n1")!)
                try g.addNode(labels: ["Stakeholder", "Library"], properties: ["name": "Perpustakaan Desa X"])
            },
            theirs: { g in
                try g.setProperty("email", to: "bappeda@a.go.id", on: g.node(forKey: "n1")!)
                let c = try g.addNode(labels: ["Stakeholder", "Library"], properties: ["name": "Perpustakaan Desa Y"])
                try g.addRelationship(type: "PARTNERS_WITH", from: g.node(forKey: "n2")!, to: c, properties: [:])
            })
        #expect(plan.shared && plan.sharedTransactions == 1)
        #expect(plan.conflicts.isEmpty)
        // Both handed out n4 (ours: X; theirs: Y): theirs' is renamed past both serials. Ours never
        // handed out 5: their r5 keeps its key.
        #expect(plan.renamed.map { "\($0.from)→\($0.to)" } == ["n4→n6"])
        let result = try plan.result(MergeResolutions())
        #expect(result.transactions.map(\.merged) == [3])
        let g = result.graph
        let a = try #require(g.node(forKey: "n1"))
        #expect(g.properties(of: a) == ["name": "Bappeda A", "phone": "2", "email": "bappeda@a.go.id"])
        #expect(g.property("name", of: try #require(g.node(forKey: "n4"))) == "Perpustakaan Desa X")
        #expect(g.property("name", of: try #require(g.node(forKey: "n6"))) == "Perpustakaan Desa Y")
        let r5 = try #require(g.relationship(forKey: "r5"))
        #expect(g.key(of: g.start(of: r5)) == "n2" && g.key(of: g.end(of: r5)) == "n6")
        #expect(g.keySerial == 6)
        // The merged file is ours byte for byte, then their transaction signed as they signed it.
        let ours = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.path("ours.jsonl"))))
        #expect(Array(result.bytes.prefix(ours.count)) == ours)
        let last = try RegistryHistory(content: result.bytes, name: "c.jsonl").journal.transactions.last
        #expect(
            last?.signature
                == CommitSignature(
                    author: "Budi", time: Self.time("2023-08-02T09:00:00+08:00"), message: "Tanjungpinang"))
    }

    @Test func theSamePropertyChangedTwoWaysIsAConflictWithBothValues() throws {
        let folder = TemporaryFolder()
        let plan = try Self.fork(
            folder, ours: { g in try g.setProperty("phone", to: "2", on: g.node(forKey: "n1")!) },
            theirs: { g in try g.setProperty("phone", to: "3", on: g.node(forKey: "n1")!) })
        #expect(plan.conflicts.count == 1)
        let c = try #require(plan.conflicts.first)
        #expect(c.kind == .property && c.key == "n1" && c.property == "phone")
        #expect(c.base == "1" && c.ours == "2" && c.theirs == "3")
        #expect(plan.unresolved(MergeResolutions()).count == 1)
        var byProperty = MergeResolutions()
        byProperty.properties["n1"] = ["phone": .theirs]
        #expect(plan.unresolved(byProperty).isEmpty)
        let theirs = try plan.result(byProperty).graph
        #expect(theirs.property("phone", of: theirs.node(forKey: "n1")!) == "3")
        let ours = try plan.result(MergeResolutions(prefer: .ours))
        #expect(ours.graph.property("phone", of: ours.graph.node(forKey: "n1")!) == "2")
        // Ours kept: nothing of their transaction is left, and nothing is appended.
        #expect(ours.transactions.map(\.merged) == [nil])
    }

    @Test func removedOnOneSideAndChangedOrConnectedOnTheOtherIsAConflict() throws {
        let folder = TemporaryFolder()
        let plan = try Self.fork(
            folder,
            ours: { g in
                try g.removeNode(g.node(forKey: "n2")!, detach: true)
                try g.addRelationship(
                    type: "MENTORS", from: g.node(forKey: "n1")!,
                    to: try g.addNode(key: "kota", labels: ["Stakeholder"], properties: [:]), properties: [:])
            },
            theirs: { g in
                try g.setProperty("phone", to: "9", on: g.node(forKey: "n2")!)
                try g.removeNode(g.node(forKey: "n1")!, detach: true)
            })
        #expect(
            plan.conflicts.map { "\($0.kind) \($0.key) \($0.removedBy?.rawValue ?? "")" } == [
                "removedConnected n1 theirs", "removedChanged n2 ours",
            ])
        // Theirs: n1 goes with ours' new relationship, n2 comes back with their phone.
        let theirs = try plan.result(MergeResolutions(prefer: .theirs)).graph
        #expect(theirs.node(forKey: "n1") == nil)
        #expect(theirs.property("phone", of: try #require(theirs.node(forKey: "n2"))) == "9")
        // Ours: n1 stays with its mentoring, n2 stays removed.
        let ours = try plan.result(MergeResolutions(prefer: .ours)).graph
        let n1 = try #require(ours.node(forKey: "n1"))
        #expect(ours.outgoing(of: n1).map { ours.type(of: $0) } == ["MENTORS"])
        #expect(ours.node(forKey: "n2") == nil)
    }

    @Test func filesWithoutCommonHistoryComeTogetherByKeyInOneTransaction() throws {
        let folder = TemporaryFolder()
        let one = Registry(path: folder.path("one.jsonl"))
        try one.transaction(create: true) { g in
            try g.addNode(
                key: "kepri/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda Kepri"])
        }
        let two = Registry(path: folder.path("two.jsonl"))
        try two.transaction(create: true) { g in
            try g.addNode(
                key: "kepri/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda Kepri"])
            try g.addNode(
                key: "sumut/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda Sumut"])
        }
        let plan = try MergePlan(
            ours: one.history(), theirs: two.history(),
            signature: CommitSignature(
                author: "Lead", time: Self.time("2023-09-01T08:00:00+07:00"), message: "nasional"))
        #expect(!plan.shared && plan.conflicts.isEmpty && plan.renamed.isEmpty)
        let result = try plan.result(MergeResolutions())
        #expect(result.graph.nodes.map { result.graph.key(of: $0) }.sorted() == ["kepri/bappeda", "sumut/bappeda"])
        let journal = try RegistryHistory(content: result.bytes, name: "c.jsonl").journal
        #expect(journal.transactions.map(\.number) == [1, 2])
        #expect(journal.transactions[1].signature.author == "Lead")
        #expect(journal.transactions[1].records.count == 1)
    }

    @Test func aMergeOverAFileAWriterChangedMeanwhileWritesNothing() throws {
        let folder = TemporaryFolder()
        let plan = try Self.fork(
            folder, ours: { g in try g.setProperty("phone", to: "2", on: g.node(forKey: "n1")!) },
            theirs: { g in try g.setProperty("email", to: "x", on: g.node(forKey: "n2")!) })
        let result = try plan.result(MergeResolutions())
        let ours = Registry(path: folder.path("ours.jsonl"))
        try ours.transaction { g in try g.setProperty("phone", to: "5", on: g.node(forKey: "n1")!) }
        let before = try Data(contentsOf: URL(fileURLWithPath: ours.path))
        #expect(throws: HistoryError.mergeChangedMeanwhile(path: ours.path)) {
            try ours.replace(with: result.bytes, expected: plan.oursContent)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours.path)) == before)
    }
}
