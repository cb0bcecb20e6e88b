// The writing operators: CREATE (the pattern's new nodes and relationships for
// each row), SET, REMOVE and [DETACH] DELETE (which deletes what all its rows name
// at the end of the clause, relationships first, so a node is checked for
// remaining relationships only after them), all changing the working copy of the
// graph in place and recording what they touched for the statistics.

import SinergiGraph

/// A pattern to create, its expressions compiled.
struct CreationPattern {
    struct Node {
        var slot: Int
        var labels: [String]
        var properties: CompiledExpression?
    }
    struct Relationship {
        var slot: Int
        var type: String
        var direction: RelationshipDirection
        var properties: CompiledExpression?
    }
    struct Part {
        var path: Int?
        var nodes: [Node]
        var relationships: [Relationship]
    }
    var parts: [Part]
    /// The node slots the pattern creates (the others hold nodes bound before).
    var introduced: Set<Int>

    /// Creates every part for `row`, binding the new entities' slots.
    /// - Complexity: O(size of the pattern) graph changes.
    func create(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) {
        var made: [Int] = []
        for part in parts {
            var ids: [NodeID] = []
            for n in part.nodes {
                if introduced.contains(n.slot) && !made.contains(n.slot) {
                    let props = try Writes.propertyMap(n.properties, row, &st)
                    do {
                        let id = try st.graph.addNode(labels: n.labels, properties: props)
                        st.touch(id)
                        row[n.slot] = .node(id)
                        ids.append(id)
                    } catch { throw EngineMessages.graph(error) }
                    made.append(n.slot)
                } else {
                    guard case .node(let id) = row[n.slot] else { throw EngineMessages.createToValue(row[n.slot]) }
                    try Evaluator.checkLive(id, st.graph)
                    ids.append(id)
                }
            }
            var rels: [RelationshipID] = []
            for (i, r) in part.relationships.enumerated() {
                let props = try Writes.propertyMap(r.properties, row, &st)
                let (from, to) = r.direction == .incoming ? (ids[i + 1], ids[i]) : (ids[i], ids[i + 1])
                do {
                    let id = try st.graph.addRelationship(type: r.type, from: from, to: to, properties: props)
                    st.touchedRelationships.insert(id)
                    row[r.slot] = .relationship(id)
                    rels.append(id)
                } catch { throw EngineMessages.graph(error) }
            }
            if let p = part.path { row[p] = .path(PathValue(nodes: ids, relationships: rels)) }
        }
    }
}

/// CREATE.
final class CreateOperator: PipeOperator {
    let pattern: CreationPattern

    init(id: Int, pattern: CreationPattern, next: PhysicalOperator) {
        self.pattern = pattern
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try st.tick()
        try pattern.create(&row, &st)
        return try emit(&row, &st)
    }
}

/// A SET or REMOVE item, its expressions compiled.
enum CompiledSetItem {
    case property(entity: CompiledExpression, key: String, value: CompiledExpression)
    case replaceProperties(slot: Int, value: CompiledExpression)
    case mergeProperties(slot: Int, value: CompiledExpression)
    case addLabels(slot: Int, labels: [String])
    case removeProperty(entity: CompiledExpression, key: String)
    case removeLabels(slot: Int, labels: [String])

    /// Applies the item to `row`'s entities.
    func apply(_ row: Row, _ st: inout ExecutionState) throws(QueryError) {
        switch self {
        case .property(let entity, let key, let value):
            let target = try entity(row, &st)
            let v = try value(row, &st)
            try Writes.setProperty(target, key, v, &st)
        case .replaceProperties(let slot, let value), .mergeProperties(let slot, let value):
            let target = row[slot]
            if target.isNull { return }
            var replace = false
            if case .replaceProperties = self { replace = true }
            let new = try Writes.propertiesOf(try value(row, &st), st.graph) ?? [:]
            if replace {
                let old = try Writes.propertiesOf(target, st.graph) ?? [:]
                for k in old.keys where new[k] == nil { try Writes.setProperty(target, k, .null, &st) }
            }
            for (k, v) in new.sorted(by: { $0.key < $1.key }) { try Writes.setProperty(target, k, v, &st) }
        case .addLabels(let slot, let labels), .removeLabels(let slot, let labels):
            var adding = false
            if case .addLabels = self { adding = true }
            switch row[slot] {
            case .null: return
            case .node(let id):
                try Evaluator.checkLive(id, st.graph)
                for l in labels {
                    do {
                        if adding { try st.graph.addLabel(l, to: id) } else { try st.graph.removeLabel(l, from: id) }
                    } catch { throw EngineMessages.graph(error) }
                }
                st.touch(id)
            default: throw EngineMessages.labelTarget(adding, row[slot])
            }
        case .removeProperty(let entity, let key):
            try Writes.setProperty(try entity(row, &st), key, .null, &st)
        }
    }
}

