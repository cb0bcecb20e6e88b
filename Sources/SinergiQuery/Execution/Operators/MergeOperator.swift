// MERGE: for each row, the pattern's matches (its match plan runs on the graph as
// it is, so a MERGE sees what it created for earlier rows), each passed on after
// ON MATCH; when there are none, the pattern is created (null property values and
// null bound nodes refused) and passed on after ON CREATE. Also the sink that
// collects a subplan's rows.

import SinergiGraph

/// Collects the rows a subplan produces (MERGE's matches).
final class CollectSink: PhysicalOperator {
    let rows = OperatorState<[Row]>([])

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        rows.value.append(row)
        try st.hold(rows.value.count)
        return true
    }
}

/// MERGE; see the file comment.
final class MergeOperator: PipeOperator {
    let match: PhysicalOperator
    let matches: CollectSink
    let pattern: CreationPattern
    /// Node slots bound before the clause (they must not be null), with their names.
    let boundNodes: [(slot: Int, name: String)]
    /// Property maps of the pattern's new elements (a null value refuses the creation).
    let maps: [CompiledExpression]
    let onCreate: [CompiledSetItem]
    let onMatch: [CompiledSetItem]

    init(
        id: Int, match: PhysicalOperator, matches: CollectSink, pattern: CreationPattern,
        boundNodes: [(slot: Int, name: String)], maps: [CompiledExpression], onCreate: [CompiledSetItem],
        onMatch: [CompiledSetItem], next: PhysicalOperator
    ) {
        self.match = match
        self.matches = matches
        self.pattern = pattern
        self.boundNodes = boundNodes
        self.maps = maps
        self.onCreate = onCreate
        self.onMatch = onMatch
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try st.tick()
        for (slot, name) in boundNodes where row[slot].isNull { throw EngineMessages.mergeNull(name) }
        matches.rows.value = []
        var probe = row
        _ = try match.push(&probe, &st)
        try match.finish(&st)
        let found = matches.rows.value
        matches.rows.value = []
        if found.isEmpty {
            for m in maps {
                guard case .map(let entries) = try m(row, &st) else { continue }
                for (k, v) in entries where v.isNull { throw EngineMessages.mergeNullProperty(k) }
            }
            try pattern.create(&row, &st)
            for item in onCreate { try item.apply(row, &st) }
            return try emit(&row, &st)
        }
        for var r in found {
            for item in onMatch { try item.apply(r, &st) }
            if !(try emit(&r, &st)) { return false }
        }
        return true
    }
}
