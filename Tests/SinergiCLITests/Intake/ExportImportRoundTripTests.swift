// A registry goes out and comes back in under the default TPBIS schema with nothing refused,
// nothing lost and nothing added, the real program end to end: a generated province as
// admin-import CSVs; graphs/tpbis.jsonl as its own JSON lines and as APOC's (dates as text,
// which the schema reads back as dates; references such as followUpOf to nodes of the same file).
import Foundation
import SinergiTestSupport
import Testing

@Suite struct ExportImportRoundTripTests {
    /// A folder of its own for one test.
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sinergi-roundtrip-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `sinergi` in `folder`, standard output to `output` (inside the folder) when given.
    private func sinergi(_ arguments: [String], in folder: URL, output: String? = nil) throws -> ChildProcess.Ending {
        var handle: FileHandle?
        if let output {
            let url = folder.appendingPathComponent(output)
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            handle = try FileHandle(forWritingTo: url)
        }
        defer { try? handle?.close() }
        return try ChildProcess(sinergi: arguments, in: folder.path, standardOutput: handle).finish()
    }

    /// `stats --format json` of `registry`, without the count of journal transactions (an
    /// import writes one).
    private func stats(_ registry: String, in folder: URL) throws -> NSDictionary {
        let name = "stats-\(UUID()).json"
        let ending = try sinergi(["stats", "-r", registry, "--format", "json"], in: folder, output: name)
        try #require(ending.status == 0, "\(ending)")
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["journalTransactions"] = nil
        return NSDictionary(dictionary: object)
    }

    /// The CSV lines (header first) a statement returns on `registry`.
    private func rows(_ statement: String, on registry: String, in folder: URL) throws -> [String] {
        let name = "rows-\(UUID()).csv"
        let ending = try sinergi(["query", "-r", registry, "--format", "csv", statement], in: folder, output: name)
        try #require(ending.status == 0, "\(ending)")
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    @Test func provinceExportImportsUnderTheDefaultSchema() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regions = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/regions-id").path

        let generated = try sinergi(
            [
                "generate", "--scale", "province", "--province", "Kepulauan Riau", "--seed", "7", "--regions", regions,
                "-o", "kepri.jsonl",
            ], in: folder)
        try #require(generated.status == 0, "\(generated)")
        let exported = try sinergi(["export", "-r", "kepri.jsonl", "--format", "csv", "-o", "csv"], in: folder)
        try #require(exported.status == 0, "\(exported)")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csv").path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        let nodeFiles = files.filter { $0.hasPrefix("nodes") }
        let relationshipFiles = files.filter { $0.hasPrefix("relationships") }
        #expect(nodeFiles.count > 1 && relationshipFiles.contains("relationships_ATTENDED.csv"))
        #expect(relationshipFiles.contains("relationships_MEMBER_OF.csv"))
        let arguments =
            ["import", "-r", "copy.jsonl", "--create"] + nodeFiles.flatMap { ["--nodes", "csv/\($0)"] }
            + relationshipFiles.flatMap { ["--relationships", "csv/\($0)"] }
        let imported = try sinergi(arguments, in: folder)
        try #require(imported.status == 0, "the default schema refused the registry's own export: \(imported)")

        // The same registry, counted the same, but for the one transaction the import wrote.
        let original = try stats("kepri.jsonl", in: folder)
        #expect(original == (try stats("copy.jsonl", in: folder)))
        #expect((original["nodes"] as? Int ?? 0) > 1000)
        let checked = try sinergi(["check", "-r", "copy.jsonl"], in: folder)
        #expect(checked.status == 0, "\(checked)")

        // ATTENDED carries the schema's roles; the seat groups came through.
        let lines = try rows(
            "MATCH ()-[a:ATTENDED]->() RETURN DISTINCT a.role AS role, a.seatGroup AS seatGroup ORDER BY role, seatGroup",
            on: "copy.jsonl", in: folder)
        let roles = Set(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" })
        #expect(roles == ["organizer", "participant"])
        #expect(lines.contains("participant,synergy team"), "\(lines)")
    }

    @Test(arguments: ["jsonl", "apoc"]) func tpbisExportImportsBack(format: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path

        let exported = try sinergi(["export", "-r", registry, "--format", format], in: folder, output: "out.jsonl")
        try #require(exported.status == 0, "\(exported)")
        let text = try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)
        #expect(text.contains("$date") == (format == "jsonl"))
        let imported = try sinergi(["import", "-r", "copy.jsonl", "--create", "out.jsonl"], in: folder)
        try #require(imported.status == 0, "\(imported)")
        #expect(imported.stderr.contains("605 nodes and 619 relationships created"), "\(imported.stderr)")
        #expect(try stats(registry, in: folder) == stats("copy.jsonl", in: folder))

        // Dates came back as dates: a year can be read off every `since`.
        let lines = try rows(
            "MATCH ()-[r:PARTNERS_WITH]->() WHERE r.since IS NOT NULL RETURN count(r.since.year) AS n, count(r) AS m",
            on: "copy.jsonl", in: folder)
        let counts = lines.last?.split(separator: ",").map(String.init) ?? []
        #expect(counts.count == 2 && counts[0] == counts[1] && counts[0] != "0", "\(lines)")
    }

