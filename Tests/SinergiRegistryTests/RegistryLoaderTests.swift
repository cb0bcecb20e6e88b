// Loading registries: round trips, journal replay, torn tails and corrupt lines reported as FILE:LINE.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryLoaderTests {
    @Test func roundTripKeepsEveryValue() throws {
        let folder = TemporaryFolder()
        let graph = RandomGraphs.graph(seed: 7, nodes: 300, relationships: 600)
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: graph)
        let loaded = try registry.load()
        #expect(loaded.warnings.isEmpty)
        #expect(RandomGraphs.sameContent(graph, loaded.graph))
        // Writing the loaded graph again gives the same bytes.
        let again = JSONLineEncoder.snapshot(of: loaded.graph)
        #expect(again == Array(try Data(contentsOf: URL(fileURLWithPath: registry.path))))
    }

    @Test func transactionsAppendAndReplay() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.transaction(create: true) { g in
            let a = try g.addNode(key: "a", labels: ["Stakeholder"], properties: ["name": "A"])
            let b = try g.addNode(key: "b", labels: ["Stakeholder"], properties: ["name": "B"])
            try g.addRelationship(key: "ab", type: "PARTNERS_WITH", from: a, to: b)
        }
        let second = try registry.transaction { g in
            let a = g.node(forKey: "a")!
            try g.setProperty("name", to: "A2", on: a)
            try g.removeNode(g.node(forKey: "b")!, detach: true)
        }
        #expect(second.commit.transaction == 2)
        let loaded = try registry.load()
        #expect(loaded.journalTransactions == 2)
        #expect(loaded.graph.nodeCount == 1)
        #expect(loaded.graph.relationshipCount == 0)
        #expect(loaded.graph.property("name", of: loaded.graph.node(forKey: "a")!) == "A2")
        let text = try String(contentsOfFile: registry.path, encoding: .utf8)
        #expect(text.contains(#"{"tx":2,"type":"delete","relationship":"ab"}"#))
        // Compaction folds the journal and keeps the content.
        try registry.compact()
        let compacted = try registry.load()
        #expect(compacted.journalTransactions == 0)
        #expect(RandomGraphs.sameContent(compacted.graph, loaded.graph))
        // Only the closing transaction of the compaction follows the snapshot: the numbering goes on.
        let lines = try String(contentsOfFile: registry.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains("\"tx\"") }.count == 1)
        #expect(lines.last?.hasPrefix(#"{"tx":3,"type":"commit","lines":0,"time":"#) == true)
        #expect(lines.last?.hasSuffix(#","compacted":true}"#) == true)
        #expect(compacted.lastTransaction == 3)
    }

    @Test func failedTransactionWritesNothing() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.create(with: RandomGraphs.graph(seed: 1, nodes: 20, relationships: 20))
        let before = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try registry.transaction { g in
                try g.addNode(key: "new", labels: ["X"])
                throw Boom()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry.path)) == before)
    }

    @Test func tornTailIsIgnoredWithAWarningAndCutByTheNextWrite() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.transaction(create: true) { g in try g.addNode(key: "a", labels: ["X"]) }
        let committed = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        // A writer killed mid-transaction: a complete line of tx 2 and half of the next.
        let torn =
            #"{"type":"node","id":"b","labels":["X"],"properties":{},"tx":2}"# + "\n"
            + #"{"type":"node","id":"c","lab"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: registry.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn.utf8))
        try handle.close()
        let loaded = try registry.load()
        #expect(loaded.graph.nodeCount == 1)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.line == 3)
        #expect(loaded.committedLength == committed.count)
        try registry.transaction { g in try g.addNode(key: "d", labels: ["X"]) }
        let after = try registry.load()
        #expect(after.warnings.isEmpty)
        #expect(after.graph.node(forKey: "d") != nil && after.graph.node(forKey: "b") == nil)
    }

    @Test func corruptLinesAreReportedWithFileAndLine() throws {
        let text = """
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"node","id":"b","labels":["X"],"properties":{"n":01x}}
            {"type":"relationship","id":"r","label":"T","properties":{},"start":{"id":"a"},"end":{"id":"zz"}}
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"commit","tx":1,"lines":0}

            """
        #expect {
            try RegistryLoader.parse(Data(text.utf8), file: "bad.jsonl")
        } throws: { error in
            guard case RegistryError.invalid(let problems) = error else { return false }
            return problems.map(\.description) == [
                "bad.jsonl:2:60: expected ',' or '}'",
                "bad.jsonl:3: relationship 'r' ends at unknown node 'zz'",
                "bad.jsonl:4: node 'a' appears twice",
            ]
        }
    }

    @Test func deeplyNestedValuesAreAnErrorNotAStackOverflow() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let text = #"{"type":"node","id":"a","labels":[],"properties":{"x":"# + deep + "}}\n"
        #expect {
            try RegistryLoader.parse(Data(text.utf8), file: "deep.jsonl")
        } throws: { error in
            guard case RegistryError.invalid(let problems) = error else { return false }
            return problems.first?.message.description == "lists and maps nest too deeply" && problems.first?.line == 1
        }
        // Nesting within the limit still loads.
        let fine = String(repeating: "[", count: 200) + "1" + String(repeating: "]", count: 200)
        let ok = #"{"type":"node","id":"a","labels":[],"properties":{"x":"# + fine + "}}\n"
        #expect(try RegistryLoader.parse(Data(ok.utf8), file: "ok.jsonl").graph.nodeCount == 1)
    }

    @Test func truncatedSnapshotLineInTheMiddleIsAnError() throws {
        let text =
            "{\"type\":\"node\",\"id\":\"a\",\"labels\":[],\"prop\n{\"type\":\"node\",\"id\":\"b\",\"labels\":[],\"properties\":{}}\n"
        #expect(throws: RegistryError.self) { try RegistryLoader.parse(Data(text.utf8), file: "t.jsonl") }
    }

    @Test func theTPBISRegistryLoadsAndSurvivesARewrite() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let loaded = try RegistryLoader.load(path: root.appendingPathComponent("graphs/tpbis.jsonl").path)
        #expect(loaded.graph.nodeCount > 500)
        let again = try RegistryLoader.parse(Data(JSONLineEncoder.snapshot(of: loaded.graph)), file: "again")
        #expect(RandomGraphs.sameContent(loaded.graph, again.graph))
    }
}
