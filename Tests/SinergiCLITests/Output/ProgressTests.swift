// Progress on long work: drawn on standard error at a real terminal (tmux) and erased before
// the result, in the run's language; nothing with -q (or --quiet), nothing when standard error is a pipe.
import Foundation
import SinergiTestSupport
import Testing

@testable import SinergiCLI

@Suite(.serialized) struct ProgressTests {
    @Test func theLineSaysWhatIsDoneAndForHowLong() {
        #expect(Progress.line(label: "reading x.jsonl", seconds: 4.2, language: .en) == "reading x.jsonl …  4.2 s")
        #expect(Progress.line(label: "membaca x.jsonl", seconds: 4.2, language: .id) == "membaca x.jsonl …  4,2 detik")
    }

    /// A folder for one test, and the command that runs sinergi in it once `ready` exists (so
    /// the recording of the terminal starts before the first byte).
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-progress-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// mitra.csv: 20,000 partners, a file large enough for the import to show progress.
    func writePartners(in folder: URL) throws {
        var rows = ":ID,:LABEL,name\n"
        for i in 1...20000 { rows += "probe/\(i),Partner,Mitra \(i)\n" }
        try rows.write(to: folder.appendingPathComponent("mitra.csv"), atomically: true, encoding: .utf8)
    }

    func command(_ folder: URL, _ steps: String) -> String {
        "cd '\(folder.path)' && while [ ! -e ready ]; do sleep 0.05; done; " + steps + "; echo '[done]'; sleep 60"
    }

