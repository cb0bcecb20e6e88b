// id, labels, type, keys, properties, startNode, endNode, nodes, relationships, length.

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("Graph functions")
struct GraphFunctionTests {
    struct Fixture {
        var graph = PropertyGraph()
        var a = NodeID(0)
        var b = NodeID(0)
        var r = RelationshipID(0)

        init() throws {
            a = try graph.addNode(key: "a", labels: ["A", "Person"], properties: ["name": "Ana", "age": 38])
            b = try graph.addNode(key: "b")
            r = try graph.addRelationship(key: "r1", type: "KNOWS", from: a, to: b, properties: ["since": 2020])
        }
    }

    @Test("entity accessors")
    func accessors() throws {
        let f = try Fixture()
        let g = f.graph
        #expect(try callFunction("id", [.node(f.b)], graph: g) == 1)
        #expect(try callFunction("elementId", [.relationship(f.r)], graph: g) == "r1")
        #expect(try callFunction("labels", [.node(f.a)], graph: g) == ["A", "Person"])
        #expect(try callFunction("labels", [.node(f.b)], graph: g) == [])
        #expect(try callFunction("type", [.relationship(f.r)], graph: g) == "KNOWS")
        #expect(try callFunction("keys", [.node(f.a)], graph: g) == ["age", "name"])
        #expect(try callFunction("properties", [.relationship(f.r)], graph: g) == ["since": 2020])
        #expect(try callFunction("startNode", [.relationship(f.r)], graph: g) == .node(f.a))
        #expect(try callFunction("endNode", [.relationship(f.r)], graph: g) == .node(f.b))
    }

    @Test("paths")
    func paths() throws {
        let f = try Fixture()
        let p = Value.path(PathValue(nodes: [f.a, f.b], relationships: [f.r]))
        #expect(try callFunction("nodes", [p]) == [.node(f.a), .node(f.b)])
        #expect(try callFunction("relationships", [p]) == [.relationship(f.r)])
        #expect(try callFunction("length", [p]) == 1)
        #expect(try callFunction("length", [.path(PathValue(start: f.a))]) == 0)
    }

    @Test("keys and properties of maps (Map3)")
    func maps() throws {
        let m: Value = ["name": "Alice", "age": 38, "address": ["city": "London", "residential": true]]
        #expect(try callFunction("keys", [m]) == ["address", "age", "name"])
        #expect(try callFunction("keys", [["k": nil, "l": 1]]) == ["k", "l"])
        #expect(try callFunction("keys", [[:]]) == [])
        #expect(try callFunction("properties", [["a": 1]]) == ["a": 1])
    }

    @Test(
        "null in, null out; wrong kinds are type errors",
        arguments: [
            "id", "labels", "type", "keys", "properties", "startNode", "endNode", "nodes", "relationships", "length",
        ])
    func nullAndTypes(name: String) {
        #expect((try? callFunction(name, [nil])) == .null)
        let error = functionError(name, [true])
        #expect(error?.kind == .typeError)
        #expect(error?.code == .invalidArgumentType)
    }
}
