// Every command shown in README.md, docs/tutorial.md and docs/panduan.md is run here, so a
// guide cannot drift from the program: exit codes, the output the guide prints, the files
// it says it writes, and that it never changes the shared graphs/ data.
//
// The commands run in-process (SinergiCommand.run) in a fresh folder holding copies of
// graphs/tpbis.jsonl, graphs/regions.jsonl and docs/examples/. `swift run -c release
// sinergi ARGS` counts as `sinergi ARGS`. The README's set-up test command
// (`.ci/run`) is skipped: it is this test suite. Rendering
// commands need Graphviz (`dot`) on PATH, as CI installs it. SINERGI_GUIDES=docs/tutorial.md
// runs one guide only.
import Foundation
import Testing

@Suite(.serialized) struct GuideCommandsTests {
    /// The guides, relative to the repository root.
    static let guides = ["README.md", "docs/tutorial.md", "docs/panduan.md"]

    /// The fewest commands each guide should show (a guard against extracting nothing).
    static let minimumCommands = ["README.md": 5, "docs/tutorial.md": 15, "docs/panduan.md": 8]

    /// The guides to run: all, or those named in SINERGI_GUIDES (comma-separated) while editing one.
    static var selectedGuides: [String] {
        guard let names = ProcessInfo.processInfo.environment["SINERGI_GUIDES"] else { return guides }
        return guides.filter { names.split(separator: ",").map(String.init).contains($0) }
    }

    @Test(arguments: selectedGuides)
    func everyCommandOfTheGuideRuns(_ guide: String) throws {
        let runner = try GuideRunner()
        defer { runner.remove() }
        let report = runner.run(guide: guide)
        for failure in report.failures {
            Issue.record(Comment(rawValue: failure))
        }
        #expect(report.commandsRun >= Self.minimumCommands[guide, default: 1], "\(guide) shows too few commands")
        #expect(report.outputsCompared >= 1, "\(guide) shows no output to compare")
        for path in GuideRunner.copiedFiles {
            #expect(runner.isUnchanged(path), "\(guide) changes \(path); copy a registry before changing it")
        }
        if guide == "README.md" {
            #expect(report.skipped.count == 1, "the README's set-up test command is skipped, nothing else")
        } else {
            #expect(report.skipped.isEmpty)
        }
    }

    @Test(arguments: guides)
    func csvExcerptsQuoteTheExampleFiles(_ guide: String) throws {
        let root = GuideRunner.repositoryRoot
        let folder = root.appendingPathComponent("docs/examples")
        var exampleLines = Set<Substring>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            exampleLines.formUnion(text.split(separator: "\n"))
        }
        let markdown = try String(contentsOf: root.appendingPathComponent(guide), encoding: .utf8)
        for excerpt in try GuideBlocks.texts(tagged: "csv", in: markdown) {
            for line in excerpt.text.split(separator: "\n") where !exampleLines.contains(line) {
                Issue.record("\(guide):\(excerpt.line): '\(line)' is in no file of docs/examples")
            }
        }
    }

    @Test func theOrganizerExampleHasThirtySeats() throws {
        let seats = try String(
            contentsOf: GuideRunner.repositoryRoot.appendingPathComponent("docs/examples/shm-sumut-2023-seats.csv"),
            encoding: .utf8)
        let rows = seats.split(separator: "\n").dropFirst()
        #expect(rows.count == 30)
        #expect(rows.allSatisfy { $0.hasSuffix(",true") }, "every invented seat carries synthetic true")
    }
}
