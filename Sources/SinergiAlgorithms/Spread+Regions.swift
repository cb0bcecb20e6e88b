// Which nodes a spread computation starts from, and its results rolled up per province or
// regency: the candidates of best seeds and the default seeds of a forecast (a label, a
// province, nodes left out), expected adopters per region, seeds per region.
import SinergiGraph

/// Nodes chosen by label, province and exclusions: best seeds' candidates, a forecast's seeds.
///
/// ```swift
/// let pool = NodeSelection(label: "VillageLibrary", province: jambi, excluded: lastYear)
/// let candidates = pool.nodes(snapshot, hierarchy: regions)
/// ```
public struct NodeSelection: Equatable, Sendable {
    /// Only nodes with this label; nil for every live node.
    public var label: String?
    /// Only nodes in this Province node.
    public var province: NodeID?
    /// Nodes left out.
    public var excluded: [NodeID]

    public init(label: String? = nil, province: NodeID? = nil, excluded: [NodeID] = []) {
        self.label = label
        self.province = province
        self.excluded = excluded
    }

    /// The selected nodes among `from` (nil: every node with the label), in id order.
    /// - Complexity: O(N) (or O(k) for k given nodes).
    public func nodes(_ snapshot: GraphSnapshot, from given: [NodeID]? = nil, hierarchy: RegionHierarchy) -> [NodeID] {
        let drop = Set(excluded)
        let base: [NodeID]
        if let given {
            base = Array(Set(given)).sorted()
        } else if let label {
            base = Array(snapshot.graph.nodes(withLabel: label))
        } else {
            base = snapshot.graph.nodes
        }
        return base.filter { v in
            !drop.contains(v) && (given == nil || label == nil || snapshot.graph.hasLabel(v, label ?? ""))
                && RegionLookup.within(v, province: province, hierarchy: hierarchy)
        }
    }
}

/// A total over the nodes of one region (`region` nil: nodes in no region of that level).
public struct RegionTotal: Equatable, Sendable {
    public var region: NodeID?
    /// The sum (expected adopters, or marginal gains of the seeds).
    public var total: Double
    /// The nodes counted (adopters with a chance above 0, or seeds).
    public var nodes: Int
}

extension SpreadForecast {
    /// Expected adopters per region of `level` (the sum of adoption probabilities, seeds
    /// included), most first, ties by region id; nodes in no such region last.
    /// - Complexity: O(N + R log R).
    public func byRegion(_ level: RegionLevel, hierarchy: RegionHierarchy) -> [RegionTotal] {
        var items: [(NodeID, Double)] = []
        for (i, p) in adoptionProbability.enumerated() where p > 0 { items.append((NodeID(i), p)) }
        return RegionTotal.sum(items, level: level, hierarchy: hierarchy)
    }
}

extension SeedSelection {
    /// Seeds per region of `level`, with the sum of their marginal gains, most gain first.
    /// - Complexity: O(k + R log R).
    public func byRegion(_ level: RegionLevel, hierarchy: RegionHierarchy) -> [RegionTotal] {
        RegionTotal.sum(seeds.map { ($0.node, $0.marginalGain) }, level: level, hierarchy: hierarchy)
    }
}

extension RegionTotal {
    /// Sums values per region of `level`; most first, ties by region id, no region last.
    /// - Complexity: O(k + R log R) for k items in R regions.
    static func sum(_ items: [(NodeID, Double)], level: RegionLevel, hierarchy: RegionHierarchy) -> [RegionTotal] {
        var index: [NodeID: Int] = [:]
        var totals: [RegionTotal] = []
        var none = RegionTotal(region: nil, total: 0, nodes: 0)
        for (v, x) in items {
            guard let r = hierarchy.region(of: v, at: level) else {
                none.total += x
                none.nodes += 1
                continue
            }
            if let i = index[r] {
                totals[i].total += x
                totals[i].nodes += 1
            } else {
                index[r] = totals.count
                totals.append(RegionTotal(region: r, total: x, nodes: 1))
            }
        }
        totals.sort {
            $0.total != $1.total ? $0.total > $1.total : ($0.region?.rawValue ?? 0) < ($1.region?.rawValue ?? 0)
        }
        if none.nodes > 0 { totals.append(none) }
        return totals
    }
}
