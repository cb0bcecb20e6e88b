// `--highlight gaps`: the synergy gaps of the regencies a diagram shows (library office,
// Bappeda and DPMPD not all registered and partnered), marked on their boxes with what is
// missing, and the missing partnerships drawn as recommended ones. The brief reads the same
// gaps and words (`SynergyGapText`).
import SinergiAlgorithms
import SinergiFormats
import SinergiGraph
import SinergiText

/// The gaps of the regencies in a diagram, as the diagram draws them.
enum DiagramHighlights {
    /// Adds the synergy gaps of the regencies the subset's nodes are in to `options`: with
    /// regency boxes, the box is marked and its notes say what is missing; otherwise the
    /// regency's stakeholders are marked. Missing partnerships become recommended ones.
    /// - Complexity: O(N + E) for the snapshot and the gap scan.
    static func addGaps(to options: inout DOTOptions, graph: PropertyGraph, subset: GraphSubset?) {
        let snapshot = GraphSnapshot(graph)
        let hierarchy = RegionHierarchy(snapshot)
        let drawn = (subset ?? GraphSubset.all(of: graph)).resolved(in: graph).nodes
        var regencies: Set<NodeID> = []
        for n in drawn {
            if let r = hierarchy.region(of: n, at: .regency) { regencies.insert(r) }
            if graph.hasLabel(n, RegionLevel.regency.label) { regencies.insert(n) }
        }
        // As in the gap report, a regency where none of the three is registered yet is not a
        // gap of the synergy but of registration: it is left to `gaps --all`.
        let gaps = SynergyGaps.perRegency(snapshot, onlyGaps: true).filter {
            regencies.contains($0.regency) && $0.missingStakeholders.count < SynergyRole.allCases.count
        }
        let language = options.language
        for gap in gaps {
            let key = graph.key(of: gap.regency)
            if options.clustering == .regency {
                options.gapRegencies.insert(key)
                options.gapNotes[key] = SynergyGapText.notes(gap, language)
            } else {
                for role in SynergyRole.allCases {
                    for s in gap.stakeholders(role) { options.gapRegencies.insert(graph.key(of: s)) }
                }
            }
            for pair in gap.missingPartnerships {
                let (a, b) = pair.roles
                guard let x = graph.sortedByKeyFirst(gap.stakeholders(a)),
                    let y = graph.sortedByKeyFirst(gap.stakeholders(b))
                else { continue }
                options.recommendedPartnerships.append(NodeKeyPair(graph.key(of: x), graph.key(of: y)))
            }
        }
    }
}

/// How a regency's synergy gap reads: in a diagram's box, in the brief, as next steps.
enum SynergyGapText {
    /// A role in a few words (`Dinas Perpustakaan Kab/Kota`, `Bappeda`, `DPMPD`).
    static func role(_ role: SynergyRole, _ language: Language) -> String { Vocabulary.kindShort(role.label, language) }

    /// The lines under a gap regency's name: who is not registered, who is not partnered.
    static func notes(_ gap: RegencySynergy, _ language: Language) -> [String] {
        var lines: [String] = []
        if !gap.missingStakeholders.isEmpty {
            lines.append(
                Message(.gapNotRegistered, ["roles": .list(gap.missingStakeholders.map { role($0, language) })]).text(
                    language))
        }
        if !gap.missingPartnerships.isEmpty {
            let pairs = gap.missingPartnerships.map { role($0.roles.0, language) + "–" + role($0.roles.1, language) }
            lines.append(Message(.gapNotPartnered, ["pairs": .list(pairs)]).text(language))
        }
        return lines
    }

    /// What to do next in the regency: partner those who are there, invite those who are not.
    static func nextSteps(_ gap: RegencySynergy, _ language: Language) -> [String] {
        var steps: [String] = []
        for pair in gap.missingPartnerships {
            steps.append(
                Message(
                    .gapStepPartner,
                    ["a": .text(role(pair.roles.0, language)), "b": .text(role(pair.roles.1, language))]
                ).text(language))
        }
        let missing = gap.missingStakeholders
        if missing.count == SynergyRole.allCases.count {
            steps.append(Message(.gapStepRegister).text(language))
        } else if !missing.isEmpty {
            steps.append(Message(.gapStepInvite, ["roles": .list(missing.map { role($0, language) })]).text(language))
        }
        return steps
    }
}

extension PropertyGraph {
    /// The node with the smallest key among `ids`, nil when empty.
    func sortedByKeyFirst(_ ids: [NodeID]) -> NodeID? { ids.min { key(of: $0) < key(of: $1) } }
}
