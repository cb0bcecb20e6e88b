// A helper to call scalar functions in tests with a fixed seed and clock.

import SinergiGraph
import Testing

@testable import SinergiQuery

/// Calls `name` on `args` over `graph` with seed 42 and the clock at 2023-06-21T00:00Z.
func callFunction(_ name: String, _ args: [Value], graph: PropertyGraph = PropertyGraph()) throws(QueryError) -> Value {
    var context = FunctionContext(graph: graph, seed: 42, epochMilliseconds: 1_687_305_600_000)
    return try FunctionTable.call(name, args, context: &context)
}

/// The error `name(args)` raises, or nil when it succeeds.
func functionError(_ name: String, _ args: [Value], graph: PropertyGraph = PropertyGraph()) -> QueryError? {
    do {
        _ = try callFunction(name, args, graph: graph)
        return nil
    } catch {
        return error
    }
}
