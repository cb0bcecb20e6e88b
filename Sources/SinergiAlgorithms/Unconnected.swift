// Regencies and villages not connected to the programme: no stakeholder there has a path
// to Perpusnas or to its own provincial library office (paths as `StakeholderNetwork` defines).
import SinergiGraph
import SinergiText

/// A region not connected to the programme.
public struct UnconnectedRegion: Equatable, Sendable {
    /// Why the region is unconnected.
    public enum Reason: Sendable, Equatable {
        /// No stakeholder is located in the region at all.
        case noStakeholders
        /// Stakeholders are there, but none has a path to a programme root.
        case noPathToRoot

        /// The identifier procedures yield: `noStakeholders` or `noPathToRoot`.
        public var name: String { self == .noStakeholders ? "noStakeholders" : "noPathToRoot" }

        /// The reason as people read it.
        public var message: Message {
            Message(self == .noStakeholders ? .unconnectedNoStakeholders : .unconnectedNoPath)
        }
    }

    /// The Regency or Village node.
    public var region: NodeID
    /// Its level.
    public var level: RegionLevel
    /// Stakeholders located in it (for a regency: directly or in its districts and villages).
    public var stakeholders: Int
    /// Why it is unconnected.
    public var reason: Reason
}

/// Finds the regions the programme does not reach.
///
/// ```swift
/// let gaps = Unconnected.regions(snapshot)                // regencies and villages
/// gaps.filter { $0.reason == .noPathToRoot }.count
/// ```
public enum Unconnected {
    /// Regions of `levels` in which no stakeholder is connected to a programme root.
    ///
    /// Stakeholders are the nodes with `stakeholderLabel` (nil: every non-region node) plus
    /// the roots. A stakeholder is connected when a chain of `types` relationships (nil: the
    /// `StakeholderNetwork`), each taken in either direction, through any nodes, joins it to a
    /// `nationalRootLabel` node (Perpusnas) or a `provincialRootLabel` node of its own
    /// province — exactly when `ShortestPath.unweighted` with the same types finds a path. A regency counts its stakeholders directly in it and in its
    /// districts and villages; a village only its own.
    /// - Returns: unconnected regions, regencies first, each level in id order.
    /// - Complexity: O(N + E).
    public static func regions(
        _ snapshot: GraphSnapshot, types: [String]? = nil, stakeholderLabel: String? = "Stakeholder",
        levels: [RegionLevel] = [.regency, .village], nationalRootLabel: String = "Perpusnas",
        provincialRootLabel: String = "ProvincialLibraryOffice", hierarchy: RegionHierarchy? = nil
    ) -> [UnconnectedRegion] {
        let pc = ProgrammeConnectivity(
            snapshot, types: types, stakeholderLabel: stakeholderLabel, nationalRootLabel: nationalRootLabel,
            provincialRootLabel: provincialRootLabel, hierarchy: hierarchy)
        let n = snapshot.nodeCapacity
        var result: [UnconnectedRegion] = []
        for level in levels.sorted(by: { $0.rawValue < $1.rawValue }) {
            var present = [Int32](repeating: 0, count: n)
            var connected = [Bool](repeating: false, count: n)
            for v in 0..<n where pc.mask[v] {
                let r = pc.hierarchy.regionIndex(v, level)
                guard r >= 0, pc.hierarchy.level(of: NodeID(v)) == nil else { continue }
                present[r] += 1
                if !connected[r], pc.isConnected(v) { connected[r] = true }
            }
            for region in snapshot.graph.nodes(withLabel: level.label) where !connected[region.index] {
                let count = Int(present[region.index])
                result.append(
                    UnconnectedRegion(
                        region: region, level: level, stakeholders: count,
                        reason: count == 0 ? .noStakeholders : .noPathToRoot))
            }
        }
        return result
    }

    /// The stakeholders with no path to a programme root (definitions as in `regions`),
    /// in id order.
    /// - Complexity: O(N + E).
    public static func stakeholders(
        _ snapshot: GraphSnapshot, types: [String]? = nil, stakeholderLabel: String? = "Stakeholder",
        nationalRootLabel: String = "Perpusnas", provincialRootLabel: String = "ProvincialLibraryOffice",
        hierarchy: RegionHierarchy? = nil
    ) -> [NodeID] {
        let pc = ProgrammeConnectivity(
            snapshot, types: types, stakeholderLabel: stakeholderLabel, nationalRootLabel: nationalRootLabel,
            provincialRootLabel: provincialRootLabel, hierarchy: hierarchy)
        return (0..<snapshot.nodeCapacity).filter { pc.mask[$0] && !pc.isConnected($0) }.map { NodeID($0) }
    }

    /// The report of `regions` that `sinergi gaps --kind unconnected` and
    /// `sinergi.gaps.unconnected` print: regions (in `province` when given) whose stakeholders
    /// have no path, plus, with `includeEmpty`, those with no stakeholder at all.
    /// - Complexity: O(N + E).
    public static func report(
        _ snapshot: GraphSnapshot, types: [String]? = nil, stakeholderLabel: String? = "Stakeholder",
        levels: [RegionLevel] = [.regency, .village], province: NodeID? = nil, includeEmpty: Bool = false,
        hierarchy: RegionHierarchy? = nil
    ) -> UnconnectedReport {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        let every = regions(
            snapshot, types: types, stakeholderLabel: stakeholderLabel, levels: levels, hierarchy: h
        ).filter { RegionLookup.within($0.region, province: province, hierarchy: h) }
        return UnconnectedReport(
            regions: includeEmpty ? every : every.filter { $0.reason == .noPathToRoot },
            regencies: every.filter { $0.level == .regency }.count,
            villages: every.filter { $0.level == .village }.count,
            withoutPath: every.filter { $0.reason == .noPathToRoot }.count,
            withoutStakeholders: every.filter { $0.reason == .noStakeholders }.count, listsEmpty: includeEmpty)
    }
}

/// The unconnected regions, ready to print.
public struct UnconnectedReport: Equatable, Sendable {
    /// The regions listed, regencies first, each level in id order.
    public var regions: [UnconnectedRegion]
    /// Unconnected regencies and villages counted (listed or not).
    public var regencies: Int
    public var villages: Int
    /// Of those, regions with stakeholders but no path, and regions with no stakeholder.
    public var withoutPath: Int
    public var withoutStakeholders: Int
    /// True when the regions with no stakeholder are listed too.
    public var listsEmpty: Bool
}
