// The line being edited: its characters and the cursor, and the edits keys make to them.

/// A line of text with a cursor, edited as a terminal line editor does.
struct LineBuffer: Equatable {
    /// The characters of the line.
    private(set) var characters: [Character] = []
    /// The cursor: the index of the character it stands on (`characters.count` at the end).
    private(set) var cursor = 0

    /// An empty line.
    init() {}

    /// A line holding `text`, the cursor at its end.
    init(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// The line's text.
    var text: String { String(characters) }

    /// Inserts `c` before the cursor.
    mutating func insert(_ c: Character) {
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor (Backspace).
    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    /// Deletes the character under the cursor (Delete).
    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes from the cursor to the end (Ctrl-K).
    mutating func killToEnd() { characters.removeSubrange(cursor...) }

    /// Deletes from the start to the cursor (Ctrl-U).
    mutating func killToStart() {
        characters.removeSubrange(..<cursor)
        cursor = 0
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = characters.count }
}
