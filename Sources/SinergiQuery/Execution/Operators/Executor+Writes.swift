// The writing operators: CREATE, MERGE (match the whole pattern or create it,
// then ON MATCH / ON CREATE), SET, REMOVE and [DETACH] DELETE, all changing the
// context's working copy of the graph in place and recording what they touched.

import SinergiGraph

extension Executor {
    func graphError(_ e: GraphError) -> QueryError {
        switch e {
        case .nodeHasRelationships:
            return EngineMessages.runtime(
                .constraintVerificationFailed, .deleteConnectedNode,
                "cannot delete a node that still has relationships; use DETACH DELETE (\(e))")
        case .unstorableValue:
            return EngineMessages.runtime(.typeError, .invalidPropertyType, "\(e)")
        case .unknownNode, .unknownRelationship:
            return EngineMessages.runtime(.entityNotFound, .deletedEntityAccess, "\(e)")
        default:
            return EngineMessages.runtime(.semanticError, .invalidArgumentValue, "\(e)")
        }
    }

    /// The property map a pattern element declares, evaluated (nulls dropped).
    func propertyMap(_ e: Expression?, _ row: Row) throws(QueryError) -> [String: Value] {
        guard let e else { return [:] }
        let v = try evaluator.eval(e, row)
        switch v {
        case .map(let m):
            var out: [String: Value] = [:]
            for (k, x) in m where !x.isNull {
                if try storable(x, k).isNull {
                    throw EngineMessages.runtime(
                        .typeError, .invalidPropertyType, "property '\(k)' cannot hold a value of type \(x.typeName)")
                }
                out[k] = x
            }
            return out
        case .null: return [:]
        default:
            throw EngineMessages.runtimeType("a property map must be a map, got \(v.typeName)")
        }
    }

    func createNode(_ n: CompiledNode, _ row: Row) throws(QueryError) -> NodeID {
        let props = try propertyMap(n.properties, row)
        do {
            let id = try context.graph.addNode(labels: n.labels, properties: props)
            context.touchedNodes.insert(id)
            return id
        } catch { throw graphError(error) }
    }

    /// Creates every part of `pattern` for `row` and returns the extended row.
    func createPattern(_ pattern: CompiledPattern, _ row: Row) throws(QueryError) -> Row {
        var r = row
        for part in pattern.parts {
            var ids: [NodeID] = []
            for n in part.nodes {
                if let v = r[n.name] {
                    guard case .node(let id) = v else {
                        throw EngineMessages.runtimeType(
                            "cannot create a relationship to a value of type \(v.typeName)")
                    }
                    try evaluator.checkLive(id)
                    ids.append(id)
                } else {
                    let id = try createNode(n, r)
                    r[n.name] = .node(id)
                    ids.append(id)
                }
            }
            var rels: [RelationshipID] = []
            for (i, rel) in part.rels.enumerated() {
                let props = try propertyMap(rel.properties, r)
                let (from, to) = rel.direction == .incoming ? (ids[i + 1], ids[i]) : (ids[i], ids[i + 1])
                do {
                    let id = try context.graph.addRelationship(
                        type: rel.types.first ?? "", from: from, to: to, properties: props)
                    context.touchedRelationships.insert(id)
                    r[rel.name] = .relationship(id)
                    rels.append(id)
                } catch { throw graphError(error) }
            }
            if let p = part.pathName { r[p] = .path(PathValue(nodes: ids, relationships: rels)) }
        }
        return r
    }

