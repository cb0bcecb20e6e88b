// `sinergi gaps`: where the synergy is missing — regencies whose library office, Bappeda
// and DPMPD are not all registered and partnered (the default, the README's main job),
// regions not connected to the programme, fragile links, components, and recommended
// partnerships.
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery

/// The synergy-gap report and its companions (`SynergyGaps`, `Unconnected`, `FragileLinks`,
/// `Components`, `RecommendedPartnerships`).
public enum GapsCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "gaps",
        abstract: "Find the synergy gaps: missing partnerships and stakeholders per regency, and more.",
        discussion: """
            --kind synergy (the default) prints one row per regency whose library office, Bappeda and DPMPD
            are not all registered and partnered (PARTNERS_WITH, either way): what is registered, which
            stakeholders are missing and which partnerships are missing. Regencies with none of the three
            registered are only counted in the summary unless --all is given.
            --kind unconnected: regencies and villages none of whose stakeholders has a path to Perpusnas or
            to its own provincial library office (--all adds those with no stakeholder at all).
            --kind fragile: partnerships (bridges) and stakeholders (articulation points) whose loss splits
            the network, with how many stakeholders each would cut off.
            --kind components: the groups the partnership network falls into, isolated stakeholders too.
            --kind recommend: the --k partnerships that would connect the most stakeholders to the programme.
            A one-line summary goes to standard error. In a query: CALL sinergi.gaps.synergy({}) and others.
            """,
        options: [
            .registry(),
            OptionSpec(
                "kind", value: "kind",
                help: "synergy, unconnected, fragile, components or recommend (default: synergy)."),
            OptionSpec("province", value: "name", help: "Only this province (its name or key)."),
            OptionSpec("k", value: "n", help: "How many partnerships to recommend (default: 5)."),
            OptionSpec("all", help: "Also list regions with no stakeholder registered (synergy, unconnected)."),
            AlgorithmCommands.typesOption("PARTNERS_WITH; unconnected and recommend: all but LOCATED_IN, PART_OF"),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi gaps -r graphs/tpbis.jsonl",
            "sinergi gaps -r graphs/tpbis.jsonl --province 'Kepulauan Riau' --format markdown",
            "sinergi gaps -r graphs/tpbis.jsonl --kind recommend --k 3",
        ])

    static let kinds = ["synergy", "unconnected", "fragile", "components", "recommend"]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try CommandSupport.format(arguments, allowed: AlgorithmCommands.formats, default: "table")
        let kind = try AlgorithmCommands.choice(arguments, "kind", kinds, default: "synergy")
        let k = try AlgorithmCommands.integer(arguments, "k", default: 5, minimum: 0)
        if arguments.value("k") != nil, kind != "recommend" { throw CLIError.usage("--k applies to --kind recommend") }
        if arguments.flag("all"), kind != "synergy", kind != "unconnected" {
            throw CLIError.usage("--all applies to --kind synergy and unconnected")
        }
        if arguments.value("province") != nil, kind == "components" {
            throw CLIError.usage("--province does not apply to --kind components")
        }
        let input = try AlgorithmInput(arguments, console: console)
        let province = try arguments.value("province").map { (name: String) throws(CLIError) in
            try input.province(named: name)
        }
        let all = arguments.flag("all")
        let output: AlgorithmOutput
        switch kind {
        case "unconnected":
            let types = try AlgorithmCommands.types(arguments, default: nil)
            output = unconnected(input, province: province, all: all, types: types)
        case "fragile":
            let types = try AlgorithmCommands.types(arguments, default: ["PARTNERS_WITH"])
            output = fragile(input, province: province, types: types)
        case "components":
            let types = try AlgorithmCommands.types(arguments, default: ["PARTNERS_WITH"])
            output = components(input, types: types)
        case "recommend":
            let types = try AlgorithmCommands.types(arguments, default: nil)
            output = try recommend(input, province: province, k: k, types: types)
        default:
            let types = try AlgorithmCommands.types(arguments, default: ["PARTNERS_WITH"]) ?? ["PARTNERS_WITH"]
            output = synergy(input, province: province, all: all, types: types)
        }
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// True when `v` lies in `province` (always true without one).
    static func within(_ input: AlgorithmInput, _ v: NodeID, _ province: NodeID?) -> Bool {
        guard let province else { return true }
        return input.regions.region(of: v, at: .province) == province
    }

    /// How a synergy role reads in the report.
    static func roleName(_ role: SynergyRole) -> String {
        role == .libraryOffice ? "library office" : role.label
    }

    /// Words for a list, or "none".
    static func list(_ items: [String]) -> Value { .string(items.isEmpty ? "none" : items.joined(separator: ", ")) }

    /// The synergy-gap report: one row per regency with a gap.
    static func synergy(_ input: AlgorithmInput, province: NodeID?, all: Bool, types: [String]) -> AlgorithmOutput {
        let every = SynergyGaps.perRegency(input.snapshot, partnershipTypes: types).filter {
            within(input, $0.regency, province)
        }
        let complete = every.filter(\.isComplete).count
        let empty = every.filter { $0.missingStakeholders.count == SynergyRole.allCases.count }.count
        var gaps = every.filter { !$0.isComplete && (all || $0.missingStakeholders.count < SynergyRole.allCases.count) }
        func sortKey(_ s: RegencySynergy) -> (String, String) {
            let p = input.regions.region(of: s.regency, at: .province).map(input.title) ?? ""
            return (p, input.title(s.regency))
        }
        gaps.sort { sortKey($0) < sortKey($1) }
        var subsetNodes: [NodeID] = []
        let rows: [[Value]] = gaps.map { s in
            let present = SynergyRole.allCases.filter { !s.stakeholders($0).isEmpty }
            subsetNodes.append(s.regency)
            for role in present { subsetNodes += s.stakeholders(role) }
            return [
                input.region(s.regency, .province), input.name(s.regency), list(present.map(roleName)),
                list(s.missingStakeholders.map(roleName)),
                list(s.missingPartnerships.map { "\(roleName($0.roles.0))–\(roleName($0.roles.1))" }),
                .string(nextStep(s)),
            ]
        }
        let result = QueryResult(
            columns: ["province", "regency", "registered", "missingStakeholders", "missingPartnerships", "nextStep"],
            rows: rows)
        let partnerships = gaps.reduce(0) { $0 + $1.missingPartnerships.count }
        let stakeholders = gaps.reduce(0) { $0 + $1.missingStakeholders.count }
        var summary =
            "\(AlgorithmCommands.count(gaps.count, "regency", "regencies")) with synergy gaps listed "
            + "(\(AlgorithmCommands.count(partnerships, "partnership")) and "
            + "\(AlgorithmCommands.count(stakeholders, "stakeholder")) missing); \(complete) of "
            + "\(AlgorithmCommands.count(every.count, "regency", "regencies")) \(complete == 1 ? "has" : "have") "
            + "the full synergy of library office, Bappeda and DPMPD"
        if !all {
            summary += "; \(empty) \(empty == 1 ? "has" : "have") none of the three registered (--all lists them)"
        }
        // The regencies are drawn as clusters (not as nodes); the stakeholders of each gap regency are marked.
        let drawn = subsetNodes.filter { !input.graph.hasLabel($0, "Region") }
        var output = AlgorithmOutput(
            result: result, subset: input.induced(drawn, types: types), summary: summary)
        output.diagram.clustering = .regency
        output.diagram.gapRegencies = Set(drawn.map(input.graph.key(of:)))
        return output
    }

    /// What to do first in a regency: partner the stakeholders that are there, then register the missing.
    static func nextStep(_ s: RegencySynergy) -> String {
        var steps: [String] = []
        for pair in s.missingPartnerships {
            steps.append("partner \(roleName(pair.roles.0)) with \(roleName(pair.roles.1))")
        }
        let missing = s.missingStakeholders
        if missing.count == SynergyRole.allCases.count {
            steps.append("register the library office, Bappeda and DPMPD")
        } else if !missing.isEmpty {
            steps.append("invite \(missing.map(roleName).joined(separator: " and ")) to the next SHM")
        }
        return steps.joined(separator: "; ")
    }

    /// Regions not connected to the programme.
    static func unconnected(_ input: AlgorithmInput, province: NodeID?, all: Bool, types: [String]?)
        -> AlgorithmOutput
    {
        let every = Unconnected.regions(input.snapshot, types: types, hierarchy: input.regions).filter {
            within(input, $0.region, province)
        }
        let withStakeholders = every.filter { $0.reason == .noPathToRoot }
        let shown = all ? every : withStakeholders
        let rows: [[Value]] = shown.map { u in
            [
                .string(u.level.label), input.region(u.region, .province),
                u.level == .regency ? .null : input.region(u.region, .regency), input.name(u.region),
                input.key(u.region), .int(Int64(u.stakeholders)),
                .string(u.reason == .noStakeholders ? "no stakeholder registered" : "no path to a programme root"),
            ]
        }
        let result = QueryResult(
            columns: ["level", "province", "regency", "region", "key", "stakeholders", "reason"], rows: rows)
        let regencies = every.filter { $0.level == .regency }.count
        let villages = every.count - regencies
        var summary =
            "\(AlgorithmCommands.count(regencies, "regency", "regencies")) and "
            + "\(AlgorithmCommands.count(villages, "village")) "
            + "not connected to Perpusnas or their provincial library office: "
            + "\(withStakeholders.count) with stakeholders but no path"
        summary +=
            all
            ? ", \(every.count - withStakeholders.count) with no stakeholder registered"
            : " listed, \(every.count - withStakeholders.count) with no stakeholder registered (--all lists them)"
        return AlgorithmOutput(result: result, subset: DiagramSubset(nodes: shown.map(\.region)), summary: summary)
    }

    /// Bridges and articulation points.
    static func fragile(_ input: AlgorithmInput, province: NodeID?, types: [String]?) -> AlgorithmOutput {
        let found = FragileLinks.find(input.snapshot, types: types)
        let graph = input.graph
        var rows: [[Value]] = []
        var nodes: [NodeID] = []
        var rels: [RelationshipID] = []
        let bridges = found.bridges.filter { within(input, $0.start, province) || within(input, $0.end, province) }
        let points = found.articulationPoints.filter { within(input, $0.node, province) }
        for b in bridges {
            rows.append([
                .string("partnership"), .string("\(graph.key(of: b.start)) — \(graph.key(of: b.end))"),
                .string("\(input.title(b.start)) — \(input.title(b.end))"), .int(Int64(b.cutOff)),
                .int(Int64(b.componentSize)),
            ])
            nodes += [b.start, b.end]
            rels.append(b.relationship)
        }
        for a in points {
            rows.append([
                .string("stakeholder"), input.key(a.node), input.name(a.node), .int(Int64(a.cutOff)),
                .int(Int64(a.componentSize)),
            ])
            nodes.append(a.node)
        }
        let result = QueryResult(columns: ["fragile", "key", "name", "cutOff", "componentSize"], rows: rows)
        let summary =
            "\(AlgorithmCommands.count(bridges.count, "partnership")) (bridges) and "
            + "\(AlgorithmCommands.count(points.count, "stakeholder")) (articulation points) would split the "
            + "\(AlgorithmCommands.describe(types, graph: graph)) network"
        var unique: [NodeID] = []
        for v in nodes where !unique.contains(v) { unique.append(v) }
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
            let more = keys.count > 8 ? ", … (\(keys.count - 8) more)" : ""
            let shown = keys.prefix(8).joined(separator: ", ") + more
            rows.append([.int(Int64(rank + 1)), .int(Int64(keys.count)), .string(shown)])
        }
        let result = QueryResult(columns: ["component", "size", "members"], rows: rows)
        let stakeholders = members.reduce(0) { $0 + $1.count }
        let largest = c.largest >= 0 ? c.sizes[c.largest] : 0
        let summary =
            "\(AlgorithmCommands.count(c.count, "component")) among "
            + "\(AlgorithmCommands.count(stakeholders, "stakeholder")) "
            + "over \(AlgorithmCommands.describe(types, graph: input.graph)): the largest has \(largest), "
            + "\(AlgorithmCommands.count(c.isolates.count, "stakeholder")) without any"
        return AlgorithmOutput(
            result: result, subset: input.induced(members.flatMap { $0 }, types: types), summary: summary)
    }

    /// Recommended partnerships.
    static func recommend(_ input: AlgorithmInput, province: NodeID?, k: Int, types: [String]?) throws(CLIError)
        -> AlgorithmOutput
    {
        let snapshot = input.snapshot
        let regions = input.regions
        // with a province, ask for every group and keep the first k there
        let ask = province == nil ? k : Int(Int32.max)
        var picks = try AlgorithmCommands.run(input) { () throws(AlgorithmError) in
            try RecommendedPartnerships.suggest(snapshot, k: ask, types: types, hierarchy: regions)
        }
        picks = Array(picks.filter { within(input, $0.stakeholder, province) }.prefix(k))
        let rows: [[Value]] = picks.enumerated().map { i, p in
            [
                .int(Int64(i + 1)), input.key(p.stakeholder), input.name(p.stakeholder), input.key(p.partner),
                input.name(p.partner), .int(Int64(p.gain)), .string(scope(p.scope)), .string(p.reason),
            ]
        }
        let result = QueryResult(
            columns: ["rank", "stakeholder", "name", "partner", "partnerName", "gain", "scope", "reason"], rows: rows)
        let gain = picks.reduce(0) { $0 + $1.gain }
        let summary =
            "\(AlgorithmCommands.count(picks.count, "new partnership")) would connect "
            + "\(AlgorithmCommands.count(gain, "stakeholder")) to the programme"
        var nodes: [NodeID] = []
        for p in picks { nodes += [p.stakeholder, p.partner] }
        var output = AlgorithmOutput(result: result, subset: DiagramSubset(nodes: nodes), summary: summary)
        output.diagram.recommendedPartnerships = picks.map {
            NodeKeyPair(input.graph.key(of: $0.stakeholder), input.graph.key(of: $0.partner))
        }
        return output
    }

    /// How a recommendation's scope reads.
    static func scope(_ s: SuggestedPartnership.Scope) -> String {
        switch s {
        case .sameRegency: return "same regency"
        case .sameProvince: return "same province"
        case .national: return "national"
        }
    }
}
