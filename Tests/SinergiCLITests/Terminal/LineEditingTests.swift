// The line editor's parts without a terminal: key decoding, the line's edits, the history.
import Testing

@testable import SinergiCLI

@Suite struct LineEditingTests {
    /// The keys a byte string decodes to.
    func keys(_ bytes: [UInt8]) -> [Key] {
        var i = 0
        func next() -> UInt8? {
            guard i < bytes.count else { return nil }
            defer { i += 1 }
            return bytes[i]
        }
        var out: [Key] = []
        while let k = KeyDecoder.key(next: next, nextSoon: next) { out.append(k) }
        return out
    }

    @Test func bytesDecodeToKeys() {
        #expect(keys(Array("ab".utf8)) == [.character("a"), .character("b")])
        #expect(
            keys([0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44]) == [
                .up, .down, .right, .left,
            ])
        #expect(
            keys([0x1B, 0x5B, 0x48, 0x1B, 0x5B, 0x46, 0x1B, 0x4F, 0x48, 0x1B, 0x4F, 0x46]) == [
                .home, .end, .home, .end,
            ])
        #expect(
            keys(Array("\u{1B}[1~\u{1B}[4~\u{1B}[3~\u{1B}[7~\u{1B}[8~".utf8)) == [.home, .end, .delete, .home, .end])
        #expect(
            keys([0x01, 0x05, 0x03, 0x04, 0x0C, 0x12, 0x0D, 0x7F, 0x0B, 0x15, 0x17]) == [
                .home, .end, .interrupt, .endOfInput, .clearScreen, .searchHistory, .enter, .backspace, .killToEnd,
                .killToStart, .deleteWord,
            ])
        #expect(keys(Array("é—".utf8)) == [.character("é"), .character("—")])
        #expect(keys([0x1B]) == [.escape])
        // A modified arrow (Ctrl-Right: ESC [ 1 ; 5 C) is read whole and ignored, not typed.
        #expect(keys(Array("\u{1B}[1;5Cx".utf8)) == [.right, .character("x")])
    }

    @Test func editsMoveTheCursorAndChangeTheLine() {
        var line = LineBuffer("RETURN 1")
        line.moveHome()
        line.insert("X")
        #expect(line.text == "XRETURN 1" && line.cursor == 1)
        line.deleteBackward()
        line.deleteForward()
        #expect(line.text == "ETURN 1" && line.cursor == 0)
        line.moveEnd()
        line.moveLeft()
        line.deleteBackward()
        #expect(line.text == "ETURN1" && line.cursor == 5)
        line.deleteWordBackward()
        #expect(line.text == "1" && line.cursor == 0)
        line = LineBuffer("MATCH (n) RETURN n")
        for _ in 0..<9 { line.moveLeft() }
        line.killToEnd()
        #expect(line.text == "MATCH (n)")
        line.moveLeft()
        line.killToStart()
        #expect(line.text == ")" && line.cursor == 0)
        line.moveLeft()
        #expect(line.cursor == 0)
        line.moveEnd()
        line.moveRight()
        #expect(line.cursor == 1)
    }

    @Test func historyKeepsEntriesAndSearchesBackwards() {
        var h = LineHistory(limit: 3)
        h.add("RETURN 1;")
        h.add("RETURN 1;")
        h.add("  ")
        h.add("MATCH (p:Province) RETURN p;")
        h.add("MATCH (r:Regency) RETURN r;")
        #expect(h.entries == ["RETURN 1;", "MATCH (p:Province) RETURN p;", "MATCH (r:Regency) RETURN r;"])
        h.add(":schema")
        #expect(h.entries.count == 3 && h.entries.first == "MATCH (p:Province) RETURN p;")
        #expect(h.search("MATCH", before: h.entries.count) == 1)
        #expect(h.search("MATCH", before: 1) == 0)
        #expect(h.search("MATCH", before: 0) == nil)
        #expect(h.search("", before: 3) == nil)
    }
}
