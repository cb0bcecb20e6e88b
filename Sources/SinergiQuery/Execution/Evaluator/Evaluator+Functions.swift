// Function calls in expressions: `exists(…)`, the graph functions that need the
// working graph (id, labels, type, keys, properties, startNode, endNode, nodes,
// relationships, length of a path), and everything else through `FunctionBridge`
// to the values layer's scalar function table.

import SinergiGraph

extension Evaluator {
    func function(_ call: FunctionCall, _ row: Row, span: SourceSpan) throws(QueryError) -> Value {
        let name = call.name.lowercasedName
        if name == "exists", let arg = call.arguments.first {
            return .bool(!(try eval(arg, row).isNull))
        }
        var args: [Value] = []
        args.reserveCapacity(call.arguments.count)
        for a in call.arguments { args.append(try eval(a, row)) }
        if let v = try graphFunction(name, args) { return v }
        return try FunctionBridge.call(name, args, context: context)
    }

    /// The graph functions; nil when `name` is not one of them.
    func graphFunction(_ name: String, _ args: [Value]) throws(QueryError) -> Value? {
        guard let a = args.first else { return nil }
        func bad() -> QueryError {
            EngineMessages.runtime(
                .typeError, .invalidArgumentValue, "\(name)() cannot take a value of type \(a.typeName)")
        }
        switch name {
        case "id":
            switch a {
            case .null: return .null
            case .node(let id): return .int(Int64(id.rawValue))
            case .relationship(let id): return .int(Int64(id.rawValue))
            default: throw bad()
            }
        case "elementid":
            switch a {
            case .null: return .null
            case .node(let id): return .string(graph.key(of: id))
            case .relationship(let id): return .string(graph.key(of: id))
            default: throw bad()
            }
        case "labels":
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id)
                return .list(graph.labels(of: id).map { .string($0) })
            default: throw bad()
            }
        case "type":
            switch a {
            case .null: return .null
            case .relationship(let id):
                if !graph.contains(id) && context.original.contains(id) {
                    return .string(context.original.type(of: id))
                }
                return .string(graph.type(of: id))
            default: throw bad()
            }
        case "keys":
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id)
                return .list(graph.properties(of: id).keys.sorted().map { .string($0) })
            case .relationship(let id):
                try checkLive(id)
                return .list(graph.properties(of: id).keys.sorted().map { .string($0) })
            case .map(let m): return .list(m.keys.sorted().map { .string($0) })
            default: throw bad()
            }
        case "properties":
            switch a {
            case .null: return .null
            case .node(let id):
                try checkLive(id)
                return .map(graph.properties(of: id))
            case .relationship(let id):
                try checkLive(id)
                return .map(graph.properties(of: id))
            case .map: return a
            default: throw bad()
            }
        case "startnode", "endnode":
            switch a {
            case .null: return .null
            case .relationship(let id):
                return .node(name == "startnode" ? graph.start(of: id) : graph.end(of: id))
            default: throw bad()
            }
        case "nodes":
            switch a {
            case .null: return .null
            case .path(let p): return .list(p.nodes.map { .node($0) })
            default: throw bad()
            }
        case "relationships":
            switch a {
            case .null: return .null
            case .path(let p): return .list(p.relationships.map { .relationship($0) })
            default: throw bad()
            }
        case "length":
            switch a {
            case .path(let p): return .int(Int64(p.length))
            default: return nil
            }
        default:
            return nil
        }
    }
}
