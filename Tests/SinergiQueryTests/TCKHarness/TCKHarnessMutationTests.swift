// Checks that the harness can fail: the real engine behind wrappers that
// tamper with its answers (drop a row, change a value, invent a side effect,
// swallow an error) must fail every scenario whose expectation the tampering
// contradicts. Guards against a runner that passes everything.

import SinergiGraph
import Testing

/// The real engine with one kind of tampering applied to every answer.
private struct TamperingEngine: TCKEngine {
    enum Tampering: CaseIterable { case dropRow, bumpIntegers, extraNode, swallowError }
    let tampering: Tampering
    let inner = TCKQueryEngineAdapter()
    var name: String { "tampered" }
    var supportsProcedures: Bool { true }

    func execute(
        _ query: String, parameters: [String: Value], procedures: [TCKProcedure], on graph: inout PropertyGraph
    ) throws(TCKActualError) -> TCKActualResult {
        var result: TCKActualResult
        do {
            result = try inner.execute(query, parameters: parameters, procedures: procedures, on: &graph)
        } catch {
            guard tampering == .swallowError else { throw error }
            return TCKActualResult(columns: [], rows: [], sideEffects: TCKSideEffects())
        }
        switch tampering {
        case .dropRow:
            if !result.rows.isEmpty { result.rows.removeLast() }
        case .bumpIntegers:
            result.rows = result.rows.map { $0.map { value in value.intValue.map { .int($0 &+ 1) } ?? value } }
        case .extraNode:
            result.sideEffects.nodesCreated += 1
        case .swallowError:
            break
        }
        return result
    }
}

@Suite struct TCKHarnessMutationTests {
    /// Loaded once for the four tests.
    static let catalog = try? TCKCatalog.load()
    static let folders: Set<String> = ["clauses/match-where", "clauses/create", "expressions/null", "clauses/return"]

    private func outcomes(_ tampering: TamperingEngine.Tampering) throws -> [(TCKScenario, TCKStatus)] {
        let catalog = try #require(Self.catalog)
        let runner = TCKRunner(engine: TamperingEngine(tampering: tampering), namedGraphs: catalog.namedGraphs)
        return catalog.scenarios.filter { Self.folders.contains($0.folder) }.map { ($0, runner.run($0)) }
    }

    static func lastOutcome(_ scenario: TCKScenario) -> TCKOutcomeExpectation? {
        scenario.checks.first { !$0.isControl }?.outcome
    }

    @Test func droppingARowFailsEveryScenarioExpectingRows() throws {
        for (scenario, status) in try outcomes(.dropRow) {
            guard case .table(_, let rows, _)? = Self.lastOutcome(scenario), !rows.isEmpty else { continue }
            #expect(status != .passed, "\(scenario.id) passed with a row missing")
        }
    }

    @Test func changingIntegersFailsScenariosExpectingIntegers() throws {
        for (scenario, status) in try outcomes(.bumpIntegers) {
            guard case .table(_, let rows, _)? = Self.lastOutcome(scenario),
                rows.contains(where: { $0.contains { cell in Int64(cell) != nil } })
            else { continue }
            #expect(status != .passed, "\(scenario.id) passed with integers changed")
        }
    }

    @Test func anInventedSideEffectFailsScenariosCheckingSideEffects() throws {
        for (scenario, status) in try outcomes(.extraNode) {
            guard scenario.checks.contains(where: { !$0.isControl && $0.sideEffects != nil }),
                case .table? = Self.lastOutcome(scenario)
            else { continue }
            #expect(status != .passed, "\(scenario.id) passed with an extra node created")
        }
    }

    @Test func aSwallowedErrorFailsScenariosExpectingErrors() throws {
        var checked = 0
        for (scenario, status) in try outcomes(.swallowError) {
            guard case .error? = Self.lastOutcome(scenario) else { continue }
            checked += 1
            #expect(status != .passed, "\(scenario.id) passed without its error")
        }
        #expect(checked > 10)
    }
}
