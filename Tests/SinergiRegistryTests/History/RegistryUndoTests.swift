// Undo in the library: the plan from one replay, the reversal applied under the lock, and a
// writer who committed between the plan and the undo never overwritten.
import Foundation
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct RegistryUndoTests {
    @Test func undoOfADeleteRecreatesTheNodeAndItsRelationships() throws {
        let folder = TemporaryFolder()
        let registry = try RegistryHistoryTests.threeDays(folder)
        let plan = try registry.history().undoPlan(of: 3)
        #expect(plan.dependents.isEmpty)
        #expect(plan.reversal.changes.map { "\($0.kind) \($0.key)" } == ["added b", "added ab"])
        let (_, commit) = try registry.undo(3)
        #expect(commit?.transaction == 4)
        let graph = try registry.load(useCache: false).graph
        let b = try #require(graph.node(forKey: "b"))
        #expect(graph.labels(of: b) == ["Stakeholder", "DPMPD"])
        #expect(graph.property("name", of: b) == .string("DPMPD B"))
        let ab = try #require(graph.relationship(forKey: "ab"))
        #expect(graph.property("since", of: ab) == .date(CypherDate(year: 2023, month: 8, day: 8)!))
        #expect(graph.key(of: graph.end(of: ab)) == "b")
    }

    @Test func aCreationCannotBeUndoneAndLaterWorkBlocksAnUndo() throws {
        let folder = TemporaryFolder()
        let registry = try RegistryHistoryTests.threeDays(folder)
        // Transaction 1 created b; 3 deleted it.
        let plan = try registry.history().undoPlan(of: 1)
        #expect(plan.dependents.map(\.transaction.number) == [2, 3])
        let (_, commit) = try registry.undo(1)
        #expect(commit == nil)
    }

    @Test func aWriterBetweenThePlanAndTheUndoIsNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let registry = try RegistryHistoryTests.threeDays(folder)
        let plan = try registry.history().undoPlan(of: 3)
        // Someone records b again before the undo runs.
        try registry.transaction { g in try g.addNode(key: "b", labels: ["Stakeholder"], properties: [:]) }
        let before = try Data(contentsOf: URL(fileURLWithPath: registry.path))
        #expect(throws: HistoryError.undoChangedMeanwhile(path: registry.path, tx: 3, key: "b")) {
            try registry.undo(plan)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry.path)) == before)
        // Planned anew, the undo names the writer's transaction.
        #expect(try registry.history().undoPlan(of: 3).dependents.map(\.transaction.number) == [4])
    }
}