    func create(_ pattern: Pattern, _ rows: [Row]) throws(QueryError) -> [Row] {
        var out: [Row] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            let compiled = PatternCompiler.compile(pattern, bound: Set(row.keys.filter { row[$0] != nil }))
            out.append(try createPattern(compiled, row))
        }
        return out
    }

    func merge(_ m: BoundMerge, _ compiled: CompiledPattern, _ rows: [Row]) throws(QueryError) -> [Row] {
        var out: [Row] = []
        let matcher = PatternMatcher(evaluator: evaluator)
        for row in rows {
            for n in compiled.parts.flatMap(\.nodes) where m.bound.contains(n.name) {
                if row[n.name] == .null {
                    throw EngineMessages.runtime(
                        .semanticError, .invalidArgumentValue, "MERGE cannot use the null value of '\(n.name)'")
                }
            }
            var matches: [Row] = []
            try matcher.match(compiled, row) { r throws(QueryError) in
                matches.append(r)
                return true
            }
            if matches.isEmpty {
                // Null property values cannot be merged on.
                for part in compiled.parts {
                    for n in part.nodes where !m.bound.contains(n.name) {
                        try checkMergeProperties(n.properties, row)
                    }
                    for r in part.rels { try checkMergeProperties(r.properties, row) }
                }
                let created = try createPattern(compiled, row)
                for action in m.actions where action.trigger == .onCreate {
                    for item in action.items { try set(item, created) }
                }
                out.append(created)
            } else {
                for r in matches {
                    for action in m.actions where action.trigger == .onMatch {
                        for item in action.items { try set(item, r) }
                    }
                    out.append(r)
                }
            }
            try context.checkLimits(out.count)
        }
        return out
    }

    func checkMergeProperties(_ e: Expression?, _ row: Row) throws(QueryError) {
        guard let e, case .map(let m) = try evaluator.eval(e, row) else { return }
        for (k, v) in m where v.isNull {
            throw EngineMessages.runtime(
                .semanticError, .mergeReadOwnWrites, "MERGE cannot use null for property '\(k)'")
        }
    }

    func storable(_ v: Value, _ key: String) throws(QueryError) -> Value {
        var nested = false
        if case .list(let items) = v {
            nested = items.contains {
                if case .list = $0 { return true } else if case .map = $0 { return true } else { return false }
            }
        }
        if case .map = v { nested = true }
        if nested || (!v.isNull && !v.isStorable) {
            throw EngineMessages.runtime(
                .typeError, .invalidPropertyType, "property '\(key)' cannot hold a value of type \(v.typeName)")
        }
        return v
    }

    func setProperty(_ target: Value, _ key: String, _ value: Value) throws(QueryError) {
        let v = try storable(value, key)
        do {
            switch target {
            case .null: return
            case .node(let id):
                try evaluator.checkLive(id)
                try context.graph.setProperty(key, to: v, on: id)
                context.touchedNodes.insert(id)
            case .relationship(let id):
                try evaluator.checkLive(id)
                try context.graph.setProperty(key, to: v, on: id)
                context.touchedRelationships.insert(id)
            default:
                throw EngineMessages.runtimeType("cannot set a property on a value of type \(target.typeName)")
            }
        } catch let e as GraphError {
            throw graphError(e)
        } catch let e as QueryError {
            throw e
        } catch {
            throw EngineMessages.runtimeType("\(error)")
        }
    }

    func propertiesOf(_ v: Value) throws(QueryError) -> [String: Value]? {
        switch v {
        case .null: return nil
        case .map(let m): return m
        case .node(let id):
            try evaluator.checkLive(id)
            return context.graph.properties(of: id)
        case .relationship(let id):
            try evaluator.checkLive(id)
            return context.graph.properties(of: id)
        default: throw EngineMessages.runtimeType("SET needs a map, got \(v.typeName)")
        }
    }

    func set(_ item: SetItem, _ row: Row) throws(QueryError) {
        let ev = evaluator
        switch item {
        case .property(let entity, let key, let value, _):
            let target = try ev.eval(entity, row)
            let v = try ev.eval(value, row)
            try setProperty(target, key, v)
        case .replaceProperties(let name, let value, _), .mergeProperties(let name, let value, _):
            let target = row[name] ?? .null
            if target.isNull { return }
            var replace = false
            if case .replaceProperties = item { replace = true }
            let new = try propertiesOf(try ev.eval(value, row)) ?? [:]
            if replace {
                let old = try propertiesOf(target) ?? [:]
                for k in old.keys where new[k] == nil { try setProperty(target, k, .null) }
            }
            for (k, v) in new.sorted(by: { $0.key < $1.key }) { try setProperty(target, k, v) }
        case .labels(let name, let labels, _):
            let target = row[name] ?? .null
            switch target {
            case .null: return
            case .node(let id):
                try ev.checkLive(id)
                for l in labels {
                    do { try context.graph.addLabel(l, to: id) } catch { throw graphError(error) }
                }
                context.touchedNodes.insert(id)
            default: throw EngineMessages.runtimeType("cannot add labels to a value of type \(target.typeName)")
            }
        }
    }

    func remove(_ item: RemoveItem, _ row: Row) throws(QueryError) {
        switch item {
        case .property(let entity, let key, _):
            try setProperty(try evaluator.eval(entity, row), key, .null)
        case .labels(let name, let labels, _):
            let target = row[name] ?? .null
            switch target {
            case .null: return
            case .node(let id):
                try evaluator.checkLive(id)
                for l in labels {
                    do { try context.graph.removeLabel(l, from: id) } catch { throw graphError(error) }
                }
                context.touchedNodes.insert(id)
            default: throw EngineMessages.runtimeType("cannot remove labels from a value of type \(target.typeName)")
            }
        }
    }

    func delete(detach: Bool, _ exprs: [Expression], _ rows: [Row]) throws(QueryError) {
        var nodes: [NodeID] = []
        var rels: [RelationshipID] = []
        func collect(_ v: Value) throws(QueryError) {
            switch v {
            case .null: break
            case .node(let id): nodes.append(id)
            case .relationship(let id): rels.append(id)
            case .path(let p):
                nodes.append(contentsOf: p.nodes)
                rels.append(contentsOf: p.relationships)
            case .list(let items): for i in items { try collect(i) }
            default:
                throw EngineMessages.runtime(
                    .typeError, .invalidArgumentType, "DELETE cannot delete a value of type \(v.typeName)")
            }
        }
        for row in rows { for e in exprs { try collect(try evaluator.eval(e, row)) } }
        for r in rels where context.graph.contains(r) {
            do { try context.graph.removeRelationship(r) } catch { throw graphError(error) }
        }
        if !detach {
            for n in nodes where context.graph.contains(n) && context.graph.degree(of: n) > 0 {
                // Relationships deleted later in the same statement do not help: openCypher checks at clause end.
                throw graphError(
                    .nodeHasRelationships(key: context.graph.key(of: n), count: context.graph.degree(of: n)))
            }
        }
        for n in nodes where context.graph.contains(n) {
            do { try context.graph.removeNode(n, detach: detach) } catch { throw graphError(error) }
        }
    }
}
