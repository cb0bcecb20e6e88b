// The subset of Gherkin the openCypher TCK uses, read into a plain syntax
// tree: a feature with tags, an optional background, scenarios and scenario
// outlines with examples, steps with a doc string or a data table. Meaning is
// given to the steps later, by `TCKFeatureParser`.

/// A step: its keyword, its text and an optional doc string or data table.
struct GherkinStep: Equatable, Sendable {
    /// `Given`, `When`, `Then`, `And`, `But`.
    var keyword: String
    /// The step text after the keyword.
    var text: String
    /// The doc string argument (`"""` block), with its indentation removed.
    var docString: String?
    /// The data table argument, rows of unescaped, trimmed cells.
    var table: [[String]]?
    /// 1-based line of the step.
    var line: Int
}

/// An `Examples:` block of an outline.
struct GherkinExamples: Equatable, Sendable {
    var tags: [String]
    var header: [String]
    var rows: [[String]]
}

/// A `Scenario:` or `Scenario Outline:` with its steps.
struct GherkinScenario: Equatable, Sendable {
    var name: String
    var tags: [String]
    var isOutline: Bool
    var steps: [GherkinStep]
    var examples: [GherkinExamples]
    var line: Int
}

/// One feature file.
struct GherkinDocument: Equatable, Sendable {
    var name: String
    var tags: [String]
    var background: [GherkinStep]
    var scenarios: [GherkinScenario]
}

/// A problem in a feature file's Gherkin structure.
struct GherkinSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "line \(line): \(message)" }
}

extension GherkinDocument {
    /// Parses the Gherkin subset of the TCK.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func parse(_ text: String) throws(GherkinSyntaxError) -> GherkinDocument {
        var reader = GherkinReader(text: text)
        return try reader.document()
    }
}

/// The line-oriented reader behind `GherkinDocument.parse`.
private struct GherkinReader {
    let lines: [Substring]
    var index = 0

