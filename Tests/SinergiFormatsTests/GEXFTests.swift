// GEXF 1.3 export: well-formed XML, typed attributes, the relationship type in its own
// attribute, partnership since/until as edge spells.

import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct GEXFTests {
    @Test func sampleNetworkHasSpellsAndTypedAttributes() throws {
        let xml = GEXF.write(try SampleNetwork.make())
        let root = try XMLTreeParser.parse(xml)
        #expect(root.localName == "gexf")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        let graph = try #require(root.child(named: "graph"))
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let edgeAttributes = try #require(
            graph.children(named: "attributes").first { $0.attributes["class"] == "edge" })
        let titles = edgeAttributes.children(named: "attribute").map { $0.attributes["title"] ?? "" }
        #expect(titles.first == "relationshipType")
        let edges = try #require(graph.child(named: "edges")).children(named: "edge")
        #expect(edges.count == 45)
        let w2 = try #require(edges.first { $0.attributes["id"] == "w2" })
        #expect(w2.attributes["label"] == "PARTNERS_WITH")
        let spell = try #require(w2.child(named: "spells")?.child(named: "spell"))
        #expect(spell.attributes == ["start": "2023-08-01", "end": "2024-12-31"])
        let w1 = try #require(edges.first { $0.attributes["id"] == "w1" })
        #expect(w1.child(named: "spells")?.child(named: "spell")?.attributes == ["start": "2023-08-01"])
        #expect(edges.first { $0.attributes["id"] == "c1" }?.child(named: "spells") == nil)
        let nodes = try #require(graph.child(named: "nodes")).children(named: "node")
        #expect(nodes.count == 30)
        let perpusnas = try #require(nodes.first { $0.attributes["id"] == "perpusnas" })
        #expect(perpusnas.attributes["label"] == "Perpustakaan Nasional RI")
        #expect(perpusnas.child(named: "color")?.attributes == ["r": "0", "g": "114", "b": "178"])
    }

    @Test func staticGraphWithoutDates() throws {
        var g = PropertyGraph()
        let a = try g.addNode(key: "a", labels: ["Bappeda"], properties: ["n": 1, "x": 2.5, "ok": true])
        try g.addRelationship(key: "r", type: "FUNDS", from: a, to: a)
        let xml = GEXF.write(g)
        #expect(xml.contains("<graph defaultedgetype=\"directed\" mode=\"static\">"))
        #expect(xml.contains("<attribute id=\"2\" title=\"n\" type=\"long\"/>"))
        #expect(xml.contains("<attribute id=\"3\" title=\"ok\" type=\"boolean\"/>"))
        #expect(xml.contains("<attribute id=\"4\" title=\"x\" type=\"double\"/>"))
    }

    @Test(arguments: 1...10)
    func hostileGraphsAreWellFormedAndKeepTheirText(seed: UInt64) throws {
        let g = RandomGraph.make(seed: seed, .init(nodes: 25, relationships: 40))
        let root = try XMLTreeParser.parse(GEXF.write(g))
        let nodes = root.child(named: "graph")?.child(named: "nodes")?.children(named: "node") ?? []
        #expect(nodes.count == g.nodeCount)
        let keys = Set(nodes.compactMap { $0.attributes["id"]?.exact })
        #expect(keys == Set(g.nodes.map { g.key(of: $0).exact }))
    }

    @Test func writingIsDeterministic() {
        let g = RandomGraph.make(seed: 4)
        #expect(GEXF.write(g) == GEXF.write(g))
    }
}
