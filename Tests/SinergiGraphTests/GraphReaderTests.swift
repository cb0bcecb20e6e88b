// GraphReader reads what the graph reads: liveness, labels, degrees, adjacency in
// creation order and every property (each value kind, decoded in place or left to
// the graph), on random graphs with hostile strings and after removals.
import SinergiGraph
import SinergiTestSupport
import Testing

@Suite struct GraphReaderTests {
    /// A random graph with some nodes and relationships removed, so ids have holes.
    func sample(seed: UInt64) throws -> PropertyGraph {
        var g = RandomGraphs.graph(seed: seed, nodes: 120, relationships: 300)
        for i in stride(from: 0, to: g.relationshipCapacity, by: 17) where g.contains(RelationshipID(i)) {
            try g.removeRelationship(RelationshipID(i))
        }
        for i in stride(from: 3, to: g.nodeCapacity, by: 23) where g.contains(NodeID(i)) {
            try g.removeNode(NodeID(i), detach: true)
        }
        return g
    }

    /// Every key name any entity of `g` uses.
    func keyNames(_ g: PropertyGraph) -> Set<String> {
        var names = Set<String>()
        for i in 0..<g.nodeCapacity where g.contains(NodeID(i)) { names.formUnion(g.properties(of: NodeID(i)).keys) }
        for i in 0..<g.relationshipCapacity where g.contains(RelationshipID(i)) {
            names.formUnion(g.properties(of: RelationshipID(i)).keys)
        }
        return names
    }

    @Test(arguments: [1, 2, 3] as [UInt64]) func propertiesReadAsTheGraphReadsThem(seed: UInt64) throws {
        let g = try sample(seed: seed)
        let keys = keyNames(g).compactMap { g.propertyKeyID(named: $0) }
        #expect(keys.count > 5)
        var compared = 0
        g.withReader { r in
            #expect(r.nodeCapacity == g.nodeCapacity)
            for i in 0..<g.nodeCapacity + 2 {
                let id = NodeID(i)
                #expect(r.contains(id) == g.contains(id))
                for k in keys {
                    #expect(r.property(k, of: id) == g.property(k, of: id), "node \(i)")
                    compared += 1
                }
            }
            for i in 0..<g.relationshipCapacity + 2 {
                let id = RelationshipID(i)
                #expect(r.contains(id) == g.contains(id))
                for k in keys { #expect(r.property(k, of: id) == g.property(k, of: id), "relationship \(i)") }
            }
        }
        #expect(compared > 1000)
    }

    @Test func stringTestsSeeTheSameBytes() throws {
        let g = try sample(seed: 4)
        let keys = keyNames(g).compactMap { g.propertyKeyID(named: $0) }
        g.withReader { r in
            for i in 0..<g.nodeCapacity {
                for k in keys {
                    let viaReader = r.testString(k, of: NodeID(i)) { $0.count % 2 == 0 }
                    let viaGraph = g.testString(k, of: NodeID(i)) { $0.count % 2 == 0 }
                    #expect(viaReader == viaGraph, "node \(i)")
                }
            }
        }
    }

    @Test func labelsDegreesAndAdjacencyMatch() throws {
        let g = try sample(seed: 5)
        let labels = ["Stakeholder", "VillageLibrary", "Bappeda", "Region", "Odd Label", "ラベル"].compactMap {
            g.labelID(named: $0)
        }
        #expect(labels.count == 6)
        g.withReader { r in
            for i in 0..<g.nodeCapacity {
                let id = NodeID(i)
                #expect(r.degree(of: id) == g.degree(of: id))
                for l in labels { #expect(r.hasLabel(id, labelID: l) == g.hasLabel(id, labelID: l)) }
                var viaReader: [RelationshipID] = []
                var viaGraph: [RelationshipID] = []
                _ = r.forEachOutgoing(of: id) { rel, _, end in
                    #expect(end == r.end(of: rel))
                    viaReader.append(rel)
                    return true
                }
                _ = r.forEachIncoming(of: id) { rel, _, start in
                    #expect(start == r.start(of: rel))
                    viaReader.append(rel)
                    return true
                }
                g.forEachOutgoing(of: id) { rel, _, _ in
                    viaGraph.append(rel)
                    return true
                }
                g.forEachIncoming(of: id) { rel, _, _ in
                    viaGraph.append(rel)
                    return true
                }
                #expect(viaReader == viaGraph, "node \(i)")
            }
        }
    }

    @Test func aStoppedWalkStops() throws {
        var g = PropertyGraph()
        let a = try g.addNode(labels: ["A"])
        for _ in 0..<5 { try g.addRelationship(type: "R", from: a, to: try g.addNode()) }
        var seen = 0
        let finished = g.withReader { r in
            r.forEachOutgoing(of: a) { _, _, _ in
                seen += 1
                return seen < 2
            }
        }
        #expect(!finished)
        #expect(seen == 2)
    }
}
