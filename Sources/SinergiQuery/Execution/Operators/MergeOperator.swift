// MERGE: for each row, the pattern's matches (its match plan runs on the graph as
// it is, so a MERGE sees what it created for earlier rows), each passed on after
// ON MATCH; when there are none, the pattern is created (null property values and
// null bound nodes refused) and passed on after ON CREATE. A pattern of one node
// with properties is looked up in a `MergeNodeIndex` from its second row on (the
// first row runs the match plan, so a MERGE of one row builds nothing). Also the
// sink that collects a subplan's rows.

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
    /// The node of a single-node pattern with properties, looked up by index; nil otherwise.
    let node: MergeNodePattern?
    /// The rows looked up so far and the index (built at the second row).
    let lookup = OperatorState<(rows: Int, index: MergeNodeIndex?)>((0, nil))

    init(
        id: Int, match: PhysicalOperator, matches: CollectSink, pattern: CreationPattern,
        boundNodes: [(slot: Int, name: String)], maps: [CompiledExpression], onCreate: [CompiledSetItem],
        onMatch: [CompiledSetItem], node: MergeNodePattern?, next: PhysicalOperator
    ) {
        self.node = node
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
        let found: [Row]
        if let hit = try indexed(row, &st) { found = hit } else { found = try scanned(row, &st) }
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

    /// The rows the match plan finds for `row`.
    func scanned(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> [Row] {
        matches.rows.value = []
        var probe = row
        _ = try match.push(&probe, &st)
        try match.finish(&st)
        let found = matches.rows.value
        matches.rows.value = []
        return found
    }

    /// The rows the index finds for `row`; nil when the match plan must answer (the first
    /// row, a pattern of more than one node, a value the index does not look up).
    func indexed(_ row: Row, _ st: inout ExecutionState) throws(QueryError) -> [Row]? {
        guard let node else { return nil }
        lookup.value.rows += 1
        if lookup.value.rows < 2 { return nil }
        guard case .map(let entries) = try node.properties(row, &st), !entries.isEmpty else { return nil }
        if lookup.value.index == nil {
            if st.nodeWriteLog == nil { st.nodeWriteLog = [] }
            lookup.value.index = MergeNodeIndex(
                keys: entries.keys.sorted(), labels: node.labels, graph: st.graph,
                logPosition: st.nodeWriteLog?.count ?? 0)
        }
        guard let key = lookup.value.index?.lookupKey(entries) else { return nil }
        let ids = lookup.value.index?.matches(key, entries, log: st.nodeWriteLog ?? [], graph: st.graph) ?? []
        try st.hold(ids.count)
        return ids.map { id in
            var r = row
            r[node.slot] = .node(id)
            return r
        }
    }
}
