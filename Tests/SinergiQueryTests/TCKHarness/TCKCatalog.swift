// Finds the vendored TCK (Tests/SinergiQueryTests/TCK, located from this
// file's `#filePath`), reads every feature file and named graph, and knows
// which folders the conformance target covers and which scenarios it excludes
// (those needing temporal values other than dates).

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

    /// The folders of the conformance target (`group/folder`).
    static let requiredFolders: [String] =
        [
            "match", "match-where", "return", "return-orderby", "return-skip-limit", "with", "with-where",
            "with-orderBy", "with-skip-limit", "unwind", "union", "create", "merge", "set", "remove", "delete",
        ].map { "clauses/" + $0 }
        + [
            "aggregation", "boolean", "comparison", "conditional", "graph", "list", "literals", "map",
            "mathematical", "null", "path", "pattern", "precedence", "string", "typeConversion",
        ].map { "expressions/" + $0 }

    /// The number of scenarios the target folders hold, counting each example row of an outline.
    static let requiredScenarioCount = 2197

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
        for name in (try? manager.contentsOfDirectory(atPath: graphsRoot.path)) ?? [] {
            let script = graphsRoot.appendingPathComponent(name).appendingPathComponent(name + ".cypher")
            guard var text = try? String(contentsOf: script, encoding: .utf8) else { continue }
            // The scripts are one statement ending in `;`; the engine runs single statements.
            while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
            graphs[name] = text
        }
        return TCKCatalog(features: features, namedGraphs: graphs)
    }

    /// True when the scenario's folder is in the conformance target.
    static func isRequired(_ scenario: TCKScenario) -> Bool { requiredFolders.contains(scenario.folder) }

    /// The non-date temporal function a scenario's queries call, if any
    /// (`datetime`, `localdatetime`, `time`, `localtime`, `duration`, called or used as a namespace).
    ///
    /// - Complexity: O(n) in the length of the scenario's query texts.
    static func nonDateTemporalFunction(in scenario: TCKScenario) -> String? {
        for text in scenario.setupQueries + scenario.checks.map(\.query) {
            if let name = nonDateTemporalFunction(inQuery: text) { return name }
        }
        return nil
    }

    static let temporalNames: Set<String> = ["datetime", "localdatetime", "time", "localtime", "duration"]

    /// The first non-date temporal function name in `query` followed by `(` or `.`, not itself after a `.`
    /// (string literals and quoted names are skipped).
    static func nonDateTemporalFunction(inQuery query: String) -> String? {
        let scalars = Array(query.unicodeScalars)
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c == "_" || ("0"..."9").contains(c) }
        while i < scalars.count {
            if scalars[i] == "'" || scalars[i] == "\"" || scalars[i] == "`" {
                // Skip string literals and quoted names: `'There comes a time...'` calls nothing.
                let quote = scalars[i]
                i += 1
                while i < scalars.count, scalars[i] != quote {
                    i += scalars[i] == "\\" ? 2 : 1
                }
                i += 1
                continue
            }
            guard isWord(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < scalars.count, isWord(scalars[i]) { i += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<i])).lowercased()
            guard temporalNames.contains(word) else { continue }
            var before = start - 1
            while before >= 0, scalars[before] == " " { before -= 1 }
            if before >= 0, scalars[before] == "." { continue }
            var after = i
            while after < scalars.count, scalars[after] == " " { after += 1 }
            if after < scalars.count, scalars[after] == "(" || scalars[after] == "." { return word }
        }
        return nil
    }
}