    /// Copies of graphs/tpbis.jsonl under `names` in `folder`: two provinces' registries.
    static func copyTPBIS(as names: [String], into folder: URL) throws {
        let registry = GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        for name in names {
            try FileManager.default.copyItem(atPath: registry, toPath: folder.appendingPathComponent(name).path)
        }
    }

    /// Another province's registry, compacted, with one property changed: only that one is a
    /// conflict, named with both values; everything else is already there.
    @Test func anotherRegistryBringsInOnlyItsChanges() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copyTPBIS(as: ["ours.jsonl", "theirs.jsonl"], into: folder)
        let changed = try sinergi(
            ["query", "-r", "theirs.jsonl", "MATCH (n:Bappenas) SET n.shortName = 'PPN/Bappenas' RETURN n.name"],
            in: folder)
        try #require(changed.status == 0, "\(changed)")
        try #require(try sinergi(["compact", "-r", "theirs.jsonl"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("ours.jsonl"))

        let refused = try sinergi(["import", "-r", "ours.jsonl", "theirs.jsonl"], in: folder)
        #expect(refused.status == 1)
        let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(
            errors == [
                #"error: theirs.jsonl:562: node 'bappenas' exists in the registry already with other values: shortName "Bappenas" in the registry, "PPN/Bappenas" in the file (use --on-conflict replace or skip)"#
            ], "\(refused.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("ours.jsonl")) == before)

        let replaced = try sinergi(
            ["import", "-r", "ours.jsonl", "theirs.jsonl", "--on-conflict", "replace"], in: folder)
        #expect(replaced.status == 0, "\(replaced)")
        #expect(replaced.stderr.contains("1 replaced, 0 skipped, 1,223 already there"), "\(replaced.stderr)")
        #expect(try stats("ours.jsonl", in: folder) == stats("theirs.jsonl", in: folder))
    }

    /// Another province's registry with its journal, not compacted: imported as its last
    /// committed transaction left it — a changed property is a conflict named at the journal
    /// line that wrote it, a node created and deleted again never arrives, and a second
    /// import finds everything already there.
    @Test func anotherRegistryWithItsJournalNeedsNoCompaction() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.copyTPBIS(as: ["ours.jsonl", "theirs.jsonl"], into: folder)
        for statement in [
            "MATCH (n:Bappenas) SET n.shortName = 'PPN/Bappenas'",
            "CREATE (:Stakeholder:Partner {name: 'Komunitas Baca Medan'})",
            "CREATE (:Stakeholder:Partner {name: 'Komunitas Sementara'})",
            "MATCH (p:Partner {name: 'Komunitas Sementara'}) DETACH DELETE p",
        ] {
            let run = try sinergi(["query", "-q", "-r", "theirs.jsonl", statement], in: folder)
            try #require(run.status == 0, "\(run)")
        }
        let before = try Data(contentsOf: folder.appendingPathComponent("ours.jsonl"))
        let refused = try sinergi(["import", "-r", "ours.jsonl", "theirs.jsonl"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") } == [
                #"error: theirs.jsonl:1225: node 'bappenas' exists in the registry already with other values: shortName "Bappenas" in the registry, "PPN/Bappenas" in the file (use --on-conflict replace or skip)"#
            ], "\(refused.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("ours.jsonl")) == before)
        let replaced = try sinergi(
            ["import", "-r", "ours.jsonl", "theirs.jsonl", "--on-conflict", "replace"], in: folder)
        #expect(replaced.status == 0, "\(replaced)")
        #expect(
            replaced.stderr.contains("1 node and 0 relationships created, 1 replaced, 0 skipped, 1,223 already there"),
            "\(replaced.stderr)")
        #expect(try stats("ours.jsonl", in: folder) == stats("theirs.jsonl", in: folder))
        let again = try sinergi(["import", "-r", "ours.jsonl", "theirs.jsonl"], in: folder)
        #expect(again.status == 0 && again.stderr.contains("(nothing changed)"), "\(again)")
    }
}
