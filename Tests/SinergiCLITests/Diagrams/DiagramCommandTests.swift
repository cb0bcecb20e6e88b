// The diagram options of `export` and `render` on the command line: refused names and values
// (in both languages, word for word), the region diagram with its gaps (golden DOT), what is
// left out, the engine `render` reports, the size check, and Graphviz stopping with sinergi.
import Foundation
import SinergiCLI
import SinergiFormats
import SinergiTestSupport
import Testing

@Suite(.serialized) struct DiagramCommandTests {
    static let installed = GraphvizRenderer().isInstalled

    @Test func refusedNamesAndValuesSayWhatWouldFit() {
        let kepri = ["export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau"]
        GoldenTranscript.check("error-export-dot-into-png", kepri + ["-o", "kepri.png"])
        GoldenTranscript.check("error-export-dot-into-png-id", kepri + ["-o", "kepri.png", "--lang", "id"])
        GoldenTranscript.check("error-export-render-into-dot", kepri + ["--render", "-o", "kepri.dot"])
        GoldenTranscript.check(
            "error-export-gexf-into-dot", ["export", "-r", "graphs/tpbis.jsonl", "--format", "gexf", "-o", "x.dot"])
        GoldenTranscript.check("error-export-bad-level", kepri + ["--levels", "national,provnce"])
        GoldenTranscript.check("error-export-unknown-kind-id", kepri + ["--kinds", "Bapeda", "--lang", "id"])
        GoldenTranscript.check("error-export-bad-size", kepri + ["--size", "1920by1080"])
        GoldenTranscript.check("error-export-bad-rankdir", kepri + ["--rankdir", "up"])
        GoldenTranscript.check("error-export-bad-language", kepri + ["--lang", "jawa"])
    }

    @Test func theRegionDiagramShowsItsGapsInIndonesian() {
        GoldenTranscript.check(
            "export-tpbis-kepri-gaps-id",
            [
                "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "--cluster-by",
                "regency", "--highlight", "gaps", "--leave-out", "village", "--title", "SHM Kepulauan Riau", "--lang",
                "id",
            ])
    }

    @Test func whatIsLeftOutIsSaid() {
        let run = GoldenTranscript.transcript([
            "export", "-r", "graphs/tpbis.jsonl", "--format", "dot", "--region", "Kepulauan Riau", "--levels",
            "national,province,regency",
        ])
        #expect(run.contains("--- stderr\nnote: Not drawn: village library (4).\n"))
        #expect(run.contains("label=\"Legend\\nNot drawn: village library (4).\""))
        #expect(!run.contains("Perpustakaan Desa Malang"))
    }

    @Test(.enabled(if: installed)) func renderUsesTheEngineTheFileNamesAndSaysSo() throws {
        let folder = TemporaryFolder()
        let dot = folder.path("chain.dot")
        try "digraph { layout=\"sfdp\"; a -> b -> c }".write(toFile: dot, atomically: true, encoding: .utf8)
        let console = Console.capturing()
        let code = SinergiCommand.run(arguments: ["render", dot, "-o", folder.path("chain.svg")], console: console)
        #expect(code == 0)
        #expect(console.capturedErr.hasPrefix("drew \(folder.path("chain.svg")) with sfdp (3 nodes)\n"))
        let forced = Console.capturing()
        _ = SinergiCommand.run(
            arguments: ["render", dot, "-o", folder.path("chain.png"), "--engine", "dot", "--lang", "id"],
            console: forced)
        #expect(forced.capturedErr.hasPrefix("\(folder.path("chain.png")) digambar dengan dot (3 simpul)\n"))
        #expect(FileManager.default.fileExists(atPath: folder.path("chain.png")))
    }

    @Test func renderChecksTheSizeBeforeGraphvizStarts() throws {
        let folder = TemporaryFolder()
        let dot = folder.path("national.dot")
        var text = "digraph {\n"
        for i in 0...10_000 { text += "    n\(i) [label=\"x\"];\n" }
        text += "}\n"
        try text.write(toFile: dot, atomically: true, encoding: .utf8)
        let console = Console.capturing()
        let code = SinergiCommand.run(arguments: ["render", dot, "-o", folder.path("national.png")], console: console)
        #expect(code == 1)
        #expect(console.capturedErr.hasPrefix("error: the diagram has 10,001 nodes, more than 10,000"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("national.png")))
    }

    /// The pids whose parent is `pid` (Linux /proc).
    static func children(of pid: Int32) -> [(pid: Int32, name: String)] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [(Int32, String)] = []
        for entry in entries {
            guard let child = Int32(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { continue }
            let name = String(stat[stat.index(after: open)..<close])
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == pid { found.append((child, name)) }
        }
        return found
    }

