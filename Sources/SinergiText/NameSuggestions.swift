// The nearest known names to a name a person typed: the "did you mean" of every command.
import Foundation

/// Finds the names nearest to a misspelt one.
///
/// Names are compared *folded*: lower case, diacritics removed, every run of characters
/// other than letters and digits turned into one space (`Kab. Deli-Serdang` and
/// `kab deli serdang` fold alike). A candidate matches when, folded, it
/// 1. equals the input, or
/// 2. contains every word of the input as a word, in order (`Deli Serdang` matches
///    `Kabupaten Deli Serdang`), or
/// 3. is within a small edit distance (optimal string alignment: insertions, deletions,
///    substitutions and swaps of neighbours), at most 1 for names of up to 4 characters,
///    2 up to 8, else 3, or
/// 4. begins with the input within that distance, for inputs of 5 characters or more
///    (`RegencyLibary` → `RegencyLibraryOffice`).
/// Matches rank in that order, then by distance, then by length difference, then by name.
/// When some candidate equals the input folded, only such candidates are returned: the
/// input is then a spelling of a known name, not a typo.
///
/// Used for regions, keys, stakeholder names, labels, relationship types, properties,
/// options, formats and spreadsheet columns, so every command suggests the same way.
public enum NameSuggestions {
    /// Up to `limit` candidates nearest to `input`, best first.
    ///
    /// - Complexity: O(c · L²) for c candidates of length L in the worst case; candidates whose
    ///   length differs by more than the allowed distance are skipped in O(1) after folding.
    public static func nearest(to input: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        nearest(to: input, among: candidates, limit: limit, typosOnly: false)
    }

    /// Up to `limit` candidates that `input` may be a typo of: equal folded, or within the
    /// edit distance (rules 1 and 3 above, not words or beginnings of longer names). What
    /// tells a misspelt new name from a deliberately new one.
    ///
    /// - Complexity: as `nearest(to:among:limit:)`.
    public static func typos(of input: String, among candidates: some Sequence<String>, limit: Int = 1) -> [String] {
        nearest(to: input, among: candidates, limit: limit, typosOnly: true)
    }

    /// The known name that a new `name` is most likely a misspelling of: the first of
    /// `typos(of:among:)`, leaving out `name` itself and candidates that differ from it only by
    /// a plural `s` (`Partner` and `Partners` are both meant). Imports and query writes refuse
    /// such a name unless the user allows it.
    ///
    /// - Complexity: as `nearest(to:among:limit:)`.
    public static func misspelling(of name: String, among candidates: some Sequence<String>) -> String? {
        let others = candidates.filter { $0 != name && $0 != name + "s" && $0 + "s" != name }
        return typos(of: name, among: others).first
    }

    static func nearest(to input: String, among candidates: some Sequence<String>, limit: Int, typosOnly: Bool)
        -> [String]
    {
        let needle = Array(fold(input).unicodeScalars)
        guard !needle.isEmpty, limit > 0 else { return [] }
        let needleWords = fold(input).split(separator: " ")
        let allowed = allowedDistance(needle.count)
        var scored: [(rank: Int, distance: Int, lengthGap: Int, name: String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = fold(candidate)
            let scalars = Array(folded.unicodeScalars)
            let gap = abs(scalars.count - needle.count)
            if scalars == needle {
                scored.append((0, 0, gap, candidate))
            } else if !typosOnly, containsWords(needleWords, in: folded.split(separator: " ")) {
                scored.append((1, 0, gap, candidate))
            } else if gap <= allowed, let d = distance(needle, scalars, limit: allowed) {
                scored.append((2, d, gap, candidate))
            } else if !typosOnly, needle.count >= 5, gap > allowed, scalars.count > needle.count,
                let d = distance(needle, Array(scalars.prefix(needle.count)), limit: allowed)
            {
                // A misspelt beginning of a longer name: `RegencyLibary` → `RegencyLibraryOffice`.
                scored.append((3, d, gap, candidate))
            }
        }
        if scored.contains(where: { $0.rank == 0 }) { scored.removeAll { $0.rank != 0 } }
        scored.sort {
            ($0.rank, $0.distance, $0.lengthGap, $0.name) < ($1.rank, $1.distance, $1.lengthGap, $1.name)
        }
        return scored.prefix(limit).map(\.name)
    }

    /// The folded form of a name: lower case, without diacritics, words separated by one space.
    ///
    /// - Complexity: O(n) in the length of `name`.
    public static func fold(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.lowercased().unicodeScalars {
            let base = stripDiacritic(scalar)
            if base.properties.isAlphabetic || base.properties.numericType != nil {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(base)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingSpace = true
            }
        }
        return out
    }

    /// The optimal-string-alignment distance of `a` and `b`, or nil when it exceeds `limit`.
    ///
    /// - Complexity: O(|a| · |b|) time, O(|b|) space.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
                rowMinimum = min(rowMinimum, d)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The edit distance allowed for a folded name of `length` characters.
    static func allowedDistance(_ length: Int) -> Int {
        length <= 4 ? 1 : length <= 8 ? 2 : 3
    }

    private static func containsWords(_ words: [Substring], in candidate: [Substring]) -> Bool {
        guard !words.isEmpty, words.count < candidate.count else { return false }
        var i = 0
        for w in candidate where i < words.count && w == words[i] { i += 1 }
        return i == words.count
    }

    private static func stripDiacritic(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0xC0 else { return scalar }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.first ?? scalar
    }
}
