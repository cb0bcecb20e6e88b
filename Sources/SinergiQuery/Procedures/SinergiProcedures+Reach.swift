// `sinergi.reach` and `sinergi.path`: who is within k hops of some stakeholders (with the
// regency and province of each node reached), and the shortest path between two.

import SinergiAlgorithms
import SinergiGraph

extension SinergiProcedures {
    /// `sinergi.reach(sources, config) :: (node, hops, regency, province)`: every node within
    /// `maxHops` of a source, sources first (hops 0), then breadth-first.
    ///
    /// Config: `maxHops` (no limit), `types` (every type but LOCATED_IN and PART_OF),
    /// `direction` (`'both'`), `nodeLabel` (`'Stakeholder'`: only stakeholders are reached;
    /// null for every node).
    /// - Complexity: O(N + E) for the region hierarchy plus the search.
    static let reach = Procedure(
        name: "sinergi.reach", inputs: [.init("sources", .any), .init("config", .map)],
        outputs: [.init("node", .node), .init("hops", .integer), .init("regency", .node), .init("province", .node)]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.reach"
        let graph = context.graph
        let config = try SinergiConfig(
            args[1], procedure: name, allowed: ["direction", "maxHops", "nodeLabel", "types"])
        let sources = try SinergiConfig.nodes(args[0], argument: "sources", procedure: name, graph: graph)
        let maxHops = try config.integer("maxHops", default: .max)
        let types = try config.types(default: StakeholderNetwork.types(graph))
        let direction = try config.direction(default: .both)
        let label = try config.throughLabel(graph: graph)
        let snapshot = context.snapshot
        let reached = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try Reach.within(
                snapshot, from: sources, maxHops: maxHops, types: types, direction: direction, nodeLabel: label)
        }
        let regions = RegionHierarchy(snapshot)
        return reached.map { r in
            [
                .node(r.node), .int(Int64(r.hops)), node(regions.region(of: r.node, at: .regency)),
                node(regions.region(of: r.node, at: .province)),
            ]
        }
    }

    /// `sinergi.path(from, to, config) :: (path, hops, cost)`: a shortest path, one row, or
    /// none when the two are not connected.
    ///
    /// Config: `types` (every type but LOCATED_IN and PART_OF), `direction` (`'both'`),
    /// `weightProperty` (none: fewest hops), `defaultWeight` (1; for relationships without
    /// the property), `nodeLabel` (`'Stakeholder'`: only through stakeholders; null for every node).
    /// - Complexity: O(N + E) unweighted, O((N + E) log N) weighted.
    static let path = Procedure(
        name: "sinergi.path", inputs: [.init("from", .any), .init("to", .any), .init("config", .map)],
        outputs: [.init("path", .path), .init("hops", .integer), .init("cost", .float)]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.path"
        let graph = context.graph
        let config = try SinergiConfig(
            args[2], procedure: name,
            allowed: ["defaultWeight", "direction", "nodeLabel", "types", "weightProperty"])
        let from = try SinergiConfig.nodes(args[0], argument: "from", procedure: name, graph: graph)
        let to = try SinergiConfig.nodes(args[1], argument: "to", procedure: name, graph: graph)
        guard from.count == 1, to.count == 1, let a = from.first, let b = to.first else {
            throw SinergiConfig.failure(name, "'from' and 'to' must each name exactly one node")
        }
        let types = try config.types(default: StakeholderNetwork.types(graph))
        let direction = try config.direction(default: .both)
        let weight = try config.string("weightProperty")
        let defaultWeight = try config.number("defaultWeight", default: 1)
        let label = try config.throughLabel(graph: graph)
        let snapshot = context.snapshot
        let found = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            if let weight {
                return try ShortestPath.weighted(
                    snapshot, from: a, to: b, weightProperty: weight, defaultWeight: defaultWeight, types: types,
                    direction: direction, nodeLabel: label)
            }
            return try ShortestPath.unweighted(
                snapshot, from: a, to: b, types: types, direction: direction, nodeLabel: label)
        }
        guard let p = found else { return [] }
        return [
            [
                .path(PathValue(nodes: p.nodes, relationships: p.relationships)), .int(Int64(p.hops)),
                .double(p.cost),
            ]
        ]
    }
}
