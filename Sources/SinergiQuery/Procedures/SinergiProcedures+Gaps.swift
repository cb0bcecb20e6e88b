// `sinergi.gaps.*`, `sinergi.components` and `sinergi.recommend`: where the synergy is
// missing, which regions the programme does not reach, what the network hangs on, into
// which groups it falls, and which new partnerships would connect the most stakeholders.

import SinergiAlgorithms
import SinergiGraph

extension SinergiProcedures {
    /// `sinergi.gaps.synergy(config) :: (regency, province, libraryOffices, bappeda, dpmpd,
    /// missingStakeholders, missingPartnerships, complete)`: one row per regency of
    /// `SynergyGaps.report`, sorted by province name, then regency name (as `sinergi gaps`).
    ///
    /// A regency's synergy is the programme's: its library office partnered with its Bappeda
    /// and with its DPMPD. Config: `bappedaDPMPD` (false; true also asks for the Bappeda–DPMPD
    /// partnership, as `sinergi gaps --bappeda-dpmpd`), `onlyGaps` (true), `all` (false:
    /// regencies with none of the three registered are left out, as `sinergi gaps` does without
    /// `--all`), `types` (`['PARTNERS_WITH']`: what counts as partnership), `province`.
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
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["all", "bappedaDPMPD", "onlyGaps", "province", "types"])
        let required =
            try config.boolean("bappedaDPMPD", default: false) ? SynergyPair.allCases : SynergyPair.programme
        let onlyGaps = try config.boolean("onlyGaps", default: true)
        let all = try config.boolean("all", default: false)
        let types = try config.types(default: ["PARTNERS_WITH"]) ?? ["PARTNERS_WITH"]
        let province = try config.province(graph: context.graph)
        let report = SynergyGaps.report(
            context.snapshot, required: required, partnershipTypes: types, province: province,
            includeComplete: !onlyGaps,
            includeUnregistered: all)
        return report.entries.map { e in
            let s = e.synergy
            return [
                .node(s.regency), node(e.province), nodes(s.stakeholders(.libraryOffice)),
                nodes(s.stakeholders(.bappeda)), nodes(s.stakeholders(.dpmpd)),
                .list(s.missingStakeholders.map { .string($0.label) }),
                .list(s.missingPartnerships.map { .string($0.description) }), .bool(s.isComplete),
            ]
        }
    }

    /// `sinergi.gaps.unconnected(config) :: (region, level, province, stakeholders, reason)`:
    /// regencies and villages no stakeholder of which has a path (over `types`, either
    /// direction, through any node) to Perpusnas or its provincial library office; `reason` is
    /// `'noPathToRoot'`, or with `all` also `'noStakeholders'` (as `sinergi gaps --kind unconnected`).
    ///
    /// Config: `types` (every type but LOCATED_IN and PART_OF), `levels` (`['Regency',
    /// 'Village']`), `stakeholderLabel` (`'Stakeholder'`), `province`, `all` (false).
    /// - Complexity: O(N + E).
    static let gapsUnconnected = Procedure(
        name: "sinergi.gaps.unconnected", inputs: [.init("config", .map)],
        outputs: [
            .init("region", .node), .init("level", .string), .init("province", .node), .init("stakeholders", .integer),
            .init("reason", .string),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.gaps.unconnected"
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["all", "levels", "province", "stakeholderLabel", "types"])
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
        let province = try config.province(graph: context.graph)
        let all = try config.boolean("all", default: false)
        let snapshot = context.snapshot
        let regions = RegionHierarchy(snapshot)
        let report = Unconnected.report(
            snapshot, types: types, stakeholderLabel: label, levels: levels, province: province, includeEmpty: all,
            hierarchy: regions)
        return report.regions.map { u in
            [
                .node(u.region), .string(u.level.label), node(regions.region(of: u.region, at: .province)),
                .int(Int64(u.stakeholders)), .string(u.reason.name),
            ]
        }
    }

    /// `sinergi.gaps.fragile(config) :: (kind, node, relationship, cutOff, componentSize,
    /// pieces)`: bridges (`kind = 'bridge'`, `relationship` set) and articulation points
    /// (`kind = 'articulationPoint'`, `node` set) in one list, most cut off first (bridges
    /// before points, then by id), as `sinergi gaps --kind fragile`.
    ///
    /// Config: `types` (`['PARTNERS_WITH']`), `nodeLabel` (none), `kind` (`'both'`,
    /// `'bridges'` or `'articulationPoints'`), `province` (a bridge counts when one end is
    /// there), `limit` (all).
    /// - Complexity: O(N + E + F log F) for F findings.
    static let gapsFragile = Procedure(
        name: "sinergi.gaps.fragile", inputs: [.init("config", .map)],
        outputs: [
            .init("kind", .string), .init("node", .node), .init("relationship", .relationship),
            .init("cutOff", .integer), .init("componentSize", .integer), .init("pieces", .integer),
        ]
    ) { (context: ProcedureContext, args: [Value]) throws(QueryError) -> [[Value]] in
        let name = "sinergi.gaps.fragile"
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["kind", "limit", "nodeLabel", "province", "types"])
        let types = try config.types(default: ["PARTNERS_WITH"])
        let label = try config.string("nodeLabel")
        let kind = try config.string("kind") ?? "both"
        let kinds: Set<FragileLink.Kind>
        switch kind {
        case "both": kinds = [.bridge, .articulationPoint]
        case "bridges": kinds = [.bridge]
        case "articulationPoints": kinds = [.articulationPoint]
        default:
            throw SinergiConfig.failure(name, "'kind' must be 'both', 'bridges' or 'articulationPoints', not '\(kind)'")
        }
        let limit = try config.optionalInteger("limit")
        if let limit, limit < 0 { throw SinergiConfig.failure(name, "invalid limit: must be 0 or more") }
        let province = try config.province(graph: context.graph)
        let snapshot = context.snapshot
        let report = FragileLinks.find(snapshot, types: types, nodeLabel: label).report(
            kinds: kinds, province: province, top: limit, hierarchy: province == nil ? nil : RegionHierarchy(snapshot))
        return report.links.map { l in
            [
                .string(l.kind.name), l.kind == .articulationPoint ? .node(l.nodes[0]) : .null,
                l.relationship.map(Value.relationship) ?? .null, .int(Int64(l.cutOff)), .int(Int64(l.componentSize)),
                .int(Int64(l.pieces)),
            ]
        }
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
    /// (`'Stakeholder'`), `province` (only groups with a stakeholder there), `language`
    /// (`'en'` or `'id'`: the language of `reason`).
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
        let config = try SinergiConfig(
            args[0], procedure: name, allowed: ["k", "language", "province", "stakeholderLabel", "types"])
        let k = try config.integer("k", default: 5)
        let types = try config.types(default: nil)
        let label = try config.string("stakeholderLabel") ?? "Stakeholder"
        let province = try config.province(graph: graph)
        let language = try config.language()
        let snapshot = context.snapshot
        let picks = try SinergiConfig.run(name, context: context) { () throws(AlgorithmError) in
            try RecommendedPartnerships.suggest(
                snapshot, k: k, types: types, stakeholderLabel: label, province: province)
        }
        return picks.map { p in
            [
                .node(p.stakeholder), .node(p.partner), .int(Int64(p.gain)), .string(p.scope.name),
                .string(p.reason.text(language)),
            ]
        }
    }
}
