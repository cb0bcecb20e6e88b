// Splits the text of a guide's ```sh block into command lines and words, as a POSIX shell would.
//
// Only what the guides need: single quotes, double quotes (with \" \\ \$ \` and
// backslash-newline), backslash escapes, backslash-newline continuation, `#` comments,
// blank lines. Anything a real shell would treat specially and the tests cannot imitate
// (variables, pipes, redirections, globs, `;`, `&&`) is refused, so a guide cannot show a
// command that behaves differently in a terminal than in the test.

/// A problem in a command line of a guide, with the 1-based line inside the block.
struct ShellWordsError: Error, Equatable, CustomStringConvertible {
    /// The line inside the block where the problem is (1-based).
    var line: Int
    /// What is wrong.
    var message: String

    var description: String { "line \(line): \(message)" }
}

/// One command of a block: its words and the block line it starts on.
struct ShellCommand: Equatable {
    /// The 1-based line inside the block where the command starts.
    var line: Int
    /// The words, quotes removed.
    var words: [String]
}

/// A tokenizer for the shell subset the guides use.
enum ShellWords {
    /// Characters a shell treats specially when they are not quoted.
    static let refusedUnquoted: Set<Character> = ["$", "`", "|", "&", ";", "<", ">", "(", ")", "*", "?"]

    /// Splits `text` into commands, one per logical line (continuations joined).
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func commands(in text: String) throws(ShellWordsError) -> [ShellCommand] {
        var scanner = Scanner(Array(text))
        return try scanner.scan()
    }

    /// The state of one pass over a block.
    private struct Scanner {
        let chars: [Character]
        var index = 0
        var line = 1
        var commands: [ShellCommand] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        var commandLine = 1

        init(_ chars: [Character]) { self.chars = chars }

        mutating func scan() throws(ShellWordsError) -> [ShellCommand] {
            while index < chars.count {
                let c = chars[index]
                switch c {
                case " ", "\t":
                    endWord()
                    index += 1
                case "\n":
                    endWord()
                    endCommand()
                    line += 1
                    index += 1
                case "#" where !inWord:
                    while index < chars.count, chars[index] != "\n" { index += 1 }
                case "\\":
                    try backslash()
                case "'":
                    try singleQuoted()
                case "\"":
                    try doubleQuoted()
                default:
                    if ShellWords.refusedUnquoted.contains(c) {
                        throw ShellWordsError(
                            line: line, message: "'\(c)' outside quotes means something to the shell; quote it")
                    }
                    startWord()
                    word.append(c)
                    index += 1
                }
            }
            endWord()
            endCommand()
            return commands
        }

        mutating func startWord() {
            if words.isEmpty && !inWord { commandLine = line }
            inWord = true
        }

        mutating func endWord() {
            guard inWord else { return }
            words.append(word)
            word = ""
            inWord = false
        }

        mutating func endCommand() {
            guard !words.isEmpty else { return }
            commands.append(ShellCommand(line: commandLine, words: words))
            words = []
        }

        mutating func backslash() throws(ShellWordsError) {
            guard index + 1 < chars.count else {
                throw ShellWordsError(line: line, message: "a backslash at the end of the block continues nothing")
            }
            let next = chars[index + 1]
            index += 2
            if next == "\n" {
                line += 1
                return
            }
            startWord()
            word.append(next)
        }

        mutating func singleQuoted() throws(ShellWordsError) {
            startWord()
            let start = line
            index += 1
            while index < chars.count, chars[index] != "'" {
                if chars[index] == "\n" { line += 1 }
                word.append(chars[index])
                index += 1
            }
            guard index < chars.count else {
                throw ShellWordsError(line: start, message: "a single quote is not closed")
            }
            index += 1
        }

        mutating func doubleQuoted() throws(ShellWordsError) {
            startWord()
            let start = line
            index += 1
            while index < chars.count, chars[index] != "\"" {
                let c = chars[index]
                switch c {
                case "\\" where index + 1 < chars.count && "$`\"\\\n".contains(chars[index + 1]):
                    let next = chars[index + 1]
                    if next == "\n" { line += 1 } else { word.append(next) }
                    index += 2
                case "$", "`":
                    throw ShellWordsError(
                        line: line, message: "'\(c)' inside double quotes is expanded by the shell; use single quotes")
                default:
                    if c == "\n" { line += 1 }
                    word.append(c)
                    index += 1
                }
            }
            guard index < chars.count else {
                throw ShellWordsError(line: start, message: "a double quote is not closed")
            }
            index += 1
        }
    }
}
