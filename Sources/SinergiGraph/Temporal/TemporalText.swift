// The pieces every temporal value's text is made of, spelled as openCypher's
// `toString` (and Java's java.time, which the TCK's expectations come from)
// spells them: years with at least four digits (a `+` above 9999, a `-` below
// zero), two-digit fields, fractions of a second in groups of three digits
// (`.5` is written `.500`), and offsets `Z`, `+01:00` or `+00:53:28`.

/// Text helpers shared by the temporal types' `description`s and by the parser.
public enum TemporalText {
    /// A year as ISO 8601 writes it: `0028`, `2015`, `+10000`, `-0044`.
    ///
    /// - Complexity: O(1).
    public static func year(_ y: Int64) -> String {
        let digits = String(y.magnitude)
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        if y < 0 { return "-" + padded }
        return y > 9999 ? "+" + padded : padded
    }

    /// A field of two digits (or more, for larger values).
    ///
    /// - Complexity: O(1).
    static func two(_ v: Int64) -> String {
        v < 10 ? "0" + String(v) : String(v)
    }

    /// `.123`, `.123456` or `.123456789` for a nanosecond count in `1..<1_000_000_000`;
    /// empty for zero.
    ///
    /// - Complexity: O(1).
    static func fraction(_ nanos: Int64) -> String {
        guard nanos != 0 else { return "" }
        let digits = String(nanos)
        let nine = String(repeating: "0", count: 9 - digits.count) + digits
        if nanos % 1_000_000 == 0 { return "." + nine.prefix(3) }
        if nanos % 1000 == 0 { return "." + nine.prefix(6) }
        return "." + nine
    }

    /// `.5`, `.000000001`: a fraction with its trailing zeros dropped (durations); empty for zero.
    ///
    /// - Complexity: O(1).
    static func shortFraction(_ nanos: Int64) -> String {
        guard nanos != 0 else { return "" }
        let digits = String(nanos)
        var nine = String(repeating: "0", count: 9 - digits.count) + digits
        while nine.last == "0" { nine.removeLast() }
        return "." + nine
    }

    /// `Z` for zero, else `+HH:MM`, with `:SS` when the offset has seconds.
    ///
    /// - Complexity: O(1).
    public static func offset(_ seconds: Int64) -> String {
        guard seconds != 0 else { return "Z" }
        let m = seconds.magnitude
        var text = (seconds < 0 ? "-" : "+") + two(Int64(m / 3600)) + ":" + two(Int64(m / 60 % 60))
        if m % 60 != 0 { text += ":" + two(Int64(m % 60)) }
        return text
    }

    /// `HH:MM`, then `:SS` when seconds or nanoseconds are not zero, then the fraction.
    ///
    /// - Complexity: O(1).
    static func time(_ t: CypherLocalTime) -> String {
        var text = two(t.hour) + ":" + two(t.minute)
        if t.second != 0 || t.nanosecond != 0 { text += ":" + two(t.second) + fraction(t.nanosecond) }
        return text
    }
}
