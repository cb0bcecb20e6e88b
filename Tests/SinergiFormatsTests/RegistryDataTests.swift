// The real example registry (graphs/tpbis.jsonl) survives CSV and GraphML round trips and
// draws cleanly.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct RegistryDataTests {
    static let path =
        ProcessInfo.processInfo.environment["SINERGI_TPBIS"]
        ?? GoldenFile.packageRoot.appendingPathComponent("graphs/tpbis.jsonl").path

    @Test func tpbisRoundTripsThroughCSVAndGraphML() throws {
        let g = try APOCLines.load(Self.path)
        #expect(g.nodeCount > 0)
        let csv = try AdminCSV.write(g)
        let fromCSV = try AdminCSV.read(
            nodeFiles: csv.nodes.keys.sorted().map { (path: $0, text: csv.nodes[$0] ?? "") },
            relationshipFiles: csv.relationships.keys.sorted().map { (path: $0, text: csv.relationships[$0] ?? "") }
        ).graph
        #expect(GraphCanonical.lines(fromCSV) == GraphCanonical.lines(g))
        let fromGraphML = try GraphML.read(GraphML.write(g), path: "tpbis.graphml").graph
        #expect(GraphCanonical.lines(fromGraphML) == GraphCanonical.lines(g))
    }

    @Test func tpbisDrawsCleanly() throws {
        let g = try APOCLines.load(Self.path)
        let actors = Set(g.nodes.filter { !g.hasLabel($0, "Region") })
        var options = DOTOptions()
        options.clustering = .regency
        let (svg, stderr) = try GraphvizRendererTests.render(
            DOTExporter.export(g, options: options, subset: GraphSubset(nodes: actors)))
        #expect(stderr == "")
        #expect(svg.contains("</svg>"))
    }
}
