// The configuration map and node arguments of the `sinergi.*` procedures: checks the keys
// against the allowed ones, reads typed values with defaults, resolves node arguments
// (node values, node keys, or lists of either), and turns algorithm errors into
// `ProcedureError`s that name the procedure.

import Dispatch
import SinergiAlgorithms
import SinergiGraph
import SinergiText

/// The checked configuration map of one `sinergi.*` call.
///
/// ```swift
/// let config = try SinergiConfig(args[1], procedure: "sinergi.reach", allowed: ["maxHops", "types"])
/// let hops = try config.integer("maxHops", default: .max)
/// ```
public struct SinergiConfig: Sendable {
    /// The procedure's name, for messages.
    public let procedure: String
    /// The entries given.
    public let entries: [String: Value]

    /// Checks `value` (a map or null) against the `allowed` keys.
    /// - Throws: a `ProcedureError` naming an unknown key and listing the allowed ones.
    /// - Complexity: O(k log k) for k keys.
    public init(_ value: Value, procedure: String, allowed: [String]) throws(QueryError) {
        self.procedure = procedure
        switch value {
        case .null: entries = [:]
        case .map(let m): entries = m
        default:
            throw SinergiConfig.failure(procedure, "the configuration must be a map, got \(value.typeName)")
        }
        for key in entries.keys.sorted() where !allowed.contains(key) {
            let list = allowed.isEmpty ? "none" : allowed.sorted().joined(separator: ", ")
            throw SinergiConfig.failure(procedure, "unknown configuration key '\(key)' (allowed: \(list))")
        }
    }

    /// A `ProcedureError.ProcedureCallFailed` whose message starts with the procedure's name.
    /// - Complexity: O(1).
    public static func failure(_ procedure: String, _ message: String) -> QueryError {
        QueryError(
            kind: .procedureError, phase: .runtime, code: .procedureCallFailed, message: "\(procedure): \(message)")
    }

    func fail(_ message: String) -> QueryError { SinergiConfig.failure(procedure, message) }

    /// The value of `key`, nil when absent or null.
    func raw(_ key: String) -> Value? {
        guard let v = entries[key], !v.isNull else { return nil }
        return v
    }

    /// An integer entry (an integral float is accepted).
    /// - Complexity: O(1).
    public func integer(_ key: String, default value: Int) throws(QueryError) -> Int {
        guard let v = raw(key) else { return value }
        switch v {
        case .int(let i): return Int(i)
        case .double(let d) where d.isFinite && d == d.rounded() && abs(d) < 9e15: return Int(d)
        default: throw fail("'\(key)' must be an integer, got \(v.typeName)")
        }
    }

    /// An optional integer entry.
    /// - Complexity: O(1).
    public func optionalInteger(_ key: String) throws(QueryError) -> Int? {
        guard raw(key) != nil else { return nil }
        return try integer(key, default: 0)
    }

    /// A number entry.
    /// - Complexity: O(1).
    public func number(_ key: String, default value: Double) throws(QueryError) -> Double {
        guard let v = raw(key) else { return value }
        guard let d = v.doubleValue else { throw fail("'\(key)' must be a number, got \(v.typeName)") }
        return d
    }

    /// A boolean entry.
    /// - Complexity: O(1).
    public func boolean(_ key: String, default value: Bool) throws(QueryError) -> Bool {
        guard let v = raw(key) else { return value }
        guard let b = v.boolValue else { throw fail("'\(key)' must be a boolean, got \(v.typeName)") }
        return b
    }

    /// A string entry.
    /// - Complexity: O(1).
    public func string(_ key: String) throws(QueryError) -> String? {
        guard let v = raw(key) else { return nil }
        guard let s = v.stringValue else { throw fail("'\(key)' must be a string, got \(v.typeName)") }
        return s
    }

