// Subqueries inside expressions — pattern predicates, pattern comprehensions and
// EXISTS — run the physical plans the lowering made for them, once per evaluation,
// starting from the outer row: EXISTS stops at the first row its plan produces
// (a semi-join; an expansion into a bound end makes it an expand-into probe), a
// pattern comprehension collects its projection's value per row.

import SinergiGraph

/// Runs one subquery; see the file comment.
final class SubqueryRunner {
    /// Each UNION branch's first operator.
    let branches: [PhysicalOperator]
    let sink: SubquerySink

    init(branches: [PhysicalOperator], sink: SubquerySink) {
        self.branches = branches
        self.sink = sink
    }

    /// The subquery's value for the outer row: a boolean (EXISTS) or a list (comprehension).
    func evaluate(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> Value {
        let saved = sink.state.value
        sink.state.value = SubquerySink.Run()
        defer { sink.state.value = saved }
        for entry in branches {
            var r = row
            _ = try entry.push(&r, &st)
            try entry.finish(&st)
            if sink.projection == nil && sink.state.value.found { break }
        }
        if sink.projection != nil { return .list(sink.state.value.values) }
        return .bool(sink.state.value.found)
    }
}

/// The end of a subquery's plan.
final class SubquerySink: PhysicalOperator {
    struct Run {
        var found = false
        var values: [Value] = []
    }
    /// The pattern comprehension's projection (nil for EXISTS).
    let projection: CompiledExpression?
    let state = OperatorState(Run())

    init(id: Int, projection: CompiledExpression?) {
        self.projection = projection
        super.init(id: id)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        guard let projection else {
            state.value.found = true
            return false
        }
        state.value.values.append(try projection(row, &st))
        try st.tick()
        return true
    }
}