    @Test func aLongStatementShowsProgressUntilItsRowsArrive() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        let statement = "UNWIND range(1, 1500000) AS x RETURN count(x) AS n"
        let tty = try TmuxSession(
            command: command(
                folder,
                "SINERGI_PROGRESS_DELAY=0.2 '\(BuiltProducts.sinergi)' query -r '\(registry)' '\(statement)'"))
        defer { tty.close() }
        let recording = folder.appendingPathComponent("terminal.bytes").path
        try tty.record(to: recording)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("ready").path, contents: nil))

        try tty.wait("the progress line while the statement runs") { $0.contains("running the statement … ") }
        let screen = try tty.wait(for: "[done]")
        #expect(screen.contains("| 1500000 |"))
        #expect(screen.contains("1 row ("))
        #expect(!screen.contains("running the statement"), "the progress line was not erased:\n\(screen)")
        let bytes = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(bytes.contains("\rrunning the statement …  "))
        #expect(bytes.contains("\r\u{1B}[K"))
    }

    @Test func generateShowsProgressInIndonesianAndNoneWithQuiet() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regions = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/regions-id").path
        let generate = "SINERGI_PROGRESS_DELAY=0 '\(BuiltProducts.sinergi)' generate --lang id --scale program"
        let tty = try TmuxSession(
            command: command(
                folder,
                "\(generate) --regions '\(regions)' -q > quiet.jsonl; echo '[quiet ended]'; "
                    + "\(generate) --regions '\(regions)' -o shown.jsonl"))
        defer { tty.close() }
        let recording = folder.appendingPathComponent("terminal.bytes").path
        try tty.record(to: recording)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("ready").path, contents: nil))

        let screen = try tty.wait(for: "[done]", seconds: 60)
        #expect(screen.contains("shown.jsonl ditulis: 10.114 simpul, 21.459 relasi"))
        #expect(!screen.contains("membuat registri"), "the progress line was not erased:\n\(screen)")
        let bytes = try String(contentsOfFile: recording, encoding: .utf8)
        let parts = bytes.components(separatedBy: "[quiet ended]")
        try #require(parts.count >= 2)
        #expect(!parts[0].contains("membuat registri"), "progress with -q:\n\(parts[0])")
        #expect(parts[1].contains("\rmembuat registri skala program …  "))
    }

    /// Drawing with Graphviz and importing a large file show what they do, in the run's
    /// language, and erase it before their summary line.
    @Test func renderAndImportShowProgress() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        try writePartners(in: folder)
        let sinergi = "SINERGI_PROGRESS_DELAY=0 '\(BuiltProducts.sinergi)'"
        let tty = try TmuxSession(
            command: command(
                folder,
                "\(sinergi) export -r '\(registry)' --format dot -o all.dot --lang id && "
                    + "\(sinergi) render all.dot -o all.svg --lang id && "
                    + "\(sinergi) import -r new.jsonl --create --schema none --nodes mitra.csv --lang id"))
        defer { tty.close() }
        let recording = folder.appendingPathComponent("terminal.bytes").path
        try tty.record(to: recording)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("ready").path, contents: nil))

        let screen = try tty.wait(for: "[done]", seconds: 120)
        #expect(!screen.contains("menggambar") && !screen.contains("mengimpor"), "not erased:\n\(screen)")
        let bytes = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(bytes.contains("\rmenggambar all.svg dengan Graphviz (dot) …  "), "\(bytes.suffix(2000))")
        #expect(bytes.contains("\rmengimpor ke new.jsonl …  "), "\(bytes.suffix(2000))")
    }

    /// The same work with -q (--quiet on export, whose -q is --query) at a terminal: no progress
    /// at all, the summaries still written.
    @Test func renderImportAndExportShowNoProgressWithQuiet() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        try writePartners(in: folder)
        let sinergi = "SINERGI_PROGRESS_DELAY=0 '\(BuiltProducts.sinergi)'"
        let tty = try TmuxSession(
            command: command(
                folder,
                "\(sinergi) export -r '\(registry)' --format dot --render -o all.svg --quiet --lang id && "
                    + "\(sinergi) export -r '\(registry)' --format dot -o all.dot --lang id --quiet && "
                    + "\(sinergi) render all.dot -o again.svg -q --lang id && "
                    + "\(sinergi) import -r new.jsonl --create --schema none --nodes mitra.csv -q --lang id"))
        defer { tty.close() }
        let recording = folder.appendingPathComponent("terminal.bytes").path
        try tty.record(to: recording)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("ready").path, contents: nil))

        let screen = try tty.wait(for: "[done]", seconds: 120)
        #expect(screen.contains("new.jsonl"), "the import's summary is still written:\n\(screen)")
        let bytes = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(!bytes.contains("menggambar") && !bytes.contains("mengimpor") && !bytes.contains("membaca"), "\(bytes)")
        #expect(!bytes.contains("\r\u{1B}[K"), "a progress line was drawn and erased:\n\(bytes)")
    }

    /// A merge of two registries shows what it does, in the run's language, and nothing with -q.
    @Test func mergeShowsProgressAndNoneWithQuiet() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        for name in ["kami.jsonl", "mereka.jsonl"] {
            try FileManager.default.copyItem(atPath: registry, toPath: folder.appendingPathComponent(name).path)
        }
        let sinergi = "SINERGI_PROGRESS_DELAY=0 '\(BuiltProducts.sinergi)'"
        let tty = try TmuxSession(
            command: command(
                folder,
                "\(sinergi) query -q -r mereka.jsonl \"CREATE (:Stakeholder:Partner {name: 'Komunitas Baca'})\" && "
                    + "\(sinergi) merge kami.jsonl mereka.jsonl -o diam.jsonl -q --lang id; echo '[quiet ended]'; "
                    + "\(sinergi) merge kami.jsonl mereka.jsonl -o gabung.jsonl --lang id"))
        defer { tty.close() }
        let recording = folder.appendingPathComponent("terminal.bytes").path
        try tty.record(to: recording)
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("ready").path, contents: nil))

        let screen = try tty.wait(for: "[done]", seconds: 60)
        #expect(screen.contains("gabung.jsonl"), "the merge's summary:\n\(screen)")
        #expect(!screen.contains("menggabungkan mereka.jsonl"), "the progress line was not erased:\n\(screen)")
        let bytes = try String(contentsOfFile: recording, encoding: .utf8)
        let parts = bytes.components(separatedBy: "[quiet ended]")
        try #require(parts.count >= 2)
        #expect(!parts[0].contains("menggabungkan") && !parts[0].contains("membaca"), "progress with -q:\n\(parts[0])")
        #expect(parts[1].contains("\rmenggabungkan mereka.jsonl ke kami.jsonl …  "), "\(parts[1].suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("diam.jsonl").path))
    }

    @Test func noProgressWhenStandardErrorIsAPipe() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["SINERGI_PROGRESS_DELAY"] = "0"
        let ending = try ChildProcess(
            BuiltProducts.sinergi,
            [
                "generate", "--scale", "program", "--regions",
                GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/regions-id").path, "-o", "p.jsonl",
            ], in: folder.path, environment: environment
        ).finish()
        #expect(ending.status == 0)
        #expect(ending.stderr.hasPrefix("wrote p.jsonl: 10,114 nodes, 21,459 relationships (generated in "))
        #expect(!ending.stderr.contains("\r") && !ending.stderr.contains("generating"), "\(ending.stderr)")
    }
}
