// The bounds of one statement: the timeout stops it inside long expressions and
// endless patterns, the memory bound stops a value that would outgrow it before it is
// built, and the cancellation flag (the shell's Ctrl-C) stops it from another thread.
// Each stop is a QueryError with its own code, and a stopped write leaves the graph as
// it was. No wall-clock limit is asserted (timings belong in the benchmark): only that
// the statement stops, and how.

import Foundation
import SinergiAlgorithms
import SinergiGraph
import SinergiTestSupport
import Testing

@testable import SinergiQuery

@Suite struct StatementBoundsTests {
    /// A graph of `n` nodes: five of them in a cartesian product are `n^5` rows.
    static func nodes(_ n: Int) throws -> PropertyGraph {
        var g = PropertyGraph()
        for i in 0..<n { _ = try g.addNode(labels: ["Place"], properties: ["i": .int(Int64(i))]) }
        return g
    }

    /// The error `source` stops with under `options`; records an issue when it does not stop.
    func stop(
        _ source: String, on graph: inout PropertyGraph, _ options: QueryOptions,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> QueryError? {
        do {
            _ = try QueryEngine.execute(source, on: &graph, options: options)
            Issue.record("expected \(source) to be stopped", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func theTimeoutStopsAnEndlessPattern() throws {
        var g = try Self.nodes(200)
        var options = QueryOptions()
        options.timeout = 0.2
        let e = try #require(stop("MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n", on: &g, options))
        #expect(e.message.hasPrefix("QueryTimeout"), "\(e)")
        #expect(e.phase == .runtime)
    }

    @Test func theTimeoutStopsALongRegularExpression() throws {
        var g = PropertyGraph()
        var options = QueryOptions()
        options.timeout = 0.2
        // Catastrophic backtracking: (a+)+ against many a's and no match.
        let source = "RETURN '\(String(repeating: "a", count: 40))!' =~ '(a+)+$' AS m"
        let e = try #require(stop(source, on: &g, options))
        #expect(e.message.hasPrefix("QueryTimeout"), "\(e)")
    }

    @Test func theMemoryBoundStopsAStringThatDoublesBeforeItIsBuilt() throws {
        var g = PropertyGraph()
        var options = QueryOptions()
        options.maxMemory = 64 << 20
        options.timeout = 30  // a safety net only; the memory bound must stop it first
        let e = try #require(stop("RETURN size(reduce(s = 'a', x IN range(1, 40) | s + s)) AS n", on: &g, options))
        #expect(e.code == .memoryLimitExceeded, "\(e)")
        #expect(e.message.contains(MemoryAmount.text(64 << 20)), "\(e)")
    }

    @Test func aCancelledFlagStopsTheStatementBeforeItStarts() throws {
        var g = try Self.nodes(3)
        let flag = QueryCancellation()
        var options = QueryOptions()
        options.cancellation = flag
        flag.cancel()
        let e = try #require(stop("MATCH (n) RETURN n", on: &g, options))
        #expect(e.code == .queryCancelled)
        // reset() makes the flag usable for the next statement.
        flag.reset()
        #expect(try QueryEngine.execute("MATCH (n) RETURN count(n) AS c", on: &g, options: options).rows == [[.int(3)]])
    }

    @Test func cancellingFromAnotherThreadStopsARunningWriteAndChangesNothing() throws {
        var g = try Self.nodes(200)
        let flag = QueryCancellation()
        var options = QueryOptions()
        options.cancellation = flag
        options.timeout = 60  // a safety net only; the flag must stop it first
        let started = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            started.wait()
            Thread.sleep(forTimeInterval: 0.2)
            flag.cancel()
        }
        started.signal()
        let e = try #require(
            stop("CREATE (:Added) WITH 1 AS one MATCH (a), (b), (c), (d), (e) RETURN count(*)", on: &g, options))
        #expect(e.code == .queryCancelled, "\(e)")
        #expect(g.nodeCount == 200)
        #expect(try QueryEngine.execute("MATCH (n:Added) RETURN count(n)", on: &g).rows == [[.int(0)]])
    }

    @Test func aSinergiProcedureStopsAtItsCheckpointWhenCancelledWhileItRuns() throws {
        // The flag is set inside the call, after the engine's own checks: only the
        // procedure's checkpoint around its algorithm can stop it.
        var g = try TPBISExample.build().graph
        let flag = QueryCancellation()
        let real = try #require(ProcedureRegistry.sinergi.lookup("sinergi.centrality.betweenness"))
        var procedures = ProcedureRegistry.sinergi
        procedures.register(
            Procedure(
                name: "test.cancelledBetweenness", inputs: real.inputs,
                outputs: [.init("node", .node), .init("score", .float)]
            ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
                flag.cancel()
                return try real.body(context, args)
            })
        var options = QueryOptions()
        options.cancellation = flag
        options.procedures = procedures
        let e = try #require(
            stop("CALL test.cancelledBetweenness({}) YIELD node, score RETURN count(*) AS n", on: &g, options))
        #expect(e.code == .queryCancelled, "\(e)")
    }

    @Test func theInterruptionAProcedureInstallsFollowsTheFlag() throws {
        // The check the algorithms' loops consult while `SinergiConfig.run` runs them.
        let flag = QueryCancellation()
        var options = QueryOptions()
        options.cancellation = flag
        let context = ProcedureContext(graph: PropertyGraph(), options: options)
        var seen: [Bool] = []
        do {
            try SinergiConfig.run("test", context: context) { () throws(AlgorithmError) in
                seen.append(Interruption.current?.requested() ?? true)
                flag.cancel()
                seen.append(Interruption.current?.requested() ?? false)
            }
            Issue.record("expected the checkpoint after the cancelled run to throw")
        } catch {
            #expect(error.code == .queryCancelled, "\(error)")
        }
        #expect(seen == [false, true])
        #expect(Interruption.current == nil)
    }

    @Test func aProcedureContextChecksTheDeadlineAndTheFlag() throws {
        let flag = QueryCancellation()
        var options = QueryOptions()
        options.cancellation = flag
        let context = ProcedureContext(graph: PropertyGraph(), options: options)
        try context.checkpoint()
        flag.cancel()
        #expect(throws: QueryError.self) { try context.checkpoint() }
        var late = QueryOptions()
        late.timeout = 0.001
        let expired = ProcedureContext(graph: PropertyGraph(), options: late)
        Thread.sleep(forTimeInterval: 0.01)
        do {
            try expired.checkpoint()
            Issue.record("expected the checkpoint past the deadline to fail")
        } catch {
            #expect(error.message.hasPrefix("QueryTimeout"), "\(error)")
        }
    }
}
