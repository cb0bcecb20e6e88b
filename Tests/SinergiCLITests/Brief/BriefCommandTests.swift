// `sinergi brief`: the SHM brief of a province in both languages and both formats, compared with
// golden files word for word; what changed since a date or a meeting; the diagram drawn by the
// real Graphviz beside the Markdown file or inside the HTML page; the national brief against the
// programme's figure; misspelt regions and dates refused with the nearest names.
import Foundation
import SinergiCLI
import SinergiTestSupport
import Testing

@Suite(.serialized) struct BriefCommandTests {
    static let fixture = "Tests/SinergiCLITests/Fixtures/brief-kepri.jsonl"

    @Test func theBriefOfAProvinceInBothLanguages() {
        GoldenTranscript.check(
            "brief-kepri-id",
            ["brief", "-r", Self.fixture, "--region", "Kepri", "--since", "2023-01-01", "--no-diagram", "--lang", "id"])
        GoldenTranscript.check(
            "brief-kepri-en",
            [
                "brief", "-r", Self.fixture, "--region", "Kepulauan Riau", "--since", "event/shm-kepri-2023",
                "--no-diagram",
            ])
        GoldenTranscript.check(
            "brief-kepri-html-id",
            [
                "brief", "-r", Self.fixture, "--region", "province/21", "--format", "html", "--no-diagram", "--lang",
                "id",
            ])
    }

    @Test func aRegencyBriefKeepsToTheRegency() {
        let run = GoldenTranscript.transcript(["brief", "-r", Self.fixture, "--region", "Kab. Bintan", "--no-diagram"])
        #expect(run.hasPrefix("$ sinergi brief -r \(Self.fixture) --region Kab. Bintan --no-diagram\nexit: 0\n"))
        #expect(run.contains("# SHM brief: Kabupaten Bintan\n"))
        #expect(run.contains("- 6 stakeholders in 1 regency.\n"))
        #expect(!run.contains("| Kota Tanjungpinang |"))
        // Bintan's library office partners with its Bappeda and its DPMPD: the programme's synergy.
        #expect(run.contains("- No regency with registered stakeholders has a synergy gap.\n"))
        #expect(
            run.contains(
                "Every regency here with registered stakeholders has its library office, Bappeda and DPMPD, and the library office partnered with both.\n"
            ))
        #expect(run.contains("note: the diagram is drawn beside the brief's file") == false)
    }

    @Test func misspeltRegionsAndDatesAreRefused() {
        GoldenTranscript.check(
            "error-brief-unknown-region-id", ["brief", "-r", Self.fixture, "--region", "Kepulauan Rau", "--lang", "id"])
        GoldenTranscript.check("error-brief-bad-since", ["brief", "-r", Self.fixture, "--since", "event/shm-kepri"])
        GoldenTranscript.check(
            "error-brief-html-into-md", ["brief", "-r", Self.fixture, "--format", "html", "-o", "b.md"])
    }

    @Test func theDiagramIsDrawnBesideTheFileOrInsideThePage() throws {
        #expect(GraphvizInstalled.dot, "Graphviz's dot is not on the PATH: run .ci/run, which installs it")
        let folder = TemporaryFolder()
        let markdown = folder.path("brief-kepri.md")
        let console = Console.capturing()
        let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(
                arguments: ["brief", "-r", Self.fixture, "--region", "Kepri", "-o", markdown, "--lang", "id"],
                console: console)
        }
        #expect(code == 0, "\(console.capturedErr)")
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(
            text.hasSuffix(
                "## Diagram\n\n![Pemangku kepentingan dan kemitraan wilayah ini (15 simpul); celah sinergi dan kemitraan yang disarankan berwarna merah jingga.](brief-kepri.svg)\n"
            ))
        let svg = try String(contentsOfFile: folder.path("brief-kepri.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Kabupaten Bintan") && svg.contains("Kota Tanjungpinang"))
        #expect(svg.contains("belum tercatat: DPMPD") && !svg.contains("belum bermitra: Bappeda–DPMPD"))
        #expect(console.capturedErr.hasSuffix("brief SHM Kepulauan Riau ditulis ke \(markdown)\n"))
        let page = folder.path("brief-kepri.html")
        let html = Console.capturing()
        _ = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(
                arguments: ["brief", "-r", Self.fixture, "--region", "Kepri", "-o", page], console: html)
        }
        let body = try String(contentsOfFile: page, encoding: .utf8)
        #expect(body.contains("<figure>\n<svg viewBox="))
        #expect(body.contains("</svg>\n<figcaption>The region's stakeholders and partnerships (15 nodes)"))
        #expect(!body.contains("http:") && !body.contains("https:") && !body.contains("<script"))
    }

    @Test func theNationalBriefSetsTheRegistryAgainstTheProgrammesFigure() {
        let run = GoldenTranscript.transcript(["brief", "-r", "graphs/tpbis.jsonl", "--no-diagram"])
        #expect(run.contains("# SHM brief: Indonesia (national)\n"))
        #expect(run.contains("of the 1,396 replications the programme reported by June 2023"))
        let id = GoldenTranscript.transcript(["brief", "-r", "graphs/tpbis.jsonl", "--no-diagram", "--lang", "id"])
        #expect(id.contains("# Brief SHM: Nasional\n"))
        #expect(id.contains("dari 1.396 replikasi mandiri yang dilaporkan program hingga Juni 2023"))
    }
}

/// Whether Graphviz is on the PATH.
enum GraphvizInstalled {
    static let dot = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin"].split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/dot")
    }
}
