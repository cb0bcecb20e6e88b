// The synergy-gap report: the regencies with a gap (optionally in one province), in the order a
// reader looks them up (province name, then regency name), each with its province and next
// steps, and the counts a summary gives. `sinergi gaps` and `sinergi.gaps.synergy` both print it.
import SinergiGraph

/// What to do first in a regency with a synergy gap.
public enum SynergyStep: Equatable, Sendable {
    /// Partner the two roles (both are registered).
    case partner(SynergyPair)
    /// None of the three is registered: register the library office, Bappeda and DPMPD.
    case registerAll
    /// Invite the missing roles to the next SHM.
    case invite([SynergyRole])
}

/// The synergy gaps of the regencies, ready to print.
public struct SynergyGapReport: Equatable, Sendable {
    /// One regency of the report.
    public struct Entry: Equatable, Sendable {
        /// The regency's synergy.
        public var synergy: RegencySynergy
        /// Its province (nil when the region tree does not say).
        public var province: NodeID?
    }

    /// The regencies listed: with a gap (and, when asked, the complete ones), sorted by
    /// province name, then regency name, then id.
    public var entries: [Entry]
    /// Regencies considered (in the province, when one was given).
    public var regencies: Int
    /// Of those, regencies with all three stakeholders and every required partnership.
    public var complete: Int
    /// Of those, regencies with none of the three registered.
    public var unregistered: Int
    /// True when regencies with none of the three registered are listed.
    public var listsUnregistered: Bool

    /// Partnerships missing in the listed regencies (both stakeholders registered).
    public var missingPartnerships: Int { entries.reduce(0) { $0 + $1.synergy.missingPartnerships.count } }
    /// Stakeholders missing in the listed regencies.
    public var missingStakeholders: Int { entries.reduce(0) { $0 + $1.synergy.missingStakeholders.count } }
}

extension RegencySynergy {
    /// What to do first: partner the stakeholders that are there, then register or invite the missing.
    public var nextSteps: [SynergyStep] {
        var steps = missingPartnerships.map { SynergyStep.partner($0) }
        let missing = missingStakeholders
        if missing.count == SynergyRole.allCases.count {
            steps.append(.registerAll)
        } else if !missing.isEmpty {
            steps.append(.invite(missing))
        }
        return steps
    }
}

extension SynergyGaps {
    /// The report of `perRegency`: gap regencies (in `province` when given), sorted by names.
    ///
    /// - Parameters:
    ///   - required: the partnerships a complete synergy has (default: the programme's).
    ///   - partnershipTypes: what counts as partnership (default PARTNERS_WITH).
    ///   - province: only regencies of this Province node.
    ///   - includeComplete: also list regencies without a gap.
    ///   - includeUnregistered: also list regencies with none of the three registered (they
    ///     are always counted).
    /// - Complexity: O(N + E) for the region tree, then as `perRegency`, plus O(R log R).
    public static func report(
        _ snapshot: GraphSnapshot, required: [SynergyPair] = SynergyPair.programme,
        partnershipTypes: [String] = ["PARTNERS_WITH"], province: NodeID? = nil,
        includeComplete: Bool = false, includeUnregistered: Bool = false, hierarchy: RegionHierarchy? = nil
    ) -> SynergyGapReport {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let every = perRegency(snapshot, required: required, partnershipTypes: partnershipTypes).filter {
            RegionLookup.within($0.regency, province: province, hierarchy: h)
        }
        let all = SynergyRole.allCases.count
        var entries: [SynergyGapReport.Entry] = []
        for s in every {
            let empty = s.missingStakeholders.count == all
            if s.isComplete && !includeComplete { continue }
            if empty && !includeUnregistered { continue }
            entries.append(.init(synergy: s, province: h.region(of: s.regency, at: .province)))
        }
        let graph = snapshot.graph
        func title(_ v: NodeID?) -> String {
            guard let v else { return "" }
            return graph.property("name", of: v).stringValue ?? graph.key(of: v)
        }
        entries = entries.map { ($0, title($0.province), title($0.synergy.regency)) }
            .sorted { a, b in
                (a.1, a.2, a.0.synergy.regency.rawValue) < (b.1, b.2, b.0.synergy.regency.rawValue)
            }
            .map(\.0)
        return SynergyGapReport(
            entries: entries, regencies: every.count, complete: every.filter(\.isComplete).count,
            unregistered: every.filter { $0.missingStakeholders.count == all }.count,
            listsUnregistered: includeUnregistered)
    }
}
