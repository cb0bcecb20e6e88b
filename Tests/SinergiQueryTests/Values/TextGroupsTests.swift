// TextGroups numbers strings as a dictionary of Swift strings would: the same key the same
// number, across growth, the empty string, keys that share prefixes, and from the first
// non-ASCII key on (when canonically equal strings must meet) by the dictionary itself.
import Testing

@testable import SinergiQuery

@Suite struct TextGroupsTests {
    /// Numbers `keys` in order through TextGroups and through a dictionary; both must agree.
    func agree(_ keys: [String]) -> Bool {
        var groups = TextGroups()
        var reference: [String: Int] = [:]
        for key in keys {
            let expected = reference[key]
            guard groups.number(of: key) == expected else { return false }
            if expected == nil {
                reference[key] = reference.count
                groups.add(key, number: reference.count - 1)
            }
            guard groups.count == reference.count else { return false }
        }
        return reference.allSatisfy { groups.number(of: $0.key) == $0.value }
    }

    @Test func asciiKeysAcrossGrowth() {
        var keys: [String] = ["", "a", "", "ab", "abcdefgh", "abcdefghi", "abcdefgh", "a"]
        for i in 0..<5_000 { keys.append("postal \(i % 1_700)") }
        #expect(agree(keys))
    }

    @Test func aNonASCIIKeyMovesEveryKeyToTheDictionary() {
        // U+212A KELVIN SIGN is canonically "K"; "é" and "e" + U+0301 are canonically equal.
        #expect(agree(["K", "J", "\u{212A}", "K", "J"]))
        #expect(agree(["e\u{301}", "é", "e", "caf\u{E9}", "cafe\u{301}"]))
        var groups = TextGroups()
        groups.add("K", number: 0)
        #expect(groups.number(of: "\u{212A}") == 0)
        #expect(groups.insert("x") && !groups.insert("x") && groups.count == 2)
    }
}
