// The connectivity kinds of `sinergi gaps`: regions not connected to the programme, fragile
// links, the components of the partnership network and the recommended partnerships, each
// printed from the answer type its procedure yields too.
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiText

extension GapsCommand {
    /// Regions not connected to the programme.
    static func unconnected(_ input: AlgorithmInput, province: NodeID?, all: Bool, types: [String]?)
        -> AlgorithmOutput
    {
        let report = Unconnected.report(
            input.snapshot, types: types, province: province, includeEmpty: all, hierarchy: input.regions)
        let rows: [[Value]] = report.regions.map { u in
            [
                .string(Vocabulary.kind(u.level.label, input.language)), input.region(u.region, .province),
                u.level == .regency ? .null : input.region(u.region, .regency), input.name(u.region),
                input.key(u.region), .int(Int64(u.stakeholders)), .string(input.text(u.reason.message)),
            ]
        }
        let result = QueryResult(
            columns: ["level", "province", "regency", "region", "key", "stakeholders", "reason"], rows: rows)
        var summary = input.text(
            Message(
                .unconnectedSummary,
                [
                    "regencies": .count(report.regencies), "villages": .count(report.villages),
                    "withoutPath": .count(report.withoutPath),
                ]))
        summary += input.text(
            Message(
                all ? .unconnectedEmptyListed : .unconnectedEmptyNotListed,
                ["count": .count(report.withoutStakeholders)]))
        return AlgorithmOutput(
            result: result, subset: DiagramSubset(nodes: report.regions.map(\.region)), summary: summary)
    }

    /// Bridges and articulation points, the `top` that cut off most (nil: all).
    static func fragile(_ input: AlgorithmInput, province: NodeID?, types: [String]?, top: Int?) -> AlgorithmOutput {
        let report = FragileLinks.find(input.snapshot, types: types).report(
            province: province, top: top, hierarchy: input.regions)
        let graph = input.graph
        var rows: [[Value]] = []
        var nodes: [NodeID] = []
        var rels: [RelationshipID] = []
        for link in report.links {
            let kind = Value.string(input.text(link.kind.message))
            if let r = link.relationship, link.nodes.count == 2 {
                let (a, b) = (link.nodes[0], link.nodes[1])
                rows.append([
                    kind, .string("\(graph.key(of: a)) — \(graph.key(of: b))"),
                    .string("\(input.title(a)) — \(input.title(b))"), .int(Int64(link.cutOff)),
                    .int(Int64(link.componentSize)),
                ])
                rels.append(r)
            } else {
                rows.append([
                    kind, input.key(link.nodes[0]), input.name(link.nodes[0]), .int(Int64(link.cutOff)),
                    .int(Int64(link.componentSize)),
                ])
            }
            nodes += link.nodes
        }
        let result = QueryResult(columns: ["fragile", "key", "name", "cutOff", "componentSize"], rows: rows)
        var summary = input.text(
            Message(
                .fragileSummary,
                [
                    "bridges": .count(report.bridges), "points": .count(report.articulationPoints),
                    "network": .text(AlgorithmCommands.describe(types, input)),
                ]))
        let total = report.bridges + report.articulationPoints
        if report.links.count < total {
            summary += input.text(
                Message(.algorithmsTopListed, ["top": .count(report.links.count), "total": .count(total)]))
        }
        var unique: [NodeID] = []
        var seen = Set<NodeID>()
        for v in nodes where seen.insert(v).inserted { unique.append(v) }
        return AlgorithmOutput(
            result: result, subset: DiagramSubset(nodes: unique, relationships: rels), summary: summary)
    }

    /// Components of the stakeholder network, largest first.
    static func components(_ input: AlgorithmInput, types: [String]?) -> AlgorithmOutput {
        let c = Components.weakly(input.snapshot, types: types, nodeLabel: "Stakeholder")
        let members = c.members()
        let order = members.indices.sorted {
            members[$0].count != members[$1].count ? members[$0].count > members[$1].count : $0 < $1
        }
        var rows: [[Value]] = []
        for (rank, i) in order.enumerated() {
            let keys = members[i].map { input.graph.key(of: $0) }
            let more =
                keys.count > 8
                ? ", " + input.text(Message(.componentsMore, ["count": .count(keys.count - 8)])) : ""
            let shown = keys.prefix(8).joined(separator: ", ") + more
            rows.append([.int(Int64(rank + 1)), .int(Int64(keys.count)), .string(shown)])
        }
        let result = QueryResult(columns: ["component", "size", "members"], rows: rows)
        let stakeholders = members.reduce(0) { $0 + $1.count }
        let largest = c.largest >= 0 ? c.sizes[c.largest] : 0
        let summary = input.text(
            Message(
                .componentsSummary,
                [
                    "components": .count(c.count), "stakeholders": .count(stakeholders),
                    "network": .text(AlgorithmCommands.describe(types, input)),
                    "largest": .count(largest), "isolates": .count(c.isolates.count),
                ]))
        return AlgorithmOutput(
            result: result, subset: input.induced(members.flatMap { $0 }, types: types), summary: summary)
    }

    /// Recommended partnerships (in the province, when given: the greedy runs among its groups).
    static func recommend(_ input: AlgorithmInput, province: NodeID?, k: Int, types: [String]?) throws(CLIError)
        -> AlgorithmOutput
    {
        let snapshot = input.snapshot
        let regions = input.regions
        let picks = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try RecommendedPartnerships.suggest(snapshot, k: k, types: types, province: province, hierarchy: regions)
        }
        let rows: [[Value]] = picks.map { p in
            [
                .int(Int64(p.rank)), input.key(p.stakeholder), input.name(p.stakeholder), input.key(p.partner),
                input.name(p.partner), .int(Int64(p.gain)), .string(input.text(p.scope.message)),
                .string(input.text(p.reason)),
            ]
        }
        let result = QueryResult(
            columns: ["rank", "stakeholder", "name", "partner", "partnerName", "gain", "scope", "reason"], rows: rows)
        let gain = picks.reduce(0) { $0 + $1.gain }
        let summary = input.text(
            Message(.recommendSummary, ["partnerships": .count(picks.count), "stakeholders": .count(gain)]))
        var nodes: [NodeID] = []
        for p in picks { nodes += [p.stakeholder, p.partner] }
        var output = AlgorithmOutput(result: result, subset: DiagramSubset(nodes: nodes), summary: summary)
        output.diagram.recommendedPartnerships = picks.map {
            NodeKeyPair(input.graph.key(of: $0.stakeholder), input.graph.key(of: $0.partner))
        }
        return output
    }
}
