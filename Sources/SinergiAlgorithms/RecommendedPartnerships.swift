// Recommended partnerships: the k new links that bring the most unconnected stakeholders
// into the programme's network, each with a partner close by and the reasoning (a catalogue
// message, so the handout reads in the reader's language).
import SinergiGraph
import SinergiText

/// A partnership worth forming.
public struct SuggestedPartnership: Equatable, Sendable {
    /// How close the suggested partners are.
    public enum Scope: Int, Sendable, Equatable, Comparable, CaseIterable {
        case sameRegency = 0
        case sameProvince = 1
        case national = 2

        public static func < (a: Scope, b: Scope) -> Bool { a.rawValue < b.rawValue }

        /// The identifier procedures yield: `sameRegency`, `sameProvince`, `national`.
        public var name: String {
            switch self {
            case .sameRegency: return "sameRegency"
            case .sameProvince: return "sameProvince"
            case .national: return "national"
            }
        }

        /// The scope as people read it.
        public var message: Message {
            switch self {
            case .sameRegency: return Message(.scopeSameRegency)
            case .sameProvince: return Message(.scopeSameProvince)
            case .national: return Message(.scopeNational)
            }
        }
    }

    /// The place of this suggestion in the list (1 for the first pick).
    public var rank: Int

    /// The stakeholder in the group that is not connected yet.
    public var stakeholder: NodeID
    /// The connected stakeholder to partner with.
    public var partner: NodeID
    /// How many stakeholders the link connects (the size of the group).
    public var gain: Int
    /// Where the partner is relative to the stakeholder.
    public var scope: Scope
    /// Why this link, in a sentence for a meeting handout.
    public var reason: Message
}

/// Greedy recommendations of new partnerships.
///
/// ```swift
/// let picks = try RecommendedPartnerships.suggest(snapshot, k: 5)
/// picks.map(\.reason)
/// ```
public enum RecommendedPartnerships {
    /// Role labels in the order a representative or partner is preferred.
    static let preferredLabels = [
        "ProvincialLibraryOffice", "RegencyLibraryOffice", "Bappeda", "DPMPD", "VillageLibrary", "VillageGovernment",
    ]

