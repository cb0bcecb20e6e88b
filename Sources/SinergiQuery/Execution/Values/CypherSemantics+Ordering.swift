// The total order ORDER BY, min() and max() use. Across types (ascending):
// MAP < NODE < RELATIONSHIP < LIST < PATH < ZONED DATETIME < LOCAL DATETIME < DATE
// < ZONED TIME < LOCAL TIME < DURATION < STRING < BOOLEAN < NUMBER < NULL (Neo4j's order),
// so null sorts last ascending and first descending. Within numbers INTEGER and
// FLOAT interleave by value and NaN sorts above every other number. Lists order
// lexicographically by this same order (a proper prefix first), maps by size,
// then sorted keys, then values; entities by id; paths element by element.

import SinergiGraph

extension CypherSemantics {
    /// The total ordering of openCypher values: negative, zero or positive.
    ///
    /// Unlike `compare`, it never gives up: every pair of values is ordered, which is
    /// what sorting needs. It agrees with `compare` wherever that is defined.
    ///
    /// ```swift
    /// CypherSemantics.orderCompare("text", 1)   // < 0: strings before numbers
    /// CypherSemantics.orderCompare(nil, 1)      // > 0: null last
    /// ```
    /// - Complexity: O(n) in the total number of nested elements (maps add a sort of their keys).
    public static func orderCompare(_ a: Value, _ b: Value) -> Int {
        let ra = orderRank(a)
        let rb = orderRank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.int, _), (.double, _):
            return compareNumbersTotally(a, b)
        case (.string(let x), .string(let y)):
            return compareStrings(x, y)
        case (.bool(let x), .bool(let y)):
            return x == y ? 0 : (x ? 1 : -1)
        case (.date, _), (.localTime, _), (.time, _), (.localDateTime, _), (.dateTime, _):
            return temporalCompare(a, b) ?? 0
        case (.duration(let x), .duration(let y)):
            return durationOrder(x, y)
        case (.node(let x), .node(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.relationship(let x), .relationship(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.list(let xs), .list(let ys)):
            return compareSequences(xs, ys)
        case (.path(let x), .path(let y)):
            return comparePaths(x, y)
        case (.map(let x), .map(let y)):
            return compareMaps(x, y)
        default:
            return 0
        }
    }

    /// The position of a value's type in the cross-type order.
    ///
    /// - Complexity: O(1).
    static func orderRank(_ v: Value) -> Int {
        switch v {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .dateTime: return 5
        case .localDateTime: return 6
        case .date: return 7
        case .time: return 8
        case .localTime: return 9
        case .duration: return 10
        case .string: return 11
        case .bool: return 12
        case .int, .double: return 13
        case .null: return 14
        }
    }

    /// Numbers by value, NaN above all others and equal to itself.
    static func compareNumbersTotally(_ a: Value, _ b: Value) -> Int {
        if let c = NumericComparison.compare(a, b) { return c }
        let aNaN = a.doubleValue?.isNaN ?? false
        let bNaN = b.doubleValue?.isNaN ?? false
        if aNaN && bNaN { return 0 }
        return aNaN ? 1 : -1
    }

    static func compareSequences(_ xs: [Value], _ ys: [Value]) -> Int {
        for (x, y) in zip(xs, ys) {
            let c = orderCompare(x, y)
            if c != 0 { return c }
        }
        return xs.count < ys.count ? -1 : (xs.count > ys.count ? 1 : 0)
    }

    static func comparePaths(_ x: PathValue, _ y: PathValue) -> Int {
        var i = 0
        while true {
            let xHasNode = i < x.nodes.count
            let yHasNode = i < y.nodes.count
            if !xHasNode || !yHasNode { return xHasNode == yHasNode ? 0 : (xHasNode ? 1 : -1) }
            if x.nodes[i] != y.nodes[i] { return x.nodes[i] < y.nodes[i] ? -1 : 1 }
            let xHasRel = i < x.relationships.count
            let yHasRel = i < y.relationships.count
            if !xHasRel || !yHasRel { return xHasRel == yHasRel ? 0 : (xHasRel ? 1 : -1) }
            if x.relationships[i] != y.relationships[i] {
                return x.relationships[i] < y.relationships[i] ? -1 : 1
            }
            i += 1
        }
    }

    static func compareMaps(_ x: [String: Value], _ y: [String: Value]) -> Int {
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        let xKeys = x.keys.sorted { compareStrings($0, $1) < 0 }
        let yKeys = y.keys.sorted { compareStrings($0, $1) < 0 }
        for (kx, ky) in zip(xKeys, yKeys) {
            let c = compareStrings(kx, ky)
            if c != 0 { return c }
        }
        for key in xKeys {
            let c = orderCompare(x[key] ?? .null, y[key] ?? .null)
            if c != 0 { return c }
        }
        return 0
    }
}
