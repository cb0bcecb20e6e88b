// Tests of the TCK value notation reader, the canonical form used for
// comparison, and the conversion of actual `Value`s read through a graph.

import SinergiGraph
import Testing

@Suite struct TCKValueParserTests {
    @Test func primitives() throws {
        #expect(try TCKValueParser.parse("null") == .null)
        #expect(try TCKValueParser.parse("true") == .bool(true))
        #expect(try TCKValueParser.parse(" false ") == .bool(false))
        #expect(try TCKValueParser.parse("-42") == .int(-42))
        #expect(try TCKValueParser.parse("9223372036854775807") == .int(.max))
        #expect(try TCKValueParser.parse("1.5") == .float(1.5))
        #expect(try TCKValueParser.parse("-1e-305") == .float(-1e-305))
        #expect(try TCKValueParser.parse("1.23456789e308") == .float(1.23456789e308))
        #expect(try TCKValueParser.parse("Inf") == .float(.infinity))
        #expect(try TCKValueParser.parse("-Inf") == .float(-.infinity))
        #expect(try TCKValueParser.parse("NaN").canonical() == "NaN")
        #expect(try TCKValueParser.parse("'it\\'s'") == .string("it's"))
        #expect(try TCKValueParser.parse("''") == .string(""))
        #expect(try TCKValueParser.parse("'a\nb'") == .string("a\nb"))
    }

    @Test func containersAndGraphElements() throws {
        #expect(try TCKValueParser.parse("[]") == .list([]))
        #expect(
            try TCKValueParser.parse("[1, [2, 'x'], null]") == .list([.int(1), .list([.int(2), .string("x")]), .null]))
        #expect(try TCKValueParser.parse("{a: 1, `b c`: [true]}") == .map(["a": .int(1), "b c": .list([.bool(true)])]))
        #expect(try TCKValueParser.parse("()") == .node(labels: [], properties: [:]))
        #expect(
            try TCKValueParser.parse("(:A:B {name: 'n', num: 1})")
                == .node(labels: ["A", "B"], properties: ["name": .string("n"), "num": .int(1)]))
        #expect(try TCKValueParser.parse("[:T]") == .relationship(type: "T", properties: [:]))
        #expect(try TCKValueParser.parse("[:T {w: 2.0}]") == .relationship(type: "T", properties: ["w": .float(2)]))
        let path = try TCKValueParser.parse("<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>")
        #expect(
            path
                == .path(
                    start: .node(labels: ["A"], properties: [:]),
                    steps: [
                        TCKPathStep(
                            relationship: .relationship(type: "T", properties: [:]), forward: true,
                            node: .node(labels: ["B"], properties: [:])),
                        TCKPathStep(
                            relationship: .relationship(type: "U", properties: ["k": .int(1)]), forward: false,
                            node: .node(labels: [], properties: [:])),
                    ]))
        #expect(path.canonical() == "<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>")
        #expect(try TCKValueParser.parse("<()>") == .path(start: .node(labels: [], properties: [:]), steps: []))
        #expect(try TCKValueParser.parse("[<(:A)-[:T]->(:B)>]").canonical() == "[<(:A)-[:T]->(:B)>]")
    }

    @Test func malformedCellsAreErrors() {
        for text in ["", "'open", "[1, 2", "{a 1}", "(:A", "1 2", "1e", "<(:A)-[:T]-(:B)>", "nil"] {
            #expect(throws: TCKValueSyntaxError.self) { try TCKValueParser.parse(text) }
        }
    }

    @Test func canonicalFormIgnoresMapAndLabelOrderAndOptionallyListOrder() throws {
        let a = try TCKValueParser.parse("(:B:A {y: 2, x: [3, 1]})")
        let b = try TCKValueParser.parse("(:A:B {x: [1, 3], y: 2})")
        #expect(a.canonical() != b.canonical())
        #expect(a.canonical(ignoringListOrder: true) == b.canonical(ignoringListOrder: true))
        #expect(try TCKValueParser.parse("1").canonical() != TCKValueParser.parse("1.0").canonical())
        #expect(try TCKValueParser.parse("0.1").canonical() == TCKValue.float(0.1).canonical())
        #expect(TCKValue.float(-0.0).canonical() == TCKValue.float(0.0).canonical())
    }

    @Test func actualValuesAreReadThroughTheGraph() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["A"], properties: ["name": "a"])
        let b = try graph.addNode(labels: ["B", "C"])
        let r = try graph.addRelationship(type: "T", from: a, to: b, properties: ["w": 1.5])
        let forward = Value.path(PathValue(nodes: [a, b], relationships: [r]))
        let backward = Value.path(PathValue(nodes: [b, a], relationships: [r]))
        #expect(TCKValue(forward, graph: graph).canonical() == "<(:A {name: 'a'})-[:T {w: 1.5}]->(:B:C)>")
        #expect(TCKValue(backward, graph: graph).canonical() == "<(:B:C)<-[:T {w: 1.5}]-(:A {name: 'a'})>")
        let date = try #require(CypherDate(year: 2015, month: 7, day: 21))
        #expect(TCKValue(.date(date), graph: graph) == .string("2015-07-21"))
        #expect(try TCKValueParser.parse("{a: [1, 'x']}").parameterValue() == .map(["a": [1, "x"]]))
        #expect(throws: TCKConversionError.self) { try TCKValueParser.parse("(:A)").parameterValue() }
    }

    @Test func testProceduresAnswerFromTheirTable() throws {
        let declaration = TCKProcedure(
            signature: "test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?)",
            table: [
                ["name", "id", "city", "country_code"], ["'Andres'", "1", "'Malmö'", "46"],
                ["'Andres'", "2", "'Berlin'", "49"], ["'Tobias'", "1", "'Malmö'", "46"],
            ])
        let definition = try declaration.definition()
        #expect(definition.name == "test.my.proc")
        #expect(definition.inputs.map(\.type) == ["STRING?", "INTEGER?"])
        #expect(definition.outputs.map(\.name) == ["city", "country_code"])
        #expect(definition.call(["Andres", 2], graph: PropertyGraph()) == [["Berlin", 49]])
        #expect(definition.call(["Nobody", 2], graph: PropertyGraph()).isEmpty)
        let nothing = try TCKProcedure(signature: "test.doNothing() :: ()", table: [[]]).definition()
        #expect(nothing.inputs.isEmpty && nothing.outputs.isEmpty && nothing.rows.isEmpty)
    }
}
