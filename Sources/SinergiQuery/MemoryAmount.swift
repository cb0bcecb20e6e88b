// Amounts of memory as people write them: `512M`, `2G`, `1.5GB`, `800000` (bytes),
// read for `--max-memory` and printed in messages.

/// Parsing and printing byte amounts.
public enum MemoryAmount {
    /// The bytes `text` names (`B`, `K`/`KB`, `M`/`MB`, `G`/`GB`, `T`/`TB`, powers of 1024,
    /// any case), or nil when it names none or zero.
    /// - Complexity: O(length of the text).
    public static func parse(_ text: String) -> Int? {
        var t = Substring(text.uppercased())
        while t.last == " " { t.removeLast() }
        var scale = 1.0
        if t.hasSuffix("B") { t.removeLast() }
        if let unit = t.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][unit] {
            t.removeLast()
            for _ in 0..<power { scale *= 1024 }
        }
        while t.last == " " { t.removeLast() }
        guard let number = Double(t), number > 0, number.isFinite else { return nil }
        let bytes = number * scale
        guard bytes >= 1, bytes < 9.0e18 else { return nil }
        return Int(bytes)
    }

    /// `bytes` in the largest unit that keeps a whole number or one decimal: `2 GiB`, `1.5 GiB`, `512 MiB`.
    /// - Complexity: O(1).
    public static func text(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let fraction = Int(tenths) % 10
        return (fraction == 0 ? "\(whole)" : "\(whole).\(fraction)") + " " + units[unit]
    }
}
