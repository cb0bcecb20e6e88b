// The node scan: for each input row, the candidate nodes of its source — every
// node, a label's members (a bitset walk), the node of a registry key, a declared
// index's entries, or a table from property value to nodes built the second time
// the same look-up runs in the statement (a hash join against the label) — each
// checked against the extra labels and the pushed-down predicate before it is
// bound and passed on. The predicate's conjuncts `n.key = value` (value computed
// from the input row) are tested first on the node's encoded record
// (`PropertyEquality`), before the node is bound to the row; only the nodes that
// pass are bound and checked against the other conjuncts.

import SinergiGraph

/// How a physical scan finds its candidates.
enum ScanSource {
    case all
    case label(String)
    case key(CompiledExpression)
    case index(label: String, property: String, value: CompiledExpression)
    case hashed(label: String?, property: String, value: CompiledExpression)
}

/// A conjunct `n.key = value` of a scan's predicate, tested on the node's record.
struct PropertyFilter {
    /// The property name.
    let key: String
    /// Its id when the plan was made (nil: looked up when the scan runs).
    let keyID: PropertyKeyID?
    /// The value, computed from the input row.
    let value: CompiledExpression
}

/// A node scan; see the file comment.
final class ScanOperator: PipeOperator {
    let slot: Int
    let source: ScanSource
    let labels: [String]
    /// The whole predicate (used when a filter's value cannot be tested on bytes).
    let predicate: CompiledPredicate?
    /// The conjuncts tested on the record before the node is bound.
    let filters: [PropertyFilter]
    /// The conjuncts besides the filters (nil: none).
    let rest: CompiledPredicate?
    /// The hashed source's table (built on the second look-up) and the look-ups made.
    let table = OperatorState(HashedNodes())

    init(
        id: Int, slot: Int, source: ScanSource, labels: [String], predicate: CompiledPredicate?,
        filters: [PropertyFilter] = [], rest: CompiledPredicate? = nil, next: PhysicalOperator
    ) {
        self.slot = slot
        self.source = source
        self.labels = labels
        self.predicate = predicate
        self.filters = filters
        self.rest = filters.isEmpty ? predicate : rest
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        let graph = st.graph
        let labelIDs = labels.map { graph.labelID(named: $0) }
        if labelIDs.contains(where: { $0 == nil }) { return true }
        var tests: [(PropertyKeyID, PropertyEquality)]? = []
        // The tested strings' bytes, for as long as the scan runs.
        let texts = PropertyEquality.Texts()
        defer { withExtendedLifetime(texts) {} }
        for f in filters {
            // A value that fails is left to the whole predicate, which fails at the first
            // candidate as before (and not at all when there is none).
            guard let v = try? f.value(row, &st) else {
                tests = nil
                break
            }
            if v.isNull { return true }  // `n.key = null` holds for no node
            guard let key = f.keyID ?? graph.propertyKeyID(named: f.key) else { return true }  // no node has it
            guard let test = PropertyEquality(v, texts: texts) else {
                tests = nil  // a list, a map, a temporal value: the general rules decide
                break
            }
            tests?.append((key, test))
        }
        if let reader = st.reader { return try scan(reader.pointee, graph, labelIDs, tests, &row, &st) }
        return try scan(graph, graph, labelIDs, tests, &row, &st)
    }

    func scan<G: GraphAccess>(
        _ g: G, _ graph: PropertyGraph, _ labelIDs: [LabelID?], _ tests: [(PropertyKeyID, PropertyEquality)]?,
        _ row: inout Row, _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        switch source {
        case .all:
            for i in 0..<graph.nodeCapacity {
                let id = NodeID(i)
                guard g.contains(id) else { continue }
                if !(try visit(id, labelIDs, tests, g, &row, &st)) { return false }
            }
        case .label(let l):
            return try graph.nodes(withLabel: l).forEachMember { (id) throws(QueryError) -> Bool in
                try visit(id, labelIDs, tests, g, &row, &st)
            }
        case .key(let value):
            guard case .string(let key) = try value(row, &st), let id = graph.node(forKey: key) else { return true }
            return try visit(id, labelIDs, tests, g, &row, &st)
        case .index(let label, let property, let value):
            let v = try value(row, &st)
            if v.isNull { return true }
            for id in graph.nodes(withLabel: label, property: property, equalTo: v) {
                if !(try visit(id, labelIDs, tests, g, &row, &st)) { return false }
            }
        case .hashed(let label, let property, let value):
            let v = try value(row, &st)
            if v.isNull { return true }
            table.value.lookups += 1
            if table.value.lookups == 1 {
                // One look-up so far: a scan, as cheap as building the table would be.
                if let label {
                    return try graph.nodes(withLabel: label).forEachMember { (id) throws(QueryError) -> Bool in
                        try visit(id, labelIDs, tests, g, &row, &st)
                    }
                }
                for i in 0..<graph.nodeCapacity where g.contains(NodeID(i)) {
                    if !(try visit(NodeID(i), labelIDs, tests, g, &row, &st)) { return false }
                }
                return true
            }
            if table.value.lookups == 2 { try table.value.build(label, property, graph, g, &st) }
            let t = table.pointer
            var at = t.pointee.heads[GroupingKey(v)] ?? -1
            while at >= 0 {
                if !(try visit(t.pointee.ids[Int(at)], labelIDs, tests, g, &row, &st)) { return false }
                at = t.pointee.next[Int(at)]
            }
        }
        return true
    }

    @inline(__always)
    func visit<G: GraphAccess>(
        _ id: NodeID, _ labelIDs: [LabelID?], _ tests: [(PropertyKeyID, PropertyEquality)]?, _ graph: G,
        _ row: inout Row, _ st: inout ExecutionState
    ) throws(QueryError) -> Bool {
        try st.tick()
        for l in labelIDs {
            guard let l, graph.hasLabel(id, labelID: l) else { return true }
        }
        // The tests on the record's bytes first, reading each in place: a node they reject
        // costs no copy of the predicate (a closure) or of the tested values.
        var decided = tests != nil
        if let tests {
            for i in tests.indices {
                switch graph.equals(tests[i].0, of: id, tests[i].1) {
                case false?: return true
                case true?: continue
                case nil: decided = false
                }
            }
        }
        row[slot] = .node(id)
        if let check = decided ? rest : predicate, try !check(row, &st) { return true }
        return try emit(&row, &st)
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        try next.finish(&st)
    }
}

/// A hashed scan's table from property value to nodes: the first node of each value in
/// `heads`, the rest chained through `next` in id order (one array for all values, not
/// one per value).
struct HashedNodes {
    var lookups = 0
    var heads: [GroupingKey: Int32] = [:]
    var next: [Int32] = []
    var ids: [NodeID] = []

    /// Fills the table from the nodes (with `label`) that have `property`, read through `g`.
    /// - Complexity: O(nodes) time and memory.
    mutating func build<G: GraphAccess>(
        _ label: String?, _ property: String, _ graph: PropertyGraph, _ g: G, _ st: inout ExecutionState
    ) throws(QueryError) {
        guard let key = graph.propertyKeyID(named: property) else { return }
        let members = label.map { Array(graph.nodes(withLabel: $0)) } ?? graph.nodes
        ids.reserveCapacity(members.count)
        next.reserveCapacity(members.count)
        heads.reserveCapacity(members.count)
        for id in members.reversed() {
            try st.tick()
            let p = g.property(key, of: id)
            if p.isNull { continue }
            let k = GroupingKey(p)
            ids.append(id)
            next.append(heads[k] ?? -1)
            heads[k] = Int32(ids.count - 1)
        }
        try st.hold(heads.count)
    }
}