    /// A list of strings (a single string is taken as a list of one).
    /// - Complexity: O(k).
    public func strings(_ key: String) throws(QueryError) -> [String]? {
        guard let v = raw(key) else { return nil }
        if let s = v.stringValue { return [s] }
        guard case .list(let items) = v else {
            throw fail("'\(key)' must be a list of strings, got \(v.typeName)")
        }
        var result: [String] = []
        for item in items {
            guard let s = item.stringValue else {
                throw fail("'\(key)' must be a list of strings, got an element of type \(item.typeName)")
            }
            result.append(s)
        }
        return result
    }

    /// The `randomSeed` entry as the algorithms' `UInt64` seed (negative integers keep their bits).
    /// - Complexity: O(1).
    public func seed(default value: UInt64 = 42) throws(QueryError) -> UInt64 {
        guard let v = raw("randomSeed") else { return value }
        guard let i = v.intValue else { throw fail("'randomSeed' must be an integer, got \(v.typeName)") }
        return UInt64(bitPattern: i)
    }

    /// The `direction` entry: `both`, `outgoing` or `incoming` (any case; GDS's
    /// `UNDIRECTED`, `NATURAL` and `REVERSE` too).
    /// - Complexity: O(1).
    public func direction(default value: Direction) throws(QueryError) -> Direction {
        guard let text = try string("direction") else { return value }
        guard let d = SinergiConfig.direction(named: text) else {
            throw fail("'direction' must be 'both', 'outgoing' or 'incoming', not '\(text)'")
        }
        return d
    }

    /// The direction a name stands for, nil when none.
    /// - Complexity: O(1).
    public static func direction(named text: String) -> Direction? {
        switch text.lowercased() {
        case "both", "undirected": return .both
        case "outgoing", "natural", "out": return .outgoing
        case "incoming", "reverse", "in": return .incoming
        default: return nil
        }
    }

    /// The `model` entry: `ic`/`independentCascade` or `lt`/`linearThreshold`.
    /// - Complexity: O(1).
    public func model() throws(QueryError) -> CascadeModel {
        guard let text = try string("model") else { return .independentCascade }
        guard let m = SinergiConfig.model(named: text) else {
            throw fail("'model' must be 'ic' (independent cascade) or 'lt' (linear threshold), not '\(text)'")
        }
        return m
    }

    /// The cascade model a name stands for, nil when none.
    /// - Complexity: O(1).
    public static func model(named text: String) -> CascadeModel? {
        switch text.lowercased() {
        case "ic", "independentcascade", "independent-cascade": return .independentCascade
        case "lt", "linearthreshold", "linear-threshold": return .linearThreshold
        default: return nil
        }
    }

    /// The relationship types of `key` (default `types`), or `fallback` when absent.
    /// - Complexity: O(k).
    public func types(_ key: String = "types", default fallback: [String]?) throws(QueryError) -> [String]? {
        try strings(key) ?? fallback
    }

    /// The nodes of entry `key` (node values, keys, or lists of them), nil when absent.
    /// - Complexity: O(k).
    public func nodes(_ key: String, graph: PropertyGraph) throws(QueryError) -> [NodeID]? {
        guard let v = raw(key) else { return nil }
        return try SinergiConfig.nodes(v, argument: key, procedure: procedure, graph: graph)
    }

    /// The `province` entry: a Province node, its key, or its name written any way; nil when absent.
    /// - Throws: a `ProcedureError` naming the nearest province names for an unknown one.
    /// - Complexity: O(P · L²) for P provinces.
    public func province(graph: PropertyGraph) throws(QueryError) -> NodeID? {
        guard let v = raw("province") else { return nil }
        if case .node(let id) = v, graph.hasLabel(id, RegionLevel.province.label) { return id }
        guard let text = v.stringValue else {
            throw fail("'province' must be a Province node, its key or its name, got \(v.typeName)")
        }
        if let p = RegionLookup.find(text, level: .province, in: graph) { return p }
        let near = RegionLookup.suggestions(for: text, level: .province, in: graph)
        let hint = near.isEmpty ? "" : " (nearest: \(near.map { "'\($0)'" }.joined(separator: ", ")))"
        throw fail("'province': no province '\(text)'\(hint)")
    }

