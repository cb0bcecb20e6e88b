// toLower, toUpper, trim, ltrim, rtrim, substring, left, right, split, replace (String1–7).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("String functions")
struct StringFunctionTests {
    @Test("case and trimming")
    func caseAndTrim() throws {
        #expect(try callFunction("toLower", ["ABC d"]) == "abc d")
        #expect(try callFunction("toUpper", ["abc"]) == "ABC")
        #expect(try callFunction("trim", ["  a b \n"]) == "a b")
        #expect(try callFunction("ltrim", ["  a "]) == "a ")
        #expect(try callFunction("rtrim", ["  a "]) == "  a")
        #expect(try callFunction("toLower", [nil]) == nil)
        #expect(functionError("toLower", [1])?.code == .invalidArgumentType)
    }

    @Test("substring, left and right count code points (String1)")
    func slicing() throws {
        #expect(try callFunction("substring", ["0123456789", 1]) == "123456789")
        #expect(try callFunction("substring", ["0123456789", 1, 3]) == "123")
        #expect(try callFunction("substring", ["0123", 10]) == "")
        #expect(try callFunction("substring", ["0123", 2, 100]) == "23")
        #expect(try callFunction("substring", ["🧐ab", 1, 1]) == "a")
        #expect(try callFunction("substring", [nil, 1]) == nil)
        #expect(functionError("substring", ["abc", -1])?.code == .invalidArgumentValue)
        #expect(try callFunction("left", ["hello", 3]) == "hel")
        #expect(try callFunction("left", ["hi", 3]) == "hi")
        #expect(try callFunction("right", ["hello", 3]) == "llo")
        #expect(try callFunction("right", [nil, 3]) == nil)
        #expect(functionError("left", ["a", -1])?.code == .invalidArgumentValue)
        #expect(functionError("right", ["a", nil])?.code == .invalidArgumentValue)
    }

    @Test("split and replace (String4, String12)")
    func splitAndReplace() throws {
        #expect(try callFunction("split", ["one1two", "1"]) == ["one", "two"])
        #expect(try callFunction("split", ["a,,b,", ","]) == ["a", "", "b", ""])
        #expect(try callFunction("split", ["abc", ""]) == ["a", "b", "c"])
        #expect(try callFunction("split", ["a-b_c", ["-", "_"]]) == ["a", "b", "c"])
        #expect(try callFunction("split", [nil, ","]) == nil)
        #expect(try callFunction("replace", ["hello", "l", "w"]) == "hewwo")
        #expect(try callFunction("replace", ["ab", "", "-"]) == "-a-b-")
        #expect(try callFunction("replace", ["ab", nil, "-"]) == nil)
    }

    @Test("size, left and right of a node's property on its bytes agree with the general call")
    func propertyBytes() throws {
        var g = PropertyGraph()
        let texts = ["", "a", "Bintan", "🧐ab", "e\u{301}x", "Ünïcode text", "\r\nz", "Perpustakaan Desa Sukamaju"]
        for t in texts { _ = try g.addNode(labels: ["T"], properties: ["s": .string(t)]) }
        _ = try g.addNode(labels: ["T"], properties: ["s": .int(12)])
        _ = try g.addNode(labels: ["T"], properties: ["s": .list([.int(1), .int(2)])])
        _ = try g.addNode(labels: ["T"], properties: [:])
        for k in [0, 1, 2, 3, 50] {
            let fast = try QueryEngine.execute(
                "MATCH (n:T) WHERE n.s IS NULL OR n.s STARTS WITH '' "
                    + "RETURN size(n.s) AS a, left(n.s, \(k)) AS b, right(n.s, \(k)) AS c ORDER BY id(n)", on: &g)
            let general = try QueryEngine.execute(
                "MATCH (n:T) WHERE n.s IS NULL OR n.s STARTS WITH '' WITH n, [n.s][0] AS s "
                    + "RETURN size(s) AS a, left(s, \(k)) AS b, right(s, \(k)) AS c ORDER BY id(n)", on: &g)
            #expect(fast.rows == general.rows, "k = \(k)")
        }
        // The errors are the general call's.
        #expect(throws: QueryError.self) { _ = try QueryEngine.execute("MATCH (n:T) RETURN left(n.s, -1)", on: &g) }
        #expect(throws: QueryError.self) { _ = try QueryEngine.execute("MATCH (n:T) RETURN left(n.s, 1)", on: &g) }
    }
}
