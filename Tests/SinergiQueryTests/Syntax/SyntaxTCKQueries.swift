// Extracts every query from the openCypher TCK feature files for the parser
// tests: the docstrings after `executing query:`, `having executed:` and
// `executing control query:`, with Scenario Outline placeholders substituted
// from each Examples row, and whether the scenario expects a compile-time
// SyntaxError for its main query.

import Foundation

/// One query taken from a feature file.
struct SyntaxTCKQuery: Sendable {
    /// `folder/File.feature: Scenario name [row]`.
    var origin: String
    /// The folder under `features/`, e.g. `clauses/match`.
    var folder: String
    /// The query text.
    var text: String
    /// The TCK error code when this is the main query of a scenario that
    /// expects `a SyntaxError should be raised at compile time: <code>`.
    var expectedSyntaxError: String?
}

enum SyntaxTCKQueries {
    /// The vendored TCK features directory (`Tests/SinergiQueryTests/TCK/features`).
    static var featuresDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TCK/features")
    }

    /// A folder of the TCK that is missing, unreadable or holds no feature file: a test that
    /// loads it must fail, not pass over nothing.
    struct MissingFixture: Error, CustomStringConvertible {
        var description: String
    }

    /// All queries of the feature files under `features/<folder>` for each folder.
    /// - Throws: `MissingFixture` when a folder is missing or holds no query, or a file cannot be read.
    static func load(folders: [String]) throws -> [SyntaxTCKQuery] {
        var result: [SyntaxTCKQuery] = []
        for folder in folders {
            let directory = featuresDirectory.appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                throw MissingFixture(description: "no TCK folder \(directory.path)")
            }
            var found = 0
            for name in names.sorted() where name.hasSuffix(".feature") {
                let url = directory.appendingPathComponent(name)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw MissingFixture(description: "cannot read \(url.path)")
                }
                let queries = extract(text, folder: folder, file: name)
                found += queries.count
                result += queries
            }
            if found == 0 { throw MissingFixture(description: "no query in the TCK folder \(directory.path)") }
        }
        return result
    }

    private struct Scenario {
        var name = ""
        var queries: [(text: String, isMain: Bool)] = []
        var syntaxError: String?
        var examples: [[String: String]] = []
    }

    /// Parses one feature file.
    static func extract(_ text: String, folder: String, file: String) -> [SyntaxTCKQuery] {
        // Some feature files end their lines with CRLF: "\r\n" is one Character, a newline.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var scenarios: [Scenario] = []
        var current: Scenario?
        var i = 0
        var pendingQueryIsMain: Bool?
        var exampleHeader: [String]?
        while i < lines.count {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                i += 1
                continue
            }
            if line.hasPrefix("Scenario") {
                if let current { scenarios.append(current) }
                current = Scenario(name: line)
                exampleHeader = nil
            } else if line.hasPrefix("Examples") {
                exampleHeader = []
            } else if line.hasPrefix("|"), exampleHeader != nil {
                let cells = splitRow(line)
                if exampleHeader?.isEmpty == true {
                    exampleHeader = cells
                } else if let header = exampleHeader {
                    var row: [String: String] = [:]
                    for (k, v) in zip(header, cells) { row[k] = v }
                    current?.examples.append(row)
                }
            } else if line.hasSuffix("executing query:") {
                pendingQueryIsMain = true
            } else if line.hasSuffix("having executed:") || line.hasSuffix("executing control query:") {
                pendingQueryIsMain = false
            } else if line.hasPrefix("\"\"\"") {
                let indent = lines[i].prefix { $0 == " " }.count
                var body: [String] = []
                i += 1
                while i < lines.count, lines[i].trimmingCharacters(in: .whitespaces) != "\"\"\"" {
                    let raw = lines[i]
                    let drop = min(indent, raw.prefix { $0 == " " }.count)
                    body.append(String(raw.dropFirst(drop)))
                    i += 1
                }
                if let isMain = pendingQueryIsMain {
                    current?.queries.append((body.joined(separator: "\n"), isMain))
                }
                pendingQueryIsMain = nil
            } else if line.contains("SyntaxError should be raised at compile time:") {
                current?.syntaxError = line.components(separatedBy: ":").last?.trimmingCharacters(in: .whitespaces)
            }
            i += 1
        }
        if let current { scenarios.append(current) }

        var result: [SyntaxTCKQuery] = []
        for scenario in scenarios {
            let rows = scenario.examples.isEmpty ? [[:]] : scenario.examples
            for (r, row) in rows.enumerated() {
                for query in scenario.queries {
                    var text = query.text
                    for (key, value) in row { text = text.replacingOccurrences(of: "<\(key)>", with: value) }
                    let origin = "\(folder)/\(file): \(scenario.name)" + (row.isEmpty ? "" : " [row \(r + 1)]")
                    result.append(
                        SyntaxTCKQuery(
                            origin: origin, folder: folder, text: text,
                            expectedSyntaxError: query.isMain ? scenario.syntaxError : nil))
                }
            }
        }
        return result
    }

    /// Splits a Gherkin table row into unescaped cells.
    static func splitRow(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var chars = line.makeIterator()
        var started = false
        while let c = chars.next() {
            if c == "\\" {
                switch chars.next() {
                case "|": cell.append("|")
                case "n": cell.append("\n")
                case "\\": cell.append("\\")
                case let other?: cell.append("\\"); cell.append(other)
                case nil: cell.append("\\")
                }
            } else if c == "|" {
                if started { cells.append(cell.trimmingCharacters(in: .whitespaces)) }
                started = true
                cell = ""
            } else {
                cell.append(c)
            }
        }
        return cells
    }
}
