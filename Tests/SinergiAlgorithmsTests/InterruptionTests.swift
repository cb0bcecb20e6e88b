// The algorithms' long loops consult the installed `Interruption`: with a check that
// says "stop" after a few calls, betweenness stops after a few sources and PageRank
// after a few iterations (their unfinished results differ from the full ones), and
// without one they run to the end.
import Foundation
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

/// A check that asks to stop once it has been asked more than `allowed` times.
final class CountingCheck: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls = 0
    let allowed: Int
    init(allowed: Int) { self.allowed = allowed }

    var interruption: Interruption {
        Interruption {
            self.lock.lock()
            defer { self.lock.unlock() }
            self.calls += 1
            return self.calls > self.allowed
        }
    }
}

@Suite("Interruption")
struct InterruptionTests {
    static func path(_ n: Int) throws -> GraphSnapshot {
        try GraphBuilder.numbered(n, (0..<(n - 1)).map { ($0, $0 + 1) }).snapshot
    }

    @Test func betweennessStopsAfterAFewSourcesWhenAsked() throws {
        let path = try Self.path(200)
        let full = try Betweenness.compute(path)
        let check = CountingCheck(allowed: 3)
        let stopped = try Interruption.whileRunning(check.interruption) { () throws(AlgorithmError) in
            try Betweenness.compute(path)
        }
        // Each of the (at most 4) parallel chunks asks once per source and stops at the
        // first "stop": a handful of calls, not one per source of the 200.
        #expect(check.calls <= 3 + 4)
        #expect(stopped.values != full.values)
    }

    @Test func pageRankStopsBetweenIterationsWhenAsked() throws {
        let cycle = try Self.path(50)
        let check = CountingCheck(allowed: 2)
        let stopped = try Interruption.whileRunning(check.interruption) { () throws(AlgorithmError) in
            try PageRank.compute(cycle, tolerance: 1e-15, maxIterations: 1000)
        }
        #expect(stopped.iterations == 2 && !stopped.converged)
        #expect(check.calls == 3)
    }

    @Test func withoutACheckTheyRunToTheEnd() throws {
        let path = try Self.path(30)
        let never = CountingCheck(allowed: .max)
        let inside = try Interruption.whileRunning(never.interruption) { () throws(AlgorithmError) in
            try Betweenness.compute(path)
        }
        #expect(inside.values == (try Betweenness.compute(path)).values)
        #expect(never.calls >= 30)
        #expect(Interruption.current == nil)
    }
}
