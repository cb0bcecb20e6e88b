// The graph functions the engine answers itself rather than through the function
// table, because they need the statement: an entity deleted earlier in the
// statement is an error for labels()/keys()/properties() but type() of a deleted
// relationship still answers (from the graph as it was), and the planner's own
// checks (`requireNode`, `propertyMapMatches`).

import SinergiGraph

extension Evaluator {
    /// Calls graph function `f` on evaluated arguments.
    static func graphFunction(_ f: GraphFunction, _ args: [Value], _ state: inout ExecutionState) throws(QueryError)
        -> Value
    {
        let a = args.first ?? .null
        let graph = state.graph
        func bad() -> QueryError { EngineMessages.graphFunction(f.rawValue, a) }
        switch f {
        case .id:
            switch a {
            case .null: return .null
            case .node(let id): return .int(Int64(id.rawValue))
            case .relationship(let id): return .int(Int64(id.rawValue))
            default: throw bad()
            }
        case .elementId:
            switch a {
            case .null: return .null
            case .node(let id): return .string(graph.key(of: id))
            case .relationship(let id): return .string(graph.key(of: id))
            default: throw bad()
            }
        case .labels:
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id, graph)
                return .list(graph.labels(of: id).map { .string($0) })
            default: throw bad()
            }
        case .type:
            switch a {
            case .null: return .null
            case .relationship(let id):
                if !graph.contains(id) && state.original.contains(id) { return .string(state.original.type(of: id)) }
                return .string(graph.type(of: id))
            default: throw bad()
            }
        case .keys:
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id, graph)
                return .list(graph.properties(of: id).keys.sorted().map { .string($0) })
            case .relationship(let id):
                try checkLive(id, graph)
                return .list(graph.properties(of: id).keys.sorted().map { .string($0) })
            case .map(let m): return .list(m.keys.sorted().map { .string($0) })
            default: throw bad()
            }
        case .properties:
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id, graph)
                return .map(graph.properties(of: id))
            case .relationship(let id):
                try checkLive(id, graph)
                return .map(graph.properties(of: id))
            case .map: return a
            default: throw bad()
            }
        case .startNode, .endNode:
            switch a {
            case .null: return .null
            case .relationship(let id): return .node(f == .startNode ? graph.start(of: id) : graph.end(of: id))
            default: throw bad()
            }
        case .nodes:
            switch a {
            case .null: return .null
            case .path(let p): return .list(p.nodes.map { .node($0) })
            default: throw bad()
            }
        case .relationships:
            switch a {
            case .null: return .null
            case .path(let p): return .list(p.relationships.map { .relationship($0) })
            default: throw bad()
            }
        case .length:
            switch a {
            case .null: return .null
            case .path(let p): return .int(Int64(p.length))
            case .list(let items): return .int(Int64(items.count))
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            default: throw bad()
            }
        case .requireNode:
            switch a {
            case .null: return .null
            case .node: return .bool(true)
            default: throw EngineMessages.runtimeType("a pattern node is a \(a.typeName), not a node")
            }
        case .propertyMapMatches:
            let map = args.count > 1 ? args[1] : .null
            guard case .map(let wanted) = map else { return .bool(false) }
            for (k, v) in wanted {
                let have = try property(a, k, nil, graph)
                if CypherSemantics.equals(have, v) != true { return .bool(false) }
            }
            return .bool(true)
        }
    }
}
