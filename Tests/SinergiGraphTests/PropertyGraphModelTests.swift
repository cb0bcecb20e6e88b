// The flat-array graph checked against a plain dictionary model over long random sequences of changes.
import SinergiTestSupport
import Testing

@testable import SinergiGraph

@Suite struct PropertyGraphModelTests {
    struct ModelNode: Equatable {
        var labels: Set<String>
        var properties: [String: Value]
    }

    struct ModelRelationship: Equatable {
        var type: String
        var start: String
        var end: String
        var properties: [String: Value]
    }

    struct Model: Equatable {
        var nodes: [String: ModelNode] = [:]
        var relationships: [String: ModelRelationship] = [:]
    }

    func expectEqual(_ g: PropertyGraph, _ m: Model, keys: [String]) {
        #expect(g.nodeCount == m.nodes.count)
        #expect(g.relationshipCount == m.relationships.count)
        for key in keys {
            let id = g.node(forKey: key)
            guard let node = m.nodes[key] else {
                #expect(id == nil)
                continue
            }
            guard let id else {
                Issue.record("node \(key) missing")
                continue
            }
            #expect(g.key(of: id) == key)
            #expect(Set(g.labels(of: id)) == node.labels)
            #expect(g.properties(of: id) == node.properties)
            for (k, v) in node.properties { #expect(g.property(k, of: id) == v) }
            let out = g.outgoing(of: id)
            let inc = g.incoming(of: id)
            #expect(out == out.sorted() && inc == inc.sorted())
            #expect(Set(out.map { g.key(of: $0) }) == Set(m.relationships.filter { $0.value.start == key }.map(\.key)))
            #expect(Set(inc.map { g.key(of: $0) }) == Set(m.relationships.filter { $0.value.end == key }.map(\.key)))
            #expect(g.degree(of: id) == out.count + inc.count)
        }
        for (key, rel) in m.relationships {
            guard let r = g.relationship(forKey: key) else {
                Issue.record("relationship \(key) missing")
                continue
            }
            #expect(g.type(of: r) == rel.type)
            #expect(g.key(of: g.start(of: r)) == rel.start && g.key(of: g.end(of: r)) == rel.end)
            #expect(g.properties(of: r) == rel.properties)
        }
        for label in g.labelNames {
            let expected = Set(m.nodes.filter { $0.value.labels.contains(label) }.map(\.key))
            #expect(Set(g.nodes(withLabel: label).map { g.key(of: $0) }) == expected)
            #expect(g.nodeCount(withLabel: label) == expected.count)
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomChangesMatchTheModel(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var g = PropertyGraph()
        var m = Model()
        let keys = (0..<150).map { "k\($0)" }
        let relKeys = (0..<400).map { "r\($0)" }
        let labels = (0..<70).map { "L\($0)" }
        let types = ["A", "B", "C"]
        var saved: (PropertyGraph, Model)?
        func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &rng)] }
        for step in 0..<4000 {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0, 1:
                let key = pick(keys)
                let ls = Set((0..<Int.random(in: 0...2, using: &rng)).map { _ in pick(labels) })
                let props: [String: Value] = Bool.random(using: &rng) ? ["p": RandomGraphs.value(&rng)] : [:]
                if m.nodes[key] != nil {
                    #expect(throws: GraphError.duplicateNodeKey(key)) {
                        try g.addNode(key: key, labels: Array(ls), properties: props)
                    }
                } else {
                    try g.addNode(key: key, labels: Array(ls), properties: props)
                    m.nodes[key] = ModelNode(labels: ls, properties: props)
                }
            case 2, 3:
                guard let a = m.nodes.keys.randomElement(using: &rng), let b = m.nodes.keys.randomElement(using: &rng)
                else { continue }
                let key = pick(relKeys)
                let type = pick(types)
                let props: [String: Value] = Bool.random(using: &rng) ? ["w": .int(Int64(step))] : [:]
                if m.relationships[key] != nil {
                    #expect(throws: GraphError.duplicateRelationshipKey(key)) {
                        try g.addRelationship(
                            key: key, type: type, from: g.node(forKey: a)!, to: g.node(forKey: b)!, properties: props)
                    }
                } else {
                    try g.addRelationship(
                        key: key, type: type, from: g.node(forKey: a)!, to: g.node(forKey: b)!, properties: props)
                    m.relationships[key] = ModelRelationship(type: type, start: a, end: b, properties: props)
                }
            case 4:
                guard let key = m.nodes.keys.randomElement(using: &rng) else { continue }
                let detach = Bool.random(using: &rng)
                let incident = m.relationships.filter { $0.value.start == key || $0.value.end == key }
                if !detach && !incident.isEmpty {
                    #expect(throws: GraphError.self) { try g.removeNode(g.node(forKey: key)!) }
                } else {
                    try g.removeNode(g.node(forKey: key)!, detach: detach)
                    m.nodes[key] = nil
                    for k in incident.keys { m.relationships[k] = nil }
                }
            case 5:
                guard let key = m.relationships.keys.randomElement(using: &rng) else { continue }
                try g.removeRelationship(g.relationship(forKey: key)!)
                m.relationships[key] = nil
            case 6:
                guard let key = m.nodes.keys.randomElement(using: &rng) else { continue }
                let name = pick(["p", "q", "r"])
                let value: Value = Int.random(in: 0..<4, using: &rng) == 0 ? .null : RandomGraphs.value(&rng)
                try g.setProperty(name, to: value, on: g.node(forKey: key)!)
                if value.isNull {
                    m.nodes[key]?.properties.removeValue(forKey: name)
                } else {
                    m.nodes[key]?.properties[name] = value
                }
            case 7:
                guard let key = m.relationships.keys.randomElement(using: &rng) else { continue }
                let props: [String: Value] = ["x": RandomGraphs.value(&rng)]
                try g.setProperties(props, on: g.relationship(forKey: key)!)
                m.relationships[key]?.properties = props
            case 8:
                guard let key = m.nodes.keys.randomElement(using: &rng) else { continue }
                let label = pick(labels)
                if Bool.random(using: &rng) {
                    let added = try g.addLabel(label, to: g.node(forKey: key)!)
                    #expect(added == !(m.nodes[key]?.labels.contains(label) ?? true))
                    m.nodes[key]?.labels.insert(label)
                } else {
                    let removed = try g.removeLabel(label, from: g.node(forKey: key)!)
                    #expect(removed == (m.nodes[key]?.labels.contains(label) ?? false))
                    m.nodes[key]?.labels.remove(label)
                }
            default:
                // Copy-on-write: keep a copy and check later that the changes since left it alone.
                if let (copy, model) = saved { expectEqual(copy, model, keys: keys) }
                saved = (g, m)
            }
            if step % 500 == 499 { expectEqual(g, m, keys: keys) }
        }
        expectEqual(g, m, keys: keys)
        if let (copy, model) = saved { expectEqual(copy, model, keys: keys) }
    }
}
