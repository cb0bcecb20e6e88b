// The HTML map in a real browser: `export --format html` lays the network out with the real
// Graphviz, then headless Chromium opens the file from disk (no network: every host name fails
// to resolve) and the tests read the DOM back after the viewer's script ran — the nodes drawn,
// a search with a typo, the filters, a stakeholder's details — and take a screenshot. Set
// SINERGI_MAP_SCREENSHOTS=folder to keep the screenshots to look at.
import Foundation
import SinergiCLI
import SinergiFormats
import SinergiTestSupport
import Testing

@Suite(.serialized) struct MapBrowserTests {
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.locate).first

    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let sample = "Tests/SinergiFormatsTests/Fixtures/sample-network.jsonl"

    /// Writes the map of the sample network (with its gaps) into `folder`, in `language`.
    static func writeMap(_ folder: TemporaryFolder, language: String) throws -> String {
        let file = folder.path("map-\(language).html")
        let console = Console.capturing()
        let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(
                arguments: [
                    "export", "-r", sample, "--format", "html", "--cluster-by", "regency", "--highlight", "gaps",
                    "--title", "SHM Kepulauan Riau 2023", "-o", file, "--lang", language,
                ], console: console)
        }
        #expect(code == 0, "\(console.capturedErr)")
        return file
    }

    /// Runs Chromium headless on `file#hash` with `mode` (`--dump-dom` or `--screenshot=…`).
    static func browse(_ file: String, hash: String = "", _ mode: [String]) throws -> String {
        let program = try #require(chromium, "Chromium is not on the PATH: run .ci/run, which installs it")
        let profile = TemporaryFolder()
        let url = URL(fileURLWithPath: file).absoluteString + hash
        let dump = profile.path("stdout.html")
        FileManager.default.createFile(atPath: dump, contents: nil)
        let output = try #require(FileHandle(forWritingAtPath: dump))
        defer { try? output.close() }
        let child = try ChildProcess(
            program,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--user-data-dir=" + profile.path("profile"),
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--window-size=1600,900",
                "--virtual-time-budget=3000",
            ] + mode + [url], standardOutput: output)
        let ending = try #require(child.finish(timeout: 60), "Chromium did not finish within a minute")
        #expect(ending.status == 0, "\(ending.stderr)")
        return try String(contentsOfFile: dump, encoding: .utf8)
    }

    /// The number of times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func theMapWorksInARealBrowserWithNoNetwork() throws {
        #expect(Self.chromium != nil, "Chromium is not on the PATH: run .ci/run, which installs it")
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "en")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        for fetch in ["http://", "https://", " src=", " href=", "url(", "@import", "fetch(", "XMLHttpRequest"] {
            #expect(!page.contains(fetch), "the map holds \(fetch)")
        }
        // A copy that also reports what the page loaded: nothing, besides itself.
        let probe = folder.path("probe.html")
        let counter =
            "<script>addEventListener('load', function () { document.body.dataset.resources = "
            + "performance.getEntriesByType('resource').length; });</script>\n</body>"
        try page.replacingOccurrences(of: "</body>", with: counter).write(
            toFile: probe, atomically: true, encoding: .utf8)
        let dom = try Self.browse(probe, ["--dump-dom"])
        #expect(dom.contains("data-ready=\"true\""), "the viewer's script did not finish")
        #expect(dom.contains("data-resources=\"0\""))
        // The 23 stakeholders and events, their 23 relationships (regions are boxes, not
        // nodes), the 2 recommended partnerships, 2 provinces and 2 regencies.
        #expect(Self.count("class=\"node", in: dom) == 23)
        #expect(Self.count("class=\"link\"", in: dom) == 23)
        #expect(Self.count("class=\"link recommended\"", in: dom) == 2)
        #expect(Self.count("class=\"region ", in: dom) == 4)
        #expect(Self.count("class=\"region regency gap\"", in: dom) == 2)
        #expect(dom.contains("data-shown=\"23\""))
        #expect(dom.contains("23 of 23 shown"))
        #expect(dom.contains("Kota Tanjungpinang"))
    }

    @Test func searchForgivesTyposAndFiltersNarrowTheMap() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "en")
        // "Tanjungpinag" (a letter missing) and "bintna" (two swapped) still find their places.
        let typo = try Self.browse(file, hash: "#q=perpustakaan%20tanjungpinag", ["--dump-dom"])
        #expect(typo.contains("data-matches=\"1\""))
        #expect(
            typo.contains("data-key=\"kepri/tanjungpinang/dinas-perpustakaan\">Dinas Perpustakaan Kota Tanjungpinang"))
        #expect(typo.contains("title=\"a close match (a typo?)\""))
        // The six nodes of Kabupaten Bintan (their keys say bintan).
        let swapped = try Self.browse(file, hash: "#q=bintna", ["--dump-dom"])
        #expect(swapped.contains("data-matches=\"6\""))
        #expect(Self.count("<li ", in: swapped) == 6)
        // Leaving out events and a province, and the partnerships: fewer nodes and lines.
        let filtered = try Self.browse(
            file, hash: "#hide-kinds=Event&province=Kepulauan%20Riau&hide-types=PARTNERS_WITH", ["--dump-dom"])
        #expect(filtered.contains("data-shown=\"13\""))
        #expect(filtered.contains("13 of 23 shown"))
        #expect(Self.count("class=\"link hidden\"", in: filtered) == 15)
        #expect(Self.count("class=\"node hidden\"", in: filtered) == 10)
        // A stakeholder's details: its properties and partnerships, its neighbours highlighted.
        let selected = try Self.browse(file, hash: "#select=kepri%2Fbintan%2Fdinas-perpustakaan", ["--dump-dom"])
        #expect(selected.contains("<h3>★ Dinas Perpustakaan Kabupaten Bintan</h3>"))
        #expect(selected.contains("Partnerships (2)"))
        #expect(selected.contains("<li><a>Bappeda Kabupaten Bintan</a> (MoU, since 2023)</li>"))
        #expect(selected.contains("<li><a>DPMPD Kabupaten Bintan</a> (advocacy, since 2023, until 2024)</li>"))
        #expect(selected.contains("<p class=\"gap\">synergy gap: not partnered: Bappeda–DPMPD</p>"))
        #expect(Self.count("near", in: selected) > 3)
    }

    @Test func theMapSpeaksIndonesianAndLooksRight() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "id")
        let dom = try Self.browse(file, ["--dump-dom"])
        #expect(dom.contains("<html lang=\"id\">"))
        #expect(dom.contains("placeholder=\"Cari pemangku kepentingan, wilayah, atau kunci…\""))
        #expect(dom.contains("23 dari 23 ditampilkan"))
        #expect(dom.contains("Jenis</h2>"))
        #expect(dom.contains("Dinas Perpustakaan Kab/Kota"))
        let keep = ProcessInfo.processInfo.environment["SINERGI_MAP_SCREENSHOTS"]
        let shot = keep.map { "\($0)/map-id.png" } ?? folder.path("map-id.png")
        _ = try Self.browse(file, hash: "#select=kepri%2Fbintan%2Fdinas-perpustakaan", ["--screenshot=" + shot])
        let png = try #require(FileManager.default.contents(atPath: shot))
        // A PNG of the window's size: its IHDR holds width and height, big-endian.
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let bytes = [UInt8](png)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1600 && height == 900)
        #expect(png.count > 20_000, "a blank screenshot")
    }
}
