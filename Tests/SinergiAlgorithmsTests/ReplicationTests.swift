// Replication lineage, provinces and cohorts by hand.
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite("Replication")
struct ReplicationTests {
    @Test("Lineage of the TPBIS example")
    func lineage() throws {
        let b = try TPBISExample.build()
        let l = try Replication.lineage(b.snapshot)
        #expect(l.map(\.roleModel) == b.ids(["desa1/perpustakaan", "desa2/perpustakaan"]))
        #expect(l[0].directReplicators == 2 && l[0].transitiveReplicators == 3 && l[0].generations == 2)
        #expect(l[0].provinces == b.ids(["province/1", "province/2"]))
        #expect(l[1].directReplicators == 1 && l[1].transitiveReplicators == 1 && l[1].generations == 1)
        #expect(l[1].provinces == b.ids(["province/1"]))
        let one = try Replication.lineage(b.snapshot, roleModels: [b.id("desa4/perpustakaan")])
        #expect(one.first?.transitiveReplicators == 0 && one.first?.generations == 0)
        #expect(throws: AlgorithmError.self) { try Replication.lineage(b.snapshot, roleModels: [NodeID(UInt32(500))]) }
    }

    @Test("Diamonds count once, cycles end")
    func diamondAndCycle() throws {
        var b = GraphBuilder()
        for k in ["a", "b", "c", "d", "e"] { try b.node(k) }
        for (x, y) in [("a", "b"), ("c", "b"), ("d", "a"), ("d", "c"), ("e", "d"), ("b", "e")] {
            try b.link("REPLICATED_FROM", x, y)
        }
        let l = try Replication.lineage(b.snapshot, roleModels: [b.id("b")])
        #expect(l.first?.directReplicators == 2)
        #expect(l.first?.transitiveReplicators == 4)
        #expect(l.first?.generations == 3)
    }

    @Test("Per province and per cohort year")
    func summaries() throws {
        let b = try TPBISExample.build()
        let p = Replication.byProvince(b.snapshot)
        #expect(p.map(\.province) == b.ids(["province/1", "province/2"]))
        #expect(p.map(\.replicators) == [2, 1])
        let c = Replication.byCohort(b.snapshot)
        #expect(c.map(\.year) == [2022, 2023, 2024])
        #expect(c.map(\.replicators) == [1, 1, 1])
        #expect(Replication.replicators(b.snapshot).count == 3)
    }

    @Test("Cohort from every supported property shape")
    func cohortShapes() throws {
        var b = GraphBuilder()
        try b.node("model")
        try b.node("a")
        try b.node("b")
        try b.node("c", [], ["since": "2019-07-01"])
        try b.node("d")
        try b.node("e", [], ["cohort": 2020])
        try b.link("REPLICATED_FROM", "a", "model", ["since": "2021-03-04"])
        try b.link("REPLICATED_FROM", "b", "model", ["since": 2022, "cohort": 2025])
        try b.link("REPLICATED_FROM", "b", "a", ["cohort": 2021])
        try b.link("REPLICATED_FROM", "c", "model")
        try b.link("REPLICATED_FROM", "d", "model", ["since": "not a date"])
        try b.link("REPLICATED_FROM", "e", "model", ["cohort": 2023.0])
        let c = Replication.byCohort(b.snapshot)
        // a 2021 (string), b 2021 (earliest of its two), c 2019 (node), d unknown, e 2023 (float)
        #expect(c.map(\.year) == [2019, 2021, 2023, nil])
        #expect(c.map(\.replicators) == [1, 2, 1, 1])
    }
}
