// `sinergi.gaps.*`, `sinergi.components` and `sinergi.recommend`: where the synergy is
// missing, which regions the programme does not reach, what the network hangs on, into
// which groups it falls, and which new partnerships would connect the most stakeholders.

import SinergiAlgorithms
import SinergiGraph

extension SinergiProcedures {
    /// `sinergi.gaps.synergy(config) :: (regency, province, libraryOffices, bappeda, dpmpd,
    /// missingStakeholders, missingPartnerships, complete)`: one row per regency.
    ///
    /// Config: `onlyGaps` (true), `types` (`['PARTNERS_WITH']`: what counts as partnership).
    /// - Complexity: O(N + E).
    static let gapsSynergy = Procedure(
        name: "sinergi.gaps.synergy", inputs: [.init("config", .map)],
        outputs: [
            .init("regency", .node), .init("province", .node), .init("libraryOffices", .list),
            .init("bappeda", .list), .init("dpmpd", .list), .init("missingStakeholders", .list),
            .init("missingPartnerships", .list), .init("complete", .boolean),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.gaps.synergy"
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["onlyGaps", "types"])
        let onlyGaps = try config.boolean("onlyGaps", default: true)
        let types = try config.types(default: ["PARTNERS_WITH"]) ?? ["PARTNERS_WITH"]
        let snapshot = context.snapshot
        let regions = RegionHierarchy(snapshot)
        return SynergyGaps.perRegency(snapshot, partnershipTypes: types, onlyGaps: onlyGaps).map { s in
            [
                .node(s.regency), node(regions.region(of: s.regency, at: .province)),
                nodes(s.stakeholders(.libraryOffice)), nodes(s.stakeholders(.bappeda)), nodes(s.stakeholders(.dpmpd)),
                .list(s.missingStakeholders.map { .string($0.label) }),
                .list(s.missingPartnerships.map { .string($0.description) }), .bool(s.isComplete),
            ]
        }
    }

    /// `sinergi.gaps.unconnected(config) :: (region, level, province, stakeholders, reason)`:
    /// regencies and villages no stakeholder of which reaches Perpusnas or its provincial
    /// library office; `reason` is `'noStakeholders'` or `'noPathToRoot'`.
    ///
    /// Config: `types` (every type but LOCATED_IN and PART_OF), `levels`
    /// (`['Regency', 'Village']`), `stakeholderLabel` (`'Stakeholder'`).
    /// - Complexity: O(N + E).
    static let gapsUnconnected = Procedure(
        name: "sinergi.gaps.unconnected", inputs: [.init("config", .map)],
        outputs: [
            .init("region", .node), .init("level", .string), .init("province", .node), .init("stakeholders", .integer),
            .init("reason", .string),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.gaps.unconnected"
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["levels", "stakeholderLabel", "types"])
        let types = try config.types(default: nil)
        var levels: [RegionLevel] = [.regency, .village]
        if let names = try config.strings("levels") {
            levels = []
            for n in names {
                guard let level = RegionLevel.allCases.first(where: { $0.label.lowercased() == n.lowercased() }) else {
                    throw SinergiConfig.failure(
                        name, "'levels' holds '\(n)'; the levels are Province, Regency, District, Village")
                }
                levels.append(level)
            }
        }
        let label = try config.string("stakeholderLabel") ?? "Stakeholder"
        let snapshot = context.snapshot
        let regions = RegionHierarchy(snapshot)
        return Unconnected.regions(snapshot, types: types, stakeholderLabel: label, levels: levels, hierarchy: regions)
            .map { u in
                [
                    .node(u.region), .string(u.level.label), node(regions.region(of: u.region, at: .province)),
                    .int(Int64(u.stakeholders)),
                    .string(u.reason == .noStakeholders ? "noStakeholders" : "noPathToRoot"),
                ]
            }
    }

