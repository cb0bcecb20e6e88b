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
    static func writeMap(_ folder: TemporaryFolder, language: String, _ extra: [String] = []) throws -> String {
        let file = folder.path("map-\(language)\(extra.joined()).html")
        let console = Console.capturing()
        let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(
                arguments: [
                    "export", "-r", sample, "--format", "html", "--cluster-by", "regency", "--highlight", "gaps",
                    "--title", "SHM Kepulauan Riau 2023", "-o", file, "--lang", language,
                ] + extra, console: console)
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
        #expect(FileManager.default.createFile(atPath: dump, contents: nil))
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

    /// Runs `file#hash` in Chromium with `probe` (JavaScript) run at the page's `load` event,
    /// after the viewer's script, and returns the DOM as it was then: the probe acts like a
    /// user (moves a slider) and writes what it measured into `document.body.dataset`.
    static func probe(_ file: String, hash: String = "", _ probe: String) throws -> String {
        let page = try String(contentsOfFile: file, encoding: .utf8)
        let copy = URL(fileURLWithPath: file).deletingPathExtension().path + "-probe.html"
        let script = "<script>addEventListener('load', function () {\n\(probe)\n});</script>\n</body>"
        try page.replacingOccurrences(of: "</body>", with: script).write(
            toFile: copy, atomically: true, encoding: .utf8)
        return try browse(copy, hash: hash, ["--dump-dom"])
    }

    /// The value of `data-NAME="…"` on the page's body in a dumped DOM.
    static func bodyData(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "data-\(name)=\""),
            let end = dom.range(of: "\"", range: start.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[start.upperBound..<end.lowerBound])
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
        // nodes), 2 provinces and 2 regencies; Kota Tanjungpinang is the gap (no DPMPD, its library
        // office not partnered with Bappeda: the 1 recommended partnership). Kabupaten Bintan's
        // library office works with its Bappeda and its DPMPD: the programme's synergy.
        #expect(Self.count("class=\"node", in: dom) == 23)
        #expect(Self.count("class=\"link\"", in: dom) == 23)
        #expect(Self.count("class=\"link recommended\"", in: dom) == 1)
        #expect(Self.count("class=\"region ", in: dom) == 4)
        #expect(Self.count("class=\"region regency gap\"", in: dom) == 1)
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
        #expect(!selected.contains("<p class=\"gap\">"), "Bintan has the programme's synergy")
        #expect(Self.count("near", in: selected) > 3)
        let gap = try Self.browse(file, hash: "#select=kepri%2Ftanjungpinang%2Fdinas-perpustakaan", ["--dump-dom"])
        #expect(gap.contains("<p class=\"gap\">synergy gap: not registered: DPMPD"))
        #expect(gap.contains("not partnered: regency/city library office–Bappeda</p>"))
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

    /// Opening `#select=KEY` centres the map on that stakeholder and zooms in to it, as a click
    /// on a search result does: read back from where the browser drew the node and how much
    /// larger it is than in the whole-map view.
    @Test func openingWithASelectionZoomsToTheStakeholder() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "en")
        let measure = """
            var svg = document.getElementById("map").getBoundingClientRect();
            var sel = document.querySelectorAll(".node.selected");
            var b = document.body.dataset;
            b.selectedCount = sel.length;
            if (sel.length) {
              var r = sel[0].querySelector(".shape").getBoundingClientRect();
              b.selectedKey = sel[0].dataset.key;
              b.offset = Math.round(Math.abs(r.left + r.width / 2 - svg.left - svg.width / 2) +
                Math.abs(r.top + r.height / 2 - svg.top - svg.height / 2));
            }
            b.scale = /scale\\(([0-9.]+)\\)/.exec(document.getElementById("viewport").getAttribute("transform"))[1];
            """
        let key = "kepri/bintan/dinas-perpustakaan"
        let whole = try Self.probe(file, measure)
        #expect(Self.bodyData("selected-count", in: whole) == "0")
        let selected = try Self.probe(file, hash: "#select=kepri%2Fbintan%2Fdinas-perpustakaan", measure)
        #expect(Self.bodyData("selected-count", in: selected) == "1")
        #expect(Self.bodyData("selected-key", in: selected) == key)
        // The node's centre is the drawing area's centre (within a pixel or two of rounding).
        let offset = try #require(Self.bodyData("offset", in: selected).flatMap(Double.init))
        #expect(offset <= 2, "the selected node is \(offset) px off the centre")
        // Zoomed in: at least 1.2 (the viewer's close-up) and more than the whole map's fit.
        let fitScale = try #require(Self.bodyData("scale", in: whole).flatMap(Double.init))
        let zoomed = try #require(Self.bodyData("scale", in: selected).flatMap(Double.init))
        #expect(zoomed >= 1.2 && zoomed > fitScale, "scale \(zoomed) against the whole map's \(fitScale)")
        // The address keeps the selection, so the view can be sent on.
        #expect(selected.contains("<h3>★ Dinas Perpustakaan Kabupaten Bintan</h3>"))
        // An unknown key selects nothing and leaves the whole map in view.
        let unknown = try Self.probe(file, hash: "#select=no%2Fsuch%2Fkey", measure)
        #expect(Self.bodyData("selected-count", in: unknown) == "0")
        #expect(Self.bodyData("scale", in: unknown) == Self.bodyData("scale", in: whole))
    }

    /// The year slider, moved as a user moves it: relationships that start after the year or
    /// end before it disappear, and moving it back to the end shows every year again. The
    /// sample's dated relationships are five partnerships: since 2020 (Perpusnas–Kemendes),
    /// 2022 (Kepri's office–Bappeda), 2023 (three, one of them until 2024).
    @Test func theYearSliderShowsTheRelationshipsOfThatYear() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "en")
        let move = """
            var data = JSON.parse(document.getElementById("sinergi-data").textContent);
            var slider = document.getElementById("year"), b = document.body.dataset;
            b.range = slider.min + "-" + slider.max;
            function at(value, name) {
              slider.value = value;
              slider.dispatchEvent(new Event("input"));
              var hidden = [];
              document.querySelectorAll("#links line.link:not(.recommended)").forEach(function (line) {
                if (!line.classList.contains("hidden")) return;
                var l = data.links[+line.dataset.i];
                hidden.push(data.nodes[l.s].key + "|" + data.nodes[l.t].key);
              });
              b[name] = hidden.sort().join(" ");
              b[name + "Count"] = hidden.length;
              b[name + "Text"] = document.getElementById("year-text").textContent;
              b[name + "Hash"] = location.hash;
            }
            at(2022, "y2022"); at(2020, "y2020"); at(2019, "y2019"); at(2024, "y2024"); at(slider.max, "all");
            """
        let dom = try Self.probe(file, move)
        // From the first year to one past the last: the end means every year.
        #expect(Self.bodyData("range", in: dom) == "2020-2025")
        #expect(
            Self.bodyData("y2022", in: dom)
                == "kepri/bintan/dinas-perpustakaan|kepri/bintan/bappeda "
                + "kepri/bintan/dinas-perpustakaan|kepri/bintan/dpmpd "
                + "sumut/dinas-perpustakaan|sumut/bappeda")
        #expect(Self.bodyData("y2022-text", in: dom) == "Relationships in force in 2022")
        #expect(Self.bodyData("y2022-hash", in: dom) == "#year=2022")
        #expect(Self.bodyData("y2020-count", in: dom) == "4")
        #expect(Self.bodyData("y2020", in: dom)?.contains("kepri/dinas-perpustakaan|kepri/bappeda") == true)
        // The slider stops at the first year: asked for 2019 it shows 2020.
        #expect(Self.bodyData("y2019-text", in: dom) == "Relationships in force in 2020")
        #expect(Self.bodyData("y2019-count", in: dom) == "4")
        // In 2024 the partnership that ends on 31 December 2024 is still there.
        #expect(Self.bodyData("y2024-count", in: dom) == "0")
        #expect(Self.bodyData("all-count", in: dom) == "0")
        #expect(Self.bodyData("all-text", in: dom) == "All years")
        #expect(Self.bodyData("all-hash", in: dom) == "")
        // Undated relationships (who is located where, who coordinates whom) are in every year.
        #expect(Self.count("class=\"link\"", in: dom) == 23)
        // Opening the map at a year does the same as moving the slider there.
        let opened = try Self.probe(
            file, hash: "#year=2022", "document.body.dataset.slider = document.getElementById(\"year\").value;")
        #expect(Self.count("class=\"link hidden\"", in: opened) == 3)
        #expect(Self.bodyData("slider", in: opened) == "2022")
    }

    /// Laid out by sfdp (as every map above 400 nodes is), the map still boxes the regions: each
    /// regency is laid out on its own and packed beside the others, so the boxes, drawn after,
    /// do not overlap, and their names are written over the nodes.
    @Test func anSfdpMapBoxesEachRegencyApart() throws {
        let folder = TemporaryFolder()
        let file = try Self.writeMap(folder, language: "en", ["--engine", "sfdp"])
        let measure = """
            var data = JSON.parse(document.getElementById("sinergi-data").textContent), b = document.body.dataset;
            var boxes = data.regions, overlaps = [];
            for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
              var p = boxes[i], q = boxes[j];
              if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h) overlaps.push(p.name + "/" + q.name);
            }
            b.boxes = boxes.map(function (r) { return r.name; }).sort().join(", ");
            b.overlaps = overlaps.join(", ");
            b.names = document.querySelectorAll("#region-names text").length;
            var outside = 0;
            data.nodes.forEach(function (n) {
              boxes.forEach(function (r) {
                var mine = r.level === "regency" ? n.regency === r.name : n.province === r.name && !n.regency;
                if (mine && (n.x < r.x || n.x > r.x + r.w || n.y < r.y || n.y > r.y + r.h)) outside++;
              });
            });
            b.outside = outside;
            """
        let dom = try Self.probe(file, measure)
        #expect(dom.contains("data-ready=\"true\""))
        #expect(
            Self.bodyData("boxes", in: dom)
                == "Kabupaten Bintan, Kepulauan Riau, Kota Tanjungpinang, Sumatera Utara")
        #expect(Self.bodyData("overlaps", in: dom) == "")
        #expect(Self.bodyData("names", in: dom) == "4")
        #expect(Self.bodyData("outside", in: dom) == "0")
        // Every relationship is drawn, those between boxes too.
        #expect(Self.count("class=\"link\"", in: dom) == 23)
    }
}