    /// Up to `k` partnerships, each joining one group of stakeholders that has no
    /// programme root (Perpusnas or a provincial library office) to a group that has one;
    /// with `province`, only groups with a stakeholder there, represented by one of those.
    ///
    /// Greedy: the groups (components, relationships undirected) are disjoint, so linking
    /// the largest rootless group gains the most and does not change the others' gains;
    /// the algorithm repeats this k times (ties: the group with the smallest node id). In
    /// each group it picks the member with a connected partner closest by: the same
    /// regency, else the same province, else a national root; among those it prefers
    /// library offices, then Bappeda, DPMPD, village libraries, village governments, then
    /// the most relationships. Definitions of stakeholders and `types` as in
    /// `Unconnected.regions`.
    /// - Throws: `AlgorithmError.invalidParameter` for a negative `k`.
    /// - Complexity: O(N + E + C log C) for C components.
    public static func suggest(
        _ snapshot: GraphSnapshot, k: Int, types: [String]? = nil, stakeholderLabel: String? = "Stakeholder",
        nationalRootLabel: String = "Perpusnas", provincialRootLabel: String = "ProvincialLibraryOffice",
        province: NodeID? = nil, hierarchy: RegionHierarchy? = nil
    ) throws(AlgorithmError) -> [SuggestedPartnership] {
        guard k >= 0 else { throw .invalidParameter(name: "k", reason: Message(.algorithmsRuleZeroOrMore)) }
        let pc = ProgrammeConnectivity(
            snapshot, types: types, stakeholderLabel: stakeholderLabel, nationalRootLabel: nationalRootLabel,
            provincialRootLabel: provincialRootLabel, hierarchy: hierarchy)
        guard k > 0, pc.hasRoots else { return [] }
        let n = snapshot.nodeCapacity
        let comps = pc.components
        let h = pc.hierarchy
        let graph = snapshot.graph
        // rank: lower is better (role preference, then more relationships)
        let labelSets = preferredLabels.map { graph.nodes(withLabel: $0) }
        func rank(_ v: Int) -> (Int, Int, Int) {
            var role = preferredLabels.count
            for (i, set) in labelSets.enumerated() where set.contains(NodeID(v)) {
                role = i
                break
            }
            return (role, -(snapshot.outDegree(of: NodeID(v)) + snapshot.inDegree(of: NodeID(v))), v)
        }
        // best connected partner per regency and per province, and a national root
        var regencyPartner = [Int32](repeating: -1, count: n)
        var provincePartner = [Int32](repeating: -1, count: n)
        var nationalPartner = -1
        let nationalSet = graph.nodes(withLabel: nationalRootLabel)
        for v in 0..<n where pc.mask[v] {
            guard let c = comps.component(of: NodeID(v)), pc.holdsRoot(c) else { continue }
            if nationalSet.contains(NodeID(v)), nationalPartner < 0 { nationalPartner = v }
            guard pc.isConnected(v) else { continue }
            let g = h.regionIndex(v, .regency)
            if g >= 0, regencyPartner[g] < 0 || rank(v) < rank(Int(regencyPartner[g])) { regencyPartner[g] = Int32(v) }
            let p = h.regionIndex(v, .province)
            if p >= 0, provincePartner[p] < 0 || rank(v) < rank(Int(provincePartner[p])) {
                provincePartner[p] = Int32(v)
            }
        }
        // the best representative of each rootless group
        var best = [Int32](repeating: -1, count: comps.count)
        var bestScope = [SuggestedPartnership.Scope](repeating: .national, count: comps.count)
        var bestPartner = [Int32](repeating: -1, count: comps.count)
        for v in 0..<n where pc.mask[v] {
            guard let c = comps.component(of: NodeID(v)), !pc.holdsRoot(c) else { continue }
            if let province, h.regionIndex(v, .province) != province.index { continue }
            var scope = SuggestedPartnership.Scope.national
            var partner = nationalPartner
            let g = h.regionIndex(v, .regency)
            let p = h.regionIndex(v, .province)
            if g >= 0, regencyPartner[g] >= 0 {
                scope = .sameRegency
                partner = Int(regencyPartner[g])
            } else if p >= 0, provincePartner[p] >= 0 {
                scope = .sameProvince
                partner = Int(provincePartner[p])
            }
            guard partner >= 0 else { continue }
            let current = Int(best[c])
            if current < 0 || scope < bestScope[c] || (scope == bestScope[c] && rank(v) < rank(current)) {
                best[c] = Int32(v)
                bestScope[c] = scope
                bestPartner[c] = Int32(partner)
            }
        }
        var groups = (0..<comps.count).filter { best[$0] >= 0 }
        groups.sort {
            pc.stakeholderCounts[$0] != pc.stakeholderCounts[$1]
                ? pc.stakeholderCounts[$0] > pc.stakeholderCounts[$1] : $0 < $1
        }
        let chosen = groups.prefix(k)
        var result: [SuggestedPartnership] = []
        for (i, c) in chosen.enumerated() {
            let s = NodeID(Int(best[c]))
            let t = NodeID(Int(bestPartner[c]))
            let size = pc.stakeholderCounts[c]
            let place: Message
            switch bestScope[c] {
            case .sameRegency:
                place = Message(
                    .recommendPlaceSameRegency, ["regency": .text(name(snapshot, h.region(of: s, at: .regency)))])
            case .sameProvince:
                place = Message(
                    .recommendPlaceSameProvince, ["province": .text(name(snapshot, h.region(of: s, at: .province)))])
            case .national:
                place = Message(.recommendPlaceNational)
            }
            let group = size == 1 ? Message(.recommendGroupAlone) : Message(.recommendGroup, ["count": .count(size)])
            let reason = Message(
                .recommendReason,
                [
                    "stakeholder": .text(name(snapshot, s)), "partner": .text(name(snapshot, t)),
                    "place": .message(place), "group": .message(group),
                    "why": .message(Message(i == 0 ? .recommendWhyLargest : .recommendWhyNext)),
                ])
            result.append(
                SuggestedPartnership(
                    rank: i + 1, stakeholder: s, partner: t, gain: size, scope: bestScope[c], reason: reason))
        }
        return result
    }

    /// A node's `name` property with its key, or the key alone.
    static func name(_ snapshot: GraphSnapshot, _ node: NodeID?) -> String {
        guard let node else { return "?" }
        let key = snapshot.graph.key(of: node)
        if let n = snapshot.graph.property("name", of: node).stringValue, n != key { return "\(n) (\(key))" }
        return key
    }
}
