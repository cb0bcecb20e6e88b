// The real Graphviz: every golden DOT file and DOT from random hostile graphs must
// render with exit status 0 and nothing on stderr; missing Graphviz gives a clear error.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct GraphvizRendererTests {
    static let installed = GraphvizRenderer().isInstalled

    /// Renders DOT to SVG with the real program and returns the SVG text and stderr.
    static func render(_ dot: String, engine: GraphvizEngine = .dot) throws -> (svg: String, stderr: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sinergi-test-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try GraphvizRenderer().render(dot: dot, to: output.path, engine: engine)
        let svg = String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
        return (svg, run.stderr)
    }

    @Test func graphvizIsInstalled() {
        #expect(Self.installed, "Graphviz's dot is not on the PATH: run .ci/run, which installs it")
    }

    @Test func everyGoldenFileRendersCleanly() throws {
        let folder = GoldenFile.url("Golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dot") }
            .sorted()
        #expect(names.count >= 5)
        for name in names {
            let run = try GraphvizRenderer().render(
                dotFile: folder.appendingPathComponent(name).path, to: "/dev/null", format: "svg")
            #expect(run.stderr == "", "\(name): \(run.stderr)")
        }
    }

    @Test(arguments: 1...8)
    func randomHostileGraphsRenderCleanly(seed: UInt64) throws {
        let g = RandomGraph.make(seed: seed, .init(nodes: 30, relationships: 45))
        var options = DOTOptions()
        options.clustering = DOTOptions.Clustering.allCases[Int(seed) % 3]
        var rng = SeededRandom(seed: seed &* 31)
        options.title = HostileText.make(&rng)
        options.edgeLabels = seed % 2 == 0
        options.gapRegencies = Set(g.nodes.prefix(3).map { g.key(of: $0) })
        options.recommendedPartnerships = [NodeKeyPair(g.key(of: g.nodes[0]), g.key(of: g.nodes[1]))]
        let (svg, stderr) = try Self.render(DOTExporter.export(g, options: options))
        #expect(stderr == "")
        #expect(svg.contains("</svg>"))
    }

    @Test func hostileNamesComeOutIntact() throws {
        var g = PropertyGraph()
        try g.addNode(key: "x", properties: ["name": "R&amp;D <b>x</b> \\N 32.05.01 node 📚"])
        let (svg, stderr) = try Self.render(DOTExporter.export(g))
        #expect(stderr == "")
        // Wrapped at 24 characters into two lines, each exactly as typed.
        #expect(svg.contains(">R&amp;amp;D &lt;b&gt;x&lt;/b&gt; \\N</text>"))
        #expect(svg.contains(">32.05.01 node 📚</text>"))
    }

    @Test func largeGraphsUseSfdpWithoutClusters() throws {
        let g = RandomGraph.make(seed: 3, .init(nodes: 450, relationships: 600, hostile: false))
        let choice = DOTExporter.chooseEngine(nodeCount: g.nodeCount, options: DOTOptions())
        #expect(choice.engine == .sfdp)
        let dot = DOTExporter.export(g, options: choice.options)
        #expect(!dot.contains("subgraph"))
        #expect(dot.contains("layout=\"sfdp\""))
        let (svg, stderr) = try Self.render(dot, engine: .sfdp)
        #expect(stderr == "")
        #expect(svg.contains("</svg>"))
    }

    @Test func missingGraphvizGivesAClearError() {
        let renderer = GraphvizRenderer(path: "/nonexistent-sinergi-path")
        #expect(renderer.locate() == nil)
        #expect(throws: GraphvizError.notInstalled(program: "dot")) {
            try renderer.render(dot: "digraph {}", to: "/tmp/never.svg")
        }
        #expect(
            GraphvizError.notInstalled(program: "dot").description
                == "Graphviz is not installed: install it with `apt-get install graphviz` or `brew install graphviz`")
    }

    @Test func graphvizFailuresCarryItsMessage() throws {
        do {
            try GraphvizRenderer().render(dot: "digraph { a -> }", to: "/dev/null", format: "svg")
            Issue.record("expected a failure")
        } catch {
            guard case .failed(let program, let status, let stderr) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(program == "dot")
            #expect(status != 0)
            #expect(stderr.contains("syntax error"))
        }
    }
}

extension GraphvizRendererTests {
    @Test func tooltipsKeepEntitiesAsTyped() throws {
        var g = PropertyGraph()
        try g.addNode(key: "R&amp;D <x> & \"q\"", properties: ["name": "n"])
        let (svg, stderr) = try Self.render(DOTExporter.export(g))
        #expect(stderr == "")
        #expect(svg.contains("xlink:title=\"R&amp;amp;D &lt;x&gt; &amp; &quot;q&quot;\""))
    }
}

extension GraphvizRendererTests {
    @Test(.enabled(if: installed)) func theEngineRunIsTheEngineAskedFor() throws {
        // The file asks for dot; -Glayout makes sfdp's run lay it out as sfdp (the layout
        // attribute of the output says so, and a chain comes out in a line, not in ranks).
        let (plain, run) = try GraphvizRenderer().layout(dot: "digraph { layout=\"dot\"; a -> b -> c }", engine: .sfdp)
        #expect(run.program.hasSuffix("/sfdp"))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-\(UUID().uuidString).gv")
        defer { try? FileManager.default.removeItem(at: output) }
        try GraphvizRenderer().render(
            dot: "digraph { layout=\"dot\"; a -> b -> c }", to: output.path, format: "dot", engine: .sfdp)
        let laidOut = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(laidOut.contains("layout=sfdp"))
        #expect(plain.hasPrefix("graph 1 "))
    }

    @Test(.enabled(if: installed)) func aFailedRunLeavesTheEarlierPictureAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("meeting.svg")
        try GraphvizRenderer().render(dot: "digraph { a -> b }", to: picture.path)
        let before = try Data(contentsOf: picture)
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer().render(dot: "digraph { a -> }", to: picture.path)
        }
        #expect(try Data(contentsOf: picture) == before)
        // Nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["meeting.svg"])
    }

    @Test(.enabled(if: installed)) func aRunMeasuresTheDrawing() throws {
        let run = try GraphvizRenderer().render(
            dot: "digraph { size=\"1,1\"; a -> b -> c -> d }", to: "/dev/null", format: "svg", measure: true)
        let scale = try #require(run.scale)
        #expect(scale < 1)
        #expect((run.height ?? 0) > (run.width ?? 0))
    }
}
