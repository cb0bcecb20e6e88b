// Gives the TCK's meaning to Gherkin steps: turns one feature file into
// runnable `TCKScenario`s, expanding each Scenario Outline into one scenario
// per example row (placeholders `<name>` substituted in the title, steps, doc
// strings and tables), with the background's steps in front.

/// A feature file that could not be turned into scenarios, or one scenario that could not.
struct TCKFeatureError: Error, Equatable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
}

/// The result of reading one feature file.
struct TCKFeature: Sendable {
    /// Path relative to `features/`.
    var file: String
    /// The feature title.
    var name: String
    /// Runnable scenarios, in file order.
    var scenarios: [TCKScenario]
    /// Scenarios whose steps the harness does not understand (id-like text + reason).
    var problems: [TCKFeatureError]
}

enum TCKFeatureParser {
    /// Parses one feature file's text.
    ///
    /// - Parameter file: the path relative to `features/`, used in ids.
    /// - Complexity: O(n) in the text length plus O(s · r) for s outline steps and r example rows.
    static func parse(_ text: String, file: String) throws(TCKFeatureError) -> TCKFeature {
        let document: GherkinDocument
        do {
            document = try GherkinDocument.parse(text)
        } catch {
            throw TCKFeatureError(file: file, line: error.line, message: error.message)
        }
        var feature = TCKFeature(file: file, name: document.name, scenarios: [], problems: [])
        for (offset, raw) in document.scenarios.enumerated() {
            let ordinal = offset + 1
            let tags = document.tags + raw.tags
            if !raw.isOutline {
                do {
                    let steps = document.background + raw.steps
                    feature.scenarios.append(
                        try scenario(
                            file: file, feature: document.name, name: raw.name, ordinal: ordinal, row: nil,
                            tags: tags, steps: steps, line: raw.line))
                } catch {
                    feature.problems.append(error)
                }
                continue
            }
            var row = 0
            for examples in raw.examples {
                for values in examples.rows {
                    row += 1
                    let bindings = Dictionary(
                        zip(examples.header, values).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
                    let steps = document.background + raw.steps.map { substitute($0, bindings) }
                    do {
                        feature.scenarios.append(
                            try scenario(
                                file: file, feature: document.name, name: substitute(raw.name, bindings),
                                ordinal: ordinal, row: row, tags: tags + examples.tags, steps: steps, line: raw.line))
                    } catch {
                        feature.problems.append(error)
                    }
                }
            }
        }
        return feature
    }

    /// Replaces `<name>` placeholders by the example row's values.
    static func substitute(_ text: String, _ bindings: [String: String]) -> String {
        guard text.contains("<") else { return text }
        var result = text
        for (name, value) in bindings {
            result = result.replacingOccurrences(of: "<\(name)>", with: value)
        }
        return result
    }

    static func substitute(_ step: GherkinStep, _ bindings: [String: String]) -> GherkinStep {
        var step = step
        step.text = substitute(step.text, bindings)
        step.docString = step.docString.map { substitute($0, bindings) }
        step.table = step.table.map { $0.map { $0.map { substitute($0, bindings) } } }
        return step
    }

    // swiftlint:disable:next function_body_length
    static func scenario(
        file: String, feature: String, name: String, ordinal: Int, row: Int?, tags: [String],
        steps: [GherkinStep], line: Int
    ) throws(TCKFeatureError) -> TCKScenario {
        var scenario = TCKScenario(
            file: file, feature: feature, name: name, ordinal: ordinal, exampleRow: row, tags: tags, graph: .any,
            setupQueries: [], parameters: [], procedures: [], checks: [], line: line)
        func fail(_ step: GherkinStep, _ message: String) -> TCKFeatureError {
            TCKFeatureError(file: file, line: step.line, message: "\(name): \(message): \(step.text)")
        }
        for step in steps {
            let text = step.text.trimmingSpaces()
            if text == "an empty graph" {
                scenario.graph = .empty
            } else if text == "any graph" {
                scenario.graph = .any
            } else if text.hasPrefix("the "), text.hasSuffix(" graph") {
                scenario.graph = .named(String(text.dropFirst(4).dropLast(6)).trimmingSpaces())
            } else if text == "having executed:" || text == "after having executed:" {
                guard let query = step.docString else { throw fail(step, "missing doc string") }
                scenario.setupQueries.append(query)
            } else if text == "parameters are:" || text == "parameter values are:" {
                guard let table = step.table, table.allSatisfy({ $0.count == 2 }) else {
                    throw fail(step, "parameters need a two-column table")
                }
                scenario.parameters += table.map { ($0[0], $0[1]) }
            } else if text.hasPrefix("there exists a procedure ") {
                var signature = String(text.dropFirst("there exists a procedure ".count)).trimmingSpaces()
                if signature.hasSuffix(":") { signature = String(signature.dropLast()).trimmingSpaces() }
                scenario.procedures.append(TCKProcedure(signature: signature, table: step.table ?? []))
            } else if text.hasPrefix("executing query:") || text.hasPrefix("executing control query:") {
                let isControl = text.hasPrefix("executing control query:")
                let inline = String(text.drop { $0 != ":" }.dropFirst()).trimmingSpaces()
                guard let query = step.docString ?? (inline.isEmpty ? nil : inline) else {
                    throw fail(step, "missing query")
                }
                scenario.checks.append(TCKCheck(query: query, isControl: isControl, outcome: nil, sideEffects: nil))
            } else {
                guard !scenario.checks.isEmpty else { throw fail(step, "unsupported setup step") }
                let last = scenario.checks.count - 1
                if text.hasPrefix("the result should be") {
                    if text == "the result should be empty" {
                        scenario.checks[last].outcome = .empty
                        continue
                    }
                    guard let table = step.table, let header = table.first else {
                        throw fail(step, "missing result table")
                    }
                    let ordering = TCKResultOrdering(
                        ordered: text.contains("in order"), ignoringListOrder: text.contains("ignoring element order"))
                    guard ordering.ordered || text.contains("in any order") || ordering.ignoringListOrder else {
                        throw fail(step, "unknown result mode")
                    }
                    scenario.checks[last].outcome = .table(
                        header: header, rows: Array(table.dropFirst()), ordering: ordering)
                } else if text == "no side effects" {
                    scenario.checks[last].sideEffects = TCKSideEffects()
                } else if text == "the side effects should be:" {
                    var effects = TCKSideEffects()
                    for entry in step.table ?? [] {
                        guard entry.count == 2, let value = Int(entry[1]), effects.set(entry[0], to: value) else {
                            throw fail(step, "bad side effect row \(entry)")
                        }
                    }
                    scenario.checks[last].sideEffects = effects
                } else if let error = expectedError(text) {
                    scenario.checks[last].outcome = .error(error)
                } else {
                    throw fail(step, "unsupported step")
                }
            }
        }
        guard !scenario.checks.isEmpty else {
            throw TCKFeatureError(file: file, line: line, message: "\(name): no query")
        }
        return scenario
    }

    /// Parses `a TypeError should be raised at runtime: InvalidArgumentValue`.
    static func expectedError(_ text: String) -> TCKExpectedError? {
        let prefix = text.hasPrefix("a ") ? "a " : (text.hasPrefix("an ") ? "an " : nil)
        guard let prefix, let should = text.firstRange(of: " should be raised at ") else { return nil }
        let kind = String(text[text.index(text.startIndex, offsetBy: prefix.count)..<should.lowerBound])
        let rest = text[should.upperBound...]
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let phase = String(rest[..<colon]).trimmingSpaces()
        let code = String(rest[rest.index(after: colon)...]).trimmingSpaces()
        guard ["compile time", "runtime", "any time"].contains(phase), !kind.isEmpty, !code.isEmpty else {
            return nil
        }
        return TCKExpectedError(kind: kind, phase: phase, code: code)
    }
}
