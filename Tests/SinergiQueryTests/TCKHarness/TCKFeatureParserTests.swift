// Tests of the Gherkin subset reader and the TCK step meanings: plain
// scenarios, outlines expanded per example row, backgrounds, doc strings,
// tables with escapes, side effects, errors, control queries, and the
// scenarios of real vendored feature files.

import Testing

@Suite struct TCKFeatureParserTests {
    static let sample = """
        #
        # Copyright comment
        #
        #encoding: utf-8

        @fixture
        Feature: Sample1 - A sample

          Background:
            Given an empty graph
            And having executed:
              \"\"\"
              CREATE (:Seed)
              \"\"\"

          Scenario: [1] Create and return
            When executing query:
              \"\"\"
              CREATE (a:A {name: 'x|y'})
              RETURN a
              \"\"\"
            Then the result should be, in any order:
              | a                     |
              | (:A {name: 'x\\|y'}) |
            And the side effects should be:
              | +nodes      | 1 |
              | +labels     | 1 |
              | +properties | 1 |

          @skipStyleCheck
          Scenario Outline: [2] Literal <lit>
            And parameters are:
              | p | <lit> |
            When executing query:
              \"\"\"
              RETURN <lit> AS v, $p AS w
              \"\"\"
            Then the result should be, in order (ignoring element order for lists):
              | v     | w     |
              | <lit> | <lit> |
            And no side effects

            Examples:
              | lit |
              | 1   |
              | 'a' |

            Examples:
              | lit    |
              | [1, 2] |

          Scenario: [3] Fails
            Given any graph
            When executing query:
              \"\"\"
              RETURN x
              \"\"\"
            Then a SyntaxError should be raised at compile time: UndefinedVariable

          Scenario: [4] Control
            Given the binary-tree-1 graph
            When executing query:
              \"\"\"
              MATCH (n) DELETE n
              \"\"\"
            Then the result should be empty
            When executing control query:
              \"\"\"
              MATCH (n) RETURN count(n) AS c
              \"\"\"
            Then the result should be, in any order:
              | c |
              | 0 |
        """

    @Test func plainScenarioWithBackgroundTableEscapesAndSideEffects() throws {
        let feature = try TCKFeatureParser.parse(Self.sample, file: "clauses/sample/Sample1.feature")
        #expect(feature.name == "Sample1 - A sample")
        #expect(feature.problems.isEmpty)
        #expect(feature.scenarios.count == 6)
        let first = try #require(feature.scenarios.first)
        #expect(first.id == "clauses/sample/Sample1.feature #1 [1] Create and return")
        #expect(first.folder == "clauses/sample")
        #expect(first.graph == .empty)
        #expect(first.setupQueries == ["CREATE (:Seed)"])
        #expect(first.tags == ["fixture"])
        let check = try #require(first.checks.first)
        #expect(check.query == "CREATE (a:A {name: 'x|y'})\nRETURN a")
        #expect(
            check.outcome
                == .table(
                    header: ["a"], rows: [["(:A {name: 'x|y'})"]],
                    ordering: TCKResultOrdering(ordered: false, ignoringListOrder: false)))
        #expect(check.sideEffects == TCKSideEffects(nodesCreated: 1, propertiesSet: 1, labelsAdded: 1))
    }

    @Test func outlinesExpandOncePerExampleRowAcrossExamplesBlocks() throws {
        let feature = try TCKFeatureParser.parse(Self.sample, file: "expressions/sample/Sample1.feature")
        let outline = feature.scenarios.filter { $0.ordinal == 2 }
        #expect(outline.map(\.name) == ["[2] Literal 1", "[2] Literal 'a'", "[2] Literal [1, 2]"])
        #expect(outline.map(\.exampleRow) == [1, 2, 3])
        #expect(outline[2].id == "expressions/sample/Sample1.feature #2.3 [2] Literal [1, 2]")
        #expect(outline[2].checks.first?.query == "RETURN [1, 2] AS v, $p AS w")
        #expect(outline[2].parameters.map(\.value) == ["[1, 2]"])
        #expect(outline[2].tags == ["fixture", "skipStyleCheck"])
        #expect(outline[2].checks.first?.sideEffects == TCKSideEffects())
        guard case .table(_, let rows, let ordering)? = outline[1].checks.first?.outcome else {
            Issue.record("expected a table")
            return
        }
        #expect(rows == [["'a'", "'a'"]])
        #expect(ordering == TCKResultOrdering(ordered: true, ignoringListOrder: true))
    }

    @Test func errorsNamedGraphsAndControlQueries() throws {
        let feature = try TCKFeatureParser.parse(Self.sample, file: "x/y/Sample1.feature")
        let failing = try #require(feature.scenarios.first { $0.ordinal == 3 })
        #expect(failing.graph == .any)
        #expect(
            failing.checks.first?.outcome
                == .error(TCKExpectedError(kind: "SyntaxError", phase: "compile time", code: "UndefinedVariable")))
        let control = try #require(feature.scenarios.first { $0.ordinal == 4 })
        #expect(control.graph == .named("binary-tree-1"))
        #expect(control.checks.map(\.isControl) == [false, true])
        #expect(control.checks.first?.outcome == .empty)
    }

    @Test func expectedErrorSteps() {
        #expect(
            TCKFeatureParser.expectedError("a TypeError should be raised at any time: InvalidArgumentValue")
                == TCKExpectedError(kind: "TypeError", phase: "any time", code: "InvalidArgumentValue"))
        #expect(TCKFeatureParser.expectedError("a TypeError should be raised at lunch: X") == nil)
    }

    @Test func unknownStepsAreReportedNotDropped() throws {
        let text = """
            Feature: Odd
              Scenario: [1] Odd step
                Given an empty graph
                When executing query:
                  \"\"\"
                  RETURN 1
                  \"\"\"
                Then the moon should be full
            """
        let feature = try TCKFeatureParser.parse(text, file: "a/b/Odd.feature")
        #expect(feature.scenarios.isEmpty)
        #expect(feature.problems.count == 1)
        #expect(feature.problems.first?.line == 8)
    }

    @Test func vendoredMatch1ParsesWithTheTCKNames() throws {
        let catalog = try TCKCatalog.load()
        let match1 = try #require(catalog.features.first { $0.file == "clauses/match/Match1.feature" })
        #expect(match1.name == "Match1 - Match nodes")
        #expect(match1.problems.isEmpty)
        #expect(Set(match1.scenarios.map(\.ordinal)).count == 11)
        #expect(match1.scenarios.filter { $0.exampleRow == nil }.count == 6)
        #expect(match1.scenarios.count == 86)
        #expect(match1.scenarios.first?.name.hasPrefix("[1] ") == true)
        let literals = try #require(catalog.features.first { $0.file == "expressions/literals/Literals6.feature" })
        let escaped = try #require(literals.scenarios.first { $0.name.hasPrefix("[5] ") })
        guard case .table(_, let rows, _)? = escaped.checks.first?.outcome else {
            Issue.record("expected a table")
            return
        }
        #expect(rows == [["'a\\\\bcn5t\\'\"\\\\//\\\\\"\\''"]])
        #expect(try TCKValueParser.parse(rows[0][0]) == .string("a\\bcn5t'\"\\//\\\"'"))
    }
}
