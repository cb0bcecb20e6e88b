// Matching a compiled pattern against the graph, extending one input row into
// every row that binds the pattern: each part starts at its best anchor (a node
// already bound, else an index seek, else the smallest label, else all nodes) and
// expands outward along its chain, right then left; relationships are unique
// within the pattern (relationship isomorphism); variable-length steps bind the
// list of relationships; named parts bind a path.

import SinergiGraph

/// Enumerates the matches of a pattern; see the file comment.
final class PatternMatcher {
    /// Evaluates property constraints against the row being built.
    let evaluator: Evaluator
    /// Relationships bound so far in the pattern (relationship isomorphism).
    var used = Set<RelationshipID>()
    /// Property maps without variables, evaluated once per matcher (by source offset).
    var constantMaps: [Int: Value] = [:]
    /// Resolved relationship types by relationship variable.
    var typeCache: [String: [TypeID]] = [:]
    /// False where nothing after the match can read anonymous nodes and relationships
    /// (MATCH, pattern predicates, EXISTS, pattern comprehensions): they are then not
    /// written into rows, which saves a copy and a hash per hop. Operators that read
    /// them back (distinct reach, MERGE) keep the default.
    var bindsHidden = true

    init(evaluator: Evaluator, bindsHidden: Bool = true) {
        self.evaluator = evaluator
        self.bindsHidden = bindsHidden
    }

    /// True when `e` uses no variables (literals, parameters and functions of them).
    static func isConstant(_ e: Expression) -> Bool {
        var constant = true
        e.forEachSubexpression { x in
            switch x.kind {
            case .variable, .patternPredicate, .patternComprehension, .existsSubquery, .mapProjection, .countStar:
                constant = false
            case .function(let f) where f.name.lowercasedName == "rand": constant = false
            default: break
            }
            return constant
        }
        return constant && e.span != .empty
    }

    /// The deepest variable-length expansion followed (guards the stack).
    static let maximumHops = 2_000

    /// An immutable holder of the graph: reading a `let` property of a class needs no copy
    /// of the store's references.
    final class GraphBox: Sendable {
        let graph: PropertyGraph
        init(_ graph: PropertyGraph) { self.graph = graph }
        static let empty = GraphBox(PropertyGraph())
    }

    /// The graph while `match` runs (or `hold` is active); released afterwards so writes
    /// between calls never copy the store.
    var box = GraphBox.empty
    /// Nesting of `match`/`hold` calls (the outermost takes and releases the graph).
    var depth = 0

    /// The working graph.
    var graph: PropertyGraph {
        _read { yield box.graph }
    }

