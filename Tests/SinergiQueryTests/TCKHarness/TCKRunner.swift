// Runs one scenario against a `TCKEngine`: builds the initial graph (named
// graphs from the TCK's scripts), runs the setup queries, parses parameters,
// then runs each query and checks its rows, side effects or error. A scenario
// runs on its own thread with a generous stack and a deadline, so a hanging
// query costs one scenario, not the run.

import Foundation
import SinergiGraph

/// Runs scenarios one at a time.
struct TCKRunner: Sendable {
    let engine: any TCKEngine
    /// Script text of each named graph, by name.
    let namedGraphs: [String: String]
    /// Seconds a scenario may take before it is reported as timed out.
    var deadline: Double = 15

    /// Runs `scenario` on a helper thread and waits at most `deadline` seconds.
    ///
    /// - Complexity: that of the scenario's queries.
    func runGuarded(_ scenario: TCKScenario) -> TCKStatus {
        final class Box: @unchecked Sendable {
            let lock = NSLock()
            var status: TCKStatus?
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let runner = self
        let thread = Thread {
            let status = runner.run(scenario)
            box.lock.withLock { box.status = status }
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        let timedOut = done.wait(timeout: .now() + deadline) == .timedOut
        let status = box.lock.withLock { box.status }
        guard !timedOut, let status else {
            return .failed(
                category: "timeout", detail: "scenario took longer than \(Int(deadline)) s (thread abandoned)")
        }
        return status
    }

    /// Runs `scenario` on the calling thread.
    func run(_ scenario: TCKScenario) -> TCKStatus {
        var graph = PropertyGraph()
        if case .named(let name) = scenario.graph {
            guard let script = namedGraphs[name] else {
                return .notRun(reason: "unknown named graph \(name)")
            }
            do {
                _ = try engine.execute(script, parameters: [:], on: &graph)
            } catch {
                return .failed(category: "named graph setup fails: \(error.kind).\(error.code)", detail: "\(error)")
            }
        }
        if let procedure = scenario.procedures.first, !engine.supportsProcedures {
            return .notRun(reason: "needs test procedure \(procedure.signature)")
        }
        for query in scenario.setupQueries {
            do {
                _ = try engine.execute(query, parameters: [:], procedures: scenario.procedures, on: &graph)
            } catch {
                return .failed(
                    category: "setup query fails: \(error.kind).\(error.code)",
                    detail: "setup query failed: \(error)\n\(query)")
            }
        }
        var parameters: [String: Value] = [:]
        for (name, text) in scenario.parameters {
            do {
                parameters[name] = try TCKValueParser.parse(text).parameterValue()
            } catch {
                return .failed(category: "harness: bad parameter", detail: "parameter \(name) = \(text): \(error)")
            }
        }
        for check in scenario.checks {
            switch run(check, parameters: parameters, procedures: scenario.procedures, graph: &graph) {
            case .failed(let category, let detail)?:
                let indented = check.query.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n")
                return .failed(category: category, detail: detail + "\n  query:\n" + indented)
            case let other?:
                return other
            case nil:
                continue
            }
        }
        return .passed
    }

    /// Nil when the check holds, otherwise the failure.
    func run(
        _ check: TCKCheck, parameters: [String: Value], procedures: [TCKProcedure], graph: inout PropertyGraph
    ) -> TCKStatus? {
        let which = check.isControl ? "control query" : "query"
        let result: TCKActualResult
        let before = (graph.nodeCount, graph.relationshipCount)
        do {
            result = try engine.execute(check.query, parameters: parameters, procedures: procedures, on: &graph)
        } catch {
            guard before == (graph.nodeCount, graph.relationshipCount) else {
                return .failed(
                    category: "graph changed by a failing query",
                    detail: "\(which) raised \(error) but left the graph changed (TCK: errors have no side effects)")
            }
            guard case .error(let expected)? = check.outcome else {
                return .failed(
                    category: "unexpected \(error.kind).\(error.code)",
                    detail: "\(which) raised \(error) but a result was expected")
            }
            // `*` as the detail (List1 [7]) accepts any code.
            guard expected.kind == error.kind, expected.code == error.code || expected.code == "*" else {
                return .failed(
                    category:
                        "wrong error: \(expected.kind).\(expected.code) expected, \(error.kind).\(error.code) raised",
                    detail: "expected \(expected), got \(error)")
            }
            guard expected.phase == "any time" || expected.phase == error.phase else {
                return .failed(
                    category:
                        "wrong phase: \(error.kind).\(error.code) expected at \(expected.phase), raised at \(error.phase)",
                    detail: "expected \(expected), got \(error)")
            }
            return nil
        }
        switch check.outcome {
        case .error(let expected)?:
            return .failed(
                category: "no error: \(expected.kind).\(expected.code) expected",
                detail: "expected \(expected) but the \(which) returned \(result.rows.count) row(s)")
        case .empty?:
            guard result.rows.isEmpty else {
                let rows = result.rows.prefix(TCKResultMatcher.quotedRows).map { row in
                    row.map { TCKValue($0, graph: graph).canonical() }.joined(separator: " | ")
                }
                return .failed(
                    category: "rows differ",
                    detail: "expected no rows, got \(result.rows.count) (columns \(result.columns)):\n"
                        + rows.map { "    | \($0) |" }.joined(separator: "\n"))
            }
        case .table(let header, let rows, let ordering)?:
            if let mismatch = TCKResultMatcher.mismatch(
                header: header, rows: rows, ordering: ordering, actual: result, graph: graph)
            {
                let category =
                    mismatch.hasPrefix("columns")
                    ? "columns differ" : mismatch.hasPrefix("harness") ? "harness" : "rows differ"
                return .failed(category: category, detail: mismatch)
            }
        case nil:
            break
        }
        if !check.isControl, let expected = check.sideEffects, expected != result.sideEffects {
            return .failed(
                category: "side effects differ",
                detail: "side effects: expected \(expected), got \(result.sideEffects)")
        }
        return nil
    }
}