/// SET and REMOVE: the items in order, for each row.
final class SetOperator: PipeOperator {
    let items: [CompiledSetItem]

    init(id: Int, items: [CompiledSetItem], next: PhysicalOperator) {
        self.items = items
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        try st.tick()
        for item in items { try item.apply(row, &st) }
        return try emit(&row, &st)
    }
}

/// [DETACH] DELETE: what every row names is deleted at the end of the clause.
final class DeleteOperator: PipeOperator {
    let detach: Bool
    let targets: [CompiledExpression]
    let held = OperatorState<(rows: [Row], nodes: [NodeID], relationships: [RelationshipID])>(([], [], []))

    init(id: Int, detach: Bool, targets: [CompiledExpression], next: PhysicalOperator) {
        self.detach = detach
        self.targets = targets
        super.init(id: id, next: next)
    }

    override func push(_ row: inout Row, _ st: inout ExecutionState) throws(QueryError) -> Bool {
        for t in targets { try collect(try t(row, &st)) }
        held.value.rows.append(row)
        try st.hold(held.value.rows.count)
        return true
    }

    func collect(_ v: Value) throws(QueryError) {
        switch v {
        case .null: break
        case .node(let id): held.value.nodes.append(id)
        case .relationship(let id): held.value.relationships.append(id)
        case .path(let p):
            held.value.nodes.append(contentsOf: p.nodes)
            held.value.relationships.append(contentsOf: p.relationships)
        case .list(let items): for i in items { try collect(i) }
        default: throw EngineMessages.deleteValue(v)
        }
    }

    override func finish(_ st: inout ExecutionState) throws(QueryError) {
        let (rows, nodes, rels) = held.value
        held.value = ([], [], [])
        for r in rels where st.graph.contains(r) {
            do { try st.graph.removeRelationship(r) } catch { throw EngineMessages.graph(error) }
        }
        if !detach {
            for n in nodes where st.graph.contains(n) && st.graph.degree(of: n) > 0 {
                throw EngineMessages.graph(
                    .nodeHasRelationships(key: st.graph.key(of: n), count: st.graph.degree(of: n)))
            }
        }
        for n in nodes where st.graph.contains(n) {
            do { try st.graph.removeNode(n, detach: detach) } catch { throw EngineMessages.graph(error) }
        }
        for var row in rows {
            if !(try emit(&row, &st)) { break }
        }
        try next.finish(&st)
    }
}

/// What the writing operators share: property maps and property values checked as
/// storable, and the property changes themselves.
enum Writes {
    /// The property map a pattern element declares, evaluated (nulls dropped).
    static func propertyMap(_ e: CompiledExpression?, _ row: Row, _ st: inout ExecutionState) throws(QueryError)
        -> [String: Value]
    {
        guard let e else { return [:] }
        let v = try e(row, &st)
        switch v {
        case .map(let m):
            var out: [String: Value] = [:]
            for (k, x) in m where !x.isNull {
                out[k] = try storable(x, k)
            }
            return out
        case .null: return [:]
        default: throw EngineMessages.propertyMapType(v)
        }
    }

    /// `v` when it can be a property value (null too: it removes the property).
    static func storable(_ v: Value, _ key: String) throws(QueryError) -> Value {
        var nested = false
        if case .list(let items) = v {
            nested = items.contains {
                if case .list = $0 { return true } else if case .map = $0 { return true } else { return false }
            }
        }
        if case .map = v { nested = true }
        if nested || (!v.isNull && !v.isStorable) { throw EngineMessages.propertyType(key, v) }
        return v
    }

    static func setProperty(_ target: Value, _ key: String, _ value: Value, _ st: inout ExecutionState)
        throws(QueryError)
    {
        let v = try storable(value, key)
        do {
            switch target {
            case .null: return
            case .node(let id):
                try Evaluator.checkLive(id, st.graph)
                try st.graph.setProperty(key, to: v, on: id)
                st.touch(id)
            case .relationship(let id):
                try Evaluator.checkLive(id, st.graph)
                try st.graph.setProperty(key, to: v, on: id)
                st.touchedRelationships.insert(id)
            default:
                throw EngineMessages.setTarget(target)
            }
        } catch let e as GraphError {
            throw EngineMessages.graph(e)
        } catch let e as QueryError {
            throw e
        } catch {
            throw EngineMessages.runtimeType("\(error)")
        }
    }

    static func propertiesOf(_ v: Value, _ graph: PropertyGraph) throws(QueryError) -> [String: Value]? {
        switch v {
        case .null: return nil
        case .map(let m): return m
        case .node(let id):
            try Evaluator.checkLive(id, graph)
            return graph.properties(of: id)
        case .relationship(let id):
            try Evaluator.checkLive(id, graph)
            return graph.properties(of: id)
        default: throw EngineMessages.setMap(v)
        }
    }
}
