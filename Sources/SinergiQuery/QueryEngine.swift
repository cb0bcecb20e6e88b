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
    /// `EXPLAIN` statements return no rows and the plan in `plan`; `PROFILE` statements run and
    /// return the plan with the rows each operator produced.
    /// - Complexity: that of the plan; bounded by `options.maxRows` and `options.timeout`.
    public static func execute(
        _ source: String, parameters: [String: Value] = [:], on graph: inout PropertyGraph,
        options: QueryOptions = .init()
    ) throws(QueryError) -> QueryResult {
        var parser = Parser(source)  // tokenizes once for both kinds of statement
        if let command = try parser.schemaCommandIfAny() {
            return try SchemaCommands.run(command, on: &graph)
        }
        let statement = try parser.parseSingleStatement()
        let bound = try Binder.bind(statement.query, source: source, procedures: options.procedures)
        let plan = Planner.plan(bound)
        if statement.mode == .explain {
            return QueryResult(columns: bound.columns, rows: [], plan: plan.describe(rows: nil, graph: graph))
        }
        let context = ExecutionContext(graph: graph, parameters: parameters, options: options)
        defer { context.releaseProbes() }
        context.source = source
        let rows = try Executor(context: context).run(plan, input: [[:]])
        let columns = bound.columns
        let table = rows.map { row in columns.map { row[$0] ?? .null } }
        let statistics = Statistics.compare(before: graph, after: context.graph, context: context)
        let planText = statement.mode == .profile ? plan.describe(rows: context.profile, graph: graph) : nil
        if statistics.containsUpdates || !context.touchedNodes.isEmpty || !context.touchedRelationships.isEmpty {
            graph = context.graph
        } else if context.graph.nodeCapacity != graph.nodeCapacity
            || context.graph.relationshipCapacity != graph.relationshipCapacity
        {
            graph = context.graph
        }
        return QueryResult(columns: columns, rows: table, statistics: statistics, plan: planText)
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
