// GraphML: typed keys, lossless write → read round trips, APOC-style and foreign input,
// and import errors with file and line.

import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct GraphMLTests {
    @Test func keysAreTypedAndHinted() throws {
        let xml = GraphML.write(try SampleNetwork.make())
        #expect(xml.contains("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>"))
        #expect(xml.contains("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
        #expect(xml.contains("for=\"node\" attr.name=\"roleModel\" attr.type=\"boolean\"/>"))
        #expect(xml.contains("for=\"node\" attr.name=\"participants\" attr.type=\"long\"/>"))
        #expect(
            xml.contains("for=\"edge\" attr.name=\"since\" attr.type=\"string\"><desc>sinergi.type=date</desc></key>"))
        #expect(
            xml.contains("for=\"node\" attr.name=\"tags\" attr.type=\"string\"><desc>sinergi.type=json</desc></key>"))
        #expect(xml.contains("<node id=\"perpusnas\"><data key=\"labels\">:Perpusnas:Stakeholder</data>"))
    }

    @Test func sampleNetworkRoundTrips() throws {
        let g = try SampleNetwork.make()
        let back = try GraphML.read(GraphML.write(g), path: "sample.graphml").graph
        #expect(GraphCanonical.lines(back) == GraphCanonical.lines(g))
    }

    @Test(arguments: 1...30)
    func randomGraphRoundTrips(seed: UInt64) throws {
        let g = RandomGraph.make(seed: seed, .init(nodes: 30, relationships: 60))
        let back = try GraphML.read(GraphML.write(g)).graph
        #expect(back.nodeCount == g.nodeCount)
        #expect(GraphCanonical.lines(back) == GraphCanonical.lines(g))
    }

    @Test func labelsWithColonsUseAJSONArray() throws {
        var g = PropertyGraph()
        try g.addNode(key: "a", labels: ["ns:Label", "Plain"])
        let xml = GraphML.write(g)
        #expect(
            xml.contains("<data key=\"labels\">[&quot;Plain&quot;,&quot;ns:Label&quot;]</data>")
                || xml.contains("<data key=\"labels\">[\"Plain\",\"ns:Label\"]</data>"))
        #expect(GraphCanonical.lines(try GraphML.read(xml).graph) == GraphCanonical.lines(g))
    }

    @Test func readsAPOCAndForeignGraphML() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE graphml>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="labels" for="node" attr.name="labels"/>
              <key id="label" for="edge" attr.name="label"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
              <key id="n" for="node" attr.name="name" attr.type="string"/>
              <key id="c" for="all" attr.name="count" attr.type="int"/>
              <graph id="G" edgedefault="undirected">
                <!-- a comment -->
                <node id="a"><data key="labels">:Stakeholder:Perpusnas</data><data key="n"><![CDATA[Perpus <nas>]]></data></node>
                <node id="b"><data key="n">B &amp; co&#13;&#10;x</data><data key="c"> 7 </data></node>
                <edge source="a" target="b"><data key="label">COORDINATES</data></edge>
                <edge id="e2" source="b" target="a"><data key="w">2.5</data></edge>
              </graph>
            </graphml>
            """
        let g = try GraphML.read(xml, path: "apoc.graphml").graph
        let a = try #require(g.node(forKey: "a"))
        #expect(g.labels(of: a).sorted() == ["Perpusnas", "Stakeholder"])
        #expect(g.properties(of: a) == ["name": "Perpus <nas>"])
        let b = try #require(g.node(forKey: "b"))
        #expect(g.properties(of: b) == ["name": "B & co\r\nx", "count": 7])
        let e2 = try #require(g.relationship(forKey: "e2"))
        #expect(g.type(of: e2) == "RELATED")
        #expect(g.properties(of: e2) == ["weight": 2.5])
        let other = try #require(g.relationships.first { $0 != e2 })
        #expect(g.type(of: other) == "COORDINATES")
        #expect(g.properties(of: other) == ["weight": 1.0])
    }

    func errors(_ xml: String) -> [String] {
        do {
            _ = try GraphML.read(xml, path: "g.graphml")
            Issue.record("the import should have failed")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func importErrorsNameTheLine() {
        let xml = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="n" attr.type="long"/>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">12</data></node>
                <node id="b"><data key="d0">twelve</data></node>
                <node id="a"/>
                <edge source="a" target="zz"/>
                <edge source="a" target="b"><data key="d9">x</data></edge>
              </graph>
            </graphml>
            """
        #expect(
            errors(xml) == [
                "g.graphml:5: bad integer 'twelve' in key 'd0'",
                "g.graphml:6: duplicate node id 'a' (first at line 4)",
                "g.graphml:7: unknown node id 'zz' in column 'target'",
                "g.graphml:8: unknown key 'd9'",
            ])
    }

    @Test func malformedXMLIsReportedWithItsLine() {
        #expect(
            errors("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>") == [
                "g.graphml:4: </graph> closes <node> opened at line 3"
            ])
        #expect(
            errors("<graphml>\n<graph>\n<node id=\"a&b\"/>") == ["g.graphml:3: '&' not followed by an entity reference"]
        )
        #expect(errors("<graphml><graph><node id='a'/>") == ["g.graphml:1: element <graph> is never closed"])
        #expect(errors("<gexf/>") == ["g.graphml:1: expected <graphml>, found <gexf>"])
    }

    @Test func importIsAllOrNothingAgainstABaseGraph() throws {
        var base = PropertyGraph()
        try base.addNode(key: "a", labels: ["Partner"])
        let xml = "<graphml><graph><node id=\"b\"/><node id=\"a\"/><edge source=\"b\" target=\"a\"/></graph></graphml>"
        #expect(throws: ImportFailure.self) { _ = try GraphML.read(xml, into: base) }
        #expect(base.nodeCount == 1)
        let ok = try GraphML.read(
            "<graphml><graph><node id=\"b\"/><edge source=\"b\" target=\"a\"/></graph></graphml>", into: base)
        #expect(ok.graph.nodeCount == 2)
        #expect(ok.graph.relationshipCount == 1)
    }

    @Test func writingIsDeterministic() throws {
        let g = RandomGraph.make(seed: 8)
        #expect(GraphML.write(g) == GraphML.write(g))
    }
}
