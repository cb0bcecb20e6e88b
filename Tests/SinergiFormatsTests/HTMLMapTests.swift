// The HTML map's writer: the viewer embedded as its files say, the page compared with golden
// files in both languages (laid out from a fixed Graphviz layout, so the bytes do not depend on
// the Graphviz version), no way out to the network, hostile names kept inside their strings,
// and the plain layout read as Graphviz writes it.

import Foundation
import SinergiGraph
import SinergiText
import Testing

@testable import SinergiFormats

@Suite struct HTMLMapTests {
    static func viewerFile(_ name: String) throws -> String {
        let url = GoldenFile.packageRoot.appendingPathComponent("Sources/SinergiFormats/HTML/Viewer/" + name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func theEmbeddedViewerIsItsFilesByteForByte() throws {
        #expect(MapViewerAssets.script + "\n" == (try Self.viewerFile("map.js")), "run make_swift.py in HTML/Viewer")
        #expect(MapViewerAssets.style + "\n" == (try Self.viewerFile("map.css")), "run make_swift.py in HTML/Viewer")
    }

    /// The sample's layout as Graphviz computed it once (rewritten with the real Graphviz when
    /// the goldens are updated), so the golden pages do not depend on the Graphviz version.
    static func sampleLayout() throws -> MapLayout {
        let fixture = GoldenFile.url("Fixtures/sample-network-map.plain")
        if GoldenFile.updating {
            let dot = HTMLMap.layoutDOT(try SampleNetwork.make(), options: DOTGoldens.meetingOptions(), subset: nil)
            try GraphvizRenderer().layout(dot: dot, engine: .dot).plain.write(
                to: fixture, atomically: true, encoding: .utf8)
        }
        let plain = try String(contentsOf: fixture, encoding: .utf8)
        return try #require(MapLayout(plain: plain))
    }

    @Test func goldenPagesInBothLanguages() throws {
        let sample = try SampleNetwork.make()
        var options = DOTGoldens.meetingOptions()
        let layout = try Self.sampleLayout()
        try GoldenFile.check(
            HTMLMap.document(sample, options: options, subset: nil, layout: layout), against: "Golden/sample-map.html")
        options.language = .id
        options.gapNotes = ["regency/2172": ["belum tercatat: DPMPD"]]
        let page = HTMLMap.document(sample, options: options, subset: nil, layout: layout)
        try GoldenFile.check(page, against: "Golden/sample-map-id.html")
        #expect(page.contains("<html lang=\"id\">"))
        #expect(page.contains("\"allProvinces\":\"Semua provinsi\""))
        // Determinism: the same input, the same bytes.
        #expect(page == HTMLMap.document(sample, options: options, subset: nil, layout: layout))
    }

    @Test func thePageCannotReachTheNetwork() throws {
        let page = HTMLMap.document(
            try SampleNetwork.make(), options: DOTGoldens.meetingOptions(), subset: nil, layout: try Self.sampleLayout()
        )
        for way in ["http:", "https:", " src=", " href=", "url(", "@import", "fetch(", "XMLHttpRequest", "WebSocket"] {
            #expect(!page.contains(way), "the page holds \(way)")
        }
        #expect(!MapViewerAssets.script.contains("http"))
        #expect(!MapViewerAssets.style.contains("http"))
    }

    @Test func hostileNamesStayInsideTheirStrings() throws {
        var g = PropertyGraph()
        let name = "</script><script>alert(1)</script> & <!-- \u{2028} \"x\" 📚"
        try g.addNode(key: "</script>", labels: ["Stakeholder", "Bappeda"], properties: ["name": .string(name)])
        var options = DOTOptions()
        options.title = "<b>Title</b> </script>"
        let layout = try #require(MapLayout(plain: "graph 1 2 1\nnode n0 1 0.5 1 0.5 x\nstop\n"))
        let page = HTMLMap.document(g, options: options, subset: nil, layout: layout)
        // Two script elements open and close: the data block and the viewer; nothing else.
        #expect(page.components(separatedBy: "</script>").count == 3)
        #expect(page.components(separatedBy: "<script").count == 3)
        #expect(page.contains("<title>&lt;b&gt;Title&lt;/b&gt; &lt;/script&gt;</title>"))
        // The data block still reads back as the name typed.
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"sinergi-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.first?["name"] as? String == name)
        #expect(nodes.first?["key"] as? String == "</script>")
    }

    @Test func thePlainLayoutIsReadInPointsFromTheTop() throws {
        let layout = try #require(
            MapLayout(
                plain: "graph 0.5 10 5\nnode n0 1 4 2 0.5 \"a b\" filled box black white\nedge n0 n1 2 0 0\nstop\n"))
        #expect(layout.width == 720 && layout.height == 360)
        #expect(layout.boxes["n0"] == MapLayout.Box(x: 72, y: 72, width: 144, height: 36))
        #expect(MapLayout(plain: "node n0 1 4 2 0.5\n") == nil)
        #expect(MapLayout(plain: "graph 1 x 5\n") == nil)
    }
}
