// Who, when and why in the journal; the journal as an index; the registry as of a point.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import SinergiText
import Testing

@testable import SinergiRegistry

@Suite struct RegistryHistoryTests {
    static func time(_ text: String) -> CypherDateTime { CypherDateTime(parsing: text)! }

    /// Three signed transactions on three days: create a, b (Medan, 7 Aug), link them and
    /// rename a (8 Aug), delete b (Makassar, 9 Aug, +08:00).
    static func threeDays(_ folder: TemporaryFolder) throws -> Registry {
        let path = folder.path("r.jsonl")
        var siti = Registry(
            path: path, signature: CommitSignature(author: "Siti Rahma", time: time("2023-08-07T09:00:00+07:00")))
        try siti.transaction(create: true) { g in
            try g.addNode(key: "a", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda A"])
            try g.addNode(key: "b", labels: ["Stakeholder", "DPMPD"], properties: ["name": "DPMPD B"])
        }
        siti.signature = CommitSignature(
            author: "Siti Rahma", time: time("2023-08-08T23:30:00+07:00"), message: "SHM: kemitraan baru")
        try siti.transaction { g in
            try g.addRelationship(
                key: "ab", type: "PARTNERS_WITH", from: g.node(forKey: "a")!, to: g.node(forKey: "b")!,
                properties: ["since": .date(CypherDate(year: 2023, month: 8, day: 8)!)])
            try g.setProperty("name", to: "Bappeda Kabupaten A", on: g.node(forKey: "a")!)
        }
        let budi = Registry(
            path: path, signature: CommitSignature(author: "Budi", time: time("2023-08-09T08:00:00+08:00")))
        try budi.transaction { g in try g.removeNode(g.node(forKey: "b")!, detach: true) }
        return Registry(path: path)
    }

    @Test func commitRecordsCarryWhoWhenAndWhy() throws {
        let folder = TemporaryFolder()
        let registry = try Self.threeDays(folder)
        let lines = try String(contentsOfFile: registry.path, encoding: .utf8).split(separator: "\n")
        let commits = lines.filter { $0.contains(#""type":"commit""#) }
        #expect(
            commits == [
                #"{"tx":1,"type":"commit","lines":2,"author":"Siti Rahma","time":"2023-08-07T09:00+07:00"}"#,
                #"{"tx":2,"type":"commit","lines":2,"author":"Siti Rahma","time":"2023-08-08T23:30+07:00","message":"SHM: kemitraan baru"}"#,
                #"{"tx":3,"type":"commit","lines":3,"author":"Budi","time":"2023-08-09T08:00+08:00"}"#,
            ])
        let journal = try registry.history().journal
        #expect(journal.transactions.map(\.number) == [1, 2, 3])
        #expect(journal.transactions[1].signature.message == "SHM: kemitraan baru")
        #expect(journal.transactions[2].signature.author == "Budi")
        // The deletes of b and of its relationship, and a's line again (it lost a relationship).
        #expect(journal.transactions[2].records.count == 3)
        #expect(journal.transactions[0].firstLine == 1 && journal.transactions[0].commitLine == 3)
    }

    @Test func aWriteWithoutATimeIsStampedWithTheClock() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"), signature: CommitSignature(author: "x"))
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        try registry.transaction(create: true) { g in try g.addNode(key: "a", labels: ["X"]) }
        let time = try #require(try registry.history().journal.transactions[0].signature.time)
        #expect(abs(time.epochSeconds - Int64(spec.tv_sec)) <= 2)
    }

    @Test func registriesWithoutSignaturesStillLoad() throws {
        let text = """
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"node","id":"b","labels":["X"],"properties":{},"tx":1}
            {"type":"commit","tx":1,"lines":1}
            {"tx":2,"type":"delete","node":"b"}
            {"tx":2,"type":"commit","lines":1,"keys":4}

            """
        let history = try RegistryHistory(content: Array(text.utf8), name: "old.jsonl")
        #expect(history.current.graph.nodeCount == 1)
        #expect(history.journal.transactions.map(\.number) == [1, 2])
        #expect(history.journal.transactions.allSatisfy { $0.signature.isEmpty })
        #expect(history.journal.snapshotLines == 1)
        #expect(try history.state(asOf: .transaction(1)).graph.nodeCount == 2)
        // A time-less transaction counts as before every date: the journal is in writing order.
        #expect(try history.state(asOf: .date(CypherDate(year: 2000, month: 1, day: 1)!)).graph.nodeCount == 1)
    }

    @Test func badSignatureFieldsAreErrorsWithTheirPlace() throws {
        let text = """
            {"tx":1,"type":"node","id":"a","labels":["X"],"properties":{}}
            {"tx":1,"type":"commit","lines":1,"time":"yesterday"}

            """
        let error = #expect(throws: RegistryError.self) { try RegistryLoader.parse(Data(text.utf8), file: "t.jsonl") }
        #expect(
            error?.description
                == #"t.jsonl:2:42: "time" of a commit record must be a date-time with its offset, such as "2026-12-02T08:23:45+07:00", not 'yesterday'"#
        )
        let flag = #"{"tx":1,"type":"commit","lines":0,"compacted":"yes"}"#
        #expect(throws: JSONLineError(Message(.jsonExpectedBoolean, ["found": .text(#""yes""#)]), column: 47)) {
            try JSONLineDecoder.decode(flag)
        }
    }

    @Test func theRegistryAsOfATransactionOrADate() throws {
        let folder = TemporaryFolder()
        let history = try Self.threeDays(folder).history()
        func names(_ loaded: LoadedRegistry) -> [String] {
            loaded.graph.nodes.map { loaded.graph.property("name", of: $0).stringValue ?? "" }.sorted()
        }
        #expect(try names(history.state(asOf: .transaction(1))) == ["Bappeda A", "DPMPD B"])
        #expect(try history.state(asOf: .transaction(2)).graph.relationshipCount == 1)
        #expect(try names(history.state(asOf: .transaction(3))) == ["Bappeda Kabupaten A"])
        #expect(try history.state(asOf: .transaction(0)).graph.nodeCount == 0)
        // A date is the end of that day on the writer's clock: 23:30 WIB on 8 August is 8 August.
        let aug8 = try history.state(asOf: HistoryPoint(parsing: "2023-08-08")!)
        #expect(aug8.lastTransaction == 2)
        #expect(try history.state(asOf: HistoryPoint(parsing: "2023-08-06")!).graph.nodeCount == 0)
        // An instant compares across offsets: 08:00+08:00 on 9 August is 00:00 UTC.
        #expect(try history.transactionNumber(at: HistoryPoint(parsing: "2023-08-09T07:59+07:00")!) == 3)
        #expect(try history.transactionNumber(at: HistoryPoint(parsing: "2023-08-08T23:59Z")!) == 2)
        // A wall-clock time without an offset reads the writers' clocks.
        #expect(try history.transactionNumber(at: HistoryPoint(parsing: "2023-08-08T23:29")!) == 1)
        // A line number in a message is still the file's line.
        #expect(throws: HistoryError.noSuchTransaction(path: history.path, number: 9, last: 3)) {
            try history.state(asOf: .transaction(9))
        }
        // Through the registry, as the commands call it.
        #expect(try Registry(path: history.path).load(asOf: .transaction(2)).graph.relationshipCount == 1)
    }

    @Test func compactionKeepsTheNumberingAndSaysWhatItFolded() throws {
        let folder = TemporaryFolder()
        var registry = try Self.threeDays(folder)
        registry.signature = CommitSignature(author: "Admin", time: Self.time("2023-09-01T10:00:00+07:00"))
        try registry.compact()
        let history = try registry.history()
        #expect(history.journal.transactions.map(\.number) == [4])
        #expect(history.journal.transactions[0].compacted)
        #expect(history.journal.transactions[0].signature.author == "Admin")
        #expect(history.oldestKept == 4)
        #expect(history.current.journalTransactions == 0)
        #expect(try history.state(asOf: .transaction(4)).graph.nodeCount == 1)
        #expect(try history.state(asOf: HistoryPoint(parsing: "2023-09-02")!).lastTransaction == 4)
        let folded = HistoryError.foldedByCompaction(
            path: registry.path, point: .transaction(2), compaction: 4, time: "2023-09-01 10:00 +07:00")
        #expect(throws: folded) { try history.state(asOf: .transaction(2)) }
        #expect(
            folded.description
                == "\(registry.path) does not keep its state as of transaction 2: the registry was compacted on 2023-09-01 10:00 +07:00 (transaction 4), which folded the history before it into one snapshot"
        )
        #expect(throws: HistoryError.self) { try history.state(asOf: HistoryPoint(parsing: "2023-08-31")!) }
        // The next write is transaction 5; a replay starts after the compaction.
        try registry.transaction { g in try g.addNode(key: "c", labels: ["X"]) }
        var replay = try registry.history().replay()
        #expect(replay.graph.nodeCount == 1)
        #expect(try replay.applyNext()?.number == 5)
        #expect(replay.graph.nodeCount == 2)
        #expect(try replay.applyNext() == nil)
    }

    @Test func historyPointsAsPeopleWriteThem() {
        #expect(HistoryPoint(parsing: "12") == .transaction(12))
        #expect(HistoryPoint(parsing: "tx7") == .transaction(7))
        #expect(HistoryPoint(parsing: "2023-08-08") == .date(CypherDate(year: 2023, month: 8, day: 8)!))
        #expect(HistoryPoint(parsing: "2023-08-08T10:00+07:00") == .instant(Self.time("2023-08-08T10:00+07:00")))
        if case .localDateTime = HistoryPoint(parsing: "2023-08-08T10:00") {} else { Issue.record("local") }
        for bad in ["", "yesterday", "-3", "2023-13-01", "12a", "2023-08-08Tx"] {
            #expect(HistoryPoint(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func aReplaySaysWhatEachTransactionChanged() throws {
        let folder = TemporaryFolder()
        var replay = try Self.threeDays(folder).history().replay()
        var steps: [HistoryStep<Int>] = []
        while let step = try replay.step(context: { g, _, _ in g.nodeCount }) { steps.append(step) }
        #expect(steps.map { $0.before } == [0, 2, 2])
        #expect(steps.map { $0.after } == [2, 2, 1])
        #expect(steps[0].changes.count(.added, .node) == 2)
        let second = steps[1].changes.changes
        #expect(second.map(\.key) == ["a", "ab"])
        #expect(second[0].kind == .changed)
        #expect(
            second[0].properties == [PropertyChange(name: "name", old: "Bappeda A", new: "Bappeda Kabupaten A")])
        #expect(second[1].kind == .added && second[1].after?.type == "PARTNERS_WITH")
        // Deleting b deletes its partnership too, and the step says so.
        let third = steps[2].changes.changes
        #expect(third.map { "\($0.kind) \($0.key)" } == ["removed b", "removed ab"])
        #expect(third[0].before?.labels == ["Stakeholder", "DPMPD"])
    }

    @Test func aDiffComparesTwoGraphsByKey() throws {
        var old = PropertyGraph()
        let a = try old.addNode(key: "a", labels: ["Stakeholder", "Bappeda"], properties: ["name": "A", "x": 1])
        let b = try old.addNode(key: "b", labels: ["Stakeholder"], properties: ["name": "B"])
        try old.addRelationship(key: "r1", type: "PARTNERS_WITH", from: a, to: b)
        var new = old
        try new.setProperty("x", to: 2, on: a)
        try new.setProperty("phone", to: "0812", on: a)
        _ = try new.addLabel("RoleModel", to: a)
        try new.removeNode(b, detach: true)
        try new.addNode(key: "c", labels: ["Stakeholder"], properties: ["name": "C"])
        let diff = RegistryDiff(from: old, to: new)
        #expect(
            diff.changes.map { "\($0.kind) \($0.entity) \($0.key)" } == [
                "changed node a", "removed node b", "added node c", "removed relationship r1",
            ])
        #expect(diff.changes[0].labelsAdded == ["RoleModel"])
        #expect(
            diff.changes[0].properties == [
                PropertyChange(name: "phone", old: nil, new: "0812"), PropertyChange(name: "x", old: 1, new: 2),
            ])
        #expect(RegistryDiff(from: new, to: new).isEmpty)
    }

    @Test func summariesCountByKindCategoryAndRegion() throws {
        var g = PropertyGraph()
        let province = try g.addNode(key: "p", labels: ["Region", "Province"], properties: ["name": "Sumatera Utara"])
        var regencies: [NodeID] = []
        for i in 0..<5 {
            let r = try g.addNode(
                key: "k\(i)", labels: ["Region", "Regency"], properties: ["name": .string("Kabupaten \(i)")])
            try g.addRelationship(key: "po\(i)", type: "PART_OF", from: r, to: province)
            regencies.append(r)
        }
        let before = g
        // Two stakeholders in regency 0, one in each of 1…4 (five regions: counted, not listed),
        // one without a place; one partnership; a change of name in regency 0.
        for i in 0..<6 {
            let s = try g.addNode(key: "s\(i)", labels: ["Stakeholder"], properties: ["name": .string("S\(i)")])
            try g.addRelationship(key: "l\(i)", type: "LOCATED_IN", from: s, to: regencies[max(0, i - 1)])
        }
        try g.addNode(key: "x", labels: ["Stakeholder"])
        var after = g
        try after.addRelationship(
            key: "ps", type: "PARTNERS_WITH", from: after.node(forKey: "s0")!, to: after.node(forKey: "s1")!)
        let diff = RegistryDiff(from: before, to: g)
        let lines = ChangeSummary.lines(diff) { c in
            c.entity == .node ? Place.ofNode(c.key, in: g) : Place.ofRelationship(c.key, in: g)
        }
        #expect(
            lines.map { "\($0.kind) \($0.category) \($0.count) \($0.region?.name ?? "-") \($0.regions)" } == [
                "added stakeholder 7 - 5", "added location 6 - 5",
            ])
        let second = RegistryDiff(from: g, to: after)
        let partnership = ChangeSummary.lines(second) { Place.ofRelationship($0.key, in: after) }
        #expect(partnership.map { "\($0.category) \($0.region?.name ?? "-")" } == ["partnership Kabupaten 0"])
        var renamed = after
        try renamed.setProperty("name", to: "S0 baru", on: renamed.node(forKey: "s0")!)
        let third = ChangeSummary.lines(RegistryDiff(from: after, to: renamed)) { Place.ofNode($0.key, in: renamed) }
        #expect(
            third == [
                ChangeSummaryLine(
                    kind: .changed, category: .stakeholder, count: 1,
                    region: PlaceRegion(key: "k0", name: "Kabupaten 0", level: "Regency"), regions: 1,
                    properties: ["name"])
            ])
        #expect(Place.ofNode("s2", in: g).chain.map(\.key) == ["k1", "p"])
        #expect(Place.ofNode("x", in: g).summaryRegion == nil)
    }
}