    /// `sinergi.gaps.fragile(config) :: (kind, node, relationship, cutOff, componentSize,
    /// pieces)`: bridges (`kind = 'bridge'`, `relationship` set) and articulation points
    /// (`kind = 'articulationPoint'`, `node` set), most cut off first.
    ///
    /// Config: `types` (`['PARTNERS_WITH']`), `nodeLabel` (none), `kind` (`'both'`,
    /// `'bridges'` or `'articulationPoints'`).
    /// - Complexity: O(N + E).
    static let gapsFragile = Procedure(
        name: "sinergi.gaps.fragile", inputs: [.init("config", .map)],
        outputs: [
            .init("kind", .string), .init("node", .node), .init("relationship", .relationship),
            .init("cutOff", .integer), .init("componentSize", .integer), .init("pieces", .integer),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.gaps.fragile"
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["kind", "nodeLabel", "types"])
        let types = try config.types(default: ["PARTNERS_WITH"])
        let label = try config.string("nodeLabel")
        let kind = try config.string("kind") ?? "both"
        guard ["both", "bridges", "articulationPoints"].contains(kind) else {
            throw SinergiConfig.failure(name, "'kind' must be 'both', 'bridges' or 'articulationPoints', not '\(kind)'")
        }
        let found = FragileLinks.find(context.snapshot, types: types, nodeLabel: label)
        var rows: [[Value]] = []
        if kind != "articulationPoints" {
            for b in found.bridges {
                rows.append([
                    .string("bridge"), .null, .relationship(b.relationship), .int(Int64(b.cutOff)),
                    .int(Int64(b.componentSize)), .int(2),
                ])
            }
        }
        if kind != "bridges" {
            for a in found.articulationPoints {
                rows.append([
                    .string("articulationPoint"), .node(a.node), .null, .int(Int64(a.cutOff)),
                    .int(Int64(a.componentSize)), .int(Int64(a.piecesAfterRemoval)),
                ])
            }
        }
        return rows
    }

    /// `sinergi.components(config) :: (node, componentId, componentSize, isolate)`: one row
    /// per node taking part, in id order; components are numbered by their smallest node id.
    ///
    /// Config: `types` (`['PARTNERS_WITH']`), `nodeLabel` (`'Stakeholder'`; null for every node).
    /// - Complexity: O(N + E·α(N)).
    static let components = Procedure(
        name: "sinergi.components", inputs: [.init("config", .map)],
        outputs: [
            .init("node", .node), .init("componentId", .integer), .init("componentSize", .integer),
            .init("isolate", .boolean),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.components"
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["nodeLabel", "types"])
        let types = try config.types(default: ["PARTNERS_WITH"])
        // an explicit null takes every node; absent means stakeholders
        var label: String? = "Stakeholder"
        if let given = config.entries["nodeLabel"] {
            label = given.isNull ? nil : try config.string("nodeLabel")
        }
        let c = Components.weakly(context.snapshot, types: types, nodeLabel: label)
        var isolated = [Bool](repeating: false, count: c.componentOf.count)
        for v in c.isolates { isolated[v.index] = true }
        var rows: [[Value]] = []
        for (i, comp) in c.componentOf.enumerated() where comp >= 0 {
            rows.append([
                .node(NodeID(i)), .int(Int64(comp)), .int(Int64(c.sizes[Int(comp)])), .bool(isolated[i]),
            ])
        }
        return rows
    }

    /// `sinergi.recommend(config) :: (stakeholder, partner, gain, scope, reason)`: up to k new
    /// partnerships, each joining a group of stakeholders without a programme root to a
    /// connected partner; `scope` is `'sameRegency'`, `'sameProvince'` or `'national'`.
    ///
    /// Config: `k` (5), `types` (every type but LOCATED_IN and PART_OF), `stakeholderLabel`
    /// (`'Stakeholder'`).
    /// - Complexity: O(N + E + C log C) for C components.
    static let recommend = Procedure(
        name: "sinergi.recommend", inputs: [.init("config", .map)],
        outputs: [
            .init("stakeholder", .node), .init("partner", .node), .init("gain", .integer), .init("scope", .string),
            .init("reason", .string),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.recommend"
        let graph = context.graph
        let config = try SinergiConfig(args[0], procedure: name, allowed: ["k", "stakeholderLabel", "types"])
        let k = try config.integer("k", default: 5)
        let types = try config.types(default: nil)
        let label = try config.string("stakeholderLabel") ?? "Stakeholder"
        let snapshot = context.snapshot
        let picks = try SinergiConfig.run(name, graph: graph) { () throws(AlgorithmError) in
            try RecommendedPartnerships.suggest(snapshot, k: k, types: types, stakeholderLabel: label)
        }
        return picks.map { p in
            [
                .node(p.stakeholder), .node(p.partner), .int(Int64(p.gain)), .string(scopeName(p.scope)),
                .string(p.reason),
            ]
        }
    }

    /// The name of a recommendation's scope.
    static func scopeName(_ scope: SuggestedPartnership.Scope) -> String {
        switch scope {
        case .sameRegency: return "sameRegency"
        case .sameProvince: return "sameProvince"
        case .national: return "national"
        }
    }
}
