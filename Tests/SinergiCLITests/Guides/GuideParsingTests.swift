// The Markdown block extraction and the shell-word splitting the guide tests rely on.
import Testing

@Suite struct GuideParsingTests {
    @Test func wordsFollowShellQuoting() throws {
        let text = """
            sinergi query -r graphs/tpbis.jsonl \\
              "MATCH (n) WHERE n.name = 'Kota Batam'
               RETURN n.name" --format csv
            # a comment
            sinergi gaps --province 'Kepulauan Riau' -p x=\\"y\\" "a\\"b" '' end# not-a-comment

            """
        let commands = try ShellWords.commands(in: text)
        #expect(
            commands == [
                ShellCommand(
                    line: 1,
                    words: [
                        "sinergi", "query", "-r", "graphs/tpbis.jsonl",
                        "MATCH (n) WHERE n.name = 'Kota Batam'\n   RETURN n.name", "--format", "csv",
                    ]),
                ShellCommand(
                    line: 5,
                    words: [
                        "sinergi", "gaps", "--province", "Kepulauan Riau", "-p", "x=\"y\"", "a\"b", "", "end#",
                        "not-a-comment",
                    ]),
            ])
    }

    @Test(arguments: [
        "sinergi query \"MATCH (n) WHERE $x RETURN n\"",
        "sinergi stats -r a.jsonl | head",
        "sinergi stats -r a.jsonl > out.txt",
        "sinergi export -o *.svg",
        "sinergi query 'unclosed",
        "sinergi query \"unclosed",
        "sinergi stats \\",
    ])
    func whatAShellWouldChangeIsRefused(_ line: String) {
        #expect(throws: ShellWordsError.self) { try ShellWords.commands(in: line) }
    }

    @Test func blocksPairCommandsWithTheirOutput() throws {
        let markdown = """
            # Guide

            ```sh
            sinergi stats -r graphs/tpbis.jsonl
            ```

            ```text
            out
            ```

            ```sh exit=1
            sinergi stats -r missing.jsonl
            ```
            Some prose.
            ```text
            not an output: prose comes between
            ```
            ```swift
            let x = 1
            ```
            """
        let blocks = try GuideBlocks.blocks(in: markdown)
        #expect(
            blocks == [
                GuideBlock(
                    line: 4, text: "sinergi stats -r graphs/tpbis.jsonl\n", expectedExitCode: 0,
                    expectedOutput: "out\n"),
                GuideBlock(
                    line: 12, text: "sinergi stats -r missing.jsonl\n", expectedExitCode: 1, expectedOutput: nil),
            ])
    }

    @Test func badFencesAreReported() {
        #expect(throws: GuideBlocksError.self) { try GuideBlocks.blocks(in: "```sh\nsinergi stats\n") }
        #expect(throws: GuideBlocksError.self) { try GuideBlocks.blocks(in: "```sh exit=x\nsinergi stats\n```\n") }
    }

    @Test func setUpCommandsMapToSinergi() {
        #expect(GuideRunner.sinergiArguments(["swift", "run", "-c", "release", "sinergi", "gaps"]) == ["gaps"])
        #expect(GuideRunner.sinergiArguments(["sinergi", "stats"]) == ["stats"])
        #expect(GuideRunner.sinergiArguments(["cp", "a", "b"]) == nil)
        #expect(GuideRunner.outputPaths(["export", "-o", "a.svg", "--output", "b"]) == ["a.svg", "b"])
    }
}
