// The extension point for diagrams: each algorithm command reports the nodes and
// relationships its answer involves, for the DOT writer to draw.
import Foundation
import SinergiGraph
import SinergiText
import Testing

@testable import SinergiCLI

@Suite struct DiagramSubsetTests {
    static func input() throws -> AlgorithmInput {
        var arguments = ParsedArguments()
        arguments.options["registry"] = [
            GoldenTranscript.repositoryRoot.appendingPathComponent("graphs/tpbis.jsonl").path
        ]
        return try AlgorithmInput(arguments, console: .capturing())
    }

    @Test func reachDrawsTheReachedNodesAndTheRelationshipsBetweenThem() throws {
        let input = try Self.input()
        let kepri = try input.node("kepri/dinas-perpustakaan")
        let output = try ReachCommand.reach(
            input, sources: [kepri], hops: 1, types: ["COORDINATES"], direction: .outgoing, label: "Stakeholder",
            by: "none")
        // the Kepri office coordinates its six regency library offices
        #expect(output.subset.nodes.count == 7)
        #expect(output.subset.nodes.first == kepri)
        #expect(output.subset.relationships.count == 6)
        #expect(output.subset.relationships.allSatisfy { input.graph.type(of: $0) == "COORDINATES" })
    }

    @Test func pathDrawsThePath() throws {
        let input = try Self.input()
        let from = try input.node("kepri/bintan/toapaya-utara/perpustakaan-desa")
        let to = try input.node("perpusnas")
        let output = try PathCommand.path(
            input, from: from, to: to, weight: nil, types: ["REPLICATED_FROM", "MENTORS", "FUNDS"], direction: .both,
            label: "Stakeholder")
        #expect(output.subset.nodes.first == from && output.subset.nodes.last == to)
        #expect(output.subset.relationships.count == output.subset.nodes.count - 1)
        #expect(output.result.rows.count == output.subset.nodes.count)
    }

    @Test func unknownKeysAreDataErrors() throws {
        let input = try Self.input()
        #expect(throws: CLIError.failure(.algorithmsNoNode, ["key": .text("nobody"), "registry": .text(input.path)])) {
            try input.node("nobody")
        }
    }
}
