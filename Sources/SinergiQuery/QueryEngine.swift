// The public entry point of the query engine: source → tokens → syntax tree
// (Syntax/) → bound query (Binder/) → plan (Planner/) → operators → rows
// (Execution/). Writes run on a copy of the caller's graph that is assigned back
// only when the whole statement succeeded.

import SinergiGraph

/// Runs statements in the query language based on openCypher.
///
/// ```swift
/// var graph = PropertyGraph()
/// _ = try QueryEngine.execute("CREATE (:Province {name: 'Kepri'})", on: &graph)
/// let r = try QueryEngine.execute("MATCH (p:Province) RETURN p.name AS name", on: &graph)
/// r.rows  // [["Kepri"]]
/// ```
public enum QueryEngine {
    /// Parses, binds, plans and runs one statement on `graph`. On any error `graph` is left unchanged.
    ///
    /// `EXPLAIN` statements return no rows and the plan in `plan` (`EXPLAIN VERBOSE` also the
    /// rewrite passes and the logical plans); `PROFILE` statements run and return the plan
    /// with the rows each operator produced.
    /// - Throws: `QueryError`; a parameter the statement uses but `parameters` lacks is a
    ///   compile-time `MissingParameter` (except under EXPLAIN).
    /// - Complexity: that of the plan; bounded by `options.maxRows`, `options.timeout` and
    ///   `options.maxMemory`.
    public static func execute(
        _ source: String, parameters: [String: Value] = [:], on graph: inout PropertyGraph,
        options: QueryOptions = .init()
    ) throws(QueryError) -> QueryResult {
        var parser = Parser(source)  // tokenizes once for both kinds of statement
        if let command = try parser.schemaCommandIfAny() {
            return try SchemaCommands.run(command, on: &graph)
        }
        let statement = try parser.parseSingleStatement()
        let explaining = statement.mode == .explain || statement.mode == .explainVerbose
        let bound = try Binder.bind(
            statement.query, procedures: options.procedures, parameters: explaining ? nil : parameters)
        let planned = Planner.plan(bound, statistics: PlannerStatistics(graph))
        let program = Lowering(planned, parameters: parameters, graph: graph).lower()
        let schema = RowSchema(names: bound.columns)
        if explaining {
            var text = program.text(rows: nil)
            if statement.mode == .explainVerbose {
                text = verbose(planned) + "Physical plan:\n" + program.text(rows: nil, verbose: true)
            }
            return QueryResult(schema: schema, rows: [], plan: text)
        }
        var state = ExecutionState(graph: graph, options: options, operators: program.operatorCount)
        try state.check()
        func run(_ state: inout ExecutionState) throws(QueryError) {
            for entry in program.entries {
                var row = [Value](repeating: .null, count: program.width)
                _ = try entry.push(&row, &state)
                try entry.finish(&state)
            }
        }
        if planned.writes {
            try run(&state)
        } else {
            // Nothing changes the graph: the operators read it through plain pointers.
            try graph.withReader { (reader) throws(QueryError) in
                try withUnsafePointer(to: reader) { (pointer) throws(QueryError) in
                    state.reader = pointer
                    defer { state.reader = nil }
                    try run(&state)
                }
            }
        }
        var rows = program.results.rows.value
        if bound.parts.count > 1 && !bound.unionAll {
            var seen = Set<[GroupingKey]>()
            rows = rows.filter { seen.insert($0.map(GroupingKey.init)).inserted }
        }
        let statistics = Statistics.compare(before: graph, after: state.graph, state: state)
        let planText = statement.mode == .profile ? program.text(rows: state.produced) : nil
        if statistics.containsUpdates || !state.touchedNodes.isEmpty || !state.touchedRelationships.isEmpty
            || state.graph.nodeCapacity != graph.nodeCapacity
            || state.graph.relationshipCapacity != graph.relationshipCapacity
        {
            graph = state.graph
        }
        return QueryResult(schema: schema, rows: rows, statistics: statistics, plan: planText)
    }

    /// EXPLAIN VERBOSE's account of planning: the logical plans before the rewrite passes,
    /// each pass in order with whether it changed anything, and the plans after them.
    static func verbose(_ planned: PlannedQuery) -> String {
        let d = PlanDescription(slots: planned.slots)
        var out = "Logical plan:\n"
        for plan in planned.unrewritten { out += PlanDescription.text(d.lines(plan), rows: nil) + "\n" }
        out += "Rewrite passes, in order:\n"
        for (i, pass) in planned.passes.enumerated() {
            out += "  \(i + 1). \(pass.name)\(pass.changed ? " (changed the plan)" : "")\n"
        }
        out += "Rewritten logical plan:\n"
        for plan in planned.branches { out += PlanDescription.text(d.lines(plan), rows: nil) + "\n" }
        for id in planned.subqueries.keys.sorted() {
            guard let sub = planned.subqueries[id] else { continue }
            out += "Subquery \(id):\n"
            for plan in sub.branches { out += PlanDescription.text(d.lines(plan), rows: nil) + "\n" }
        }
        return out
    }

    /// Splits a script into statements on top-level `;` (not inside strings, quoted names or comments).
    /// Empty statements are dropped; each statement is trimmed.
    /// - Complexity: O(n) in the length of the script.
    public static func splitStatements(_ script: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quote: Character?
        var lineComment = false
        var blockComment = false
        var previous: Character = " "
        var escaped = false
        for ch in script {
            if lineComment {
                current.append(ch)
                if ch == "\n" { lineComment = false }
                previous = ch
                continue
            }
            if blockComment {
                current.append(ch)
                if previous == "*" && ch == "/" {
                    blockComment = false
                    previous = " "
                } else {
                    previous = ch
                }
                continue
            }
            if let q = quote {
                current.append(ch)
                if escaped {
                    escaped = false
                } else if ch == "\\" && q != "`" {
                    escaped = true
                } else if ch == q {
                    quote = nil
                }
                previous = ch
                continue
            }
            switch ch {
            case "'", "\"", "`":
                quote = ch
                current.append(ch)
            case "/" where previous == "/":
                lineComment = true
                current.append(ch)
            case "*" where previous == "/":
                blockComment = true
                current.append(ch)
                previous = " "
                continue
            case ";":
                let s = current.trimmingWhitespace()
                if !s.isEmpty { out.append(s) }
                current = ""
            default:
                current.append(ch)
            }
            previous = ch
        }
        let s = current.trimmingWhitespace()
        if !s.isEmpty { out.append(s) }
        return out
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
