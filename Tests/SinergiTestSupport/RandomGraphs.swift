// Seeded random property graphs with every value type and hostile strings, for round-trip tests.
import SinergiGraph

/// Builders of test graphs.
public enum RandomGraphs {
    /// Strings that break naive encoders: quotes, backslashes, control characters, Unicode, markup.
    public static let hostileStrings: [String] = [
        "plain", "with \"quotes\"", "back\\slash", "new\nline", "tab\tand\rreturn", "<b>&amp;</b>", "{}[]:;,",
        "node", "graph", "subgraph", "32.05.01", "Perpustakaan Desa Ujung Batu — \u{1F4DA}", "", " leading space",
        "semi;colon", "apostrophe's", "\u{0001}control", "ünïcødé ✓", "$dollar", "a,b,\"c\"",
    ]

    /// A random value of any storable type.
    public static func value(_ rng: inout SeededGenerator, depth: Int = 0) -> Value {
        switch Int.random(in: 0..<(depth > 1 ? 6 : 8), using: &rng) {
        case 0: return .bool(Bool.random(using: &rng))
        case 1: return .int(Int64.random(in: Int64.min...Int64.max, using: &rng))
        case 2:
            let specials: [Double] = [0, -0.0, 1.5, 1e300, -2.5e-300, .pi, 3]
            return .double(specials[Int.random(in: 0..<specials.count, using: &rng)])
        case 3, 4: return .string(hostileStrings[Int.random(in: 0..<hostileStrings.count, using: &rng)])
        case 5:
            return Bool.random(using: &rng)
                ? .date(CypherDate(daysSinceEpoch: Int64.random(in: -50_000...50_000, using: &rng)))
                : temporal(&rng)
        case 6: return .list((0..<Int.random(in: 0...3, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        default:
            var m: [String: Value] = [:]
            for i in 0..<Int.random(in: 0...3, using: &rng) {
                m[i == 0 ? "$odd" : hostileStrings[i]] = value(&rng, depth: depth + 1)
            }
            return .map(m)
        }
    }

    /// A random graph: `nodes` nodes with 1–3 labels and random properties, `relationships` relationships.
    public static func graph(seed: UInt64, nodes: Int, relationships: Int) -> PropertyGraph {
        var rng = SeededGenerator(seed: seed)
        var g = PropertyGraph()
        let labels = ["Stakeholder", "VillageLibrary", "Bappeda", "Region", "Odd Label", "ラベル"]
        let types = ["PARTNERS_WITH", "LOCATED_IN", "REPLICATED_FROM", "odd type"]
        var ids: [NodeID] = []
        for i in 0..<nodes {
            var props: [String: Value] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                props[hostileStrings[Int.random(in: 0..<hostileStrings.count, using: &rng)] + "k"] = value(&rng)
            }
            let ls = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                labels[Int.random(in: 0..<labels.count, using: &rng)]
            }
            let key = i % 7 == 0 ? "key \"\(i)\"\n\\" : "n/\(i)"
            ids.append(must { () throws(GraphError) in try g.addNode(key: key, labels: ls, properties: props) })
        }
        guard !ids.isEmpty else { return g }
        for i in 0..<relationships {
            let a = ids[Int.random(in: 0..<ids.count, using: &rng)]
            let b = ids[Int.random(in: 0..<ids.count, using: &rng)]
            let props: [String: Value] = Bool.random(using: &rng) ? ["since": value(&rng)] : [:]
            let type = types[Int.random(in: 0..<types.count, using: &rng)]
            must { () throws(GraphError) in
                try g.addRelationship(key: "r/\(i)", type: type, from: a, to: b, properties: props)
            }
        }
        return g
    }

    /// The value of a step of building a fixture graph, which must not fail: a failure is a
    /// broken fixture, and stops the run loudly instead of leaving a smaller graph.
    @discardableResult
    public static func must<T>(_ step: () throws(GraphError) -> T, file: StaticString = #file, line: UInt = #line) -> T
    {
        do {
            return try step()
        } catch {
            preconditionFailure("building a fixture graph failed: \(error)", file: file, line: line)
        }
    }

    /// True when two graphs hold the same keys, labels, properties and relationships (ids may differ).
    public static func sameContent(_ a: PropertyGraph, _ b: PropertyGraph) -> Bool {
        guard a.nodeCount == b.nodeCount, a.relationshipCount == b.relationshipCount else { return false }
        for n in a.nodes {
            let key = a.key(of: n)
            guard let m = b.node(forKey: key) else { return false }
            guard Set(a.labels(of: n)) == Set(b.labels(of: m)), a.properties(of: n) == b.properties(of: m) else {
                return false
            }
        }
        for r in a.relationships {
            guard let s = b.relationship(forKey: a.key(of: r)) else { return false }
            guard a.type(of: r) == b.type(of: s), a.key(of: a.start(of: r)) == b.key(of: b.start(of: s)),
                a.key(of: a.end(of: r)) == b.key(of: b.end(of: s)), a.properties(of: r) == b.properties(of: s)
            else { return false }
        }
        return true
    }
}
