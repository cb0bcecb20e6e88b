// Tests of the scenario runner against a scripted engine that answers known
// query texts with fixed results or errors: row order modes, columns, side
// effects, expected and unexpected errors, setup failures, parameters.

import SinergiGraph
import SinergiTestSupport
import Testing

/// Answers each known query text with a fixed result or error; creates one `:A` node for `CREATE (:A)`.
private struct ScriptedEngine: TCKEngine {
    var answers: [String: Result<TCKActualResult, TCKActualError>]
    var name: String { "scripted" }

    func execute(
        _ query: String, parameters: [String: Value], procedures: [TCKProcedure], on graph: inout PropertyGraph
    ) throws(TCKActualError) -> TCKActualResult {
        if query == "CREATE (:A)" {
            RandomGraphs.must { () throws(GraphError) in try graph.addNode(labels: ["A"]) }
            return TCKActualResult(columns: [], rows: [], sideEffects: TCKSideEffects(nodesCreated: 1, labelsAdded: 1))
        }
        if query == "RETURN $p AS p" {
            return TCKActualResult(columns: ["p"], rows: [[parameters["p"] ?? .null]], sideEffects: TCKSideEffects())
        }
        if query == "MATCH (n) RETURN n" {
            return TCKActualResult(columns: ["n"], rows: graph.nodes.map { [.node($0)] }, sideEffects: TCKSideEffects())
        }
        switch answers[query] {
        case .success(let result)?: return result
        case .failure(let error)?: throw error
        case nil: throw TCKActualError(kind: "SyntaxError", phase: "compile time", code: "Unknown", message: query)
        }
    }
}

@Suite struct TCKRunnerTests {
    static let rows = TCKActualResult(
        columns: ["b", "a"], rows: [[2, [1, 2]], [1, [2, 1]]], sideEffects: TCKSideEffects())
    private static let engine = ScriptedEngine(answers: [
        "Q": .success(rows),
        "ERR": .failure(
            TCKActualError(kind: "TypeError", phase: "runtime", code: "InvalidArgumentValue", message: "m")),
    ])

    func status(_ steps: String) throws -> TCKStatus {
        let text = "Feature: F\n  Scenario: [1] S\n" + steps
        let feature = try TCKFeatureParser.parse(text, file: "a/b/F.feature")
        let scenario = try #require(feature.scenarios.first, "\(feature.problems)")
        return TCKRunner(engine: Self.engine, namedGraphs: [:]).run(scenario)
    }

    func query(_ q: String) -> String { "    When executing query:\n      \"\"\"\n      \(q)\n      \"\"\"\n" }

    @Test func anyOrderReordersRowsButNotColumns() throws {
        let then =
            "    Then the result should be, in any order:\n      | b | a |\n      | 1 | [2, 1] |\n      | 2 | [1, 2] |\n"
        #expect(try status("    Given any graph\n" + query("Q") + then) == .passed)
        let swapped =
            "    Then the result should be, in any order:\n      | a | b |\n      | [2, 1] | 1 |\n      | [1, 2] | 2 |\n"
        guard case .failed(let category, let detail) = try status(query("Q") + swapped) else {
            Issue.record("columns in another order must fail")
            return
        }
        #expect(category == "columns differ")
        #expect(detail.hasPrefix("columns differ: expected [\"a\", \"b\"], got [\"b\", \"a\"]"))
    }

    @Test func inOrderAndListOrderModes() throws {
        let ordered =
            "    Then the result should be, in order:\n      | b | a |\n      | 1 | [2, 1] |\n      | 2 | [1, 2] |\n"
        guard case .failed(let category, _) = try status(query("Q") + ordered) else {
            Issue.record("rows in the wrong order must fail")
            return
        }
        #expect(category == "rows differ")
        let ignoring =
            "    Then the result should be (ignoring element order for lists):\n"
            + "      | b | a |\n      | 2 | [2, 1] |\n      | 1 | [1, 2] |\n"
        #expect(try status(query("Q") + ignoring) == .passed)
        let wrongValue =
            "    Then the result should be, in any order:\n      | b | a |\n      | 1 | [2, 1] |\n      | 3 | [1, 2] |\n"
        #expect(try status(query("Q") + wrongValue) != .passed)
    }

    @Test func columnsMustMatchTheHeader() throws {
        let then =
            "    Then the result should be, in any order:\n      | a | c |\n      | [2, 1] | 1 |\n      | [1, 2] | 2 |\n"
        guard case .failed(let category, let detail) = try status(query("Q") + then) else {
            Issue.record("other columns must fail")
            return
        }
        #expect(category == "columns differ")
        #expect(detail.hasPrefix("columns differ: expected [\"a\", \"c\"], got [\"b\", \"a\"]\n  query:\n    Q"))
    }

    @Test func sideEffectsAreCompared() throws {
        let good =
            "    Then the result should be empty\n    And the side effects should be:\n      | +nodes | 1 |\n      | +labels | 1 |\n"
        #expect(try status("    Given an empty graph\n" + query("CREATE (:A)") + good) == .passed)
        let none = "    Then the result should be empty\n    And no side effects\n"
        guard case .failed(let category, _) = try status(query("CREATE (:A)") + none) else {
            Issue.record("side effects must be checked")
            return
        }
        #expect(category == "side effects differ")
    }

    @Test func errorsMatchOnKindPhaseAndCode() throws {
        #expect(
            try status(query("ERR") + "    Then a TypeError should be raised at runtime: InvalidArgumentValue\n")
                == .passed)
        #expect(
            try status(query("ERR") + "    Then a TypeError should be raised at any time: InvalidArgumentValue\n")
                == .passed)
        #expect(
            try status(query("ERR") + "    Then a TypeError should be raised at compile time: InvalidArgumentValue\n")
                != .passed)
        #expect(
            try status(query("ERR") + "    Then a TypeError should be raised at runtime: InvalidArgumentType\n")
                != .passed)
        guard
            case .failed(let category, _) = try status(
                query("Q") + "    Then a TypeError should be raised at runtime: X\n")
        else {
            Issue.record("a missing error must fail")
            return
        }
        #expect(category == "no error: TypeError.X expected")
        guard case .failed(let unexpected, _) = try status(query("ERR") + "    Then the result should be empty\n")
        else {
            Issue.record("an unexpected error must fail")
            return
        }
        #expect(unexpected == "unexpected TypeError.InvalidArgumentValue")
    }

    @Test func setupQueriesParametersAndEntities() throws {
        let setup =
            "    Given an empty graph\n    And having executed:\n      \"\"\"\n      CREATE (:A)\n      \"\"\"\n"
        let nodes = "    Then the result should be, in any order:\n      | n |\n      | (:A) |\n"
        #expect(try status(setup + query("MATCH (n) RETURN n") + nodes) == .passed)
        let failingSetup = "    And having executed:\n      \"\"\"\n      ERR\n      \"\"\"\n"
        guard case .failed(let category, _) = try status(failingSetup + query("Q") + nodes) else {
            Issue.record("a failing setup query must fail the scenario")
            return
        }
        #expect(category == "setup query fails: TypeError.InvalidArgumentValue")
        let parameters = "    And parameters are:\n      | p | {k: [1, 'x']} |\n"
        let echoed = "    Then the result should be, in any order:\n      | p |\n      | {k: [1, 'x']} |\n"
        #expect(try status(parameters + query("RETURN $p AS p") + echoed) == .passed)
    }
}
