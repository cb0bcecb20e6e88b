// The mutable store: keys, labels, properties, indexes, removals that keep other ids valid.
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite struct PropertyGraphTests {
    func sample() throws -> (PropertyGraph, NodeID, NodeID, NodeID) {
        var g = PropertyGraph()
        let a = try g.addNode(
            key: "kepri/dinas-perpustakaan", labels: ["Stakeholder", "ProvincialLibraryOffice"],
            properties: ["name": "Dinas Perpustakaan Kepri", "since": .date(CypherDate(year: 2018, month: 1, day: 2)!)])
        let b = try g.addNode(
            key: "kepri/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "Bappeda"])
        let c = try g.addNode(key: "kepri/dpmpd", labels: ["Stakeholder", "DPMPD"], properties: ["name": "DPMPD"])
        try g.addRelationship(key: "p1", type: "PARTNERS_WITH", from: a, to: b, properties: ["kind": "MoU"])
        try g.addRelationship(type: "PARTNERS_WITH", from: a, to: c)
        return (g, a, b, c)
    }

    @Test func lookupsByKeyLabelAndProperty() throws {
        var (g, a, b, _) = try sample()
        #expect(g.node(forKey: "kepri/bappeda") == b)
        #expect(g.node(forKey: "nobody") == nil)
        #expect(Array(g.nodes(withLabel: "Stakeholder")).count == 3)
        #expect(Array(g.nodes(withLabel: "Bappeda")) == [b])
        #expect(g.nodes(withLabel: "Stakeholder", property: "name", equalTo: "Bappeda") == [b])
        g.createIndex(label: "Stakeholder", property: "name")
        #expect(g.hasIndex(label: "Stakeholder", property: "name"))
        #expect(g.nodes(withLabel: "Stakeholder", property: "name", equalTo: "Bappeda") == [b])
        try g.setProperty("name", to: "Bappeda Provinsi", on: b)
        #expect(g.nodes(withLabel: "Stakeholder", property: "name", equalTo: "Bappeda").isEmpty)
        #expect(g.nodes(withLabel: "Stakeholder", property: "name", equalTo: "Bappeda Provinsi") == [b])
        try g.setProperty("level", to: 1, on: a)
        g.createIndex(label: "Stakeholder", property: "level")
        #expect(g.nodes(withLabel: "Stakeholder", property: "level", equalTo: .double(1.0)) == [a])
    }

    @Test func removalsKeepOtherIdsValid() throws {
        var (g, a, b, c) = try sample()
        let p1 = g.relationship(forKey: "p1")!
        #expect(throws: GraphError.nodeHasRelationships(key: "kepri/bappeda", count: 1)) { try g.removeNode(b) }
        try g.removeNode(b, detach: true)
        #expect(!g.contains(b) && !g.contains(p1))
        #expect(g.contains(a) && g.contains(c))
        #expect(g.key(of: c) == "kepri/dpmpd")
        #expect(g.nodeCount == 2 && g.relationshipCount == 1)
        #expect(g.nodes == [a, c])
        let d = try g.addNode(key: "kepri/bappeda", labels: ["Bappeda"])
        #expect(d != b)  // ids are never reused
        // b was created in this same change set, so its removal leaves no journal trace.
        #expect(g.changes.removedNodeKeys == [])
    }

    @Test func changeSetRecordsWhatATransactionTouched() throws {
        var (g, a, b, _) = try sample()
        g.resetChanges()
        try g.setProperty("name", to: "X", on: a)
        try g.removeNode(b, detach: true)
        let e = try g.addNode(key: "temp", labels: ["X"])
        try g.removeNode(e)
        #expect(g.changes.touchedNodes == [a])
        #expect(g.changes.removedNodeKeys == ["kepri/bappeda"])
        #expect(g.changes.removedRelationshipKeys == ["p1"])
    }

    @Test func refusesWhatCannotBeStored() throws {
        var g = PropertyGraph()
        #expect(throws: GraphError.emptyName("a node key")) { try g.addNode(key: "") }
        let a = try g.addNode(key: "a")
        #expect(throws: GraphError.duplicateNodeKey("a")) { try g.addNode(key: "a") }
        #expect(throws: GraphError.unstorableValue(key: "x", type: "NODE")) {
            try g.setProperty("x", to: .node(a), on: a)
        }
        #expect(throws: GraphError.unstorableValue(key: "l", type: "LIST")) {
            try g.setProperty("l", to: [1, nil], on: a)
        }
        try g.setProperty("gone", to: 1, on: a)
        try g.setProperty("gone", to: nil, on: a)
        #expect(g.properties(of: a).isEmpty)
    }

    @Test func generatedKeysSkipKeysInUse() throws {
        var g = PropertyGraph()
        try g.addNode(key: "n1")
        let b = try g.addNode()
        #expect(g.key(of: b) == "n2")
    }

    @Test func labelsAddAndRemove() throws {
        var (g, a, _, _) = try sample()
        #expect(try g.addLabel("RoleModel", to: a))
        #expect(!(try g.addLabel("RoleModel", to: a)))
        #expect(g.hasLabel(a, "RoleModel"))
        #expect(try g.removeLabel("RoleModel", from: a))
        #expect(!g.hasLabel(a, "RoleModel"))
        #expect(g.nodeCount(withLabel: "RoleModel") == 0)
    }
}

