// The key DISTINCT, grouping and `collect(DISTINCT …)` use: openCypher
// *equivalence*. It is equality with the unknowns removed: null is equivalent
// to null, NaN to NaN, and lists and maps are equivalent when their elements
// are; numbers are equivalent across INTEGER and FLOAT when equal in value
// (1 ~ 1.0). The hash agrees: an integral FLOAT hashes like the INTEGER it equals.

import SinergiGraph

/// A value wrapped with openCypher equivalence as its `Hashable` conformance.
///
/// ```swift
/// Set([GroupingKey(1), GroupingKey(1.0), GroupingKey(nil), GroupingKey(nil)]).count  // 2
/// ```
public struct GroupingKey: Hashable, Sendable {
    /// The wrapped value (the first one seen, when used to deduplicate).
    public let value: Value

    /// Wraps a value.
    ///
    /// - Complexity: O(1).
    public init(_ value: Value) { self.value = value }

    /// openCypher equivalence.
    ///
    /// - Complexity: O(n) in the total number of nested elements.
    public static func == (lhs: GroupingKey, rhs: GroupingKey) -> Bool {
        equivalent(lhs.value, rhs.value)
    }

    /// A hash consistent with equivalence.
    ///
    /// - Complexity: O(n) in the total number of nested elements.
    public func hash(into hasher: inout Hasher) {
        GroupingKey.combine(value, into: &hasher)
    }

    /// Whether two values are equivalent (equal, with null ~ null and NaN ~ NaN).
    ///
    /// - Complexity: O(n) in the total number of nested elements.
    public static func equivalent(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            if let c = NumericComparison.compare(a, b) { return c == 0 }
            return (a.doubleValue?.isNaN ?? false) && (b.doubleValue?.isNaN ?? false)
        case (.list(let xs), .list(let ys)):
            guard xs.count == ys.count else { return false }
            for (x, y) in zip(xs, ys) where !equivalent(x, y) { return false }
            return true
        case (.map(let xs), .map(let ys)):
            guard xs.count == ys.count else { return false }
            for (key, x) in xs {
                guard let y = ys[key], equivalent(x, y) else { return false }
            }
            return true
        default:
            return CypherSemantics.equals(a, b) == true
        }
    }

    static func combine(_ v: Value, into hasher: inout Hasher) {
        switch v {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b):
            hasher.combine(1 as UInt8)
            hasher.combine(b)
        case .int(let i):
            hasher.combine(2 as UInt8)
            hasher.combine(i)
        case .double(let d):
            if let i = NumericComparison.exactInteger(d) {
                hasher.combine(2 as UInt8)
                hasher.combine(i)
            } else if d.isNaN {
                hasher.combine(3 as UInt8)
            } else {
                hasher.combine(4 as UInt8)
                hasher.combine(d)
            }
        case .string(let s):
            hasher.combine(5 as UInt8)
            hasher.combine(s)
        case .list(let items):
            hasher.combine(6 as UInt8)
            hasher.combine(items.count)
            for item in items { combine(item, into: &hasher) }
        case .map(let entries):
            hasher.combine(7 as UInt8)
            hasher.combine(entries.count)
            // Order-independent: sum the entries' own hashes.
            var sum = 0
            for (key, value) in entries {
                var entryHasher = Hasher()
                entryHasher.combine(key)
                combine(value, into: &entryHasher)
                sum = sum &+ entryHasher.finalize()
            }
            hasher.combine(sum)
        case .date(let d):
            hasher.combine(8 as UInt8)
            hasher.combine(d)
        case .localTime(let t):
            hasher.combine(12 as UInt8)
            hasher.combine(t)
        case .time(let t):
            hasher.combine(13 as UInt8)
            hasher.combine(t)
        case .localDateTime(let t):
            hasher.combine(14 as UInt8)
            hasher.combine(t)
        case .dateTime(let t):
            hasher.combine(15 as UInt8)
            hasher.combine(t)
        case .duration(let d):
            hasher.combine(16 as UInt8)
            hasher.combine(d)
        case .node(let n):
            hasher.combine(9 as UInt8)
            hasher.combine(n)
        case .relationship(let r):
            hasher.combine(10 as UInt8)
            hasher.combine(r)
        case .path(let p):
            hasher.combine(11 as UInt8)
            hasher.combine(p)
        }
    }
}
