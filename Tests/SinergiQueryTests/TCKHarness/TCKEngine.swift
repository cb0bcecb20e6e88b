// The smallest interface the TCK runner needs from a query engine: run one
// statement on a graph and report columns, rows and side-effect counters, or
// an error with the TCK's type, phase and code. Keeping the runner behind this
// protocol lets it be built and tested before (and independently of) the
// real `QueryEngine`, whose adapter lives in `TCKQueryEngineAdapter.swift`.

import SinergiGraph

/// An error as the TCK classifies it.
struct TCKActualError: Error, Equatable, Sendable, CustomStringConvertible {
    /// e.g. `SyntaxError`.
    var kind: String
    /// `compile time` or `runtime`.
    var phase: String
    /// e.g. `UndefinedVariable`.
    var code: String
    /// The engine's message, for failure reports.
    var message: String

    var description: String { "\(kind) at \(phase): \(code) (\(message))" }
}

/// A successful query's result.
struct TCKActualResult: Sendable {
    var columns: [String]
    var rows: [[Value]]
    var sideEffects: TCKSideEffects
}

/// A query engine the TCK can drive.
protocol TCKEngine: Sendable {
    /// A short name for reports.
    var name: String { get }

    /// True when `execute` can install the scenario's test procedures.
    var supportsProcedures: Bool { get }

    /// Runs `query` on `graph` with the scenario's test procedures callable (the graph must
    /// stay unchanged when an error is thrown).
    func execute(
        _ query: String, parameters: [String: Value], procedures: [TCKProcedure], on graph: inout PropertyGraph
    ) throws(TCKActualError) -> TCKActualResult
}

extension TCKEngine {
    var supportsProcedures: Bool { false }

    /// Runs `query` without test procedures.
    func execute(
        _ query: String, parameters: [String: Value], on graph: inout PropertyGraph
    ) throws(TCKActualError) -> TCKActualResult {
        try execute(query, parameters: parameters, procedures: [], on: &graph)
    }
}

/// Chooses the engine the conformance test runs: the real `QueryEngine` when it is
/// compiled in (see `TCKQueryEngineAdapter.swift`), otherwise none.
enum TCKEngines {
    /// The engine to run, or nil when no engine exists yet (every scenario is then "not run").
    static var current: (any TCKEngine)? { queryEngineAdapter }
}
