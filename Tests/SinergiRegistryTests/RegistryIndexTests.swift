// Index declarations in a registry: journaled as `index`/`dropIndex` records, rebuilt
// on every load (from the JSON lines and from the binary image), kept by compaction
// as transaction 1 after the snapshot, and malformed index records reported as FILE:LINE.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryIndexTests {
    func registryWithTwoNodes(_ folder: TemporaryFolder) throws -> Registry {
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.transaction(create: true) { g in
            try g.addNode(key: "a", labels: ["Stakeholder"], properties: ["name": "A"])
            try g.addNode(key: "b", labels: ["Stakeholder"], properties: ["name": "B"])
        }
        return registry
    }

    @Test func declarationsAreJournaledAndRebuiltOnLoad() throws {
        let folder = TemporaryFolder()
        let registry = try registryWithTwoNodes(folder)
        let commit = try registry.transaction { g in
            g.createIndex(label: "Stakeholder", property: "name", name: "by_name")
        }.commit
        #expect(commit.transaction == 2 && commit.lines == 1)
        let text = try String(contentsOfFile: registry.path, encoding: .utf8)
        #expect(
            text.contains(#"{"tx":2,"type":"index","name":"by_name","label":"Stakeholder","property":"name"}"#))
        for useCache in [false, true, true] {  // JSON lines, then writing and reading the image
            let g = try registry.load(useCache: useCache).graph
            #expect(g.index(named: "by_name")?.label == "Stakeholder")
            #expect(g.nodes(withLabel: "Stakeholder", property: "name", equalTo: "B") == [g.node(forKey: "b")!])
        }
        // Writes after the declaration keep the index current.
        try registry.transaction { g in _ = try g.addNode(key: "c", labels: ["Stakeholder"], properties: ["name": "B"])
        }
        #expect(try registry.load().graph.nodes(withLabel: "Stakeholder", property: "name", equalTo: "B").count == 2)
        // A drop is journaled too.
        try registry.transaction { g in _ = g.dropIndex(label: "Stakeholder", property: "name") }
        #expect(try registry.load(useCache: false).graph.indexes.isEmpty)
        #expect(try registry.load(useCache: true).graph.indexes.isEmpty)
    }

    @Test func compactionKeepsDeclarationsAfterTheSnapshot() throws {
        let folder = TemporaryFolder()
        let registry = try registryWithTwoNodes(folder)
        try registry.transaction { g in
            g.createIndex(label: "Stakeholder", property: "name")
            g.createIndex(label: "Stakeholder", property: "code", name: "by_code")
        }
        try registry.compact()
        let lines = try String(contentsOfFile: registry.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.prefix(2).allSatisfy { $0.hasPrefix(#"{"type":"node""#) })
        // The compaction's closing transaction (3: after the two before it) declares them again.
        #expect(
            lines[2] == #"{"tx":3,"type":"index","name":"by_code","label":"Stakeholder","property":"code"}"#)
        #expect(
            lines[3]
                == #"{"tx":3,"type":"index","name":"index_Stakeholder_name","label":"Stakeholder","property":"name"}"#)
        #expect(lines[4].hasPrefix(#"{"tx":3,"type":"commit","lines":2,"time":"#))
        #expect(lines[4].hasSuffix(#","compacted":true}"#))
        let loaded = try registry.load(useCache: false)
        #expect(loaded.graph.indexes.map(\.property) == ["code", "name"])
        // The next write continues the numbering.
        let next = try registry.transaction { g in _ = try g.addNode(key: "z", labels: ["Stakeholder"]) }
        #expect(next.commit.transaction == 4)
    }

    @Test func malformedIndexRecordsAreReportedWithFileAndLine() throws {
        let missingProperty = """
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"index","name":"i","label":"X","tx":1}
            {"type":"commit","tx":1,"lines":1}

            """
        #expect {
            try RegistryLoader.parse(Data(missingProperty.utf8), file: "bad.jsonl")
        } throws: { error in
            guard case RegistryError.invalid(let problems) = error else { return false }
            return problems.first?.description
                == "bad.jsonl:2:1: a record of type 'index' needs a non-empty \"label\" and \"property\""
        }
        let conflicting = """
            {"type":"node","id":"a","labels":["X"],"properties":{}}
            {"type":"index","name":"i","label":"X","property":"p","tx":1}
            {"type":"index","name":"i2","label":"X","property":"p","tx":1}
            {"type":"dropIndex","name":"j","label":"Y","property":"q","tx":1}
            {"type":"commit","tx":1,"lines":3}

            """
        #expect {
            try RegistryLoader.parse(Data(conflicting.utf8), file: "bad.jsonl")
        } throws: { error in
            guard case RegistryError.invalid(let problems) = error else { return false }
            return problems.map(\.description) == [
                "bad.jsonl:3: index :X(p) is declared twice",
                "bad.jsonl:4: drop of undeclared index :Y(q)",
            ]
        }
    }
}
