// A key is never handed out twice: not after a delete, not after compaction, not in the
// next process, and not when someone wrote a key of the generated shape by hand.
import Foundation
import SinergiFormats
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct KeyAllocationTests {
    @Test func theSerialOnlyGrows() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["X"])
        #expect(graph.key(of: a) == "n1")
        try graph.removeNode(a)
        let b = try graph.addNode(labels: ["X"])
        #expect(graph.key(of: b) == "n2")
        // A key of the generated shape given by hand takes its number out of use.
        try graph.addNode(key: "n40", labels: ["X"])
        #expect(graph.keySerial == 40)
        let c = try graph.addNode(labels: ["X"])
        #expect(graph.key(of: c) == "n41")
        let r = try graph.addRelationship(type: "T", from: graph.node(forKey: "n2")!, to: graph.node(forKey: "n40")!)
        #expect(graph.key(of: r) == "r42")
        // Keys that only look alike do not count.
        for key in ["n", "n0", "n07", "nx1", "node5", "r-3"] {
            #expect(PropertyGraph.serial(inKey: key) == nil, "\(key)")
        }
        #expect(PropertyGraph.serial(inKey: "r17") == 17)
    }

    @Test func compactionKeepsTheSerialOfDeletedKeys() throws {
        let folder = TemporaryFolder()
        let registry = Registry(path: folder.path("r.jsonl"))
        try registry.transaction(create: true) { g in
            for _ in 0..<3 { try g.addNode(labels: ["Stakeholder"], properties: ["name": "x"]) }
        }
        try registry.transaction { g in try g.removeNode(g.node(forKey: "n3")!, detach: true) }
        try registry.compact()
        let text = try String(contentsOfFile: registry.path, encoding: .utf8)
        // The compaction closes the snapshot with transaction 3, which carries the serial.
        #expect(text.contains(#"{"tx":3,"type":"commit","lines":0,"keys":3,"time":"#), "\(text)")
        try registry.transaction { g in try g.addNode(labels: ["Stakeholder"], properties: ["name": "y"]) }
        let loaded = try registry.load(useCache: false)
        #expect(loaded.graph.node(forKey: "n4") != nil)
        #expect(loaded.graph.node(forKey: "n3") == nil)
        // Without deletions the serial is not written down: the live keys show it.
        let plain = Registry(path: folder.path("plain.jsonl"))
        try plain.transaction(create: true) { g in try g.addNode(labels: ["X"]) }
        try plain.compact()
        #expect(!(try String(contentsOfFile: plain.path, encoding: .utf8)).contains("\"keys\""))
        // A registry that never had a transaction is compacted to APOC's shape alone.
        let apoc = Registry(path: folder.path("apoc.jsonl"))
        try apoc.create(with: try Registry(path: plain.path).load().graph)
        try apoc.compact()
        #expect(!(try String(contentsOfFile: apoc.path, encoding: .utf8)).contains("commit"))
    }

    @Test func aDeletedKeyIsNotReusedByTheNextProcess() throws {
        let work = try ScratchFolder()
        try work.write("r.jsonl", "")
        func create(_ name: String, cache: Bool) -> String {
            let run = work.sinergi(
                [
                    "query", "-r", "r.jsonl", "-q", "--format", "csv",
                    "CREATE (s:Stakeholder:Partner {name: '\(name)'}) RETURN elementId(s) AS key",
                ], cache: cache)
            return run.stdout
        }
        #expect(create("Komunitas A", cache: false) == "key\nn1\n")
        #expect(work.sinergi(["query", "-r", "r.jsonl", "-q", "MATCH (s) DETACH DELETE s"]).status == 0)
        #expect(create("Komunitas B", cache: true) == "key\nn2\n")
        #expect(work.sinergi(["query", "-r", "r.jsonl", "-q", "MATCH (s) DETACH DELETE s"]).status == 0)
        #expect(work.sinergi(["compact", "-r", "r.jsonl"]).status == 0)
        #expect(create("Komunitas C", cache: true) == "key\nn3\n")
        #expect(create("Komunitas D", cache: false) == "key\nn4\n")
    }
}
