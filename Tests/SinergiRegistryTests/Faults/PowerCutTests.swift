// A power cut after every file-system call of a write: what was synced survives, anything else may
// or may not, in any order; every reported commit must still be there.
import Foundation
import SinergiTestSupport
import Testing

@testable import SinergiRegistry

@Suite struct PowerCutTests {
    /// Three survivals per cut: only what was synced, everything, and one seeded random subset.
    static func survivals(_ n: Int) -> [PowerCut.Survival] {
        [.syncedOnly, .everything, .random(seed: UInt64(n) &* 7919 &+ 1)]
    }

    func expectSound(_ campaign: FaultCampaign, atLeast minimum: Int) {
        let report = campaign.runPowerCuts(survivals: Self.survivals)
        print(report)
        #expect(report.cases == report.expectedCases, "\(report)")
        #expect(report.cases == (report.trace.count + 1) * 3, "one cut before the first call and after each: \(report)")
        #expect(report.cases >= minimum, "\(report)")
        #expect(report.violations.isEmpty, "\(report)\n\(report.violations.joined(separator: "\n"))")
    }

    @Test func importsSurviveACutAtAnyPoint() {
        expectSound(
            FaultCampaign(
                name: "import ×2", prepare: FaultScenarios.registryWithImage,
                steps: [FaultScenarios.importBatch("a"), FaultScenarios.importBatch("b")]),
            atLeast: 250)
    }

    @Test func cuttingATornTailSurvivesACut() {
        expectSound(
            FaultCampaign(
                name: "import after a torn tail", prepare: FaultScenarios.registryWithTornTail,
                steps: [FaultScenarios.importBatch("a")]),
            atLeast: 100)
    }

    @Test func optimisticQueryCommitSurvivesACut() {
        expectSound(
            FaultCampaign(
                name: "query commit", prepare: FaultScenarios.registryWithImage,
                steps: [FaultScenarios.optimisticQuery]),
            atLeast: 100)
    }

    @Test func compactionSurvivesACut() {
        expectSound(
            FaultCampaign(
                name: "compact, then import", prepare: FaultScenarios.registryWithImage,
                steps: [FaultScenarios.compact, FaultScenarios.importBatch("a")]),
            atLeast: 200)
    }

    @Test func cacheRebuildSurvivesACut() {
        expectSound(
            FaultCampaign(
                name: "cache rebuild, then import", prepare: FaultScenarios.registryWithoutImage,
                steps: [FaultScenarios.load, FaultScenarios.importBatch("a")]),
            atLeast: 150)
    }

    @Test func creatingARegistrySurvivesACut() {
        expectSound(
            FaultCampaign(
                name: "import --create, then import", prepare: FaultScenarios.nothing,
                steps: [FaultScenarios.importBatch("a"), FaultScenarios.importBatch("b")]),
            atLeast: 100)
    }
}
