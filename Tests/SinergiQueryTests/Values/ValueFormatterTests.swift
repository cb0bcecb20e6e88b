// Literal text as the TCK writes expected results (Literals1–8, ReturnOrderBy1, WithOrderBy1).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("ValueFormatter")
struct ValueFormatterTests {
    @Test(
        "floats use plain notation for moderate exponents, scientific otherwise (Literals5)",
        arguments: [
            (1.0, "1.0"), (0.1, "0.1"), (3985764.3405892687, "3985764.3405892686"), (0.3405892687, "0.3405892687"),
            (1.2635418652381264e305, "1.2635418652381264e305"), (1e-305, "1e-305"), (0.0, "0.0"),
            (-1.2635418652381264e305, "-1.2635418652381264e305"), (1e9, "1000000000.0"), (1e8, "100000000.0"),
            (1e-5, "0.00001"), (1e-6, "0.000001"), (-1e9, "-1000000000.0"), (-1e-6, "-0.000001"), (1e308, "1e308"),
            (1.23456789e308, "1.23456789e308"), (0.2, "0.2"), (0.55, "0.55"), (3.6, "3.6"), (1.5, "1.5"),
            (123.0002, "123.0002"), (1e21, "1e21"), (1.5e20, "150000000000000000000.0"), (1e-7, "1e-7"),
        ])
    func floats(value: Double, text: String) {
        #expect(ValueFormatter.float(value) == text)
    }

    @Test("special floats")
    func specialFloats() {
        #expect(ValueFormatter.float(.nan) == "NaN")
        #expect(ValueFormatter.float(.infinity) == "Infinity")
        #expect(ValueFormatter.float(-.infinity) == "-Infinity")
        #expect(ValueFormatter.float(-0.0) == "-0.0")
    }

    @Test("scalars, strings, lists and maps (Literals1, 2, 6, 7, 8)")
    func literals() {
        #expect(ValueFormatter.literal(nil) == "null")
        #expect(ValueFormatter.literal(true) == "true")
        #expect(ValueFormatter.literal(.int(-9_223_372_036_854_775_808)) == "-9223372036854775808")
        #expect(ValueFormatter.literal("") == "''")
        #expect(ValueFormatter.literal("it's \\ ok") == "'it\\'s \\\\ ok'")
        #expect(ValueFormatter.literal("Foo\nFoo") == "'Foo\\nFoo'")
        #expect(ValueFormatter.literal("🧐🍌❖⋙⚐") == "'🧐🍌❖⋙⚐'")
        #expect(ValueFormatter.literal([]) == "[]")
        #expect(ValueFormatter.literal([[[]]]) == "[[[]]]")
        #expect(
            ValueFormatter.literal([0.2, ", as#?lßdj ", nil, 71_034_856, false])
                == "[0.2, ', as#?lßdj ', null, 71034856, false]")
        #expect(ValueFormatter.literal([:]) == "{}")
        #expect(ValueFormatter.literal(["b": "x", "a": 1]) == "{a: 1, b: 'x'}")
        #expect(ValueFormatter.literal(["": nil, "a b": 1]) == "{``: null, `a b`: 1}")
        #expect(ValueFormatter.literal([["id": "0001", "ppu": 0.55]]) == "[{id: '0001', ppu: 0.55}]")
        #expect(ValueFormatter.literal(.date(CypherDate(year: 1910, month: 5, day: 6)!)) == "'1910-05-06'")
    }

    @Test("nodes, relationships and paths (ReturnOrderBy1 [11], Null1 [6])")
    func entities() throws {
        var g = PropertyGraph()
        let a = try g.addNode(labels: ["N"])
        let b = try g.addNode(labels: ["X", "A"], properties: ["prop": 42, "name": "x"])
        let c = try g.addNode()
        let r = try g.addRelationship(type: "REL", from: a, to: b)
        let u = try g.addRelationship(type: "U", from: c, to: b, properties: ["k": 1])
        #expect(ValueFormatter.literal(.node(a), graph: g) == "(:N)")
        #expect(ValueFormatter.literal(.node(b), graph: g) == "(:A:X {name: 'x', prop: 42})")
        #expect(ValueFormatter.literal(.node(c), graph: g) == "()")
        #expect(ValueFormatter.literal(.relationship(r), graph: g) == "[:REL]")
        #expect(ValueFormatter.literal(.relationship(u), graph: g) == "[:U {k: 1}]")
        let path = PathValue(nodes: [a, b, c], relationships: [r, u])
        #expect(
            ValueFormatter.literal(.path(path), graph: g)
                == "<(:N)-[:REL]->(:A:X {name: 'x', prop: 42})<-[:U {k: 1}]-()>")
        #expect(ValueFormatter.literal([.node(a), .node(a)], graph: g) == "[(:N), (:N)]")
    }

    @Test("text() is the toString form")
    func text() {
        #expect(ValueFormatter.text("apa") == "apa")
        #expect(ValueFormatter.text(2.3) == "2.3")
        #expect(ValueFormatter.text(true) == "true")
        #expect(ValueFormatter.text(.date(CypherDate(year: 2023, month: 6, day: 21)!)) == "2023-06-21")
    }
}

@Suite("ValueMessages")
struct ValueMessagesTests {
    @Test("arity texts")
    func arity() {
        #expect(
            ValueMessages.wrongArity("range", expected: 2...3, got: 1).message
                == "range() takes 2 to 3 arguments, got 1")
        #expect(
            ValueMessages.wrongArity("coalesce", expected: 1...Int.max, got: 0).message
                == "coalesce() takes at least 1 argument, got 0")
        #expect(ValueMessages.wrongArity("pi", expected: 0...0, got: 1).message == "pi() takes 0 arguments, got 1")
        #expect(ValueMessages.unknownFunction("foo").qualifiedCode == "SyntaxError.UnknownFunction")
    }

    @Test("names needing backticks")
    func names() {
        #expect(ValueFormatter.name("name") == "name")
        #expect(ValueFormatter.name("_x1") == "_x1")
        #expect(ValueFormatter.name("1x") == "`1x`")
        #expect(ValueFormatter.name("a`b") == "`a``b`")
        #expect(ValueFormatter.name("") == "``")
    }
}
