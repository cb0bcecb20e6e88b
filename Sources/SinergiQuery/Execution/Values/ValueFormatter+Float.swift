// How FLOAT values are written: the shortest digits that read back to the same
// double, in plain decimal notation when the decimal exponent is above -7 and below
// 21 (`1000000000.0`, `0.000001`, always with a fractional part) and in
// scientific notation otherwise (`1e-305`, `1.2635418652381264e305`, no plus
// sign), matching the TCK's expected results; `NaN`, `Infinity`, `-Infinity`.

import SinergiGraph

extension ValueFormatter {
    /// The openCypher text of a double.
    ///
    /// ```swift
    /// ValueFormatter.float(1e9)     // "1000000000.0"
    /// ValueFormatter.float(1e-5)    // "0.00001"
    /// ValueFormatter.float(1e308)   // "1e308"
    /// ```
    /// - Complexity: O(1) (bounded by the 17 significant digits of a double).
    public static func float(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = decompose(d)
        let sign = negative ? "-" : ""
        // `exponent` is the power of ten of the first digit: d = 0.d1d2… × 10^(exponent + 1).
        if exponent > -7 && exponent < 21 {
            if exponent < 0 {
                return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
            }
            let whole = exponent + 1
            if digits.count <= whole {
                return sign + digits + String(repeating: "0", count: whole - digits.count) + ".0"
            }
            let split = digits.index(digits.startIndex, offsetBy: whole)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let first = digits.prefix(1)
        let rest = digits.dropFirst()
        return sign + first + (rest.isEmpty ? "" : "." + rest) + "e" + String(exponent)
    }

    /// Splits a finite non-zero double into sign, significant digits (no leading or
    /// trailing zeros) and the decimal exponent of the first digit, using Swift's
    /// shortest round-trip description.
    static func decompose(_ d: Double) -> (negative: Bool, digits: String, exponent: Int) {
        var text = String(describing: d.magnitude)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts.first.map(String.init) ?? ""
        let fractionPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerPart + fractionPart
        // Position of the decimal point relative to the start of `digits`.
        var point = integerPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, point - 1)
    }
}
