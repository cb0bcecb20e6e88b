// Draws the pictures in docs/images/ with the real Graphviz. Runs only when asked:
//   SINERGI_UPDATE_DOCS=1 [SINERGI_TPBIS=path/to/tpbis.jsonl] swift test --filter DocsImagesTests
// (graphs/tpbis.jsonl of the package is used when SINERGI_TPBIS is not set).

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct DocsImagesTests {
    static let enabled =
        ProcessInfo.processInfo.environment["SINERGI_UPDATE_DOCS"] == "1" && GraphvizRenderer().isInstalled
    static let images = GoldenFile.packageRoot.appendingPathComponent("docs/images")

    static func write(_ dot: String, _ name: String) throws {
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        let run = try GraphvizRenderer().render(dot: dot, to: images.appendingPathComponent(name + ".svg").path)
        #expect(run.stderr == "")
    }

    @Test(.enabled(if: enabled)) func sampleMeetingDiagram() throws {
        try Self.write(
            DOTExporter.export(try SampleNetwork.make(), options: DOTGoldens.meetingOptions()), "sample-meeting")
    }

    @Test(.enabled(if: enabled)) func tpbisRegistryDiagrams() throws {
        let path =
            ProcessInfo.processInfo.environment["SINERGI_TPBIS"]
            ?? GoldenFile.packageRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let g = try APOCLines.load(path)
        // Stakeholders, people and events; regions only place them in clusters.
        let actors = Set(g.nodes.filter { !g.hasLabel($0, "Region") })
        var national = DOTOptions()
        national.title = "TPBIS stakeholders by province (graphs/tpbis.jsonl)"
        try Self.write(DOTExporter.export(g, options: national, subset: GraphSubset(nodes: actors)), "tpbis-provinces")

        let kepri = actors.filter { g.key(of: $0).hasPrefix("kepri/") || g.key(of: $0).contains("kepri") }
        var meeting = DOTOptions()
        meeting.title = "Kepulauan Riau: library offices, villages and the 2022 PLM"
        meeting.clustering = .regency
        meeting.edgeLabels = true
        try Self.write(DOTExporter.export(g, options: meeting, subset: GraphSubset(nodes: kepri)), "tpbis-kepri")
    }
}
