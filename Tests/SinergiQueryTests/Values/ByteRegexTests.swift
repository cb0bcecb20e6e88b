// ByteRegex against NSRegularExpression (the engine's reference for `=~`): every pattern
// of the subset gives ICU's whole-string answer on every text, patterns outside the
// subset are declined, and `=~` in a query answers the same through either path.

import Foundation
import SinergiGraph
import Testing

@testable import SinergiQuery

@Suite("ByteRegex")
struct ByteRegexTests {
    static let patterns = [
        "Suka.*a", "Suka", "", "a|b|", "(ab)+", "(?:ab)*c?", "[A-Z][a-z]+", "[^aeiou ]+", "x{2}", "x{2,}",
        "x{1,3}y", "a.c", "\\d+", "\\w+\\s\\w+", "[\\d.]+", "\\.\\*", "(a|ab)(c|bcd)(d*)", "(a*)*b",
        "Kab.*|Kota.*", "é.", "[à-ü]+", "colou?r", "a+?b", ".*", "[-a]", "[a-]", "\\S+", "\\D\\W",
        "Perpustakaan Desa .*(Jaya|Sari)", "(((a)))", "a{0}", "[.]",
    ]
    static let texts = [
        "", "a", "b", "ab", "abab", "ababc", "c", "Sukamaju", "Sukasari", "Suka", "Sukab", "Hello", "hello world",
        "HELLO", "xx", "xxx", "x", "xy", "xxxy", "abc", "a\nc", "123", "12.5", "abcd", "abcbcd", "aaab", "b",
        "Kabupaten Bogor", "Kota Bandung", "Desa", "éa", "é\n", "àéü", "color", "colour", "colouur", "ab\n",
        "a b", "ab_1 cd", "٣٤", "x1", "-", "Perpustakaan Desa Mekar Jaya", "Perpustakaan Desa Sari", "aaaaaaaaaaab",
        "a\u{2028}", "ü", "e\u{301}a", ".", "*", ".*",
    ]

    static func reference(_ pattern: String, _ text: String) -> Bool {
        let regex = RegexCache.shared.regex(for: pattern)!
        return regex.firstMatch(
            in: text, options: [.anchored], range: NSRange(text.startIndex..<text.endIndex, in: text))
            != nil
    }

    @Test func everyPatternOfTheSubsetAnswersAsICU() throws {
        var decided = 0
        for pattern in Self.patterns {
            let program = try #require(ByteRegex.compile(pattern), "\(pattern) should be in the subset")
            for text in Self.texts {
                var t = text
                guard let answer = t.withUTF8({ program.matches($0) }) else { continue }
                decided += 1
                #expect(answer == Self.reference(pattern, text), "'\(text)' =~ '\(pattern)'")
            }
        }
        #expect(decided > Self.patterns.count * Self.texts.count * 9 / 10)
    }

    @Test func patternsOutsideTheSubsetAreDeclined() {
        for pattern in ["(?i)abc", "^a", "a$", "(a)\\1", "(?=a)a", "\\p{L}", "a++", "[[a]]", "[a&&b]", "\\bx", "a{2"] {
            #expect(ByteRegex.compile(pattern) == nil, "\(pattern)")
        }
        #expect(ByteRegex.compile(String(repeating: "(a{1000})", count: 5)) == nil)
    }

    @Test func asciiEscapesDeclineOtherText() throws {
        let program = try #require(ByteRegex.compile("\\d+"))
        var arabic = "٣٤"
        #expect(arabic.withUTF8 { program.matches($0) } == nil)
    }

    @Test func aQueryAnswersTheSameOnPropertiesValuesAndParameters() throws {
        var g = PropertyGraph()
        for (k, name) in Self.texts.enumerated() {
            _ = try g.addNode(key: "n\(k)", labels: ["N"], properties: ["name": .string(name)])
        }
        _ = try g.addNode(key: "number", labels: ["N"], properties: ["name": .int(3)])
        for pattern in ["Suka.*a", "[A-Z][a-z]+", "\\d+", "(?i)hello"] {
            let expected = Self.texts.filter { Self.reference(pattern, $0) }.count
            let quoted = pattern.replacingOccurrences(of: "\\", with: "\\\\")
            let onProperty = try QueryEngine.execute(
                "MATCH (n:N) WHERE n.name =~ '\(quoted)' RETURN count(*)", on: &g)
            #expect(onProperty.rows == [[.int(Int64(expected))]], "\(pattern)")
            let onValue = try QueryEngine.execute(
                "MATCH (n:N) WITH toString(n.name) AS s WHERE s =~ $p RETURN count(*)",
                parameters: ["p": .string(pattern)], on: &g)
            #expect(onValue.rows == [[.int(Int64(expected + (pattern == "\\d+" ? 1 : 0)))]], "\(pattern)")
        }
        let null = try QueryEngine.execute("MATCH (n:N {name: 3}) RETURN n.name =~ 'a'", on: &g)
        #expect(null.rows == [[.null]])
    }
}
