// CALL … YIELD: for each row, the procedure's arguments are evaluated and checked
// against its signature, its body runs on the working graph, and each result row
// (in the procedure's output schema) binds the yielded columns' slots.

import SinergiGraph

/// CALL; see the file comment.
final class ProcedureCallOperator: PipeOperator {
    let procedure: Procedure
    let arguments: [CompiledExpression]
    let yields: [(index: Int, slot: Int)]
    let predicate: CompiledPredicate?
    let standalone: Bool

    init(
        id: Int, procedure: Procedure, arguments: [CompiledExpression], yields: [(index: Int, slot: Int)],
        predicate: CompiledPredicate?, standalone: Bool, next: PhysicalOperator
    ) {
        self.procedure = procedure
        self.arguments = arguments
        self.yields = yields
        self.predicate = predicate
        self.standalone = standalone
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        var args: [Value] = []
        for (a, field) in zip(arguments, procedure.inputs) {
            let v = try a(row, &st)
            if !field.type.admits(v) {
                throw EngineMessages.procedureArgumentType(field.name, procedure.name, field.type.rawValue, v)
            }
            args.append(v)
        }
        try st.check()
        let results = try procedure.body(ProcedureContext(graph: st.graph, limits: st.limits), args)
        try st.check()
        try st.hold(results.count)
        for result in results {
            try st.tick()
            for (index, slot) in yields where index < result.count { row[slot] = result[index] }
            if let predicate, try !predicate(row, &st) { continue }
            if !(try emit(&row, &st)) { return false }
        }
        if procedure.outputs.isEmpty && yields.isEmpty && !standalone { return try emit(&row, &st) }
        return true
    }
}
