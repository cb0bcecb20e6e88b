// Runs the whole vendored TCK, sequentially, and returns a `TCKReport`.
// Only scenarios on the checked-in skip list (`TCK/skipped.txt`, for scenarios
// that crash the engine; empty today) are not run. Before each scenario its id is written to `.build/tck-current.txt`, so
// when the engine traps and takes the process down, the culprit is known.

import Foundation

enum TCKConformanceRun {
    /// `.build/` of the package.
    static let buildFolder = TCKCatalog.packageRoot.appendingPathComponent(".build")

    /// Runs every scenario of `catalog` with `engine` (nil: every scenario is "not run").
    ///
    /// - Complexity: that of all scenarios' queries.
    static func run(catalog: TCKCatalog, engine: (any TCKEngine)?, skipped: Set<String>) -> TCKReport {
        var outcomes: [TCKOutcome] = []
        var seconds: [String: Double] = [:]
        let runner = engine.map { TCKRunner(engine: $0, namedGraphs: catalog.namedGraphs) }
        let progress = buildFolder.appendingPathComponent("tck-current.txt")
        for scenario in catalog.scenarios {
            let status: TCKStatus
            if skipped.contains(scenario.id) {
                status = .notRun(reason: "on TCK/skipped.txt")
            } else if let runner {
                try? (scenario.id + "\n").write(to: progress, atomically: false, encoding: .utf8)
                let started = DispatchTime.now().uptimeNanoseconds
                status = runner.runGuarded(scenario)
                seconds[scenario.folder, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            } else {
                status = .notRun(reason: "no query engine compiled in")
            }
            outcomes.append(
                TCKOutcome(
                    id: scenario.id, folder: scenario.folder, name: scenario.name,
                    location: "features/\(scenario.file):\(scenario.line)", status: status))
        }
        try? "finished\n".write(to: progress, atomically: false, encoding: .utf8)
        return TCKReport(
            outcomes: outcomes, engineName: engine?.name ?? "none", problems: catalog.features.flatMap(\.problems),
            secondsByFolder: seconds)
    }

    /// The ids on `TCK/skipped.txt` (the file must be there, empty when nothing is skipped).
    static func skippedIDs() throws -> Set<String> {
        let url = TCKCatalog.root.appendingPathComponent("skipped.txt")
        return Set(TCKReport.passingIDs(in: try String(contentsOf: url, encoding: .utf8)))
    }
}