    init(text: String) {
        // `\r\n` is one Character, so CRLF files split correctly on `isNewline`.
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    static let stepKeywords = ["Given ", "When ", "Then ", "And ", "But ", "* "]

    func trimmed(_ i: Int) -> Substring {
        var line = lines[i]
        while let f = line.first, f == " " || f == "\t" { line.removeFirst() }
        while let l = line.last, l == " " || l == "\t" { line.removeLast() }
        return line
    }

    mutating func document() throws(GherkinSyntaxError) -> GherkinDocument {
        var doc = GherkinDocument(name: "", tags: [], background: [], scenarios: [])
        var pendingTags: [String] = []
        var seenFeature = false
        var current: GherkinScenario?
        var inBackground = false

        func flush() {
            if let c = current { doc.scenarios.append(c) }
            current = nil
        }

        while index < lines.count {
            let line = trimmed(index)
            let lineNumber = index + 1
            if line.isEmpty || line.hasPrefix("#") {
                index += 1
                continue
            }
            if line.hasPrefix("@") {
                pendingTags += line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap {
                    $0.hasPrefix("@") ? String($0.dropFirst()) : nil
                }
                index += 1
                continue
            }
            if let rest = Self.after(line, "Feature:") {
                guard !seenFeature else { throw GherkinSyntaxError(line: lineNumber, message: "second Feature") }
                seenFeature = true
                doc.name = rest
                doc.tags = pendingTags
                pendingTags = []
                index += 1
                continue
            }
            if Self.after(line, "Background:") != nil {
                flush()
                inBackground = true
                index += 1
                continue
            }
            if let rest = Self.after(line, "Scenario Outline:") ?? Self.after(line, "Scenario Template:") {
                flush()
                inBackground = false
                current = GherkinScenario(
                    name: rest, tags: pendingTags, isOutline: true, steps: [], examples: [], line: lineNumber)
                pendingTags = []
                index += 1
                continue
            }
            if let rest = Self.after(line, "Scenario:") ?? Self.after(line, "Example:") {
                flush()
                inBackground = false
                current = GherkinScenario(
                    name: rest, tags: pendingTags, isOutline: false, steps: [], examples: [], line: lineNumber)
                pendingTags = []
                index += 1
                continue
            }
            if Self.after(line, "Examples:") != nil || Self.after(line, "Scenarios:") != nil {
                guard current?.isOutline == true else {
                    throw GherkinSyntaxError(line: lineNumber, message: "Examples outside a Scenario Outline")
                }
                index += 1
                let table = try readTable()
                guard let header = table.first else {
                    throw GherkinSyntaxError(line: lineNumber, message: "Examples without a table")
                }
                current?.examples.append(
                    GherkinExamples(tags: pendingTags, header: header, rows: Array(table.dropFirst())))
                pendingTags = []
                continue
            }
            if let keyword = Self.stepKeywords.first(where: { line.hasPrefix($0) }) {
                var step = GherkinStep(
                    keyword: String(keyword.dropLast()), text: String(line.dropFirst(keyword.count)),
                    docString: nil, table: nil, line: lineNumber)
                index += 1
                try readArgument(into: &step)
                if inBackground {
                    doc.background.append(step)
                } else if current != nil {
                    current?.steps.append(step)
                } else {
                    throw GherkinSyntaxError(line: lineNumber, message: "step outside a scenario")
                }
                continue
            }
            throw GherkinSyntaxError(line: lineNumber, message: "unexpected line: \(line)")
        }
        flush()
        guard seenFeature else { throw GherkinSyntaxError(line: 1, message: "no Feature") }
        return doc
    }

    static func after(_ line: Substring, _ keyword: String) -> String? {
        guard line.hasPrefix(keyword) else { return nil }
        return String(line.dropFirst(keyword.count)).trimmingSpaces()
    }

    /// Reads a doc string or a table following a step, skipping comment lines.
    mutating func readArgument(into step: inout GherkinStep) throws(GherkinSyntaxError) {
        while index < lines.count, trimmed(index).hasPrefix("#") { index += 1 }
        guard index < lines.count else { return }
        let line = trimmed(index)
        if line.hasPrefix("\"\"\"") || line.hasPrefix("```") {
            step.docString = try readDocString()
        } else if line.hasPrefix("|") {
            step.table = try readTable()
        }
    }

    mutating func readDocString() throws(GherkinSyntaxError) -> String {
        let open = lines[index]
        let indent = open.prefix { $0 == " " || $0 == "\t" }.count
        let fence = trimmed(index).hasPrefix("```") ? "```" : "\"\"\""
        let startLine = index + 1
        index += 1
        var body: [String] = []
        while index < lines.count {
            if trimmed(index).hasPrefix(fence) {
                index += 1
                return body.joined(separator: "\n")
            }
            let raw = lines[index]
            let removable = raw.prefix(indent).allSatisfy { $0 == " " || $0 == "\t" }
            var text = removable ? String(raw.dropFirst(min(indent, raw.count))) : String(raw)
            text = text.replacingOccurrences(of: "\\\"\\\"\\\"", with: "\"\"\"")
            body.append(text)
            index += 1
        }
        throw GherkinSyntaxError(line: startLine, message: "unterminated doc string")
    }

    /// Reads consecutive table rows (comment lines between rows are skipped).
    mutating func readTable() throws(GherkinSyntaxError) -> [[String]] {
        var rows: [[String]] = []
        while index < lines.count {
            let line = trimmed(index)
            if line.hasPrefix("#") {
                index += 1
                continue
            }
            guard line.hasPrefix("|") else { break }
            rows.append(try Self.cells(of: line, line: index + 1))
            index += 1
        }
        if let width = rows.first?.count, let bad = rows.firstIndex(where: { $0.count != width }) {
            throw GherkinSyntaxError(line: index - rows.count + bad + 1, message: "table row has a different width")
        }
        return rows
    }

    /// Splits `| a | b |` into unescaped, trimmed cells (`\|` → `|`, `\\` → `\`, `\n` → newline).
    static func cells(of line: Substring, line number: Int) throws(GherkinSyntaxError) -> [String] {
        var cells: [String] = []
        var cell = ""
        var chars = line.dropFirst().makeIterator()
        var closed = false
        while let c = chars.next() {
            if c == "\\" {
                switch chars.next() {
                case "|": cell.append("|")
                case "\\": cell.append("\\")
                case "n": cell.append("\n")
                case let other?:
                    cell.append("\\")
                    cell.append(other)
                case nil: cell.append("\\")
                }
            } else if c == "|" {
                cells.append(cell.trimmingSpaces())
                cell = ""
                closed = true
                continue
            } else {
                cell.append(c)
            }
            closed = false
        }
        guard closed || cell.trimmingSpaces().isEmpty else {
            throw GherkinSyntaxError(line: number, message: "table row does not end with |")
        }
        return cells
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }

    /// Replaces every occurrence of `target` (Foundation-free).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
