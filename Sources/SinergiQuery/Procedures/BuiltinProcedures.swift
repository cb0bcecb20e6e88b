// The built-in `db.*` procedures: the label names, relationship type names and
// property keys in use in the graph.

import SinergiGraph

/// The procedures every registry starts with.
enum BuiltinProcedures {
    /// `db.labels()`, `db.relationshipTypes()`, `db.propertyKeys()`.
    static var all: [Procedure] { [labels, relationshipTypes, propertyKeys] }

    /// `db.labels() :: (label :: STRING)`: label names carried by at least one node, sorted.
    /// - Complexity: O(L log L).
    static let labels = Procedure(name: "db.labels", inputs: [], outputs: [.init("label", .string)]) {
        context, _ in
        context.graph.labelNames.filter { context.graph.nodeCount(withLabel: $0) > 0 }.sorted().map { [.string($0)] }
    }

    /// `db.relationshipTypes() :: (relationshipType :: STRING)`: types of live relationships, sorted.
    /// - Complexity: O(m).
    static let relationshipTypes = Procedure(
        name: "db.relationshipTypes", inputs: [], outputs: [.init("relationshipType", .string)]
    ) { context, _ in
        var used = Set<String>()
        for r in context.graph.relationships { used.insert(context.graph.type(of: r)) }
        return used.sorted().map { [.string($0)] }
    }

    /// `db.propertyKeys() :: (propertyKey :: STRING)`: property keys of live entities, sorted.
    /// - Complexity: O(n + m) times the properties per entity.
    static let propertyKeys = Procedure(
        name: "db.propertyKeys", inputs: [], outputs: [.init("propertyKey", .string)]
    ) { context, _ in
        var keys = Set<String>()
        for n in context.graph.nodes { keys.formUnion(context.graph.properties(of: n).keys) }
        for r in context.graph.relationships { keys.formUnion(context.graph.properties(of: r).keys) }
        return keys.sorted().map { [.string($0)] }
    }
}
