// The registry of procedures `CALL` can run: each procedure has a qualified name,
// a signature (typed inputs and outputs) and a closure that turns the graph and the
// argument values into rows.
//
// Adding a procedure (e.g. the algorithms engineer's `sinergi.*` family):
//
// ```swift
// extension ProcedureRegistry {
//     static var sinergi: ProcedureRegistry {
//         var r = ProcedureRegistry.standard
//         r.register(Procedure(
//             name: "sinergi.degree",
//             inputs: [.init("key", .string)],
//             outputs: [.init("key", .string), .init("degree", .integer)]
//         ) { context, args in
//             guard let key = args[0].stringValue, let id = context.graph.node(forKey: key) else { return [] }
//             return [[.string(key), .int(Int64(context.graph.degree(of: id)))]]
//         })
//         return r
//     }
// }
// ```
// then pass it in `QueryOptions.procedures`. Arguments arrive already checked against
// `inputs` (count and type; integers are accepted where floats are declared); each
// returned row must have `outputs.count` values in declaration order (`outputs` is a
// `RowSchema`, the row shape of query results too). Throw a
// `QueryError` (kind `.procedureError`, code `.procedureCallFailed`) to fail the call.

import Dispatch
import SinergiGraph

/// The type of a procedure input or output, as written in a signature (`STRING?`, `INTEGER?` …).
public enum ProcedureType: String, Sendable, Equatable {
    /// Any value.
    case any = "ANY"
    /// A boolean.
    case boolean = "BOOLEAN"
    /// An integer.
    case integer = "INTEGER"
    /// A float.
    case float = "FLOAT"
    /// An integer or a float.
    case number = "NUMBER"
    /// A string.
    case string = "STRING"
    /// A list.
    case list = "LIST"
    /// A map.
    case map = "MAP"
    /// A node.
    case node = "NODE"
    /// A relationship.
    case relationship = "RELATIONSHIP"
    /// A path.
    case path = "PATH"

    /// Parses a signature type such as `STRING?` or `LIST? OF INTEGER?` (the element type is ignored).
    /// - Complexity: O(n) in the text length.
    public init?(signature text: String) {
        var t = text.trimmingCharacters(in: .whitespaces).uppercased()
        if t.hasPrefix("LIST") { t = "LIST" }
        while t.hasSuffix("?") { t.removeLast() }
        self.init(rawValue: t)
    }

    /// True when `value` (null always passes) has this type.
    /// - Complexity: O(1).
    public func admits(_ value: Value) -> Bool {
        switch (self, value) {
        case (_, .null), (.any, _): return true
        case (.boolean, .bool), (.integer, .int), (.float, .double), (.float, .int), (.number, .int),
            (.number, .double), (.string, .string), (.list, .list), (.map, .map), (.node, .node),
            (.relationship, .relationship), (.path, .path):
            return true
        default: return false
        }
    }
}

/// One named, typed input or output of a procedure.
public struct ProcedureField: Sendable, Equatable {
    /// The field name.
    public var name: String
    /// The field type.
    public var type: ProcedureType

    /// Creates a field.
    public init(_ name: String, _ type: ProcedureType) {
        self.name = name
        self.type = type
    }
}

/// What a procedure body can see.
public struct ProcedureContext: Sendable {
    /// The graph as it is when the procedure runs.
    public var graph: PropertyGraph
    /// The running statement's bounds (its deadline and cancellation flag).
    let limits: StatementLimits

    /// A context for a procedure called by a statement with these options.
    /// - Complexity: O(1).
    public init(graph: PropertyGraph, options: QueryOptions = .init()) {
        self.graph = graph
        limits = StatementLimits(options)
    }

    init(graph: PropertyGraph, limits: StatementLimits) {
        self.graph = graph
        self.limits = limits
    }

    /// Fails with `QueryCancelled` when the statement's cancellation flag is set, or with
    /// `QueryTimeout` when it is past its deadline. A procedure calls it between the stages of
    /// its work (the `SinergiConfig.run` around each algorithm calls it before and after).
    /// - Complexity: O(1).
    public func checkpoint() throws(QueryError) {
        if let c = limits.cancellation, c.isCancelled { throw EngineMessages.cancelled() }
        if let deadline = limits.deadline, DispatchTime.now().uptimeNanoseconds > deadline {
            throw EngineMessages.timeout(limits.timeout ?? 0)
        }
    }

    /// A read-only CSR snapshot of `graph`, built on demand.
    /// - Complexity: O(n + m).
    public var snapshot: GraphSnapshot { GraphSnapshot(graph) }
}

/// A procedure: name, signature and body.
public struct Procedure: Sendable {
    /// The qualified name, e.g. `db.labels`.
    public var name: String
    /// The inputs in order.
    public var inputs: [ProcedureField]
    /// The outputs in order: the schema of the rows the body returns (the same
    /// `RowSchema` query results and the command line's reports use).
    public var outputs: RowSchema
    /// Runs the procedure on checked arguments; each row has one value per output.
    public var body: @Sendable (ProcedureContext, [Value]) throws(QueryError) -> [[Value]]

    /// Creates a procedure.
    public init(
        name: String, inputs: [ProcedureField], outputs: [ProcedureField],
        body: @escaping @Sendable (ProcedureContext, [Value]) throws(QueryError) -> [[Value]]
    ) {
        self.name = name
        self.inputs = inputs
        self.outputs = RowSchema(outputs)
        self.body = body
    }
}

/// The procedures a query may call, by qualified name (case-sensitive, as openCypher).
public struct ProcedureRegistry: Sendable {
    private var procedures: [String: Procedure] = [:]

    /// An empty registry.
    public init() {}

    /// Adds or replaces a procedure.
    /// - Complexity: O(1) on average.
    public mutating func register(_ procedure: Procedure) { procedures[procedure.name] = procedure }

    /// The procedure called `name`.
    /// - Complexity: O(1) on average.
    public func lookup(_ name: String) -> Procedure? { procedures[name] }

    /// All registered names, sorted.
    /// - Complexity: O(p log p).
    public var names: [String] { procedures.keys.sorted() }

    /// The built-ins: `db.labels()`, `db.relationshipTypes()`, `db.propertyKeys()`.
    public static var standard: ProcedureRegistry {
        var r = ProcedureRegistry()
        for p in BuiltinProcedures.all { r.register(p) }
        return r
    }
}
