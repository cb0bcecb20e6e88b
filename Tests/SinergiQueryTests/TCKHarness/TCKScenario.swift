// The in-memory shape of one TCK scenario after parsing: its identity, its
// setup (initial graph, setup queries, parameters, procedures) and the list of
// queries to run with what each one must produce. Outlines are already
// expanded, so every `TCKScenario` is one runnable case.

/// How the initial graph of a scenario is built.
enum TCKInitialGraph: Equatable, Sendable {
    /// `Given an empty graph`.
    case empty
    /// `Given any graph` (the harness uses an empty one).
    case any
    /// `Given the <name> graph`: one of the TCK's named graphs under `graphs/`.
    case named(String)
}

/// A procedure a scenario declares with `And there exists a procedure …:`.
struct TCKProcedure: Equatable, Sendable {
    /// The signature text, e.g. `test.my.proc(in :: INTEGER?) :: (out :: STRING?)`.
    var signature: String
    /// The table of the procedure's rows: header then raw cell texts.
    var table: [[String]]
}

/// The side-effect counters a scenario checks (`+nodes`, `-labels`, …).
struct TCKSideEffects: Equatable, Sendable, CustomStringConvertible {
    var nodesCreated = 0
    var nodesDeleted = 0
    var relationshipsCreated = 0
    var relationshipsDeleted = 0
    var propertiesSet = 0
    var propertiesRemoved = 0
    var labelsAdded = 0
    var labelsRemoved = 0

    /// The TCK names of the counters, in TCK order, with their values.
    var entries: [(name: String, value: Int)] {
        [
            ("+nodes", nodesCreated), ("-nodes", nodesDeleted),
            ("+relationships", relationshipsCreated), ("-relationships", relationshipsDeleted),
            ("+properties", propertiesSet), ("-properties", propertiesRemoved),
            ("+labels", labelsAdded), ("-labels", labelsRemoved),
        ]
    }

    /// Sets the counter named as in the TCK (`+nodes`, …); false when the name is unknown.
    mutating func set(_ name: String, to value: Int) -> Bool {
        switch name {
        case "+nodes": nodesCreated = value
        case "-nodes": nodesDeleted = value
        case "+relationships": relationshipsCreated = value
        case "-relationships": relationshipsDeleted = value
        case "+properties": propertiesSet = value
        case "-properties": propertiesRemoved = value
        case "+labels": labelsAdded = value
        case "-labels": labelsRemoved = value
        default: return false
        }
        return true
    }

    /// Non-zero counters as `+nodes 1, -labels 2`, or `none`.
    var description: String {
        let parts = entries.filter { $0.value != 0 }.map { "\($0.name) \($0.value)" }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}

/// How expected result rows are compared with the actual ones.
struct TCKResultOrdering: Equatable, Sendable {
    /// `in order:` — rows compared as a sequence; otherwise as a multiset.
    var ordered: Bool
    /// `(ignoring element order for lists)` — lists compared as multisets.
    var ignoringListOrder: Bool
}

/// The expected error of a `Then a <Type> should be raised at <phase>: <Code>` step.
struct TCKExpectedError: Equatable, Sendable, CustomStringConvertible {
    /// The error type, e.g. `SyntaxError`.
    var kind: String
    /// `compile time`, `runtime` or `any time`.
    var phase: String
    /// The detail code, e.g. `UndefinedVariable`.
    var code: String

    var description: String { "\(kind) at \(phase): \(code)" }
}

/// What one executed query must produce.
enum TCKOutcomeExpectation: Equatable, Sendable {
    /// A result table: header, then rows of raw cell texts.
    case table(header: [String], rows: [[String]], ordering: TCKResultOrdering)
    /// `Then the result should be empty`.
    case empty
    /// An error.
    case error(TCKExpectedError)
}

/// One `When executing query:` (or control query) and its `Then`/`And` steps.
struct TCKCheck: Equatable, Sendable {
    /// The query text.
    var query: String
    /// True for `When executing control query:` (side effects are not checked).
    var isControl: Bool
    /// The expected result or error; nil when the scenario states none.
    var outcome: TCKOutcomeExpectation?
    /// The expected side effects; nil when not stated (errors imply none).
    var sideEffects: TCKSideEffects?
}

/// One runnable scenario (an outline expands into one per example row).
struct TCKScenario: Equatable, Sendable {
    /// The feature file path relative to `features/`, e.g. `clauses/match/Match1.feature`.
    var file: String
    /// The feature's title, e.g. `Match1 - Match nodes`.
    var feature: String
    /// The scenario's title with outline placeholders substituted, e.g. `[3] Match nodes`.
    var name: String
    /// 1-based position of the scenario (or outline) in its file.
    var ordinal: Int
    /// 1-based example row for an outline expansion, nil for a plain scenario.
    var exampleRow: Int?
    /// Tags on the feature, the scenario and the examples block (without `@`).
    var tags: [String]
    /// The initial graph.
    var graph: TCKInitialGraph
    /// Setup queries (`And having executed:`), in order.
    var setupQueries: [String]
    /// Parameters: name → raw value text.
    var parameters: [(name: String, value: String)]
    /// Procedures the scenario declares.
    var procedures: [TCKProcedure]
    /// The queries to run and what they must produce.
    var checks: [TCKCheck]
    /// The line of the scenario (or outline) header in its file.
    var line: Int

    /// The folder the scenario belongs to, e.g. `clauses/match`.
    var folder: String {
        let parts = file.split(separator: "/")
        return parts.count > 2 ? parts[0...1].joined(separator: "/") : parts.dropLast().joined(separator: "/")
    }

    /// The stable unique id: file, position in the file (plus example row), name.
    ///
    /// `clauses/match/Match1.feature #3 [3] Match nodes` or, for an outline expansion,
    /// `expressions/literals/Literals2.feature #1.4 [1] Return a hexadecimal integer`.
    var id: String {
        let position = exampleRow.map { "\(ordinal).\($0)" } ?? "\(ordinal)"
        return "\(file) #\(position) \(name)"
    }

    static func == (lhs: TCKScenario, rhs: TCKScenario) -> Bool {
        lhs.id == rhs.id && lhs.checks == rhs.checks && lhs.setupQueries == rhs.setupQueries
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }
}
