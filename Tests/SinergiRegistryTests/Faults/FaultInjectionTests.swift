// Every file-system call of an import, an optimistic query commit, a compaction, a cache rebuild and
// a registry's creation, made to fail in turn (kill, EIO, full disk, short and torn writes).
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import SinergiText
import Testing

@testable import SinergiRegistry

#if canImport(Glibc)
    import Glibc
#endif

/// The operations the fault campaigns try, and the registries they start from. Small on
/// purpose: the number of cases grows with the number of calls, not with the data.
enum FaultScenarios {
    /// A small registry: a snapshot, two journal transactions and a fresh image.
    static func registryWithImage(_ registry: Registry) throws {
        try registry.create(with: RandomGraphs.graph(seed: 17, nodes: 8, relationships: 6))
        try registry.transaction { g in
            let a = try g.addNode(key: "kepri/bappeda", labels: ["Stakeholder", "Bappeda"], properties: ["name": "B"])
            try g.addRelationship(key: "p/1", type: "PARTNERS_WITH", from: a, to: g.nodes[0])
        }
        try registry.transaction { g in try g.setProperty("since", to: .int(2024), on: g.nodes[1]) }
        _ = try registry.load()
    }

    /// The same, then an interrupted writer's tail (half a transaction, its last line cut).
    static func registryWithTornTail(_ registry: Registry) throws {
        try registryWithImage(registry)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: registry.path))
        try handle.seekToEnd()
        try handle.write(
            contentsOf: Data(
                #"{"type":"node","id":"torn/a","labels":["X"],"properties":{},"tx":4}"#.utf8 + [0x0A]
                    + #"{"type":"node","id":"torn/b","lab"#.utf8))
        try handle.close()
    }

    /// The same with its image deleted: the next load rebuilds it.
    static func registryWithoutImage(_ registry: Registry) throws {
        try registryWithImage(registry)
        try FileManager.default.removeItem(atPath: registry.imagePath)
    }

    /// Nothing: the steps create the registry.
    static func nothing(_ registry: Registry) throws {}

    /// `sinergi import` of a small JSON lines batch: parsed first, applied in one transaction.
    static func importBatch(_ prefix: String) -> FaultCampaign.Step {
        { @Sendable registry in
            let text =
                (0..<3).map {
                    #"{"type":"node","id":"\#(prefix)/\#($0)","labels":["Stakeholder"],"properties":{"name":"n\#($0)"}}"#
                }.joined(separator: "\n")
                + "\n"
                + #"{"type":"relationship","id":"\#(prefix)/r","label":"PARTNERS_WITH","properties":{},"start":{"id":"\#(prefix)/0"},"end":{"id":"\#(prefix)/1"}}"#
            let rows = JSONLinesImport.batch(Array(text.utf8), file: "\(prefix).jsonl")
            try registry.transaction(create: true) { g in
                g = try ImportPlanner.plan(rows, into: g, options: ImportOptions()).apply(to: g).graph
            }
        }
    }

    /// What `sinergi query` does for a writing statement: read without the lock, change in
    /// memory (here: a property, a new node, a deletion, an index), commit if nobody else did.
    static let optimisticQuery: FaultCampaign.Step = { registry in
        let version = try registry.loadVersion()
        var g = version.loaded.graph
        g.resetChanges()
        try g.setProperty("name", to: "renamed", on: g.nodes[0])
        try g.addNode(key: "query/new", labels: ["Stakeholder", "DPMPD"], properties: ["name": "D"])
        try g.removeNode(g.nodes[2], detach: true)
        _ = g.createIndex(label: "Stakeholder", property: "name")
        guard try registry.commit(g, over: version) != nil else { throw ScenarioError.conflict }
    }

    static let compact: FaultCampaign.Step = { registry in try registry.compact() }
    static let load: FaultCampaign.Step = { registry in _ = try registry.load() }
    static let create: FaultCampaign.Step = { registry in
        try registry.create(with: RandomGraphs.graph(seed: 3, nodes: 5, relationships: 4))
    }

    enum ScenarioError: Error { case conflict }
}

@Suite struct FaultInjectionTests {
    /// Runs `campaign` and expects every case tried, every fault injected, nothing broken.
    func expectSound(_ campaign: FaultCampaign, atLeast minimum: Int, durable: [String]) {
        let report = campaign.run()
        print(report)
        #expect(report.cases == report.expectedCases, "\(report)")
        #expect(report.cases >= minimum, "\(report)")
        #expect(report.injected == report.cases, "every case must reach its planned call: \(report)")
        #expect(report.violations.isEmpty, "\(report)\n\(report.violations.joined(separator: "\n"))")
        // The durable steps went through the seam (where the cases could hit them).
        let seen = Set(report.trace.map(\.description))
        for call in durable { #expect(seen.contains(call), "no '\(call)' in the trace of \(campaign.name)") }
    }

    @Test func importsIntoARegistryWithAFreshImage() {
        expectSound(
            FaultCampaign(
                name: "import ×2", prepare: FaultScenarios.registryWithImage,
                steps: [FaultScenarios.importBatch("a"), FaultScenarios.importBatch("b")]),
            atLeast: 150, durable: ["write r.jsonl", "sync r.jsonl", "lock r.jsonl.lock"])
    }

    @Test func importThatCutsAnInterruptedWritersTail() {
        expectSound(
            FaultCampaign(
                name: "import after a torn tail", prepare: FaultScenarios.registryWithTornTail,
                steps: [FaultScenarios.importBatch("a")]),
            atLeast: 100, durable: ["truncate r.jsonl", "sync r.jsonl", "write r.jsonl"])
    }

    @Test func optimisticQueryCommit() {
        expectSound(
            FaultCampaign(
                name: "query commit", prepare: FaultScenarios.registryWithImage,
                steps: [FaultScenarios.optimisticQuery]),
            atLeast: 80, durable: ["write r.jsonl", "sync r.jsonl"])
    }

    @Test func compaction() {
        expectSound(
            FaultCampaign(name: "compact", prepare: FaultScenarios.registryWithImage, steps: [FaultScenarios.compact]),
            atLeast: 30, durable: ["write r.jsonl.tmp-*", "sync r.jsonl.tmp-*", "rename r.jsonl.tmp-*", "sync folder"])
    }

    @Test func cacheImageRebuild() {
        expectSound(
            FaultCampaign(
                name: "cache rebuild", prepare: FaultScenarios.registryWithoutImage, steps: [FaultScenarios.load]),
            atLeast: 30, durable: ["write r.jsonl.tmp-*.sinergi-cache", "rename r.jsonl.tmp-*.sinergi-cache"])
    }

    @Test func creatingARegistry() {
        expectSound(
            FaultCampaign(
                name: "create", prepare: FaultScenarios.nothing,
                steps: [FaultScenarios.create, FaultScenarios.importBatch("a")]),
            atLeast: 50, durable: ["rename r.jsonl.tmp-*", "sync folder"])
        expectSound(
            FaultCampaign(
                name: "import --create", prepare: FaultScenarios.nothing, steps: [FaultScenarios.importBatch("a")]),
            atLeast: 25, durable: ["write r.jsonl.tmp-*", "sync r.jsonl.tmp-*", "rename r.jsonl.tmp-*", "sync folder"])
    }
}
