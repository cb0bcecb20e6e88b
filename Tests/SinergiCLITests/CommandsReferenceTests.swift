// docs/commands.md is generated from the program's own help texts; this test keeps it current.
import Foundation
import SinergiCLI
import Testing

@Suite struct CommandsReferenceTests {
    static func reference() -> String {
        var text = """
            # Command reference

            Generated from `sinergi --help` and each subcommand's `--help`; the test
            [`CommandsReferenceTests`](../Tests/SinergiCLITests/CommandsReferenceTests.swift) fails when this page and
            the program disagree. Regenerate with `SINERGI_UPDATE_GOLDEN=1 swift test --filter CommandsReferenceTests`.
            Sources: [`Sources/SinergiCLI/`](../Sources/SinergiCLI/).

            Exit codes: 0 success, 1 a data, query or I/O error, 64 a usage error. Data goes to standard output;
            messages, warnings and statistics to standard error, as `error: …` / `warning: …`.

            ## sinergi

            ```text

            """
        text += GoldenTranscript.capture(["--help"])
        text += "```\n"
        for command in SinergiCommand.subcommands {
            text += "\n## sinergi \(command.spec.name)\n\n```text\n"
            text += GoldenTranscript.capture([command.spec.name, "--help"])
            text += "```\n"
        }
        return text
    }

    @Test func commandsPageMatchesTheHelpTexts() throws {
        let page = GoldenTranscript.repositoryRoot.appendingPathComponent("docs/commands.md")
        let expected = Self.reference()
        if ProcessInfo.processInfo.environment["SINERGI_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: page, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: page, encoding: .utf8)
        #expect(actual == expected, "docs/commands.md is stale; regenerate it")
    }
}
