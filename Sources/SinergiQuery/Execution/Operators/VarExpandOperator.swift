// The variable-length expansion: for each input row, every trail (no relationship
// twice, none bound elsewhere in the same MATCH) of `min … max` admitted
// relationships from the node in `from`, depth first, binding the list of its
// relationships in pattern order and its last node; a bound list matches only
// itself. Also the endpoints of a relationship bound by an earlier clause.

import SinergiGraph

/// A variable-length expansion; see the file comment.
final class VarExpandOperator: PipeOperator {
    /// The deepest trail followed (guards the stack).
    static let maximumHops = 2_000

    let e: VarExpansion
    let properties: CompiledExpression?
    let predicate: CompiledPredicate?
    let types: OperatorState<TypeTable>
    let names: SlotTable

    init(
        _ e: VarExpansion, properties: CompiledExpression?, predicate: CompiledPredicate?, id: Int, names: SlotTable,
        next: PhysicalOperator
    ) {
        self.e = e
        self.properties = properties
        self.predicate = predicate
        types = OperatorState(TypeTable(names: e.types))
        self.names = names
        super.init(id: id, next: next)
    }

    /// What a walk holds fixed.
    struct Walk {
        let admitted: [Bool]
        let labels: [LabelID?]
        let target: NodeID?
        let wanted: [(PropertyKeyID?, String, Value)]?
        let boundList: [RelationshipID]?
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let start: NodeID
        switch row[e.from] {
        case .node(let n): start = n
        case .null: return true
        default: throw EngineMessages.notANode(names.display(e.from), row[e.from])
        }
        var target: NodeID?
        if e.into {
            switch row[e.to] {
            case .node(let n): target = n
            case .null: return true
            default: throw EngineMessages.notANode(names.display(e.to), row[e.to])
            }
        }
        var boundList: [RelationshipID]?
        if e.listBound {
            guard case .list(let items) = row[e.relationships] else { return true }
            boundList = items.compactMap { if case .relationship(let r) = $0 { return r } else { return nil } }
        }
        let graph = st.graph
        guard graph.contains(start) else { return true }
        var wanted: [(PropertyKeyID?, String, Value)]?
        if let properties {
            guard case .map(let m) = try properties(row, &st) else { return true }
            wanted = m.map { (graph.propertyKeyID(named: $0.key), $0.key, $0.value) }
        }
        let labelIDs = e.labels.map { graph.labelID(named: $0) }
        if labelIDs.contains(where: { $0 == nil }) { return true }
        let walk = Walk(
            admitted: types.value.table(graph), labels: labelIDs, target: target, wanted: wanted, boundList: boundList)
        var trail: [RelationshipID] = []
        return try visit(start, walk, graph, &trail, &row, &st)
    }

    func visit(
        _ node: NodeID, _ w: Walk, _ graph: PropertyGraph, _ trail: inout [RelationshipID], _ row: inout Row,
        _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        try st.tick()
        if trail.count > VarExpandOperator.maximumHops { throw EngineMessages.tooDeep(VarExpandOperator.maximumHops) }
        if trail.count >= e.minHops, try !arrive(node, w, graph, trail, &row, &st) { return false }
        if let max = e.maxHops, trail.count >= max { return true }
        if e.direction != .incoming {
            let go = try graph.forEachOutgoing(of: node) { (r, t, next) throws(QueryError) -> Bool in
                try step(r, t, next, w, graph, &trail, &row, &st)
            }
            if !go { return false }
        }
        if e.direction != .outgoing {
            let go = try graph.forEachIncoming(of: node) { (r, t, next) throws(QueryError) -> Bool in
                if e.direction == .undirected && next == node { return true }  // a self-loop, seen outgoing
                return try step(r, t, next, w, graph, &trail, &row, &st)
            }
            if !go { return false }
        }
        return true
    }

    @inline(__always)
    func step(
        _ r: RelationshipID, _ t: TypeID, _ next: NodeID, _ w: Walk, _ graph: PropertyGraph,
        _ trail: inout [RelationshipID], _ row: inout Row, _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        guard t.index < w.admitted.count, w.admitted[t.index], !trail.contains(r) else { return true }
        for s in e.distinctFrom {
            if case .relationship(let used) = row[s], used == r { return true }
        }
        for s in e.distinctFromLists {
            if case .list(let items) = row[s], items.contains(.relationship(r)) { return true }
        }
        if let wanted = w.wanted {
            for (key, name, v) in wanted {
                let have = key.map { graph.property($0, of: r) } ?? graph.property(name, of: r)
                if CypherSemantics.equals(have, v) != true { return true }
            }
        }
        trail.append(r)
        defer { trail.removeLast() }
        return try visit(next, w, graph, &trail, &row, &st)
    }

    /// A trail ends at `node`: check the end and pass the row on.
    func arrive(
        _ node: NodeID, _ w: Walk, _ graph: PropertyGraph, _ trail: [RelationshipID], _ row: inout Row,
        _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        if let target = w.target, node != target { return true }
        for l in w.labels {
            guard let l, graph.hasLabel(node, labelID: l) else { return true }
        }
        let ordered = e.reversed ? Array(trail.reversed()) : trail
        if let bound = w.boundList, bound != ordered { return true }
        row[e.relationships] = .list(ordered.map { .relationship($0) })
        if !e.into { row[e.to] = .node(node) }
        if let predicate, try !predicate(row, &st) { return true }
        return try emit(&row, &st)
    }
}

/// The two ends of a relationship an earlier clause bound, in the pattern's direction
/// (both ways round for an undirected pattern).
final class BoundRelationshipOperator: PipeOperator {
    let b: BoundRelationshipStep
    let relationshipPredicate: CompiledPredicate?
    let predicate: CompiledPredicate?
    let names: SlotTable

    init(
        _ b: BoundRelationshipStep, relationshipPredicate: CompiledPredicate?, predicate: CompiledPredicate?, id: Int,
        names: SlotTable, next: PhysicalOperator
    ) {
        self.b = b
        self.relationshipPredicate = relationshipPredicate
        self.predicate = predicate
        self.names = names
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let r: RelationshipID
        switch row[b.relationship] {
        case .relationship(let x): r = x
        case .null: return true
        default: throw EngineMessages.notARelationship(names.display(b.relationship), row[b.relationship])
        }
        let graph = st.graph
        guard graph.contains(r) else { return true }
        if !b.types.isEmpty, !b.types.contains(graph.type(of: r)) { return true }
        if let relationshipPredicate, try !relationshipPredicate(row, &st) { return true }
        let s = graph.start(of: r)
        let t = graph.end(of: r)
        var ends: [(NodeID, NodeID)] = []
        switch b.direction {
        case .outgoing: ends = [(s, t)]
        case .incoming: ends = [(t, s)]
        case .undirected: ends = s == t ? [(s, t)] : [(s, t), (t, s)]
        }
        for (x, y) in ends {
            guard b.fromLabels.allSatisfy({ graph.hasLabel(x, $0) }), b.toLabels.allSatisfy({ graph.hasLabel(y, $0) })
            else { continue }
            row[b.from] = .node(x)
            row[b.to] = .node(y)
            if let predicate, try !predicate(row, &st) { continue }
            if !(try emit(&row, &st)) { return false }
        }
        return true
    }
}
