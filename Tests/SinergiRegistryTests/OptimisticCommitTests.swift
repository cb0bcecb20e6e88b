// The optimistic commit of `sinergi query` refuses a version that is no longer the file's: after
// another commit, after a compaction (same size, new file), after the file was removed, and after
// someone created the file a first commit meant to create. The mutation check found that only
// the concurrency test, by chance, would notice a version check that let a stale version through.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct OptimisticCommitTests {
    /// A registry of three stakeholders (one snapshot, no journal) and its bytes.
    func threeStakeholders(_ folder: TemporaryFolder) throws -> (Registry, [UInt8]) {
        let registry = Registry(path: folder.path("r.jsonl"))
        var graph = PropertyGraph()
        for i in 1...3 {
            try graph.addNode(key: "s/\(i)", labels: ["Stakeholder"], properties: ["name": .string("s\(i)")])
        }
        try registry.create(with: graph)
        return (registry, try bytes(of: registry))
    }

    func bytes(of registry: Registry) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: registry.path)))
    }

    /// The graph of `version` with one new stakeholder `key`.
    func adding(_ key: String, to version: RegistryVersion) throws -> PropertyGraph {
        var graph = version.loaded.graph
        graph.resetChanges()
        try graph.addNode(key: key, labels: ["Stakeholder"], properties: ["name": .string(key)])
        return graph
    }

    func keys(_ registry: Registry) throws -> [String] {
        let graph = try registry.load(useCache: false).graph
        return graph.nodes.compactMap { graph.key(of: $0) }.sorted()
    }

    @Test func aCurrentVersionCommits() throws {
        let folder = TemporaryFolder()
        let (registry, _) = try threeStakeholders(folder)
        let version = try registry.loadVersion()
        let commit = try registry.commit(try adding("q/1", to: version), over: version)
        #expect(commit == CommitSummary(transaction: 1, lines: 1, bytes: commit?.bytes ?? -1))
        #expect(try keys(registry) == ["q/1", "s/1", "s/2", "s/3"])
    }

    @Test func aVersionOlderThanAnotherCommitIsRefused() throws {
        let folder = TemporaryFolder()
        let (registry, _) = try threeStakeholders(folder)
        let version = try registry.loadVersion()
        // Another writer commits in between: the file grows.
        try Registry(path: registry.path).transaction { g in
            try g.addNode(key: "other/1", labels: ["Stakeholder"], properties: ["name": "o"])
        }
        let after = try bytes(of: registry)
        #expect(try registry.commit(try adding("q/1", to: version), over: version) == nil)
        #expect(try bytes(of: registry) == after, "a refused commit writes nothing")
        #expect(try keys(registry) == ["other/1", "s/1", "s/2", "s/3"])
        // Read again, the same change commits after the other writer's.
        let fresh = try registry.loadVersion()
        #expect(try registry.commit(try adding("q/1", to: fresh), over: fresh)?.transaction == 2)
        #expect(try keys(registry) == ["other/1", "q/1", "s/1", "s/2", "s/3"])
    }

    @Test func aVersionOfAFileCompactedSinceIsRefusedEvenAtTheSameSize() throws {
        let folder = TemporaryFolder()
        let (registry, before) = try threeStakeholders(folder)
        let version = try registry.loadVersion()
        try Registry(path: registry.path).compact()
        // A compacted snapshot compacts to the same bytes, in a new file.
        #expect(try bytes(of: registry) == before)
        #expect(try registry.currentIdentity()?.inode != version.inode)
        #expect(try registry.commit(try adding("q/1", to: version), over: version) == nil)
        #expect(try bytes(of: registry) == before)
    }

    @Test func aVersionOfAFileRemovedSinceIsRefusedAndCreatesNothing() throws {
        let folder = TemporaryFolder()
        let (registry, _) = try threeStakeholders(folder)
        let version = try registry.loadVersion()
        try FileManager.default.removeItem(atPath: registry.path)
        #expect(try registry.commit(try adding("q/1", to: version), over: version) == nil)
        #expect(!FileManager.default.fileExists(atPath: registry.path))
    }

    @Test func aFirstCommitIsRefusedWhenSomeoneCreatedTheFileMeanwhile() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        let absent = registry.absentVersion()
        let (_, created) = try threeStakeholders(folder)
        #expect(try registry.commit(try adding("q/1", to: absent), over: absent) == nil)
        #expect(try bytes(of: registry) == created)
        // Over a version that does not exist, a commit of nothing creates nothing.
        let other = Registry(path: folder.path("empty.jsonl"))
        var unchanged = other.absentVersion().loaded.graph
        unchanged.resetChanges()
        #expect(try other.commit(unchanged, over: other.absentVersion()) == nil)
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }
}
