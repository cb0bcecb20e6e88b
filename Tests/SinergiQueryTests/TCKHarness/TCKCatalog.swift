// Finds the vendored TCK (Tests/SinergiQueryTests/TCK, located from this
// file's `#filePath`) and reads every feature file and named graph. Every
// scenario is in the conformance target; none is excluded.

import Foundation

/// The loaded TCK.
struct TCKCatalog: Sendable {
    /// Feature files in path order.
    var features: [TCKFeature]
    /// Named graph scripts by name (`binary-tree-1` → its `.cypher` text).
    var namedGraphs: [String: String]

    /// Every runnable scenario, in path order.
    var scenarios: [TCKScenario] { features.flatMap(\.scenarios) }

    /// The package root (`Tests/SinergiQueryTests/TCKHarness/` → three folders up).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/SinergiQueryTests/TCK`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("TCK")

    /// The number of scenarios the vendored TCK holds, counting each example row of an
    /// outline: all of them are the conformance target.
    static let scenarioCount = 3897

    /// Reads every `.feature` file under `features/` and every named graph under `graphs/`.
    ///
    /// - Complexity: O(total size of the TCK files).
    static func load(from root: URL = TCKCatalog.root) throws -> TCKCatalog {
        let featuresRoot = root.appendingPathComponent("features")
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: featuresRoot.path) else {
            throw TCKFeatureError(file: featuresRoot.path, line: 0, message: "TCK features folder not found")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".feature") { paths.append(path) }
        }
        var features: [TCKFeature] = []
        for path in paths.sorted() {
            let text = try String(contentsOf: featuresRoot.appendingPathComponent(path), encoding: .utf8)
            features.append(try TCKFeatureParser.parse(text, file: path))
        }
        var graphs: [String: String] = [:]
        let graphsRoot = root.appendingPathComponent("graphs")
        for name in try manager.contentsOfDirectory(atPath: graphsRoot.path) {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: graphsRoot.appendingPathComponent(name).path, isDirectory: &isFolder),
                isFolder.boolValue
            else { continue }
            let script = graphsRoot.appendingPathComponent(name).appendingPathComponent(name + ".cypher")
            var text = try String(contentsOf: script, encoding: .utf8)
            // The scripts are one statement ending in `;`; the engine runs single statements.
            while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
            graphs[name] = text
        }
        return TCKCatalog(features: features, namedGraphs: graphs)
    }
}
