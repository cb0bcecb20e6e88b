// The shell's line editor, written over the terminal's raw mode: Left/Right, Home/End,
// Backspace/Delete, Ctrl-A/E/K/U/W, Up/Down through the history of this and earlier sessions,
// Ctrl-R reverse search, Ctrl-L clear, Ctrl-C drops the line, Ctrl-D on an empty line leaves.
import Foundation
import SinergiQuery
import SinergiText

/// Reads lines at a terminal, one key at a time.
///
/// The line is drawn on one screen row: when it is longer than the terminal is wide, the part
/// around the cursor is shown (as linenoise does). Raw mode lasts only while a line is being
/// typed; statements run in the terminal's normal mode, so their output and Ctrl-C behave as
/// usual.
final class LineEditor: ShellInput {
    private let terminal = RawTerminal()
    private var history: LineHistory
    private let language: Language

    /// True when standard input and standard error are a terminal that can go raw.
    static var isAvailable: Bool { RawTerminal.isAvailable }

    /// An editor whose history starts with the lines of the file at `historyPath`.
    init(historyPath: String?, language: Language) {
        history = LineHistory(path: historyPath)
        self.language = language
    }

    func remember(_ entry: String) { history.add(entry) }

    func whileRunning<T>(cancelling stop: QueryCancellation, _ body: () throws -> T) throws -> T {
        try StatementInterrupt.during(cancelling: stop, body)
    }

    func next(prompt: String) -> ShellInputEvent {
        guard terminal.enterRaw() else {
            terminal.write(prompt)
            return Swift.readLine(strippingNewline: true).map(ShellInputEvent.line) ?? .end
        }
        defer { terminal.leaveRaw() }
        var line = LineBuffer()
        var recalled = history.entries.count
        var typed = ""
        draw(prompt, line)
        while let key = readKey() {
            switch key {
            case .character(let c): line.insert(c)
            case .enter:
                terminal.write("\r\n")
                return .line(line.text)
            case .interrupt:
                terminal.write("^C\r\n")
                return .interrupted
            case .endOfInput:
                if line.text.isEmpty {
                    terminal.write("\r\n")
                    return .end
                }
                line.deleteForward()
            case .backspace: line.deleteBackward()
            case .delete: line.deleteForward()
            case .left: line.moveLeft()
            case .right: line.moveRight()
            case .home: line.moveHome()
            case .end: line.moveEnd()
            case .killToEnd: line.killToEnd()
            case .killToStart: line.killToStart()
            case .deleteWord: line.deleteWordBackward()
            case .up:
                guard recalled > 0 else { break }
                if recalled == history.entries.count { typed = line.text }
                recalled -= 1
                line = LineBuffer(history.entries[recalled])
            case .down:
                guard recalled < history.entries.count else { break }
                recalled += 1
                line = LineBuffer(recalled == history.entries.count ? typed : history.entries[recalled])
            case .clearScreen: terminal.write("\u{1B}[H\u{1B}[2J")
            case .searchHistory:
                switch search(prompt, original: line) {
                case .submit(let text):
                    draw(prompt, LineBuffer(text))
                    terminal.write("\r\n")
                    return .line(text)
                case .edit(let found, let pending):
                    line = found
                    switch pending {
                    case .left?: line.moveLeft()
                    case .right?: line.moveRight()
                    case .home?: line.moveHome()
                    default: break
                    }
                }
            case .escape, .ignored: break
            }
            draw(prompt, line)
        }
        terminal.write("\r\n")
        return .end
    }

    /// How a Ctrl-R search ended.
    enum SearchEnd {
        /// Enter: run the line found.
        case submit(String)
        /// Editing goes on with this line; `pending` is the key that ended the search, if it moves the cursor.
        case edit(LineBuffer, pending: Key?)
    }

    /// Reverse incremental search: each character narrows, Ctrl-R finds the next older match,
    /// Enter runs it, an arrow or Home/End edits it, Ctrl-C or Escape goes back to the line.
    private func search(_ prompt: String, original: LineBuffer) -> SearchEnd {
        var query = ""
        var match: Int?
        func show() {
            let label = Message(.shellSearchPrompt, ["query": .text(query)]).text(language)
            let found = match.map { history.entries[$0] } ?? ""
            let room = max(0, terminal.columns - label.count - 1)
            terminal.write("\r" + label + String(found.prefix(room)) + "\u{1B}[0K")
        }
        show()
        while let key = readKey() {
            switch key {
            case .character(let c):
                query.append(c)
                match = history.search(query, before: match.map { $0 + 1 } ?? history.entries.count)
            case .backspace:
                if !query.isEmpty { query.removeLast() }
                match = history.search(query, before: history.entries.count)
            case .searchHistory:
                if let older = history.search(query, before: match ?? history.entries.count) { match = older }
            case .enter:
                return .submit(match.map { history.entries[$0] } ?? original.text)
            case .interrupt, .escape:
                return .edit(original, pending: nil)
            case .left, .right, .home, .end, .up, .down:
                return .edit(match.map { LineBuffer(history.entries[$0]) } ?? original, pending: key)
            default: break
            }
            show()
        }
        return .edit(original, pending: nil)
    }

    private func readKey() -> Key? {
        KeyDecoder.key(next: { terminal.readByte() }, nextSoon: { terminal.readByte(timeout: 50) })
    }

    /// Draws the prompt and the line on the current row and puts the cursor in place; a line
    /// wider than the terminal scrolls sideways to keep the cursor in view.
    private func draw(_ prompt: String, _ line: LineBuffer) {
        let columns = max(terminal.columns, prompt.count + 2)
        let chars = line.characters
        var start = 0
        var length = chars.count
        var position = line.cursor
        while prompt.count + position >= columns {
            start += 1
            length -= 1
            position -= 1
        }
        while prompt.count + length > columns { length -= 1 }
        let shown = String(chars[start..<(start + max(0, length))])
        terminal.write("\r" + prompt + shown + "\u{1B}[0K\r\u{1B}[\(prompt.count + position)C")
    }
}
