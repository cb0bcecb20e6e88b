// Draws the pictures in docs/images/ with the real Graphviz, by running the very commands the
// docs show (so a picture is what a user gets). Runs only when asked:
//   SINERGI_UPDATE_DOCS=1 swift test --filter DocsImagesTests
// Each picture is drawn as SVG for the docs and, with SINERGI_DOCS_PNG=folder, also as PNG
// there, to look at as a meeting would see it.
import Foundation
import SinergiCLI
import SinergiFormats
import SinergiTestSupport
import Testing

@Suite(.serialized) struct DocsImagesTests {
    static let enabled =
        ProcessInfo.processInfo.environment["SINERGI_UPDATE_DOCS"] == "1" && GraphvizRenderer().isInstalled

    /// The pictures: file name (in docs/images) and the command after `sinergi`.
    static let pictures: [(String, [String])] = [
        (
            "sample-meeting",
            [
                "export", "-r", "Tests/SinergiFormatsTests/Fixtures/sample-network.jsonl", "--format", "dot",
                "--cluster-by", "regency", "--highlight", "gaps", "--edge-labels", "--title",
                "Stakeholder Meeting Kepulauan Riau 2023",
            ]
        ),
        (
            "tpbis-provinces",
            [
                "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--around", "perpusnas", "--hops", "3",
                "--leave-out", "Person", "--title", "TPBIS by province",
            ]
        ),
        (
            "tpbis-kepri",
            [
                "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "--cluster-by",
                "regency", "--highlight", "gaps", "--title", "SHM Kepulauan Riau",
            ]
        ),
        (
            "tpbis-kepri-id",
            [
                "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "--cluster-by",
                "regency", "--highlight", "gaps", "--leave-out", "village", "--title", "SHM Kepulauan Riau", "--lang",
                "id",
            ]
        ),
        (
            "readme-network",
            [
                "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "--cluster-by",
                "regency", "--aspect", "3:4", "--title", "TPBIS stakeholders in Kepulauan Riau",
            ]
        ),
    ]

    /// The large picture of a generated province (sfdp with its region boxes), as PNG: its
    /// registry is generated first (seed 42), so the picture is the same on every machine.
    static let generated: (String, [String], [String]) = (
        "generated-kepri-sfdp",
        ["generate", "--scale", "province", "--province", "kepri", "--seed", "42", "--regions", "graphs/regions-id"],
        [
            "export", "--format", "dot", "--region", "Kepulauan Riau", "--cluster-by", "regency", "--highlight", "gaps",
            "--title", "SHM Kepulauan Riau (generated, 861 nodes)",
        ]
    )

    @Test(.enabled(if: enabled)) func drawTheLargePicture() throws {
        let folder = TemporaryFolder()
        let registry = folder.path("kepri.jsonl")
        let (name, generate, command) = Self.generated
        let output = GoldenTranscript.repositoryRoot.appendingPathComponent("docs/images/\(name).png").path
        for arguments in [
            generate + ["-o", registry],
            [command[0], "-r", registry] + command.dropFirst() + ["--render", "-o", output],
        ] {
            let console = Console.capturing()
            let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
                SinergiCommand.run(arguments: arguments, console: console)
            }
            #expect(code == 0, "\(name): \(console.capturedErr)")
        }
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test(.enabled(if: enabled)) func drawTheDocsPictures() throws {
        let images = GoldenTranscript.repositoryRoot.appendingPathComponent("docs/images")
        let extra = ProcessInfo.processInfo.environment["SINERGI_DOCS_PNG"]
        for (name, command) in Self.pictures {
            var outputs = [images.appendingPathComponent(name + ".svg").path]
            if let extra { outputs.append((extra as NSString).appendingPathComponent(name + ".png")) }
            for output in outputs {
                let console = Console.capturing()
                let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
                    SinergiCommand.run(arguments: command + ["--render", "-o", output], console: console)
                }
                #expect(code == 0, "\(name): \(console.capturedErr)")
                #expect(FileManager.default.fileExists(atPath: output), "\(name): \(console.capturedErr)")
            }
        }
    }
}