    static func alive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    #if os(Linux)
        @Test(.enabled(if: installed), arguments: [SIGTERM, SIGINT])
        func graphvizStopsWhenSinergiIsStopped(signal: Int32) throws {
            let folder = TemporaryFolder()
            let dot = folder.path("slow.dot")
            // dot needs many seconds for this: long enough to be stopped half-way.
            var text = "digraph { layout=\"dot\";\n"
            var state: UInt64 = 7
            for i in 0..<2_500 {
                for _ in 0..<2 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += "    n\(i) -> n\(Int(state >> 33) % 2_500);\n"
                }
            }
            text += "}\n"
            try text.write(toFile: dot, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BuiltProducts.sinergi)
            process.arguments = ["render", dot, "-o", folder.path("slow.png")]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var graphviz: Int32?
            for _ in 0..<400 where graphviz == nil {
                graphviz = Self.children(of: process.processIdentifier).first { $0.name == "dot" }?.pid
                if graphviz == nil { usleep(25_000) }
            }
            let child = try #require(graphviz, "Graphviz did not start")
            kill(process.processIdentifier, signal)
            var exitWait = 0
            while process.isRunning && exitWait < 2_000 {
                usleep(10_000)
                exitWait += 1
            }
            if process.isRunning {
                Issue.record("sinergi did not end within 20 s of the signal")
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == signal)
            var waited = 0
            while Self.alive(child) && waited < 300 {
                usleep(10_000)
                waited += 1
            }
            #expect(!Self.alive(child), "Graphviz (pid \(child)) kept running after sinergi was stopped")
            // No picture and no half-drawn file are left behind.
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
            #expect(left == ["slow.dot"])
        }
    #endif

    /// Real sfdp and neato: a picture laid out by sfdp draws the region boxes it asked for,
    /// named, apart from one another, each around where sfdp put its region's nodes.
    @Test(.enabled(if: installed)) func anSfdpPictureBoxesItsRegions() throws {
        let folder = TemporaryFolder()
        let svg = folder.path("large.svg")
        let console = Console.capturing()
        let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(
                arguments: [
                    "export", "-r", "Tests/SinergiFormatsTests/Fixtures/sample-network.jsonl", "--format", "dot",
                    "--cluster-by", "regency", "--highlight", "gaps", "--engine", "sfdp", "--render", "-o", svg,
                ], console: console)
        }
        #expect(code == 0, "\(console.capturedErr)")
        #expect(console.capturedErr.contains("drew \(svg) with sfdp"))
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        // Each drawn node of the SVG: its title (DOT id) and the box around its coordinates.
        var shapes: [String: (Double, Double, Double, Double)] = [:]
        let number = try Regex(#"(-?[0-9]+(?:\.[0-9]+)?),(-?[0-9]+(?:\.[0-9]+)?)"#)
        for chunk in text.components(separatedBy: "class=\"node\"").dropFirst() {
            guard
                let title = chunk.components(separatedBy: "<title>").dropFirst().first?.components(
                    separatedBy: "</title>"
                ).first
            else { continue }
            var r: (Double, Double, Double, Double)?
            let group = chunk.components(separatedBy: "</g>").first ?? ""
            // Only the shapes' coordinates (a dashed outline's dasharray is a pair too).
            let body =
                group.components(separatedBy: " points=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                .joined(separator: " ")
                + group.components(separatedBy: " d=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                .joined(separator: " ")
            var points = body.matches(of: number).compactMap { m -> (Double, Double)? in
                guard let x = Double(body[m.range].split(separator: ",")[0]),
                    let y = Double(body[m.range].split(separator: ",")[1])
                else { return nil }
                return (x, y)
            }
            if let cx = group.components(separatedBy: "cx=\"").dropFirst().first.flatMap({
                Double($0.prefix { $0 != "\"" })
            }),
                let cy = group.components(separatedBy: "cy=\"").dropFirst().first.flatMap({
                    Double($0.prefix { $0 != "\"" })
                })
            {
                points.append((cx, cy))
            }
            for p in points {
                r = r.map { (min($0.0, p.0), min($0.1, p.1), max($0.2, p.0), max($0.3, p.1)) } ?? (p.0, p.1, p.0, p.1)
            }
            if let r { shapes[title] = r }
        }
        let outlines = shapes.filter { $0.key.hasPrefix("box") && !$0.key.hasPrefix("boxname") }.map(\.value)
        #expect(outlines.count == 4)
        for name in ["Kabupaten Bintan", "Kepulauan Riau", "Kota Tanjungpinang", "Sumatera Utara"] {
            #expect(text.contains(">\(name)</text>"), "\(name)")
        }
        for (a, p) in outlines.enumerated() {
            for q in outlines[(a + 1)...] { #expect(!(p.0 < q.2 && q.0 < p.2 && p.1 < q.3 && q.1 < p.3)) }
        }
        var inside = 0
        for (id, s) in shapes where id.hasPrefix("n") {
            let (x, y) = ((s.0 + s.2) / 2, (s.1 + s.3) / 2)
            let holders = outlines.filter { x > $0.0 && x < $0.2 && y > $0.1 && y < $0.3 }.count
            #expect(holders <= 1, "\(id)")
            inside += holders
        }
        #expect(inside >= 10)
        for o in outlines {
            #expect(
                shapes.contains {
                    $0.key.hasPrefix("n") && ($0.value.0 + $0.value.2) / 2 > o.0 && ($0.value.0 + $0.value.2) / 2 < o.2
                })
        }
    }

    /// The DOT file of an sfdp diagram with region boxes is the drawing itself (laid out as it
    /// is written, `layout="nop2"`): `render FILE.dot` draws the same boxed picture as `--render`,
    /// and says what ran.
    @Test(.enabled(if: installed)) func anSfdpDOTFileRendersWithItsRegionBoxes() throws {
        let folder = TemporaryFolder()
        let (dot, svg, direct) = (folder.path("large.dot"), folder.path("large.svg"), folder.path("direct.svg"))
        let arguments = [
            "export", "-r", "Tests/SinergiFormatsTests/Fixtures/sample-network.jsonl", "--format", "dot",
            "--cluster-by", "regency", "--highlight", "gaps", "--engine", "sfdp",
        ]
        let console = Console.capturing()
        let exported = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(arguments: arguments + ["-o", dot], console: console)
        }
        #expect(exported == 0, "\(console.capturedErr)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("layout=nop2") || text.contains("layout=\"nop2\""), "\(text.prefix(400))")
        #expect(text.contains("box0 ["), "the region outlines are nodes of the file")
        let rendered = Console.capturing()
        #expect(SinergiCommand.run(arguments: ["render", dot, "-o", svg], console: rendered) == 0)
        #expect(rendered.capturedErr.contains("drew \(svg) with nop2"), "\(rendered.capturedErr)")
        let drawn = Console.capturing()
        let code = WorkingDirectory.with(GoldenTranscript.repositoryRoot) {
            SinergiCommand.run(arguments: arguments + ["--render", "-o", direct], console: drawn)
        }
        #expect(code == 0, "\(drawn.capturedErr)")
        // The same picture either way: the same region names and outlines where sfdp put them.
        let picture = try String(contentsOfFile: svg, encoding: .utf8)
        for name in ["Kabupaten Bintan", "Kepulauan Riau", "Kota Tanjungpinang", "Sumatera Utara"] {
            #expect(picture.contains(">\(name)</text>"), "\(name)")
        }
        func outlines(_ svg: String) -> [String] {
            svg.components(separatedBy: "<title>").dropFirst().compactMap { chunk in
                let title = chunk.components(separatedBy: "</title>")[0]
                guard title.hasPrefix("box"), !title.hasPrefix("boxname") else { return nil }
                let shape = chunk.components(separatedBy: "</g>")[0]
                let points = shape.components(separatedBy: " points=\"").dropFirst().first
                let path = shape.components(separatedBy: " d=\"").dropFirst().first
                let coordinates: Substring = (points ?? path ?? "").prefix { $0 != "\"" }
                return title + " " + coordinates
            }
        }
        #expect(outlines(picture).count == 4)
        #expect(outlines(picture) == outlines(try String(contentsOfFile: direct, encoding: .utf8)))
    }

    /// Without Graphviz on the path, the DOT file of a boxed sfdp diagram is still written, as
    /// the plain graph, with a warning in the run's language that it has no region boxes.
    @Test func withoutGraphvizTheDOTFileIsWrittenWithoutItsBoxesAndSaysSo() throws {
        let folder = TemporaryFolder()
        let dot = folder.path("plain.dot")
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent(
            "Tests/SinergiFormatsTests/Fixtures/sample-network.jsonl"
        ).path
        let ending = try ChildProcess(
            BuiltProducts.sinergi,
            [
                "export", "-r", registry, "--format", "dot", "--cluster-by", "regency", "--engine", "sfdp", "-o", dot,
                "--lang", "id",
            ], environment: ["PATH": folder.path("no-graphviz-here")]
        ).finish()
        #expect(ending.status == 0, "\(ending)")
        #expect(
            ending.stderr.contains(
                "peringatan: Graphviz belum terpasang: berkas DOT ditulis tanpa kotak wilayah, yang ditata sfdp saat "
                    + "berkas ditulis (pasang Graphviz, lalu ekspor lagi)"), "\(ending)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("layout=\"sfdp\"") && !text.contains("nop2") && !text.contains("box0 ["))
    }
}
