// Parses the ISO 8601 date texts `date(string)` accepts: calendar dates
// (`2015-07-21`, `20150721`, `2015-07`, `201507`, `2015`), week dates
// (`2015-W30-2`, `2015W302`, `2015-W30`, `2015W30`) and ordinal dates
// (`2015-202`, `2015202`). A signed year (`+2015`, `-0001`) may have more than
// four digits.

import SinergiGraph

/// ISO 8601 date text.
enum DateText {
    /// The date a text names, or nil when it is malformed or names no real day.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String) -> CypherDate? {
        var scalars = Array(text.unicodeScalars)[...]
        var sign: Int64 = 1
        var signed = false
        if let first = scalars.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            signed = true
            scalars = scalars.dropFirst()
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int64? {
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(isDigit) else { return nil }
            return Int64(String(String.UnicodeScalarView(digits)))
        }
        let yearLength = signed ? scalars.prefix(while: isDigit).count : 4
        guard yearLength >= 4, scalars.count >= yearLength, let year = number(scalars.prefix(yearLength)) else {
            return nil
        }
        var rest = scalars.dropFirst(yearLength)
        let signedYear = sign * year
        if rest.isEmpty { return CypherDate(year: signedYear, month: 1, day: 1) }
        let dashed = rest.first == "-"
        if dashed { rest = rest.dropFirst() }
        if rest.first == "W" {
            rest = rest.dropFirst()
            guard rest.count >= 2, let week = number(rest.prefix(2)) else { return nil }
            rest = rest.dropFirst(2)
            if rest.isEmpty { return CypherDate(weekYear: signedYear, week: week, dayOfWeek: 1) }
            if dashed {
                guard rest.first == "-" else { return nil }
                rest = rest.dropFirst()
            }
            guard rest.count == 1, let day = number(rest) else { return nil }
            return CypherDate(weekYear: signedYear, week: week, dayOfWeek: day)
        }
        if dashed {
            let fields = rest.split(separator: "-", omittingEmptySubsequences: false)
            switch fields.map(\.count) {
            case [2]: return number(fields[0]).flatMap { CypherDate(year: signedYear, month: $0, day: 1) }
            case [3]: return number(fields[0]).flatMap { CypherDate(year: signedYear, ordinalDay: $0) }
            case [2, 2]:
                guard let month = number(fields[0]), let day = number(fields[1]) else { return nil }
                return CypherDate(year: signedYear, month: month, day: day)
            default: return nil
            }
        }
        switch rest.count {
        case 2: return number(rest).flatMap { CypherDate(year: signedYear, month: $0, day: 1) }
        case 3: return number(rest).flatMap { CypherDate(year: signedYear, ordinalDay: $0) }
        case 4:
            guard let month = number(rest.prefix(2)), let day = number(rest.suffix(2)) else { return nil }
            return CypherDate(year: signedYear, month: month, day: day)
        default: return nil
        }
    }
}
