// Binary images of the graph: round trips keep every entity and id, damaged images are refused.
import Foundation
import SinergiTestSupport
import Testing

@testable import SinergiGraph

@Suite struct GraphImageTests {
    /// A random graph with removals, more than 64 labels and a declared index.
    func awkwardGraph() throws -> PropertyGraph {
        var g = RandomGraphs.graph(seed: 11, nodes: 400, relationships: 900)
        for n in g.nodes.prefix(25) { try g.removeNode(n, detach: true) }
        for r in g.relationships.prefix(40) { try g.removeRelationship(r) }
        let some = g.nodes.prefix(5)
        for k in 0..<70 { try g.addLabel("Extra\(k)", to: some[some.startIndex + k % 5]) }
        try g.removeLabel("Extra3", from: some[some.startIndex + 3])
        g.createIndex(label: "Stakeholder", property: "plaink")
        return g
    }

    func imagePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-image-\(UUID().uuidString)").path
    }

    func roundTrip(_ g: PropertyGraph, at path: String) throws -> PropertyGraph? {
        var writer = GraphImage.Writer()
        g.writeImage(to: &writer)
        try writer.write(to: path)
        guard let reader = GraphImage.Reader(path: path) else { return nil }
        return PropertyGraph(image: reader)
    }

    @Test func roundTripKeepsContentAndIds() throws {
        let g = try awkwardGraph()
        let path = imagePath()
        defer { unlink(path) }
        let read = try #require(try roundTrip(g, at: path))
        #expect(RandomGraphs.sameContent(g, read))
        #expect(read.nodeCapacity == g.nodeCapacity && read.relationshipCapacity == g.relationshipCapacity)
        #expect(read.nodes == g.nodes && read.relationships == g.relationships)
        for n in g.nodes {
            #expect(read.key(of: n) == g.key(of: n))
            #expect(read.labelIDs(of: n) == g.labelIDs(of: n))
            #expect(read.outgoing(of: n) == g.outgoing(of: n) && read.incoming(of: n) == g.incoming(of: n))
            #expect(read.degree(of: n) == g.degree(of: n))
        }
        #expect(read.labelNames == g.labelNames && read.typeNames == g.typeNames)
        for l in g.labelNames { #expect(Array(read.nodes(withLabel: l)) == Array(g.nodes(withLabel: l))) }
        #expect(read.hasIndex(label: "Stakeholder", property: "plaink"))
        #expect(
            read.nodes(withLabel: "Stakeholder", property: "plaink", equalTo: "x")
                == g.nodes(withLabel: "Stakeholder", property: "plaink", equalTo: "x"))
        // The read graph keeps working as a mutable graph.
        var changed = read
        let a = try changed.addNode(key: "after-image", labels: ["Extra69"], properties: ["v": 1])
        try changed.addRelationship(key: "r-after", type: "NEW", from: a, to: changed.nodes[0])
        #expect(changed.node(forKey: "after-image") == a)
        #expect(changed.relationship(forKey: "r-after") != nil)
        #expect(read.node(forKey: "after-image") == nil)
    }

    @Test func emptyGraphRoundTrips() throws {
        let path = imagePath()
        defer { unlink(path) }
        let read = try #require(try roundTrip(PropertyGraph(), at: path))
        #expect(read.nodeCount == 0 && read.relationshipCount == 0 && read.node(forKey: "x") == nil)
    }

    @Test func damagedImagesAreRefused() throws {
        let g = RandomGraphs.graph(seed: 5, nodes: 200, relationships: 300)
        let path = imagePath()
        defer { unlink(path) }
        _ = try roundTrip(g, at: path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        // A flipped byte anywhere in the header, the table or a section (sampled) is caught.
        let table = try #require(GraphImage.Reader(path: path)).table
        var offsets = Array(0..<40) + Array(64..<(64 + table.count * 24))
        for s in table where s.length > 0 {
            offsets += stride(from: s.offset, to: s.offset + s.length, by: max(1, s.length / 7)).map { $0 }
        }
        for offset in offsets where offset < 20 || offset >= 24 {
            var bad = good
            bad[offset] ^= 0x5A
            try bad.write(to: URL(fileURLWithPath: path))
            let graph = GraphImage.Reader(path: path).flatMap { PropertyGraph(image: $0) }
            #expect(graph == nil, "flipped byte \(offset) was not detected")
        }
        for length in [0, 10, 64, good.count / 2, good.count - 1] {
            try good.prefix(length).write(to: URL(fileURLWithPath: path))
            #expect(GraphImage.Reader(path: path).flatMap { PropertyGraph(image: $0) } == nil)
        }
        #expect(GraphImage.Reader(path: path + ".missing") == nil)
    }

    @Test func checksumIsStableAndSensitive() {
        let bytes: [UInt8] = Array(0..<100)
        let a = bytes.withUnsafeBytes { GraphImage.checksum($0) }
        #expect(a == bytes.withUnsafeBytes { GraphImage.checksum($0) })
        var other = bytes
        other[99] = 0
        #expect(a != other.withUnsafeBytes { GraphImage.checksum($0) })
        #expect(a != bytes.dropLast().withUnsafeBytes { GraphImage.checksum($0) })
    }
}

