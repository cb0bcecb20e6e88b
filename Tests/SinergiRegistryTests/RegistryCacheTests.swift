// The derived binary image beside a registry: used when fresh, replayed on appends, never trusted when stale.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct RegistryCacheTests {
    /// Expects a cached load to equal a load that parses every line.
    func expectSameAsParsing(_ loaded: LoadedRegistry, _ registry: Registry) throws {
        let parsed = try registry.load(useCache: false)
        #expect(parsed.cache == .disabled)
        #expect(RandomGraphs.sameContent(loaded.graph, parsed.graph))
        #expect(loaded.graph.nodes == parsed.graph.nodes && loaded.graph.relationships == parsed.graph.relationships)
        #expect(loaded.committedLength == parsed.committedLength)
        #expect(loaded.lastTransaction == parsed.lastTransaction)
        #expect(loaded.journalTransactions == parsed.journalTransactions)
        #expect(loaded.lineCount == parsed.lineCount)
        #expect(loaded.nodeLines == parsed.nodeLines && loaded.relationshipLines == parsed.relationshipLines)
        #expect(loaded.warnings == parsed.warnings)
    }

    func imageExists(_ registry: Registry) -> Bool { FileManager.default.fileExists(atPath: registry.imagePath) }

    @Test func imageIsBuiltThenUsedAndEqualsTheRegistry() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 21, nodes: 300, relationships: 700))
        let first = try registry.load()
        #expect(first.cache == .rebuilt)
        #expect(imageExists(registry))
        let second = try registry.load()
        #expect(second.cache == .fresh)
        try expectSameAsParsing(second, registry)
        #expect(RandomGraphs.sameContent(first.graph, second.graph))
    }

    @Test func loadingWithoutTheCacheNeitherReadsNorWritesIt() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 2, nodes: 20, relationships: 30))
        #expect(try registry.load(useCache: false).cache == .disabled)
        #expect(!imageExists(registry))
    }

    @Test func appendedJournalIsReplayedOnTopOfTheImage() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 22, nodes: 200, relationships: 400))
        #expect(try registry.load().cache == .rebuilt)
        let appended = try registry.transaction { g in
            let a = try g.addNode(key: "journal/a", labels: ["Stakeholder"], properties: ["name": "A"])
            try g.addRelationship(key: "journal/r", type: "PARTNERS_WITH", from: a, to: g.nodes[0])
            try g.removeNode(g.nodes[1], detach: true)
            try g.setProperty("name", to: "renamed", on: g.nodes[2])
        }
        let replayed = try registry.load()
        guard case .replayedTail(let bytes) = replayed.cache else {
            Issue.record("expected a replayed tail, got \(replayed.cache)")
            return
        }
        // Exactly the transaction's bytes were read on top of the image.
        #expect(bytes == appended.commit.bytes)
        #expect(replayed.journalTransactions == 1)
        #expect(replayed.graph.node(forKey: "journal/a") != nil)
        try expectSameAsParsing(replayed, registry)
        // A second writer's transaction, then a torn tail: replayed with the same warning as a full parse.
        try registry.transaction { g in try g.addNode(key: "journal/b", labels: ["X"]) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: registry.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"type":"node","id":"torn","lab"#.utf8))
        try handle.close()
        let torn = try registry.load()
        #expect(torn.warnings.count == 1)
        #expect(torn.graph.node(forKey: "journal/b") != nil && torn.graph.node(forKey: "torn") == nil)
        try expectSameAsParsing(torn, registry)
    }

    @Test func compactedOrRecreatedRegistryIsNotReadFromTheOldImage() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 23, nodes: 100, relationships: 100))
        _ = try registry.load()
        try registry.transaction { g in try g.addNode(key: "later", labels: ["X"]) }
        _ = try registry.load()
        // Keep the old image aside and put it back after compaction: it must not be trusted.
        let saved = try Data(contentsOf: URL(fileURLWithPath: registry.imagePath))
        try registry.compact()
        #expect(!imageExists(registry))
        try saved.write(to: URL(fileURLWithPath: registry.imagePath))
        let compacted = try registry.load()
        #expect(compacted.cache == .rebuilt)
        #expect(compacted.journalTransactions == 0)
        try expectSameAsParsing(compacted, registry)
        // A different graph written over it.
        let other = RandomGraphs.graph(seed: 24, nodes: 50, relationships: 20)
        let image = try Data(contentsOf: URL(fileURLWithPath: registry.imagePath))
        try registry.create(with: other, overwrite: true)
        try image.write(to: URL(fileURLWithPath: registry.imagePath))
        let recreated = try registry.load()
        #expect(recreated.cache == .rebuilt)
        #expect(RandomGraphs.sameContent(recreated.graph, other))
    }

    @Test func sameSizeEditInPlaceIsDetected() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        var g = PropertyGraph()
        try g.addNode(key: "a", labels: ["Stakeholder"], properties: ["name": "Alpha"])
        try g.addNode(key: "b", labels: ["Stakeholder"], properties: ["name": "Bravo"])
        try registry.create(with: g)
        _ = try registry.load()
        var st = stat()
        #expect(stat(registry.path, &st) == 0)
        // Same inode, same size, different bytes; the modification time is put back as it was.
        let fd = open(registry.path, O_WRONLY)
        #expect(fd >= 0)
        let text = try String(contentsOfFile: registry.path, encoding: .utf8).replacingOccurrences(
            of: "Bravo", with: "Brave")
        _ = text.utf8CString.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, text.utf8.count, 0) }
        close(fd)
        var times = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, registry.path, &times, 0) == 0)
        let edited = try registry.load()
        #expect(edited.cache == .rebuilt)
        #expect(edited.graph.property("name", of: edited.graph.node(forKey: "b")!) == "Brave")
        // Same size again, modification time left as the edit made it.
        let again = try String(contentsOfFile: registry.path, encoding: .utf8).replacingOccurrences(
            of: "Alpha", with: "Alpho")
        let fd2 = open(registry.path, O_WRONLY)
        _ = again.utf8CString.withUnsafeBufferPointer { pwrite(fd2, $0.baseAddress, again.utf8.count, 0) }
        close(fd2)
        let edited2 = try registry.load()
        #expect(edited2.cache == .rebuilt)
        #expect(edited2.graph.property("name", of: edited2.graph.node(forKey: "a")!) == "Alpho")
    }

    @Test func corruptOrTruncatedImageFallsBackToTheRegistryAndIsRewritten() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 25, nodes: 300, relationships: 500))
        _ = try registry.load()
        let good = try Data(contentsOf: URL(fileURLWithPath: registry.imagePath))
        var corrupt = good
        corrupt[good.count * 2 / 3] ^= 0xFF
        for damaged in [corrupt, good.prefix(good.count / 2), Data(), Data("not an image".utf8)] {
            try damaged.write(to: URL(fileURLWithPath: registry.imagePath))
            let loaded = try registry.load()
            #expect(loaded.cache == .rebuilt)
            try expectSameAsParsing(loaded, registry)
            #expect(try registry.load().cache == .fresh)
        }
    }

    @Test func temporaryImagesOfKilledWritersAreCleanedUp() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 27, nodes: 30, relationships: 30))
        // A process id that is not running, and this process's own (alive).
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
        let abandoned = folder.path("r.jsonl.tmp-\(dead)-12345.sinergi-cache")
        let alive = folder.path("r.jsonl.tmp-\(getpid())-999.sinergi-cache")
        #expect(GraphImage.temporaryName(of: registry.imagePath).suffix == ".sinergi-cache")
        for path in [abandoned, alive] { try Data("partial".utf8).write(to: URL(fileURLWithPath: path)) }
        #expect(try registry.load().cache == .rebuilt)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: alive))
    }

    @Test func unwritableImageOnlyCostsTheSpeedUp() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 26, nodes: 50, relationships: 50))
        // A folder where the image should go: it can be neither written nor read.
        try FileManager.default.createDirectory(atPath: registry.imagePath, withIntermediateDirectories: false)
        let loaded = try registry.load()
        #expect(loaded.cache == .notWritten)
        try expectSameAsParsing(loaded, registry)
        #expect(try registry.load().cache == .notWritten)
    }
}
