// `sinergi.centrality.*`: degree, betweenness (exact, or sampled with a seed) and PageRank,
// one row per scored node, best first.

import SinergiAlgorithms
import SinergiGraph

extension SinergiProcedures {
    /// Rows `(node, score)` for the scored nodes, best first (ties by id), at most `limit`.
    static func ranking(_ scores: NodeScores, limit: Int?) -> [[Value]] {
        let count = scores.scored.filter { $0 }.count
        return scores.top(min(limit ?? count, count)).map { [.node($0.node), .double($0.score)] }
    }

    /// The node label of a centrality call: absent means every node.
    static func label(_ config: SinergiConfig) throws(QueryError) -> String? { try config.string("nodeLabel") }

    /// `sinergi.centrality.degree(config) :: (node, score)`.
    ///
    /// Config: `types` (every type but LOCATED_IN and PART_OF), `direction` (`'both'`),
    /// `nodeLabel` (every node), `normalized` (false), `limit` (every node).
    /// - Complexity: O(N + E + N log N).
    static let centralityDegree = Procedure(
        name: "sinergi.centrality.degree", inputs: [.init("config", .map)],
        outputs: [.init("node", .node), .init("score", .float)]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.centrality.degree"
        let graph = context.graph
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["direction", "limit", "nodeLabel", "normalized", "types"])
        let types = try config.types(default: StakeholderNetwork.types(graph))
        let direction = try config.direction(default: .both)
        let normalized = try config.boolean("normalized", default: false)
        let limit = try config.optionalInteger("limit")
        let label = try label(config)
        let scores = Degree.compute(
            context.snapshot, direction: direction, types: types, nodeLabel: label, normalized: normalized)
        return ranking(scores, limit: limit)
    }

    /// `sinergi.centrality.betweenness(config) :: (node, score)`.
    ///
    /// Config: `types`, `direction` (`'both'`), `nodeLabel`, `normalized` (false), `limit`,
    /// `samples` (exact when absent), `randomSeed` (42; picks the sampled pivots).
    /// - Complexity: O(N·E) exact, O(k·E) with k samples.
    static let centralityBetweenness = Procedure(
        name: "sinergi.centrality.betweenness", inputs: [.init("config", .map)],
        outputs: [.init("node", .node), .init("score", .float)]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.centrality.betweenness"
        let graph = context.graph
        let config = try SinergiConfig(
            args[0], procedure: name,
            allowed: ["direction", "limit", "nodeLabel", "normalized", "randomSeed", "samples", "types"])
        let types = try config.types(default: StakeholderNetwork.types(graph))
        let direction = try config.direction(default: .both)
        let normalized = try config.boolean("normalized", default: false)
        let samples = try config.optionalInteger("samples")
        let seed = try config.seed()
        let limit = try config.optionalInteger("limit")
        let label = try label(config)
        let snapshot = context.snapshot
        let scores = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Betweenness.compute(
                snapshot, types: types, direction: direction, normalized: normalized, samples: samples, seed: seed,
                nodeLabel: label)
        }
        return ranking(scores, limit: limit)
    }

    /// `sinergi.centrality.pagerank(config) :: (node, score)`.
    ///
    /// Config: `types`, `direction` (`'outgoing'`), `nodeLabel`, `limit`, `dampingFactor`
    /// (0.85), `tolerance` (1e-6), `maxIterations` (100), `weightProperty` (none).
    /// - Complexity: O(N + E) per iteration.
    static let centralityPageRank = Procedure(
        name: "sinergi.centrality.pagerank", inputs: [.init("config", .map)],
        outputs: [.init("node", .node), .init("score", .float)]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.centrality.pagerank"
        let graph = context.graph
        let config = try SinergiConfig(
            args[0], procedure: name,
            allowed: [
                "dampingFactor", "direction", "limit", "maxIterations", "nodeLabel", "tolerance", "types",
                "weightProperty",
            ])
        let types = try config.types(default: StakeholderNetwork.types(graph))
        let direction = try config.direction(default: .outgoing)
        let damping = try config.number("dampingFactor", default: 0.85)
        let tolerance = try config.number("tolerance", default: 1e-6)
        let iterations = try config.integer("maxIterations", default: 100)
        let weight = try config.string("weightProperty")
        let limit = try config.optionalInteger("limit")
        let label = try label(config)
        let snapshot = context.snapshot
        let result = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try PageRank.compute(
                snapshot, damping: damping, tolerance: tolerance, maxIterations: iterations, types: types,
                direction: direction, weightProperty: weight, nodeLabel: label)
        }
        return ranking(result.scores, limit: limit)
    }
}
