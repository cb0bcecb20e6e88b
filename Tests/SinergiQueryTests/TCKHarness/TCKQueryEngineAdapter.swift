// Adapts the real `SinergiQuery.QueryEngine` to `TCKEngine`: maps
// `QueryResult`/`QueryStatistics` to the TCK's result and side-effect shape,
// `QueryError` (kind, phase, code) to the TCK's error triple, and installs a
// scenario's test procedures in the options' `ProcedureRegistry`.

import SinergiGraph
import SinergiQuery

/// `QueryEngine` behind the `TCKEngine` interface.
struct TCKQueryEngineAdapter: TCKEngine {
    var name: String { "SinergiQuery.QueryEngine" }
    var supportsProcedures: Bool { true }

    func execute(
        _ query: String, parameters: [String: Value], procedures: [TCKProcedure], on graph: inout PropertyGraph
    ) throws(TCKActualError) -> TCKActualResult {
        var options = QueryOptions()
        options.timeout = 5
        options.maxRows = 1_000_000
        for procedure in procedures {
            options.procedures.register(try Self.procedure(procedure))
        }
        do {
            let result = try QueryEngine.execute(query, parameters: parameters, on: &graph, options: options)
            let s = result.statistics
            let effects = TCKSideEffects(
                nodesCreated: s.nodesCreated, nodesDeleted: s.nodesDeleted,
                relationshipsCreated: s.relationshipsCreated, relationshipsDeleted: s.relationshipsDeleted,
                propertiesSet: s.propertiesSet, propertiesRemoved: s.propertiesRemoved,
                labelsAdded: s.labelsAdded, labelsRemoved: s.labelsRemoved)
            return TCKActualResult(columns: result.columns, rows: result.rows, sideEffects: effects)
        } catch {
            throw TCKActualError(
                kind: error.kind.rawValue, phase: error.phase.rawValue, code: error.code.rawValue,
                message: error.message)
        }
    }

    /// A registry `Procedure` answering from the scenario's table.
    static func procedure(_ declaration: TCKProcedure) throws(TCKActualError) -> Procedure {
        let definition: TCKProcedureDefinition
        do {
            definition = try declaration.definition()
        } catch {
            throw TCKActualError(kind: "harness", phase: "setup", code: "BadProcedure", message: "\(error)")
        }
        func fields(_ list: [(name: String, type: String)]) throws(TCKActualError) -> [ProcedureField] {
            var result: [ProcedureField] = []
            for field in list {
                guard let type = ProcedureType(signature: field.type) else {
                    throw TCKActualError(
                        kind: "harness", phase: "setup", code: "BadProcedure", message: "type \(field.type)")
                }
                result.append(ProcedureField(field.name, type))
            }
            return result
        }
        return Procedure(
            name: definition.name, inputs: try fields(definition.inputs), outputs: try fields(definition.outputs)
        ) { context, arguments in
            definition.call(arguments, graph: context.graph)
        }
    }
}

extension TCKEngines {
    static var queryEngineAdapter: (any TCKEngine)? { TCKQueryEngineAdapter() }
}
