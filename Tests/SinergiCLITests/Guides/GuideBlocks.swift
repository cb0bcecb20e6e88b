// Finds the command blocks of a Markdown guide and the expected output shown after them.
//
// A fenced block tagged ```sh holds commands; ```sh exit=1 marks a deliberate error
// demonstration. A block tagged ```text directly after it (only blank lines between)
// is the expected standard output of the whole block, compared exactly.
import Foundation

/// One ```sh block of a guide, with the output the guide shows for it.
struct GuideBlock: Equatable {
    /// The 1-based line of the Markdown file where the block's text starts (after the fence).
    var line: Int
    /// The block's text, with a final newline.
    var text: String
    /// The exit code every command of the block must give.
    var expectedExitCode: Int32
    /// The ```text block after it, with a final newline, if there is one.
    var expectedOutput: String?
}

/// A problem in the Markdown structure of a guide.
struct GuideBlocksError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line of the Markdown file.
    var line: Int
    /// What is wrong.
    var message: String

    var description: String { "line \(line): \(message)" }
}

/// Extraction of ```sh and ```text blocks from Markdown.
enum GuideBlocks {
    /// A fenced block as found: its info string, first text line and text.
    private struct Fence {
        var info: String
        var line: Int
        var closingLine: Int
        var text: String
    }

    /// The ```sh blocks of `markdown`, in order, each with the ```text block after it.
    ///
    /// - Complexity: O(n) in the length of `markdown`.
    static func blocks(in markdown: String) throws(GuideBlocksError) -> [GuideBlock] {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let fences = try fencedBlocks(lines)
        var result: [GuideBlock] = []
        var pendingCommandBlock: (index: Int, closingLine: Int)?
        for fence in fences {
            let words = fence.info.split(separator: " ").map(String.init)
            let language = words.first ?? ""
            if language == "sh" {
                var exitCode: Int32 = 0
                for option in words.dropFirst() {
                    guard option.hasPrefix("exit="), let code = Int32(option.dropFirst(5)) else {
                        throw GuideBlocksError(line: fence.line - 1, message: "unknown option '\(option)' after ```sh")
                    }
                    exitCode = code
                }
                result.append(
                    GuideBlock(line: fence.line, text: fence.text, expectedExitCode: exitCode, expectedOutput: nil))
                pendingCommandBlock = (result.count - 1, fence.closingLine)
            } else if language == "text", let pending = pendingCommandBlock,
                onlyBlankLines(lines, from: pending.closingLine + 1, to: fence.line - 2)
            {
                result[pending.index].expectedOutput = fence.text
                pendingCommandBlock = nil
            } else {
                pendingCommandBlock = nil
            }
        }
        return result
    }

    /// The text of every fenced block whose info string starts with `language`, with its first line.
    ///
    /// - Complexity: O(n) in the length of `markdown`.
    static func texts(tagged language: String, in markdown: String) throws(GuideBlocksError) -> [(
        line: Int, text: String
    )] {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        return try fencedBlocks(lines).filter { $0.info.split(separator: " ").first.map(String.init) == language }
            .map { ($0.line, $0.text) }
    }

    /// True when the 1-based lines `from...to` are all blank (or the range is empty).
    private static func onlyBlankLines(_ lines: [String], from: Int, to: Int) -> Bool {
        guard from <= to else { return true }
        return lines[(from - 1)...(to - 1)].allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Every fenced block (``` or ~~~, three or more) with its info string.
    private static func fencedBlocks(_ lines: [String]) throws(GuideBlocksError) -> [Fence] {
        var fences: [Fence] = []
        var open: (marker: String, info: String, line: Int, body: [String])?
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let trimmed = raw.drop(while: { $0 == " " })
            if var current = open {
                if trimmed.hasPrefix(current.marker),
                    trimmed.drop(while: { $0 == current.marker.first }).allSatisfy(\.isWhitespace)
                {
                    let text = current.body.map { $0 + "\n" }.joined()
                    fences.append(Fence(info: current.info, line: current.line, closingLine: number, text: text))
                    open = nil
                } else {
                    current.body.append(raw)
                    open = current
                }
                continue
            }
            for fenceCharacter in ["`", "~"] where trimmed.hasPrefix(String(repeating: fenceCharacter, count: 3)) {
                let marker = String(trimmed.prefix(while: { String($0) == fenceCharacter }))
                let info = trimmed.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
                open = (marker, info, number + 1, [])
            }
        }
        if let open {
            throw GuideBlocksError(line: open.line - 1, message: "a fenced block is not closed")
        }
        return fences
    }
}
