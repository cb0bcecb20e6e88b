// Exact comparison between 64-bit integers and doubles. Converting an Int64 to
// Double loses precision above 2^53, so `9007199254740993 = 9007199254740992.0`
// would wrongly be true; these helpers compare the exact mathematical values.

import SinergiGraph

/// Exact ordering of numbers across `Int64` and `Double`.
enum NumericComparison {
    /// Compares an integer with a double exactly: -1, 0 or 1, or nil when `d` is NaN.
    ///
    /// - Complexity: O(1).
    static func compare(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d >= 9_223_372_036_854_775_808.0 { return -1 }
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = d.rounded(.towardZero)
        let wholeInt = Int64(whole)
        if i < wholeInt { return -1 }
        if i > wholeInt { return 1 }
        let fraction = d - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// Compares two doubles: -1, 0 or 1, or nil when either is NaN.
    ///
    /// - Complexity: O(1).
    static func compare(_ a: Double, _ b: Double) -> Int? {
        if a.isNaN || b.isNaN { return nil }
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Compares two numeric values (`.int` or `.double`), or nil when either is NaN
    /// or either is not a number.
    ///
    /// - Complexity: O(1).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .double(let y)): return compare(x, y)
        case (.double(let x), .int(let y)): return compare(y, x).map { -$0 }
        case (.double(let x), .double(let y)): return compare(x, y)
        default: return nil
        }
    }

    /// The exact integer a double holds, when it is integral and inside the Int64 range.
    ///
    /// - Complexity: O(1).
    static func exactInteger(_ d: Double) -> Int64? {
        guard d.isFinite, d == d.rounded(.towardZero), d >= -9_223_372_036_854_775_808.0,
            d < 9_223_372_036_854_775_808.0
        else { return nil }
        return Int64(d)
    }
}
