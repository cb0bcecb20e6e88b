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

    /// A large map's engine (sfdp) draws no clusters: the map lays out each region box on its
    /// own (only the relationships inside a box reach the layout, an invisible anchor holds
    /// each box together) and boxes the regions where they landed. The page keeps every
    /// relationship.
    @Test func anSfdpMapLaysOutEachRegionOnItsOwnAndBoxesIt() throws {
        let sample = try SampleNetwork.make()
        let choice = DOTExporter.chooseEngine(nodeCount: 1_000, options: DOTGoldens.meetingOptions())
        var options = choice.options
        #expect(options.engine == .sfdp && options.clustering == .none && options.boxesAfterLayout)
        let dot = HTMLMap.layoutDOT(sample, options: options, subset: nil)
        let scene = DiagramScene(sample, options: HTMLMap.mapOptions(options), subset: nil)
        let boxes = ClusterTree.afterLayout(scene.nodes, in: sample)
        // Two provinces with two regencies: the regencies, and each province's own nodes.
        let names = boxes.children.compactMap { $0.region.map { scene.title($0) } }
        #expect(names.sorted() == ["Kabupaten Bintan", "Kepulauan Riau", "Kota Tanjungpinang", "Sumatera Utara"])
        let boxOf = boxes.boxNumbers(scene)
        // Every edge of the layout joins two nodes of one box, or a box's anchor to its node.
        var edges = 0
        for line in dot.split(separator: "\n") where line.contains(" -> ") {
            let ends = line.split(separator: " ").map(String.init)
            let (tail, head) = (ends[0].trimmingCharacters(in: .whitespaces), ends[2])
            let h = try #require(Int(head.dropFirst()))
            if tail.hasPrefix("box") {
                #expect(Int(tail.dropFirst(3)) == boxOf[h])
            } else {
                let t = try #require(Int(tail.dropFirst()))
                #expect(boxOf[t] == boxOf[h], "\(line)")
                edges += 1
            }
        }
        // Perpusnas coordinates both provincial offices, across boxes: not laid out, still drawn.
        let perpusnasID = try #require(sample.node(forKey: "perpusnas"))
        let kepriID = try #require(sample.node(forKey: "kepri/dinas-perpustakaan"))
        let perpusnas = try #require(scene.index[perpusnasID])
        let kepri = try #require(scene.index[kepriID])
        #expect(!dot.contains("n\(perpusnas) -> n\(kepri) "))
        #expect(edges < scene.relationships.count)
        // The boxes around a layout: each encloses its nodes, with its name larger.
        var plain = "graph 1 20 10\n"
        for i in scene.nodes.indices { plain += "node n\(i) \(i % 5 * 3 + 1) \(i / 5 * 2 + 1) 1 0.5 x\n" }
        let layout = try #require(MapLayout(plain: plain))
        options.title = "Large"
        let page = HTMLMap.document(sample, options: options, subset: nil, layout: layout)
        let data = MapData(
            scene: DiagramScene(sample, options: HTMLMap.mapOptions(options), subset: nil),
            layout: layout, title: "Large"
        ).value
        guard case .map(let m) = data, case .list(let regions)? = m["regions"], case .list(let nodes)? = m["nodes"]
        else { throw CancellationError() }
        #expect(regions.count == 4)
        func number(_ v: Value?) -> Double { if case .int(let x)? = v { Double(x) } else { .nan } }
        for case .map(let r) in regions {
            guard case .string(let name)? = r["name"], case .string(let level)? = r["level"] else { continue }
            #expect(number(r["font"]) >= 13)
            let members = nodes.compactMap { v -> [String: Value]? in
                guard case .map(let n) = v else { return nil }
                if level == "regency" { return n["regency"] == .string(name) ? n : nil }
                return n["province"] == .string(name) && n["regency"] == nil ? n : nil
            }
            #expect(!members.isEmpty, "\(name)")
            for n in members {
                let (x, y) = (number(n["x"]), number(n["y"]))
                #expect(x >= number(r["x"]) && x <= number(r["x"]) + number(r["w"]), "\(name)")
                #expect(y >= number(r["y"]) && y <= number(r["y"]) + number(r["h"]), "\(name)")
            }
        }
        #expect(page.contains("\"font\":"))
    }
}