@Suite struct FlatStorageTests {
    @Test func copiesAreIndependent() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", labels: ["X"], properties: ["n": 1])
        let b = try g.addNode(key: "b", labels: ["X"])
        try g.addRelationship(key: "ab", type: "T", from: a, to: b)
        var copy = g
        try copy.setProperty("n", to: 2, on: a)
        try copy.removeNode(b, detach: true)
        try copy.addLabel("Y", to: a)
        #expect(g.property("n", of: a) == 1 && copy.property("n", of: a) == 2)
        #expect(g.contains(b) && !copy.contains(b))
        #expect(g.outgoing(of: a).count == 1 && copy.outgoing(of: a).isEmpty)
        #expect(!g.hasLabel(a, "Y") && copy.hasLabel(a, "Y"))
        #expect(g.relationship(forKey: "ab") != nil && copy.relationship(forKey: "ab") == nil)
    }

    @Test func adjacencyKeepsCreationOrderThroughRemovals() throws {
        var g = PropertyGraph()
        let hub = try g.addNode(key: "hub")
        var spokes: [NodeID] = []
        for i in 0..<10 { spokes.append(try g.addNode(key: "s\(i)")) }
        var rels: [RelationshipID] = []
        for s in spokes { rels.append(try g.addRelationship(type: "T", from: hub, to: s)) }
        let loop = try g.addRelationship(type: "SELF", from: hub, to: hub)
        for r in [rels[0], rels[4], rels[9]] { try g.removeRelationship(r) }
        let expected = rels.enumerated().filter { ![0, 4, 9].contains($0.offset) }.map(\.element) + [loop]
        #expect(g.outgoing(of: hub) == expected)
        #expect(g.incoming(of: hub) == [loop])
        #expect(g.degree(of: hub) == expected.count + 1)
        let late = try g.addRelationship(type: "T", from: hub, to: spokes[0])
        #expect(g.outgoing(of: hub) == expected + [late])
        try g.removeNode(hub, detach: true)
        #expect(g.relationshipCount == 0)
        for s in spokes { #expect(g.incoming(of: s).isEmpty && g.degree(of: s) == 0) }
    }

    @Test func keysSurviveManyRemovalsAndReuse() throws {
        var g = PropertyGraph()
        for round in 0..<3 {
            var ids: [NodeID] = []
            for i in 0..<2000 { ids.append(try g.addNode(key: "k\(i)", properties: ["round": .int(Int64(round))])) }
            for (i, id) in ids.enumerated() { #expect(g.node(forKey: "k\(i)") == id) }
            for id in ids { try g.removeNode(id) }
            #expect(g.node(forKey: "k0") == nil && g.nodeCount == 0)
        }
        #expect(g.nodeCapacity == 6000)
    }

    @Test func replacedPropertiesAreReclaimed() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", properties: ["keep": "yes"])
        let big = String(repeating: "x", count: 300_000)
        for i in 0..<12 { try g.setProperties(["big": .string(big + String(i)), "keep": "yes"], on: a) }
        #expect(g.property("big", of: a) == .string(big + "11"))
        #expect(g.property("keep", of: a) == "yes")
        // Without reclaiming, 12 records of 300 kB would stay: 3.6 MB.
        #expect(g.store.nodeProperties.bytes.count < 2_000_000)
    }

    @Test func nullsInPropertyMapsAreNotStored() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", properties: ["x": 1, "gone": nil])
        #expect(g.properties(of: a) == ["x": 1])
        try g.setProperties(["y": nil, "z": "kept"], on: a)
        #expect(g.properties(of: a) == ["z": "kept"])
        let r = try g.addRelationship(type: "T", from: a, to: a, properties: ["n": nil])
        #expect(g.properties(of: r).isEmpty)
    }

    @Test func everyValueTypeDecodesAsEncoded() throws {
        var rng = SeededGenerator(seed: 99)
        var g = PropertyGraph()
        for i in 0..<300 {
            var props: [String: Value] = [:]
            for k in 0..<3 { props["p\(k)"] = RandomGraphs.value(&rng) }
            let id = try g.addNode(key: "v\(i)", properties: props)
            #expect(g.properties(of: id) == props)
            for (k, v) in props { #expect(g.property(k, of: id) == v) }
        }
    }
}
