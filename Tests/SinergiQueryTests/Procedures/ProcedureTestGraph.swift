// Helpers that run a query with the sinergi procedures on the TPBIS example network of
// SinergiTestSupport/TestGraphs.swift (the answers worked out for the algorithm tests hold).
import SinergiGraph
import SinergiQuery
import SinergiTestSupport

/// Runs `query` on the TPBIS example with `ProcedureRegistry.sinergi` and returns the rows.
func sinergiRows(_ query: String, parameters: [String: Value] = [:]) throws -> [[Value]] {
    var graph = try TPBISExample.build().graph
    return try sinergiRows(query, on: &graph, parameters: parameters)
}

/// Runs `query` on `graph` with `ProcedureRegistry.sinergi` and returns the rows.
func sinergiRows(_ query: String, on graph: inout PropertyGraph, parameters: [String: Value] = [:]) throws
    -> [[Value]]
{
    var options = QueryOptions()
    options.procedures = .sinergi
    return try QueryEngine.execute(query, parameters: parameters, on: &graph, options: options).rows
}

/// The `QueryError` a query raises with the sinergi procedures, nil when it succeeds.
func sinergiError(_ query: String) -> QueryError? {
    do {
        _ = try sinergiRows(query)
        return nil
    } catch let error as QueryError {
        return error
    } catch {
        return nil
    }
}