    /// Runs `body` with the working graph held (for `bindNode` outside `match`).
    func hold<T>(_ body: () throws(QueryError) -> T) throws(QueryError) -> T {
        if depth == 0 { box = evaluator.context.graphHolder() }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { box = GraphBox.empty }
        }
        return try body()
    }

    /// One part being matched: the node and relationship bound at each position.
    struct PartState {
        var nodes: [NodeID]
        var rels: [[RelationshipID]]
    }

    /// Calls `emit` with each extension of `row` that matches `pattern`, until `emit` returns false.
    /// - Complexity: proportional to the number of partial matches explored.
    func match(_ pattern: CompiledPattern, _ row: Row, emit: (Row) throws(QueryError) -> Bool) throws(QueryError) {
        used = []
        _ = try hold { () throws(QueryError) in try matchPart(pattern, 0, row, emit) }
    }

    private func matchPart(
        _ pattern: CompiledPattern, _ i: Int, _ row: Row,
        _ emit: (Row) throws(QueryError) -> Bool
    ) throws(QueryError) -> Bool {
        guard i < pattern.parts.count else { return try emit(row) }
        let part = pattern.parts[i]
        let (anchor, candidates) = try anchorCandidates(part, row)
        // The relationships at each position are kept only to build a named path.
        var state = PartState(
            nodes: Array(repeating: NodeID(UInt32.max), count: part.nodes.count),
            rels: part.pathName == nil ? [] : Array(repeating: [], count: part.rels.count))
        let holder = box  // the graph is borrowed from the immutable holder: no copy
        for c in candidates {
            try evaluator.context.checkLimits(0)
            guard var r = try bindNode(part.nodes[anchor], c, row, in: holder.graph) else { continue }
            state.nodes[anchor] = c
            if !(try extendRight(pattern, i, anchor, anchor, &r, &state, emit)) { return false }
        }
        return true
    }

    /// Picks where to start a part and the candidate nodes there.
    private func anchorCandidates(_ part: CompiledPart, _ row: Row) throws(QueryError) -> (Int, [NodeID]) {
        let holder = box  // read the graph through an immutable holder: no copy per call
        for (k, n) in part.nodes.enumerated() where !n.hidden || bindsHidden {
            if let v = row[n.name] {
                if case .node(let id) = v { return (k, [id]) }
                if v.isNull { return (k, []) }
                throw EngineMessages.runtimeType("variable '\(n.name)' is a \(v.typeName), not a node")
            }
        }
        for (k, n) in part.nodes.enumerated() {
            guard let keyExpression = n.key else { continue }
            guard case .string(let key) = try evaluator.eval(keyExpression, row) else { return (k, []) }
            return (k, holder.graph.node(forKey: key).map { [$0] } ?? [])
        }
        var best = 0
        var bestCost = Int.max
        var bestSeek: (String, String, Value)?
        for (k, n) in part.nodes.enumerated() {
            var cost = holder.graph.nodeCount
            var seek: (String, String, Value)?
            for l in n.labels { cost = min(cost, holder.graph.nodeCount(withLabel: l)) }
            if case .map(let entries)? = n.properties?.kind {
                for en in entries {
                    for l in n.labels where holder.graph.hasIndex(label: l, property: en.key) {
                        let v = try evaluator.eval(en.value, row)
                        seek = (l, en.key, v)
                        cost = 1
                    }
                }
            }
            if cost < bestCost {
                bestCost = cost
                best = k
                bestSeek = seek
            }
        }
        if let (l, p, v) = bestSeek {
            if v.isNull { return (best, []) }
            return (best, holder.graph.nodes(withLabel: l, property: p, equalTo: v))
        }
        let n = part.nodes[best]
        if let smallest = n.labels.min(by: {
            holder.graph.nodeCount(withLabel: $0) < holder.graph.nodeCount(withLabel: $1)
        }) {
            return (best, Array(holder.graph.nodes(withLabel: smallest)))
        }
        return (best, holder.graph.nodes)
    }

    /// Checks `id` against a node pattern and binds it; nil when it does not fit.
    /// `live`: the id is known to be a live node (it came from adjacency or a label set).
    func bindNode(_ n: CompiledNode, _ id: NodeID, _ row: Row, live: Bool = false) throws(QueryError) -> Row? {
        let holder = box
        return try bindNode(n, id, row, live: live, in: holder.graph)
    }

    /// `bindNode` reading `graph`, a borrowed argument: hot loops fetch the working graph
    /// once and pass it, so no copy of the store's references is made per call.
    /// - Complexity: O(labels + properties of the node pattern).
    func bindNode(
        _ n: CompiledNode, _ id: NodeID, _ row: Row, live: Bool = false, in graph: PropertyGraph,
        labelsChecked: Bool = false
    ) throws(QueryError) -> Row? {
        guard try nodeFits(n, id, row, live: live, in: graph, labelsChecked: labelsChecked) else { return nil }
        if n.hidden && !bindsHidden { return row }
        var r = row
        r[n.name] = .node(id)
        return r
    }

    /// True when node `id` fits the node pattern `n` in `row` (its labels, its property
    /// map, and the node already bound to `n`'s variable, if any); binds nothing.
    /// - Complexity: O(labels + properties of the node pattern).
    func nodeFits(
        _ n: CompiledNode, _ id: NodeID, _ row: Row, live: Bool, in graph: PropertyGraph, labelsChecked: Bool
    ) throws(QueryError) -> Bool {
        if !n.hidden || bindsHidden, let existing = row[n.name] {
            guard case .node(let e) = existing, e == id else { return false }
        }
        if !live, !graph.contains(id) { return false }
        if !labelsChecked {
            for l in n.labels where !graph.hasLabel(id, l) { return false }
        }
        if let props = n.properties {
            guard let wanted = try propertyMap(props, row) else { return false }
            for (k, v) in wanted where CypherSemantics.equals(graph.property(k, of: id), v) != true { return false }
        }
        return true
    }

    /// The property constraint's map (nil when it is not a map: nothing matches), evaluated once
    /// per matcher when it uses no variables.
    func propertyMap(_ e: Expression, _ row: Row) throws(QueryError) -> [String: Value]? {
        let wanted: Value
        if let cached = constantMaps[e.span.offset] {
            wanted = cached
        } else {
            wanted = try evaluator.eval(e, row)
            if PatternMatcher.isConstant(e) { constantMaps[e.span.offset] = wanted }
        }
        guard case .map(let m) = wanted else { return nil }
        return m
    }

    /// Extends from node position `j` rightwards; at the end, continues leftwards from the anchor.
    private func extendRight(
        _ pattern: CompiledPattern, _ i: Int, _ anchor: Int, _ j: Int, _ row: inout Row, _ state: inout PartState,
        _ emit: (Row) throws(QueryError) -> Bool
    ) throws(QueryError) -> Bool {
        let part = pattern.parts[i]
        if j == part.rels.count {
            return try extendLeft(pattern, i, anchor, &row, &state, emit)
        }
        return try step(part, relIndex: j, from: state.nodes[j], toIndex: j + 1, flipped: false, row) {
            next, rels, r throws(QueryError) in
            state.nodes[j + 1] = next
            if !state.rels.isEmpty { state.rels[j] = rels }
            var r2 = r
            return try extendRight(pattern, i, anchor, j + 1, &r2, &state, emit)
        }
    }

    private func extendLeft(
        _ pattern: CompiledPattern, _ i: Int, _ j: Int, _ row: inout Row, _ state: inout PartState,
        _ emit: (Row) throws(QueryError) -> Bool
    ) throws(QueryError) -> Bool {
        let part = pattern.parts[i]
        if j == 0 {
            var r = row
            if let p = part.pathName {
                r[p] = .path(buildPath(state))
            }
            return try matchPart(pattern, i + 1, r, emit)
        }
        return try step(part, relIndex: j - 1, from: state.nodes[j], toIndex: j - 1, flipped: true, row) {
            next, rels, r throws(QueryError) in
            state.nodes[j - 1] = next
            if !state.rels.isEmpty { state.rels[j - 1] = rels.reversed() }
            var r2 = r
            return try extendLeft(pattern, i, j - 1, &r2, &state, emit)
        }
    }

    func buildPath(_ state: PartState) -> PathValue {
        let holder = box  // read the graph through an immutable holder: no copy per call
        var nodes = [state.nodes[0]]
        var rels: [RelationshipID] = []
        for (k, list) in state.rels.enumerated() {
            var cur = state.nodes[k]
            for r in list {
                let s = holder.graph.start(of: r)
                let next = s == cur ? holder.graph.end(of: r) : s
                rels.append(r)
                nodes.append(next)
                cur = next
            }
            if list.isEmpty { continue }
        }
        return PathValue(nodes: nodes, relationships: rels)
    }

    /// The relationships leaving `node` in `direction`, each with the node at its other end.
    func neighbours(_ node: NodeID, _ direction: RelationshipDirection) -> [(RelationshipID, NodeID)] {
        let holder = box  // read the graph through an immutable holder: no copy per call
        var out: [(RelationshipID, NodeID)] = []
        if direction != .incoming {
            let rels = holder.graph.outgoing(of: node)
            out.reserveCapacity(rels.count)
            for r in rels { out.append((r, holder.graph.end(of: r))) }
        }
        if direction != .outgoing {
            for r in holder.graph.incoming(of: node) {
                let s = holder.graph.start(of: r)
                if direction == .undirected && s == node { continue }  // self-loop listed once
                out.append((r, s))
            }
        }
        return out
    }

    /// The type ids a relationship pattern admits (nil: any type), resolved once per matcher;
    /// a short array (a linear scan beats hashing for the usual one or two types).
    func admittedTypes(_ rel: CompiledRelationship) -> [TypeID]? {
        if rel.types.isEmpty { return nil }
        if let cached = typeCache[rel.name] { return cached }
        let holder = box  // read the graph through an immutable holder: no copy per call
        var ids: [TypeID] = []
        for name in rel.types {
            if let t = holder.graph.typeID(named: name), !ids.contains(t) { ids.append(t) }
        }
        // A type no relationship has yet may be created later (MERGE): cache only full resolutions.
        if ids.count == Set(rel.types).count { typeCache[rel.name] = ids }
        return ids
    }

    func relationshipFits(_ rel: CompiledRelationship, _ id: RelationshipID, _ row: Row) throws(QueryError) -> Bool {
        let holder = box  // read the graph through an immutable holder: no copy per call
        if let admitted = admittedTypes(rel), !admitted.contains(holder.graph.typeID(of: id)) { return false }
        if let props = rel.properties {
            guard let wanted = try propertyMap(props, row) else { return false }
            for (k, v) in wanted where CypherSemantics.equals(holder.graph.property(k, of: id), v) != true {
                return false
            }
        }
        return true
    }

    /// Takes relationship `relIndex` from `from`; calls `body(next node, relationships in walk order, row)`.
    private func step(
        _ part: CompiledPart, relIndex: Int, from: NodeID, toIndex: Int, flipped: Bool, _ row: Row,
        _ body: (NodeID, [RelationshipID], Row) throws(QueryError) -> Bool
    ) throws(QueryError) -> Bool {
        let rel = part.rels[relIndex]
        let target = part.nodes[toIndex]
        var direction = rel.direction
        if flipped {
            if direction == .outgoing {
                direction = .incoming
            } else if direction == .incoming {
                direction = .outgoing
            }
        }
        if !rel.variableLength {
            var boundRel: RelationshipID?
            if !rel.hidden || bindsHidden, let b = row[rel.name] {
                guard case .relationship(let id) = b else {
                    if b.isNull { return true }
                    throw EngineMessages.runtimeType("variable '\(rel.name)' is a \(b.typeName), not a relationship")
                }
                boundRel = id
            }
            return try expandSingle(rel, target, from: from, direction: direction, boundRel: boundRel, row, body)
        }
        // Variable length: depth-first over trails.
        var trail: [RelationshipID] = []
        var boundList: [RelationshipID]?
        if let b = row[rel.name], case .list(let items) = b {
            boundList = items.compactMap { if case .relationship(let id) = $0 { return id } else { return nil } }
        }
        func visit(_ node: NodeID) throws(QueryError) -> Bool {
            try evaluator.context.checkLimits(0)
            if trail.count > PatternMatcher.maximumHops {
                throw EngineMessages.runtime(
                    .argumentError, .numberOutOfRange,
                    "a variable-length pattern went deeper than \(PatternMatcher.maximumHops) hops; give it an upper bound (*..N)"
                )
            }
            if trail.count >= rel.minHops {
                let ordered = flipped ? Array(trail.reversed()) : trail
                if boundList == nil || boundList == ordered {
                    var r1 = row
                    if !rel.hidden || bindsHidden { r1[rel.name] = .list(ordered.map { .relationship($0) }) }
                    if let r2 = try bindNode(target, node, r1, live: trail.count > 0) {
                        if !(try body(node, trail, r2)) { return false }
                    }
                }
            }
            if let max = rel.maxHops, trail.count >= max { return true }
            for (r, next) in neighbours(node, direction) {
                if used.contains(r) { continue }
                guard try relationshipFits(rel, r, row) else { continue }
                used.insert(r)
                trail.append(r)
                let go = try visit(next)
                trail.removeLast()
                used.remove(r)
                if !go { return false }
            }
            return true
        }
        return try visit(from)
    }
}
