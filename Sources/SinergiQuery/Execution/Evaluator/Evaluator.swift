// What compiled expressions call at run time: property and element access,
// slices, label checks, quantifiers, map projections, the paths of named patterns,
// and the checks that an entity was not deleted. Value semantics themselves
// (equality, ordering, arithmetic) live in Execution/Values; property access on a
// non-entity value goes through `component(of:_:)` so the values layer can extend it.

import SinergiGraph

/// Run-time helpers of compiled expressions.
enum Evaluator {
    static func checkLive(_ id: NodeID, _ graph: PropertyGraph) throws(QueryError) {
        if !graph.contains(id) { throw EngineMessages.deletedNode(id) }
    }

    static func checkLive(_ id: RelationshipID, _ graph: PropertyGraph) throws(QueryError) {
        if !graph.contains(id) { throw EngineMessages.deletedRelationship(id) }
    }

    /// `v.key` in the statement, through its reader when it has one.
    /// - Complexity: O(size of the entity's property record), or O(1) for a map.
    @inline(__always)
    static func property(_ v: Value, _ key: String, _ keyID: PropertyKeyID?, _ st: ExecutionState)
        throws(QueryError) -> Value
    {
        if let r = st.reader, let keyID {
            switch v {
            case .node(let id):
                guard r.pointee.contains(id) else { throw EngineMessages.deletedNode(id) }
                return r.pointee.property(keyID, of: id)
            case .relationship(let id):
                guard r.pointee.contains(id) else { throw EngineMessages.deletedRelationship(id) }
                return r.pointee.property(keyID, of: id)
            default: break
            }
        }
        return try property(v, key, keyID, st.graph)
    }

    /// `v.key`, the key resolved to `keyID` when the graph knew it when the plan was made.
    /// - Complexity: O(size of the entity's property record), or O(1) for a map.
    static func property(_ v: Value, _ key: String, _ keyID: PropertyKeyID?, _ graph: PropertyGraph)
        throws(QueryError) -> Value
    {
        switch v {
        case .null: return .null
        case .node(let id):
            try checkLive(id, graph)
            if let keyID { return graph.property(keyID, of: id) }
            return graph.property(key, of: id)
        case .relationship(let id):
            try checkLive(id, graph)
            if let keyID { return graph.property(keyID, of: id) }
            return graph.property(key, of: id)
        default:
            return try component(of: v, key)
        }
    }

    /// `v.key` for a value that is not an entity: a map's entry, a temporal value's component.
    static func component(of v: Value, _ key: String) throws(QueryError) -> Value {
        switch v {
        case .map(let m): return m[key] ?? .null
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            return TemporalComponents.component(of: v, key) ?? .null
        default: throw EngineMessages.propertyAccess(key, v)
        }
    }

