// The admin-import CSV export loads as it is into a real Kùzu (the pip package kuzu; .ci/run
// installs it): Fixtures/load_kuzu.py declares the tables from the files' own typed headers
// and copies every file unchanged; Kùzu must then hold every node, relationship and property
// of graphs/tpbis.jsonl, and give the same partner counts.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiFormats

@Suite struct KuzuAdminCSVTests {
    @Test func kuzuHoldsTheTPBISRegistryFromItsCSVFiles() async throws {
        let g = try APOCLines.load(GoldenFile.packageRoot.appendingPathComponent("graphs/tpbis.jsonl").path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-kuzu-csv-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try AdminCSV.write(g)
        for (name, text) in export.nodes.merging(export.relationships, uniquingKeysWith: { a, _ in a }) {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let view = try await CypherScriptTests.serverView(
            "load_kuzu.py", folder.path, peer: "Kùzu from pip's kuzu", sourceLocation: #_sourceLocation)
        #expect(view.nodes.count == 605 && view.relationships.count == 619)
        CypherScriptTests.expect(view, holds: g, sourceLocation: #_sourceLocation)
    }
}
