// The compile-time check for parameters: a statement that uses `$p` without a value for
// it fails before any operator runs (nothing written, nothing read), with the place of
// the first use and a catalogue message in both languages.

import SinergiGraph
import SinergiText
import Testing

@testable import SinergiQuery

@Suite struct MissingParameterTests {
    /// The error `source` raises with `parameters` on `graph`; records an issue when none.
    func failure(
        _ source: String, _ parameters: [String: Value] = [:], on graph: inout PropertyGraph,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> QueryError? {
        do {
            _ = try QueryEngine.execute(source, parameters: parameters, on: &graph)
            Issue.record("expected \(source) to fail", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMissingParameterFailsAtCompileTimeWithItsPlace() throws {
        var g = PropertyGraph()
        let source = "MATCH (p:Province)\nWHERE p.name = $province\nRETURN p"
        let e = try #require(failure(source, on: &g))
        #expect(e.kind == .parameterMissing)
        #expect(e.phase == .compileTime)
        #expect(e.code == .missingParameter)
        #expect(e.location?.line == 2)
        #expect(e.location?.column == 16)
        #expect(
            e.render(source: source)
                == """
                error: parameter $province is not given: give it with -p province=VALUE \
                (in the shell: :param province => VALUE) (ParameterMissing.MissingParameter)
                  at line 2, column 16
                WHERE p.name = $province
                               ^
                """)
    }

    @Test func theMessageIsInBothLanguages() throws {
        var g = PropertyGraph()
        let e = try #require(failure("RETURN $hops", on: &g))
        #expect(e.detail == Message(.queryMissingParameter, ["name": .text("hops")]))
        #expect(e.message == e.message(.en))
        #expect(
            e.message(.en)
                == "parameter $hops is not given: give it with -p hops=VALUE (in the shell: :param hops => VALUE)"
        )
        #expect(
            e.message(.id)
                == "parameter $hops tidak diberikan: berikan dengan -p hops=NILAI (di shell: :param hops => NILAI)")
    }

    @Test func aNearSuppliedNameIsSuggested() throws {
        var g = PropertyGraph()
        let e = try #require(failure("RETURN $province", ["provinse": .string("Kepri")], on: &g))
        #expect(e.detail == Message(.queryMissingParameter, ["name": .text("province")]).suggesting(["$provinse"]))
        #expect(e.message(.en).hasSuffix("did you mean '$provinse'?"), "\(e.message(.en))")
    }

    @Test func nothingRunsBeforeTheCheck() throws {
        var g = PropertyGraph()
        _ = try QueryEngine.execute("CREATE (:Province {name: 'Kepri'})", on: &g)
        // The CREATE comes first in the statement; the check still stops it before it runs.
        let e = try #require(failure("CREATE (:Province {name: 'Riau'}) WITH 1 AS x RETURN $p + x", on: &g))
        #expect(e.code == .missingParameter)
        #expect(e.location?.line == 1)
        #expect(e.location?.column == 54)
        let r = try QueryEngine.execute("MATCH (p:Province) RETURN p.name AS name", on: &g)
        #expect(r.rows == [[.string("Kepri")]])
    }

    @Test func everyUseCountsAndGivenParametersPass() throws {
        var g = PropertyGraph()
        // In a subquery, a property map of CREATE and a list comprehension alike.
        for source in [
            "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.v = $v } RETURN n",
            "CREATE (:A $props)",
            "RETURN [x IN range(1, 3) WHERE x > $min] AS xs",
        ] {
            let e = try #require(failure(source, on: &g))
            #expect(e.code == .missingParameter, "\(source)")
            #expect(e.location != nil, "\(source)")
        }
        #expect(g.nodeCount == 0)
        let r = try QueryEngine.execute(
            "RETURN [x IN range(1, 3) WHERE x > $min] AS xs", parameters: ["min": .int(1)], on: &g)
        #expect(r.rows == [[.list([.int(2), .int(3)])]])
    }

    @Test func explainDoesNotNeedTheValues() throws {
        var g = PropertyGraph()
        let r = try QueryEngine.execute("EXPLAIN MATCH (p:Province {name: $name}) RETURN p", on: &g)
        #expect(r.plan != nil)
        #expect(r.rows.isEmpty)
    }
}
