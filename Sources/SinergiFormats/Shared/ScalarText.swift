// Splitting and searching text by Unicode scalar, not by Character: a combining mark
// after a separator must not glue it into one grapheme and hide it from a reader that
// works on bytes (CSV, DOT, XML readers all do).

enum ScalarText {
    /// Splits `text` at every `separator` scalar, keeping empty pieces.
    /// - Complexity: O(n) in the length of the text.
    static func split(_ text: String, on separator: Unicode.Scalar) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == separator {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        pieces.append(String(current))
        return pieces
    }

    /// True when `text` contains the scalar.
    static func contains(_ text: String, _ scalar: Unicode.Scalar) -> Bool { text.unicodeScalars.contains(scalar) }

    /// `text` cut at the last `separator` scalar: (before, after), or nil when there is none.
    static func splitAtLast(_ text: String, _ separator: Unicode.Scalar) -> (String, String)? {
        let scalars = Array(text.unicodeScalars)
        guard let i = scalars.lastIndex(of: separator) else { return nil }
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars[..<i])
        var after = String.UnicodeScalarView()
        after.append(contentsOf: scalars[(i + 1)...])
        return (String(before), String(after))
    }
}
