// `sinergi gaps`: where the synergy is missing — regencies whose library office, Bappeda
// and DPMPD are not all registered and partnered (the default, the README's main job),
// regions not connected to the programme, fragile links, components, and recommended
// partnerships.
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiQuery
import SinergiText

/// The synergy-gap report and its companions (`SynergyGaps`, `Unconnected`, `FragileLinks`,
/// `Components`, `RecommendedPartnerships`).
public enum GapsCommand: Subcommand {
    public static let spec = CommandSpec(
        name: "gaps",
        abstract: .gapsAbstract, discussion: .gapsDiscussion,
        options: [
            .registry(), CommonOptions.asOf.spec,
            OptionSpec("kind", value: .valueKind, help: Message(.gapsHelpKind)),
            OptionSpec("province", value: .valueName, help: Message(.gapsHelpProvince)),
            OptionSpec("k", value: .valueNumber, help: Message(.gapsHelpK)),
            OptionSpec("top", value: .valueNumber, help: Message(.gapsHelpTop)),
            OptionSpec("all", help: Message(.gapsHelpAll)),
            OptionSpec("bappeda-dpmpd", help: Message(.gapsHelpBappedaDPMPD)),
            AlgorithmCommands.typesOption(.algorithmsDefaultTypesGaps),
        ] + AlgorithmCommands.outputOptions,
        examples: [
            "sinergi gaps -r graphs/tpbis.jsonl",
            "sinergi gaps -r graphs/tpbis.jsonl --province 'Kepulauan Riau' --format markdown",
            "sinergi gaps -r graphs/tpbis.jsonl --kind recommend --k 3",
        ])

