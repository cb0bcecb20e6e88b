// A large picture laid out by sfdp still boxes its regions: the layout pass holds each region
// box together and nothing across boxes; the drawing pass pins every node where the layout put
// it (spread to the canvas's shape), draws each region's outline around its nodes, names over
// them, every relationship and the legend beside the drawing.
import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct DOTBoxedTests {
    /// The attribute list of the statement `id [...]` in `dot`, or nil.
    static func statement(_ id: String, in dot: String) -> String? {
        dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first {
            $0.hasPrefix(id + " [")
        }
    }

    /// The numbers of attribute `name` ("x,y!" or one number) in a statement.
    static func numbers(_ name: String, _ statement: String) -> [Double] {
        guard let range = statement.range(of: " " + name + "=\"") ?? statement.range(of: "[" + name + "=\"") else {
            return []
        }
        let value = statement[range.upperBound...].prefix { $0 != "\"" }
        return value.split(separator: ",").compactMap {
            Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!")))
        }
    }

    @Test func theDrawingPinsEveryNodeInsideItsRegionsBoxAndTheLegendBeside() throws {
        let sample = try SampleNetwork.make()
        var options = DOTExporter.chooseEngine(nodeCount: 1_000, options: DOTGoldens.meetingOptions()).options
        #expect(options.boxesAroundLayout)
        options.edgeLabels = false
        let layoutPass = DOTExporter.boxedLayoutDOT(sample, options: options)
        // Laid out at its natural size, no junction points, each box held by its anchor.
        #expect(!layoutPass.contains("ratio=") && !layoutPass.contains("dpi="))
        #expect(layoutPass.contains("box0 -> n"))
        let scene = DiagramScene(sample, options: options, subset: nil)
        var plain = "graph 1 20 10\n"
        for i in scene.nodes.indices { plain += "node n\(i) \(i % 5 * 3 + 1) \(i / 5 * 2 + 1) 1 0.5 x\n" }
        plain += "node legend 10 5 2 3 x\n"
        let layout = try #require(MapLayout(plain: plain))
        let dot = DOTExporter.boxedDrawingDOT(sample, options: options, layout: layout)
        let graph = try #require(Self.statement("graph", in: dot))
        #expect(graph.contains("layout=\"nop2\"") && graph.contains("overlap=\"true\"") && !graph.contains("ratio"))
        // The outlines by region key, as rectangles in Graphviz's points (y upwards).
        var outlines: [String: (Double, Double, Double, Double)] = [:]
        var k = 0
        while let line = Self.statement("box\(k)", in: dot) {
            let c = Self.numbers("pos", line)
            let w = try #require(Self.numbers("width", line).first) * 72
            let h = try #require(Self.numbers("height", line).first) * 72
            let key = try #require(line.components(separatedBy: "tooltip=\"").last?.prefix { $0 != "\"" })
            outlines[String(key)] = (c[0] - w / 2, c[1] - h / 2, c[0] + w / 2, c[1] + h / 2)
            #expect(Self.statement("boxname\(k)", in: dot)?.contains("<B>") == true)
            k += 1
        }
        let boxes = ClusterTree.afterLayout(scene.nodes, in: sample)
        #expect(outlines.count == boxes.children.count && outlines.count == 4)
        var pinned = 0
        var right = -Double.infinity
        for child in boxes.children {
            let region = try #require(child.region)
            let key = sample.key(of: region)
            let r = try #require(outlines[key], "\(key)")
            right = max(right, r.2)
            for n in child.nodes {
                let i = try #require(scene.index[n])
                let line = try #require(Self.statement("n\(i)", in: dot))
                let p = Self.numbers("pos", line)
                #expect(p.count == 2 && p[0] > r.0 && p[0] < r.2 && p[1] > r.1 && p[1] < r.3, "n\(i) in \(key)")
                pinned += 1
            }
        }
        #expect(pinned > 0)
        for i in scene.nodes.indices { #expect(Self.numbers("pos", Self.statement("n\(i)", in: dot) ?? "").count == 2) }
        // The legend beside every box, at its own size once the drawing is scaled to the canvas.
        let legend = try #require(Self.statement("legend", in: dot))
        let legendX = try #require(Self.numbers("pos", legend).first)
        let legendFont = try #require(Self.numbers("fontsize", legend).first)
        #expect(legendX > right)
        #expect(legendFont > 0)
        // Perpusnas coordinates both provincial offices across boxes: drawn, although not laid out.
        let perpusnasID = try #require(sample.node(forKey: "perpusnas"))
        let kepriID = try #require(sample.node(forKey: "kepri/dinas-perpustakaan"))
        let perpusnas = try #require(scene.index[perpusnasID])
        let kepri = try #require(scene.index[kepriID])
        #expect(!layoutPass.contains("n\(perpusnas) -> n\(kepri) "))
        #expect(dot.contains("n\(perpusnas) -> n\(kepri) "))
        // The same input gives the same bytes.
        #expect(dot == DOTExporter.boxedDrawingDOT(sample, options: options, layout: layout))
    }
}
