// ORDER BY on a key whose values are all integers or all ASCII strings sorts a plain copy of
// the keys (`PlainSortKeys`); every other key goes through the general comparison. Each answer
// is checked against the same order asked through a one-element list key (`[n.k]`), which
// the general comparison always takes and which orders exactly as its element does: ties by
// arrival, both directions, duplicates, prefixes, the empty string, large and negative
// integers, and the keys that must not take the plain path (non-ASCII text, canonically equal
// but differently encoded text, mixed kinds, nulls).

import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite struct SortOperatorsTests {
    /// Nodes labelled P with key `k` from `values`, in order, each with its position `i`.
    func graph(_ values: [Value]) throws -> PropertyGraph {
        var g = PropertyGraph()
        for (i, v) in values.enumerated() {
            var props: [String: Value] = ["i": .int(Int64(i))]
            if !v.isNull { props["k"] = v }
            _ = try g.addNode(labels: ["P"], properties: props)
        }
        return g
    }

    func order(_ values: [Value], _ direction: String) throws -> (plain: [Value], general: [Value]) {
        var g = try graph(values)
        let plain = try QueryEngine.execute("MATCH (n:P) RETURN n.i AS i ORDER BY n.k \(direction)", on: &g)
        let general = try QueryEngine.execute("MATCH (n:P) RETURN n.i AS i ORDER BY [n.k] \(direction)", on: &g)
        return (plain.rows.map { $0[0] }, general.rows.map { $0[0] })
    }

    static func randomValues(seed: UInt64, count: Int) -> (ints: [Value], strings: [Value]) {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let words = ["", "a", "ab", "abc", "Ab", "B", "desa", "desa ", "Desa Sukamaju", "Desa Sukamaju 2", "~", "0"]
        var ints: [Value] = []
        var strings: [Value] = []
        for _ in 0..<count {
            let big: [Int64] = [.max, .min, -1, 0, 1 << 40]
            ints.append(.int(next() % 4 == 0 ? big[next() % big.count] : Int64(next() % 50 - 25)))
            strings.append(.string(words[next() % words.count] + (next() % 3 == 0 ? String(next() % 7) : "")))
        }
        return (ints, strings)
    }

    @Test(arguments: ["", "DESC"])
    func integersAndASCIITextSortAsTheGeneralComparisonDoes(_ direction: String) throws {
        for seed: UInt64 in 1...4 {
            let (ints, strings) = Self.randomValues(seed: seed, count: 300)
            for values in [ints, strings] {
                let (plain, general) = try order(values, direction)
                #expect(plain.count == values.count)
                #expect(plain == general, "seed \(seed) \(direction)")
            }
        }
    }

    @Test(arguments: ["", "DESC"])
    func otherKeysTakeTheGeneralComparison(_ direction: String) throws {
        let cases: [[Value]] = [
            // Non-ASCII, canonically equal.
            [.string("e\u{301}"), .string("é"), .string("e"), .string("f"), .string("é")],
            [.string("b"), .int(2), .string("a"), .int(1), .double(1.5)],  // mixed kinds
            [.int(3), .null, .int(1), .null, .int(2)],  // nulls
            [.string("\u{212A}"), .string("K"), .string("J")],  // the KELVIN SIGN is canonically 'K'
        ]
        for values in cases {
            let (plain, general) = try order(values, direction)
            #expect(plain == general, "\(values) \(direction)")
        }
    }
}
