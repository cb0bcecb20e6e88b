// The conformance gate: runs the whole vendored TCK and fails when a scenario
// on the checked-in `TCK/passing.txt` no longer passes. With
// `SINERGI_TCK_WRITE=1` it instead rewrites passing.txt, docs/conformance.md
// and docs/internal/tck-status.md. Every run writes `.build/tck-failures.txt`.

import Foundation
import Testing

@Suite struct TCKConformanceTests {
    @Test func tckScenariosOnThePassingListStillPass() throws {
        let catalog = try TCKCatalog.load()
        let report = TCKConformanceRun.run(
            catalog: catalog, engine: TCKEngines.current, skipped: try TCKConformanceRun.skippedIDs())
        print(report.summary)
        print(report.timing)

        try? FileManager.default.createDirectory(at: TCKConformanceRun.buildFolder, withIntermediateDirectories: true)
        try? report.failureLog.write(
            to: TCKConformanceRun.buildFolder.appendingPathComponent("tck-failures.txt"), atomically: true,
            encoding: .utf8)

        let passingURL = TCKCatalog.root.appendingPathComponent("passing.txt")
        if ProcessInfo.processInfo.environment["SINERGI_TCK_WRITE"] == "1" {
            let docs = TCKCatalog.packageRoot.appendingPathComponent("docs")
            let previous = TCKReport.passingIDs(in: (try? String(contentsOf: passingURL, encoding: .utf8)) ?? "")
            try report.passingList.write(to: passingURL, atomically: true, encoding: .utf8)
            try report.conformance.write(
                to: docs.appendingPathComponent("conformance.md"), atomically: true, encoding: .utf8)
            try report.status(previouslyPassing: previous).write(
                to: docs.appendingPathComponent("internal").appendingPathComponent("tck-status.md"),
                atomically: true, encoding: .utf8)
            #expect(report.outcomes.count == catalog.scenarios.count)
            return
        }

        let listed = TCKReport.passingIDs(in: try String(contentsOf: passingURL, encoding: .utf8))
        var statusByID: [String: TCKStatus] = [:]
        for outcome in report.outcomes { statusByID[outcome.id] = outcome.status }
        var regressions: [String] = []
        for id in listed {
            switch statusByID[id] {
            case .passed?: continue
            case .failed(let category, let detail)?: regressions.append("\(id)\n  [\(category)] \(detail)")
            case .notRun(let reason)?: regressions.append("\(id)\n  not run: \(reason)")
            case nil: regressions.append("\(id)\n  no such scenario in the vendored TCK")
            }
        }
        for regression in regressions.prefix(50) {
            Issue.record("TCK scenario on passing.txt no longer passes: \(regression)")
        }
        #expect(
            regressions.isEmpty, "\(regressions.count) scenario(s) on passing.txt fail; see .build/tck-failures.txt")
    }

    @Test func theTCKHoldsTheAnnouncedNumberOfScenarios() throws {
        let catalog = try TCKCatalog.load()
        #expect(catalog.scenarios.count == TCKCatalog.scenarioCount)
        #expect(catalog.features.flatMap(\.problems).isEmpty)
        #expect(Set(catalog.scenarios.map(\.id)).count == catalog.scenarios.count)
        #expect(catalog.namedGraphs.keys.sorted() == ["binary-tree-1", "binary-tree-2"])
    }

    @Test func thePassingListCoversEveryScenario() throws {
        let catalog = try TCKCatalog.load()
        let passing = TCKCatalog.root.appendingPathComponent("passing.txt")
        let listed = Set(TCKReport.passingIDs(in: try String(contentsOf: passing, encoding: .utf8)))
        let missing = catalog.scenarios.map(\.id).filter { !listed.contains($0) }
        #expect(missing.isEmpty, "not on passing.txt: \(missing.prefix(10))")
        #expect(try TCKConformanceRun.skippedIDs().isEmpty)
    }
}
