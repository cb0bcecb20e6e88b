// Scalar functions over graph entities and paths: id, elementId (the entity's
// external key), labels, type, keys,
// properties, startNode, endNode, nodes, relationships, length. Null in gives
// null out; an argument of the wrong kind is `TypeError.InvalidArgumentType`.

import SinergiGraph

extension FunctionTable {
    static var graphFunctions: [ScalarFunction] {
        [
            .unary("id") { (v) throws(QueryError) -> Value in
                switch v {
                case .node(let n): return .int(Int64(n.rawValue))
                case .relationship(let r): return .int(Int64(r.rawValue))
                default: throw ValueMessages.argumentType("id", expected: "NODE or RELATIONSHIP", got: v)
                }
            },
            .graphUnary("elementId") { (v, graph) throws(QueryError) -> Value in
                switch v {
                case .node(let n): return .string(graph.key(of: n))
                case .relationship(let r): return .string(graph.key(of: r))
                default: throw ValueMessages.argumentType("elementId", expected: "NODE or RELATIONSHIP", got: v)
                }
            },
            .graphUnary("labels") { (v, graph) throws(QueryError) -> Value in
                let id = try Argument.node(v, "labels")
                return .list(graph.labels(of: id).map(Value.string))
            },
            .graphUnary("type") { (v, graph) throws(QueryError) -> Value in
                .string(graph.type(of: try Argument.relationship(v, "type")))
            },
            .graphUnary("keys") { (v, graph) throws(QueryError) -> Value in
                let keys: [String]
                switch v {
                case .node(let n): keys = Array(graph.properties(of: n).keys)
                case .relationship(let r): keys = Array(graph.properties(of: r).keys)
                case .map(let m): keys = Array(m.keys)
                default: throw ValueMessages.argumentType("keys", expected: "NODE, RELATIONSHIP or MAP", got: v)
                }
                return .list(keys.sorted { CypherSemantics.compareStrings($0, $1) < 0 }.map(Value.string))
            },
            .graphUnary("properties") { (v, graph) throws(QueryError) -> Value in
                switch v {
                case .node(let n): return .map(graph.properties(of: n))
                case .relationship(let r): return .map(graph.properties(of: r))
                case .map: return v
                default:
                    throw ValueMessages.argumentType("properties", expected: "NODE, RELATIONSHIP or MAP", got: v)
                }
            },
            .graphUnary("startNode") { (v, graph) throws(QueryError) -> Value in
                .node(graph.start(of: try Argument.relationship(v, "startNode")))
            },
            .graphUnary("endNode") { (v, graph) throws(QueryError) -> Value in
                .node(graph.end(of: try Argument.relationship(v, "endNode")))
            },
            .unary("nodes") { (v) throws(QueryError) -> Value in
                .list(try Argument.path(v, "nodes").nodes.map(Value.node))
            },
            .unary("relationships") { (v) throws(QueryError) -> Value in
                .list(try Argument.path(v, "relationships").relationships.map(Value.relationship))
            },
            .unary("length") { (v) throws(QueryError) -> Value in
                switch v {
                case .path(let p): return .int(Int64(p.length))
                case .list(let items): return .int(Int64(items.count))
                case .string(let s): return .int(Int64(s.unicodeScalars.count))
                default: throw ValueMessages.argumentType("length", expected: "PATH", got: v)
                }
            },
        ]
    }
}