@Suite struct GraphSnapshotTests {
    @Test func csrMatchesTheStore() throws {
        var g = RandomGraphs.graph(seed: 3, nodes: 200, relationships: 500)
        // Remove some entities so the snapshot must skip tombstones.
        for n in g.nodes.prefix(10) { try g.removeNode(n, detach: true) }
        let s = GraphSnapshot(g)
        #expect(s.relationshipCount == g.relationshipCount)
        for n in g.nodes {
            #expect(Array(s.outgoing(of: n)) == g.outgoing(of: n).sorted())
            #expect(Array(s.incoming(of: n)) == g.incoming(of: n).sorted())
            #expect(Array(s.outNeighbors(of: n)) == g.outgoing(of: n).sorted().map { g.end(of: $0) })
            #expect(Array(s.inNeighbors(of: n)) == g.incoming(of: n).sorted().map { g.start(of: $0) })
        }
        let filter = s.typeFilter(["PARTNERS_WITH"])
        for n in g.nodes {
            var seen: [RelationshipID] = []
            s.forEachNeighbor(of: n, direction: .both, types: filter) { _, r in seen.append(r) }
            let expected = (g.outgoing(of: n).sorted() + g.incoming(of: n).sorted()).filter {
                g.type(of: $0) == "PARTNERS_WITH"
            }
            #expect(seen == expected)
        }
    }
}

@Suite struct ValueTests {
    @Test func datesParseAndPrint() {
        #expect(CypherDate(parsing: "2023-06-21")?.description == "2023-06-21")
        #expect(CypherDate(parsing: "20230621")?.description == "2023-06-21")
        #expect(CypherDate(parsing: "2023-02-29") == nil)
        #expect(CypherDate(parsing: "2024-02-29")?.day == 29)
        #expect(CypherDate(parsing: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CypherDate(parsing: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(CypherDate(parsing: "x") == nil)
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            let d = CypherDate(daysSinceEpoch: days)
            #expect(CypherDate(parsing: d.description) == d)
        }
    }

    @Test func storability() {
        #expect(Value.list([1, "a"]).isStorable)
        #expect(!Value.list([nil]).isStorable)
        #expect(!Value.node(NodeID(UInt32(0))).isStorable)
        #expect(Value.map(["a": [1, 2]]).isStorable)
    }

    @Test func nodeSetIteratesInOrder() {
        var s = NodeSet()
        for i in [130, 5, 64, 63, 0, 5] { s.insert(NodeID(i)) }
        #expect(s.count == 5)
        #expect(s.map(\.index) == [0, 5, 63, 64, 130])
        s.remove(NodeID(64))
        #expect(!s.contains(NodeID(64)) && s.contains(NodeID(63)))
        #expect(s.count == 4)
    }
}
