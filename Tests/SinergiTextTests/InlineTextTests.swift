// No text a person reads is written inline in the sources: every one goes through the catalogue.
//
// The types that let a string reach a user (CLIError.usage(String), CLIError.failure(String),
// the String initialisers of CommandSpec, OptionSpec and PositionalSpec) no longer exist; this
// test guards the doors that remain: `Message.verbatim`, string literals passed as help texts,
// errors or console output. What may use them is listed below, each with the reason.
import Foundation
import Testing

@Suite struct InlineTextTests {
    /// One use of a door that is allowed: the file, a piece of its line, and why.
    struct Allowed {
        var file: String
        var snippet: String
        var reason: String
    }

    static let allowed: [Allowed] = [
        Allowed(
            file: "Sources/SinergiCLI/SinergiCommand.swift", snippet: #"console.error(.verbatim("\(error)"))"#,
            reason: "an error of a type no command expects (a bug) is shown as Swift writes it"),
        Allowed(
            file: "Sources/SinergiCLI/Query/ShellCommand.swift", snippet: #"console.error(.verbatim("\(error)"))"#,
            reason: "the shell's fallback for an unexpected error type, as in SinergiCommand"),
        Allowed(
            file: "Sources/SinergiCLI/SinergiCommand.swift", snippet: "console.hint(.verbatim(line))",
            reason: "RegistryError.hints(language) is already rendered from the catalogue"),
        Allowed(
            file: "Sources/SinergiCLI/Query/ShellCommand.swift", snippet: #"console.out(":param \(name) =>"#,
            reason: "the shell echoes a parameter in the query language's own syntax"),
    ]

    /// Patterns of a user-facing inline text (checked on code, not on comments).
    static let doors: [(name: String, pattern: String)] = [
        ("Message.verbatim", #"\.verbatim\("#),
        ("a literal help, abstract or discussion", #"\b(help|abstract|discussion):\s*""#),
        ("a literal usage or failure error", #"\.(usage|failure)\(\s*""#),
        (
            "literal text written to the console",
            #"console\.(err|out|error|warning|hint|status|note)\(\s*"[^"]*[A-Za-z]{2}"#
        ),
        ("a literal infeasible reason", #"\.infeasible\(\s*""#),
    ]

    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Every Swift file under Sources, but the catalogue itself.
    static func sourceFiles() throws -> [String] {
        let sources = root.appendingPathComponent("Sources").path
        let all = try FileManager.default.subpathsOfDirectory(atPath: sources)
        return all.filter { $0.hasSuffix(".swift") && !$0.hasPrefix("SinergiText/") }.map { "Sources/" + $0 }.sorted()
    }

    @Test func noUserFacingTextIsWrittenInline() throws {
        let regexes = try Self.doors.map { (name: $0.name, regex: try NSRegularExpression(pattern: $0.pattern)) }
        var used: Set<String> = []
        var files = 0
        for file in try Self.sourceFiles() {
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            files += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = String(line)
                if code.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                let range = NSRange(code.startIndex..., in: code)
                for door in regexes where door.regex.firstMatch(in: code, range: range) != nil {
                    if let ok = Self.allowed.first(where: { $0.file == file && code.contains($0.snippet) }) {
                        used.insert(ok.file + ok.snippet)
                        continue
                    }
                    Issue.record(
                        "\(file):\(number + 1): \(door.name) — put the text in the catalogue (Sources/SinergiText):\n\(code)"
                    )
                }
            }
        }
        #expect(files > 100, "the sources were not found under \(Self.root.path)")
        for a in Self.allowed where !used.contains(a.file + a.snippet) {
            Issue.record("the allow-list names a use that is gone: \(a.file): \(a.snippet) — remove it")
        }
    }

    /// The scan itself finds what it is meant to find (a test of the patterns, on made-up lines).
    @Test func thePatternsCatchInlineText() throws {
        let caught = [
            #"throw CLIError.usage("--hops goes with --around")"#,
            #"OptionSpec("top", value: .valueNumber, help: "How many to list.")"#,
            #"console.err("wrote 3 files\n")"#,
            #"throw .failure(.verbatim("no node"))"#,
            #"throw .infeasible("no free village")"#,
        ]
        let clean = [
            #"throw CLIError.usage(.usageGoesWith, ["option": .text("--hops")])"#,
            #"console.err(output.summary + "\n")"#,
            #"OptionSpec("top", value: .valueNumber, help: Message(.centralityHelpTop))"#,
        ]
        let regexes = try Self.doors.map { try NSRegularExpression(pattern: $0.pattern) }
        func matches(_ line: String) -> Bool {
            regexes.contains { $0.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil }
        }
        for line in caught { #expect(matches(line), "not caught: \(line)") }
        for line in clean { #expect(!matches(line), "caught although clean: \(line)") }
    }
}