    static let kinds = ["synergy", "unconnected", "fragile", "components", "recommend"]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        _ = try AlgorithmCommands.format(arguments, console: console)
        let kind = try AlgorithmCommands.choice(arguments, "kind", kinds, default: "synergy")
        let k = try AlgorithmCommands.integer(arguments, "k", default: 5, minimum: 0)
        if arguments.value("k") != nil, kind != "recommend" {
            throw AlgorithmCommands.appliesOnly("k", to: ["recommend"])
        }
        if arguments.flag("all"), kind != "synergy", kind != "unconnected" {
            throw AlgorithmCommands.appliesOnly("all", to: ["synergy", "unconnected"])
        }
        if arguments.value("province") != nil, kind == "components" {
            throw AlgorithmCommands.appliesOnly("province", to: ["synergy", "unconnected", "fragile", "recommend"])
        }
        if arguments.flag("bappeda-dpmpd"), kind != "synergy" {
            throw AlgorithmCommands.appliesOnly("bappeda-dpmpd", to: ["synergy"])
        }
        if arguments.value("top") != nil, kind != "fragile" {
            throw AlgorithmCommands.appliesOnly("top", to: ["fragile"])
        }
        let top = try AlgorithmCommands.integer(arguments, "top", default: 20, minimum: 0)
        let input = try AlgorithmInput(arguments, console: console)
        // Without regions there is no regency to count a gap in: say so, and how to get them.
        let perRegency = kind == "synergy" || kind == "unconnected"
        if perRegency && input.graph.nodeCount(withLabel: "Regency") == 0
            || arguments.value("province") != nil && input.graph.nodeCount(withLabel: "Province") == 0
        {
            console.error(Message(.gapsNoRegions, ["path": .text(input.path)]))
            console.hint(Message(.gapsNoRegionsHint))
            return ExitCode.failure
        }
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
            output = fragile(input, province: province, types: types, top: top == 0 ? nil : top)
        case "components":
            let types = try AlgorithmCommands.types(arguments, default: ["PARTNERS_WITH"])
            output = components(input, types: types)
        case "recommend":
            let types = try AlgorithmCommands.types(arguments, default: nil)
            output = try recommend(input, province: province, k: k, types: types)
        default:
            let types = try AlgorithmCommands.types(arguments, default: ["PARTNERS_WITH"]) ?? ["PARTNERS_WITH"]
            let required = arguments.flag("bappeda-dpmpd") ? SynergyPair.allCases : SynergyPair.programme
            output = synergy(input, province: province, all: all, types: types, required: required)
        }
        return try AlgorithmCommands.emit(output, input: input, arguments: arguments, console: console)
    }

    /// How a synergy role reads in the report.
    static func roleName(_ role: SynergyRole, _ input: AlgorithmInput) -> String {
        let key: MessageKey
        switch role {
        case .libraryOffice: key = .synergyRoleLibraryOffice
        case .bappeda: key = .synergyRoleBappeda
        case .dpmpd: key = .synergyRoleDPMPD
        }
        return input.text(Message(key))
    }

    /// "library office–Bappeda".
    static func pairName(_ pair: SynergyPair, _ input: AlgorithmInput) -> String {
        "\(roleName(pair.roles.0, input))–\(roleName(pair.roles.1, input))"
    }

    /// Words for a list, or "none".
    static func list(_ items: [String], _ input: AlgorithmInput) -> Value {
        .string(items.isEmpty ? input.text(Message(.algorithmsNone)) : items.joined(separator: ", "))
    }

    /// The synergy-gap report: one row per regency with a gap.
    static func synergy(
        _ input: AlgorithmInput, province: NodeID?, all: Bool, types: [String],
        required: [SynergyPair] = SynergyPair.programme
    ) -> AlgorithmOutput {
        let report = SynergyGaps.report(
            input.snapshot, required: required, partnershipTypes: types, province: province, includeUnregistered: all,
            hierarchy: input.regions)
        var subsetNodes: [NodeID] = []
        let rows: [[Value]] = report.entries.map { e in
            let s = e.synergy
            let present = SynergyRole.allCases.filter { !s.stakeholders($0).isEmpty }
            subsetNodes.append(s.regency)
            for role in present { subsetNodes += s.stakeholders(role) }
            return [
                input.name(e.province), input.name(s.regency), list(present.map { roleName($0, input) }, input),
                list(s.missingStakeholders.map { roleName($0, input) }, input),
                list(s.missingPartnerships.map { pairName($0, input) }, input), .string(nextStep(s, input)),
            ]
        }
        let result = QueryResult(
            columns: ["province", "regency", "registered", "missingStakeholders", "missingPartnerships", "nextStep"],
            rows: rows)
        var summary = input.text(
            Message(
                .synergySummary,
                [
                    "listed": .count(report.entries.count), "partnerships": .count(report.missingPartnerships),
                    "stakeholders": .count(report.missingStakeholders), "complete": .count(report.complete),
                    "total": .count(report.regencies),
                    "definition": .message(
                        Message(
                            required.contains(.bappedaDPMPD) ? .synergyDefinitionTriangle : .synergyDefinitionProgramme)
                    ),
                ]))
        if !all {
            summary += input.text(Message(.synergyUnregistered, ["count": .count(report.unregistered)]))
        }
        // The regencies are drawn as clusters (not as nodes); the stakeholders of each gap regency are marked.
        let drawn = subsetNodes.filter { !input.graph.hasLabel($0, "Region") }
        var output = AlgorithmOutput(
            result: result, subset: input.induced(drawn, types: types), summary: summary)
        output.diagram.clustering = .regency
        output.diagram.gapRegencies = Set(drawn.map(input.graph.key(of:)))
        return output
    }

    /// What to do first in a regency, in words.
    static func nextStep(_ s: RegencySynergy, _ input: AlgorithmInput) -> String {
        s.nextSteps.map { step -> String in
            switch step {
            case .partner(let pair):
                return input.text(
                    Message(
                        .synergyStepPartner,
                        ["a": .text(roleName(pair.roles.0, input)), "b": .text(roleName(pair.roles.1, input))]))
            case .registerAll:
                return input.text(Message(.synergyStepRegisterAll))
            case .invite(let roles):
                return input.text(Message(.synergyStepInvite, ["roles": .list(roles.map { roleName($0, input) })]))
            }
        }.joined(separator: "; ")
    }
}
