// The single-relationship expansion: for each input row, every relationship of the
// node in `from` in the pattern's direction whose type is admitted (a dense table
// by type id), that differs from the relationships the same MATCH bound before
// (relationship isomorphism), whose other end carries the labels, with the
// relationship and the end node bound and the pushed-down checks passed. The
// node's relationship lists are walked in place (no array per node). When the end
// is already bound (expand into, as in `EXISTS { (l)-[:T]-(b) }`) only
// relationships to it count, and the lists of whichever end has fewer are walked.

import SinergiGraph

/// Relationship types resolved to a dense table and end labels to ids, re-resolved only
/// when the graph's type or label table grows (a name created by an earlier write in the
/// statement); a statement that reads resolves them once, not once per row.
struct TypeTable {
    var names: [String]
    var labelNames: [String] = []
    var resolvedFor = -1
    var labelsResolvedFor = -1
    var admitted: [Bool] = []
    var labels: [LabelID?] = []
    var missingLabel = false

    /// The table for `graph` (every type admitted when `names` is empty).
    /// - Complexity: O(1) when nothing changed; O(types + labels) otherwise.
    mutating func table(_ graph: PropertyGraph) -> [Bool] {
        let count = graph.typeTable.count
        if count != resolvedFor {
            var t = [Bool](repeating: names.isEmpty, count: count + 1)
            for n in names { if let id = graph.typeID(named: n) { t[id.index] = true } }
            admitted = t
            resolvedFor = count
        }
        return admitted
    }

    /// Resolves the types and the end labels for `graph` if its tables grew.
    mutating func refresh(_ graph: PropertyGraph) {
        _ = table(graph)
        let count = graph.labelTable.count
        if count != labelsResolvedFor {
            labels = labelNames.map { graph.labelID(named: $0) }
            missingLabel = labels.contains { $0 == nil }
            labelsResolvedFor = count
        }
    }
}

/// A single-relationship expansion; see the file comment.
final class ExpandOperator: PipeOperator {
    let from: Int
    let relationship: Int
    let to: Int
    let direction: RelationshipDirection
    let into: Bool
    let relationshipBound: Bool
    let distinctFrom: [Int]
    let distinctFromLists: [Int]
    let labels: [String]
    let relationshipPredicate: CompiledPredicate?
    let predicate: CompiledPredicate?
    let types: OperatorState<TypeTable>
    let names: SlotTable

    init(
        _ e: Expansion, relationshipPredicate: CompiledPredicate?, predicate: CompiledPredicate?, id: Int,
        names: SlotTable, next: PhysicalOperator
    ) {
        from = e.from
        relationship = e.relationship
        to = e.to
        direction = e.direction
        into = e.into
        relationshipBound = e.relationshipBound
        distinctFrom = e.distinctFrom
        distinctFromLists = e.distinctFromLists
        labels = e.labels
        self.relationshipPredicate = relationshipPredicate
        self.predicate = predicate
        types = OperatorState(TypeTable(names: e.types, labelNames: e.labels))
        self.names = names
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let start: NodeID
        switch row[from] {
        case .node(let n): start = n
        case .null: return true
        default: throw EngineMessages.notANode(names.display(from), row[from])
        }
        var target: NodeID?
        if into {
            switch row[to] {
            case .node(let n): target = n
            case .null: return true
            default: throw EngineMessages.notANode(names.display(to), row[to])
            }
        }
        var only: RelationshipID?
        if relationshipBound {
            switch row[relationship] {
            case .relationship(let r): only = r
            case .null: return true
            default: throw EngineMessages.notARelationship(names.display(relationship), row[relationship])
            }
        }
        if let reader = st.reader {
            // A reading statement: the graph does not change, so the tables resolved for
            // the first row hold for every row.
            guard reader.pointee.contains(start) else { return true }
            if types.value.resolvedFor < 0 { types.value.refresh(reader.pointee.graph) }
            guard let constants = step(only: only, target: target, start: start) else { return true }
            return try expand(reader.pointee, constants, &row, &st)
        }
        let graph = st.graph
        guard graph.contains(start) else { return true }
        types.value.refresh(graph)
        guard let constants = step(only: only, target: target, start: start) else { return true }
        return try expand(graph, constants, &row, &st)
    }

    /// The constants of one row's expansion from the resolved type and label tables; nil when
    /// the pattern names a label the graph has never seen (nothing can match).
    /// - Complexity: O(1).
    private func step(only: RelationshipID?, target: NodeID?, start: NodeID) -> Step? {
        let table = types.pointer
        if table.pointee.missingLabel { return nil }
        return Step(
            admitted: table.pointee.admitted, labels: table.pointee.labels, only: only, target: target,
            start: start, direction: direction)
    }

    /// The expansion over `graph` (the reader or the graph itself).
    func expand<G: GraphAccess>(_ graph: G, _ constants: Step, _ row: inout Row, _ st: inout ExecutionState)
        throws(QueryError) -> Bool
    {
        let start = constants.start
        if let target = constants.target, target != start, graph.degree(of: target) < graph.degree(of: start) {
            // Expand into from the other end: its lists, reversed.
            if direction != .incoming {
                let go = try graph.forEachIncoming(of: target) { (r, t, s) throws(QueryError) -> Bool in
                    s == start ? try attempt(r, t, target, constants, graph, &row, &st) : true
                }
                if !go { return false }
            }
            if direction != .outgoing {
                let go = try graph.forEachOutgoing(of: target) { (r, t, e) throws(QueryError) -> Bool in
                    e == start ? try attempt(r, t, target, constants, graph, &row, &st) : true
                }
                if !go { return false }
            }
            return true
        }
        if direction != .incoming {
            let go = try graph.forEachOutgoing(of: start) { (r, t, e) throws(QueryError) -> Bool in
                try attempt(r, t, e, constants, graph, &row, &st)
            }
            if !go { return false }
        }
        if direction != .outgoing {
            let go = try graph.forEachIncoming(of: start) { (r, t, s) throws(QueryError) -> Bool in
                // A self-loop is listed once when undirected.
                if direction == .undirected && s == start { return true }
                return try attempt(r, t, s, constants, graph, &row, &st)
            }
            if !go { return false }
        }
        return true
    }

    /// What one expansion step holds fixed while it walks (constants only: a captured
    /// `var` would cost a dynamic exclusivity check per relationship).
    struct Step {
        let admitted: [Bool]
        let labels: [LabelID?]
        let only: RelationshipID?
        let target: NodeID?
        let start: NodeID
        let direction: RelationshipDirection
    }

    /// One relationship: checked, bound and passed on; false to stop.
    @inline(__always)
    func attempt<G: GraphAccess>(
        _ r: RelationshipID, _ t: TypeID, _ other: NodeID, _ c: Step, _ graph: G, _ row: inout Row,
        _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        try st.tick()
        guard t.index < c.admitted.count, c.admitted[t.index] else { return true }
        if let only = c.only, r != only { return true }
        if let target = c.target, other != target { return true }
        for s in distinctFrom {
            if case .relationship(let used) = row[s], used == r { return true }
        }
        for s in distinctFromLists {
            if case .list(let items) = row[s], items.contains(.relationship(r)) { return true }
        }
        for l in c.labels {
            guard let l, graph.hasLabel(other, labelID: l) else { return true }
        }
        row[relationship] = .relationship(r)
        if let relationshipPredicate, try !relationshipPredicate(row, &st) { return true }
        if !into { row[to] = .node(other) }
        if let predicate, try !predicate(row, &st) { return true }
        return try emit(&row, &st)
    }
}