    /// The `nodeLabel` entry of reach and path: absent means the stakeholder network's label
    /// (`Stakeholder` when the graph uses it), null means every node.
    /// - Complexity: O(1).
    public func throughLabel(graph: PropertyGraph) throws(QueryError) -> String? {
        guard let given = entries["nodeLabel"] else { return StakeholderNetwork.nodeLabel(graph) }
        return given.isNull ? nil : try string("nodeLabel")
    }

    /// The `language` entry (`'en'` or `'id'`, default English): the language of the texts a
    /// procedure yields (reasons, next steps).
    /// - Complexity: O(1).
    public func language() throws(QueryError) -> Language {
        guard let text = try string("language") else { return .en }
        guard let l = Language(code: text) else { throw fail("'language' must be 'en' or 'id', not '\(text)'") }
        return l
    }

    /// Resolves a node argument: a node, a node key, or a list of nodes and keys; null is
    /// no node.
    /// - Throws: a `ProcedureError` for an unknown key, a deleted node or another type.
    /// - Complexity: O(k) for k elements.
    public static func nodes(_ value: Value, argument: String, procedure: String, graph: PropertyGraph)
        throws(QueryError) -> [NodeID]
    {
        switch value {
        case .null: return []
        case .node(let id):
            guard graph.contains(id) else { throw failure(procedure, "'\(argument)' names a deleted node") }
            return [id]
        case .string(let key):
            guard let id = graph.node(forKey: key) else {
                throw failure(procedure, "'\(argument)': no node with key '\(key)'")
            }
            return [id]
        case .list(let items):
            var result: [NodeID] = []
            for item in items {
                if case .list = item {
                    throw failure(procedure, "'\(argument)' must hold nodes or node keys, not nested lists")
                }
                result += try nodes(item, argument: argument, procedure: procedure, graph: graph)
            }
            return result
        default:
            throw failure(
                procedure, "'\(argument)' must be a node, a node key or a list of them, got \(value.typeName)")
        }
    }

    /// Runs an algorithm, turning its `AlgorithmError` into a `ProcedureError`; checks the
    /// statement's cancellation flag and deadline before and after (`context.checkpoint()`),
    /// and inside the algorithm's long loops, which stop early once the flag is set or the
    /// deadline passed (`context.interruption`): the unfinished result is then discarded
    /// by the checkpoint after.
    /// - Complexity: that of `body`.
    public static func run<T>(
        _ procedure: String, context: ProcedureContext, _ body: () throws(AlgorithmError) -> T
    ) throws(QueryError) -> T {
        try context.checkpoint()
        let result: T
        do {
            result = try Interruption.whileRunning(context.interruption, body)
        } catch {
            throw failure(procedure, message(error, graph: context.graph))
        }
        try context.checkpoint()
        return result
    }

    /// An algorithm error in words, naming nodes and relationships by their keys.
    /// - Complexity: O(1).
    public static func message(_ error: AlgorithmError, graph: PropertyGraph) -> String {
        switch error {
        case .unknownNode(let id): return "no node \(id)"
        case .invalidParameter(let name, let reason): return "invalid \(name): \(reason.text(.en))"
        case .invalidPropertyValue(let r, let property, let reason):
            return "relationship '\(graph.key(of: r))', property '\(property)': \(reason.text(.en))"
        case .notEstimable(let message): return message.text(.en)
        }
    }
}

extension ProcedureContext {
    /// The check the algorithms' long loops consult: true once `checkpoint()` would fail
    /// (the statement's flag set or its deadline passed).
    /// - Complexity: O(1) to make and per check.
    public var interruption: Interruption {
        let cancellation = limits.cancellation
        let deadline = limits.deadline
        return Interruption {
            if let cancellation, cancellation.isCancelled { return true }
            if let deadline, DispatchTime.now().uptimeNanoseconds > deadline { return true }
            return false
        }
    }
}
