// Synergy gaps per regency: are the regency library office, Bappeda and DPMPD there, and
// do they partner (the "synergy" the stakeholder meetings push for)? The programme's
// definition: the library office partnered with its Bappeda and with its DPMPD; the
// Bappeda–DPMPD partnership is asked for only when the caller includes it.
import SinergiGraph

/// One of the three regency stakeholders whose synergy the SHMs build.
public enum SynergyRole: Int, CaseIterable, Sendable, CustomStringConvertible {
    case libraryOffice = 0
    case bappeda = 1
    case dpmpd = 2

    /// The node label of the role.
    public var label: String {
        switch self {
        case .libraryOffice: return "RegencyLibraryOffice"
        case .bappeda: return "Bappeda"
        case .dpmpd: return "DPMPD"
        }
    }

    public var description: String { label }
}

/// One of the three partnerships of the synergy triangle.
public enum SynergyPair: Int, CaseIterable, Sendable, CustomStringConvertible {
    case libraryOfficeBappeda = 0
    case libraryOfficeDPMPD = 1
    case bappedaDPMPD = 2

    /// The two roles the partnership joins.
    public var roles: (SynergyRole, SynergyRole) {
        switch self {
        case .libraryOfficeBappeda: return (.libraryOffice, .bappeda)
        case .libraryOfficeDPMPD: return (.libraryOffice, .dpmpd)
        case .bappedaDPMPD: return (.bappeda, .dpmpd)
        }
    }

    public var description: String { "\(roles.0.label)–\(roles.1.label)" }

    /// The programme's definition of a regency's synergy: the library office partnered with its
    /// Bappeda and with its DPMPD.
    public static let programme: [SynergyPair] = [.libraryOfficeBappeda, .libraryOfficeDPMPD]
}

/// The state of one synergy partnership in one regency.
public enum PairStatus: Sendable, Equatable {
    /// Both stakeholders exist and partner (in either direction).
    case partnered
    /// Both stakeholders exist but do not partner.
    case missingPartnership
    /// One or both stakeholders are not in the registry for this regency.
    case missingStakeholder
}

/// The synergy of one regency.
public struct RegencySynergy: Equatable, Sendable {
    /// The Regency node.
    public var regency: NodeID
    /// Stakeholders LOCATED_IN the regency, per role (`SynergyRole.rawValue` order).
    public var stakeholders: [[NodeID]]
    /// The status of each partnership (`SynergyPair.rawValue` order), the ones not required too.
    public var pairs: [PairStatus]
    /// The partnerships the synergy asks for (`SynergyPair.programme` unless the caller said).
    public var required: [SynergyPair] = SynergyPair.programme

    /// Roles with no stakeholder in the regency.
    public var missingStakeholders: [SynergyRole] { SynergyRole.allCases.filter { stakeholders[$0.rawValue].isEmpty } }
    /// Required partnerships whose two stakeholders exist but do not partner.
    public var missingPartnerships: [SynergyPair] {
        required.filter { pairs[$0.rawValue] == .missingPartnership }
    }
    /// Required partnerships that cannot exist because a stakeholder is missing.
    public var pairsLackingStakeholders: [SynergyPair] {
        required.filter { pairs[$0.rawValue] == .missingStakeholder }
    }
    /// True when all three stakeholders exist and every required partnership is in place.
    public var isComplete: Bool {
        missingStakeholders.isEmpty && required.allSatisfy { pairs[$0.rawValue] == .partnered }
    }

    /// The stakeholders of one role.
    public func stakeholders(_ role: SynergyRole) -> [NodeID] { stakeholders[role.rawValue] }

    /// The status of one partnership.
    public func status(_ pair: SynergyPair) -> PairStatus { pairs[pair.rawValue] }
}

/// Synergy gaps: regencies whose library office, Bappeda and DPMPD are not all present, or
/// whose library office is not partnered with its Bappeda and its DPMPD (the programme's
/// definition; the Bappeda–DPMPD partnership when asked for).
///
/// ```swift
/// for r in SynergyGaps.perRegency(snapshot, onlyGaps: true) {
///     print(snapshot.graph.key(of: r.regency), r.missingStakeholders, r.missingPartnerships)
/// }
/// ```
public enum SynergyGaps {
    /// The synergy of every Regency node, in id order.
    ///
    /// A stakeholder belongs to a regency when it is LOCATED_IN the Regency node directly
    /// and carries the role's label. When a role has several stakeholders, a partnership
    /// counts when any of them partners with any of the other role's.
    /// - Parameters:
    ///   - required: the partnerships a complete synergy has (default: the programme's, library
    ///     office–Bappeda and library office–DPMPD; add `.bappedaDPMPD` for the whole triangle).
    ///   - partnershipTypes: relationship types that count as partnership, either direction.
    ///   - locatedIn: the relationship type from stakeholder to region.
    ///   - onlyGaps: leave out complete regencies.
    /// - Complexity: O(R + Σ deg) over the regencies and their stakeholders' relationships.
    public static func perRegency(
        _ snapshot: GraphSnapshot, required: [SynergyPair] = SynergyPair.programme,
        partnershipTypes: [String] = ["PARTNERS_WITH"], locatedIn: String = "LOCATED_IN", onlyGaps: Bool = false
    ) -> [RegencySynergy] {
        let graph = snapshot.graph
        guard let locatedType = graph.typeID(named: locatedIn) else {
            return graph.nodes(withLabel: RegionLevel.regency.label).compactMap { r in
                let s = RegencySynergy(
                    regency: r, stakeholders: [[], [], []],
                    pairs: [PairStatus](repeating: .missingStakeholder, count: 3), required: required)
                return onlyGaps && s.isComplete ? nil : s
            }
        }
        let partner = snapshot.typeFilter(partnershipTypes)
        let roleSets = SynergyRole.allCases.map { graph.nodes(withLabel: $0.label) }
        var result: [RegencySynergy] = []
        for regency in graph.nodes(withLabel: RegionLevel.regency.label) {
            var members: [[NodeID]] = [[], [], []]
            for i in snapshot.inOffsets[regency.index]..<snapshot.inOffsets[regency.index + 1]
            where snapshot.relationshipTypes[snapshot.inRelationships[i].index] == locatedType {
                let s = snapshot.inSources[i]
                for role in SynergyRole.allCases where roleSets[role.rawValue].contains(s) {
                    if !members[role.rawValue].contains(s) { members[role.rawValue].append(s) }
                }
            }
            var pairs: [PairStatus] = []
            for pair in SynergyPair.allCases {
                let (a, b) = pair.roles
                let left = members[a.rawValue]
                let right = members[b.rawValue]
                if left.isEmpty || right.isEmpty {
                    pairs.append(.missingStakeholder)
                    continue
                }
                var found = false
                for x in left where !found {
                    snapshot.forEachNeighbor(of: x, direction: .both, types: partner) { y, _ in
                        if !found, right.contains(y) { found = true }
                    }
                }
                pairs.append(found ? .partnered : .missingPartnership)
            }
            let synergy = RegencySynergy(regency: regency, stakeholders: members, pairs: pairs, required: required)
            if onlyGaps && synergy.isComplete { continue }
            result.append(synergy)
        }
        return result
    }
}