    /// `base[index]`.
    static func element(_ base: Value, _ index: Value, _ graph: PropertyGraph) throws(QueryError) -> Value {
        switch (base, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .int(let i)):
            let n = Int64(items.count)
            let j = i < 0 ? n + i : i
            return j >= 0 && j < n ? items[Int(j)] : .null
        case (.list, _): throw EngineMessages.listIndex(index)
        case (.map(let m), .string(let k)): return m[k] ?? .null
        case (.node, .string(let k)), (.relationship, .string(let k)): return try property(base, k, nil, graph)
        case (.map, _), (.node, _), (.relationship, _): throw EngineMessages.mapKey(index)
        default: throw EngineMessages.notIndexable(base)
        }
    }

    /// `base[from..to]`.
    static func slice(_ base: Value, _ from: Value?, _ to: Value?) throws(QueryError) -> Value {
        if base.isNull || from == .some(.null) || to == .some(.null) { return .null }
        guard case .list(let items) = base else { throw EngineMessages.notSliceable(base) }
        let n = Int64(items.count)
        func bound(_ v: Value?, _ def: Int64) throws(QueryError) -> Int64 {
            guard let v else { return def }
            guard case .int(let i) = v else { throw EngineMessages.sliceBound(v) }
            let j = i < 0 ? n + i : i
            return min(max(j, 0), n)
        }
        let lo = try bound(from, 0)
        let hi = try bound(to, n)
        return lo < hi ? .list(Array(items[Int(lo)..<Int(hi)])) : .list([])
    }

    /// `v:A:B` with the labels resolved to ids where the graph knew them.
    static func hasLabels(_ v: Value, _ labels: [String], _ ids: [LabelID?], _ graph: PropertyGraph)
        throws(QueryError) -> Value
    {
        switch v {
        case .null: return .null
        case .node(let id):
            try checkLive(id, graph)
            for (i, l) in labels.enumerated() {
                if let lid = ids[i] {
                    if !graph.hasLabel(id, labelID: lid) { return .bool(false) }
                } else if !graph.hasLabel(id, l) {
                    return .bool(false)
                }
            }
            return .bool(true)
        case .relationship(let id):
            try checkLive(id, graph)
            return .bool(labels.allSatisfy { graph.type(of: id) == $0 })
        default:
            throw EngineMessages.labelCheck(v)
        }
    }

    /// The result of a quantifier given how many elements were true and null.
    static func quantified(_ q: Quantifier, count: Int, trues: Int, nulls: Int) -> Value {
        let falses = count - trues - nulls
        switch q {
        case .all: return falses > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
        case .any: return trues > 0 ? .bool(true) : (nulls > 0 ? .null : .bool(false))
        case .none: return trues > 0 ? .bool(false) : (nulls > 0 ? .null : .bool(true))
        case .single:
            if trues > 1 { return .bool(false) }
            if nulls > 0 { return .null }
            return .bool(trues == 1)
        }
    }

    /// `n {…}` over the subject's value; literal items already evaluated.
    static func mapProjection(
        _ subject: Value, _ items: [BoundMapProjection.Item], literals: [Value], row: Row, _ graph: PropertyGraph
    ) throws(QueryError) -> Value {
        var all: [String: Value]
        switch subject {
        case .null: return .null
        case .node(let id):
            try checkLive(id, graph)
            all = graph.properties(of: id)
        case .relationship(let id):
            try checkLive(id, graph)
            all = graph.properties(of: id)
        case .map(let x): all = x
        default: throw EngineMessages.mapProjection(subject)
        }
        var out: [String: Value] = [:]
        var literal = 0
        for item in items {
            switch item {
            case .allProperties: for (k, v) in all { out[k] = v }
            case .property(let k): out[k] = all[k] ?? .null
            case .literal(let k, _):
                out[k] = literals[literal]
                literal += 1
            case .variable(let name, let slot): out[name] = row[slot]
            }
        }
        return .map(out)
    }

    /// The path of a named pattern part from its slots (null when an element is null, as
    /// after an OPTIONAL MATCH that found nothing).
    static func path(_ steps: [PathStep], _ row: Row, _ graph: PropertyGraph) -> Value {
        guard
            case .node(let start)? = steps.first.map({ step -> Value in
                if case .node(let s) = step { return row[s] }
                return .null
            })
        else { return .null }
        var nodes = [start]
        var rels: [RelationshipID] = []
        var current = start
        func follow(_ r: RelationshipID) {
            let s = graph.start(of: r)
            let next = s == current ? graph.end(of: r) : s
            rels.append(r)
            nodes.append(next)
            current = next
        }
        for step in steps.dropFirst() {
            switch step {
            case .node(let s):
                guard case .node(let n) = row[s] else { return .null }
                current = n
            case .relationship(let s):
                guard case .relationship(let r) = row[s] else { return .null }
                follow(r)
            case .relationships(let s):
                guard case .list(let items) = row[s] else { return .null }
                for case .relationship(let r) in items { follow(r) }
            }
        }
        return .path(PathValue(nodes: nodes, relationships: rels))
    }
}
