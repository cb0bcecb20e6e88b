// Where every node sits in the TPBIS region tree: its province, regency, district, village.
//
// Stakeholders point to a region with LOCATED_IN; regions point to their parent region
// with PART_OF; region nodes carry one of the labels Province, Regency, District, Village.
import SinergiGraph

/// A level of Indonesia's administrative region tree.
public enum RegionLevel: Int, CaseIterable, Sendable, CustomStringConvertible {
    case province = 0
    case regency = 1
    case district = 2
    case village = 3

    /// The node label that marks a region of this level.
    public var label: String {
        switch self {
        case .province: return "Province"
        case .regency: return "Regency"
        case .district: return "District"
        case .village: return "Village"
        }
    }

    public var description: String { label }
}

/// For every node, the regions containing it at each level, resolved once in O(N + E).
///
/// A region node's own level is itself; its higher levels come from following PART_OF
/// upwards (levels may be skipped, e.g. a Village PART_OF a Regency). Any other node takes
/// the regions of the first region it is LOCATED_IN (lowest relationship id). PART_OF cycles
/// are cut where they close.
///
/// ```swift
/// let regions = RegionHierarchy(snapshot)
/// regions.region(of: villageLibrary, at: .province)  // its Province node
/// ```
public struct RegionHierarchy: Sendable {
    /// `ancestors[4 * v + level]`: the region containing node v at `level`, or -1.
    @usableFromInline let ancestors: [Int32]
    /// The level of each region node (-1 for other nodes).
    @usableFromInline let levels: [Int8]
    /// The region each non-region node is LOCATED_IN (-1 when none).
    @usableFromInline let locations: [Int32]

    /// Resolves the hierarchy of `snapshot` using the given relationship type names.
    /// - Complexity: O(N + E).
    public init(_ snapshot: GraphSnapshot, locatedIn: String = "LOCATED_IN", partOf: String = "PART_OF") {
        let n = snapshot.nodeCapacity
        var levels = [Int8](repeating: -1, count: n)
        for level in RegionLevel.allCases {
            for v in snapshot.graph.nodes(withLabel: level.label) where v.index < n {
                levels[v.index] = Int8(level.rawValue)
            }
        }
        let partOfType = snapshot.graph.typeID(named: partOf)
        let locatedInType = snapshot.graph.typeID(named: locatedIn)
        func firstTarget(_ v: Int, _ type: TypeID?) -> Int {
            guard let type else { return -1 }
            for i in snapshot.outOffsets[v]..<snapshot.outOffsets[v + 1]
            where snapshot.relationshipTypes[snapshot.outRelationships[i].index] == type {
                let w = snapshot.outTargets[i].index
                if w != v, levels[w] >= 0 { return w }
            }
            return -1
        }
        var anc = [Int32](repeating: -1, count: 4 * n)
        var locations = [Int32](repeating: -1, count: n)
        // 0 unresolved, 1 on the current climb, 2 resolved
        var state = [UInt8](repeating: 0, count: n)
        var climb: [Int] = []
        for start in 0..<n where levels[start] >= 0 && state[start] == 0 {
            var v = start
            var top = -1
            while true {
                if state[v] == 2 {
                    top = v
                    break
                }
                if state[v] == 1 { break }  // a cycle: cut it here
                state[v] = 1
                climb.append(v)
                let p = firstTarget(v, partOfType)
                if p < 0 { break }
                v = p
            }
            var parent = top
            while let x = climb.popLast() {
                if parent >= 0 {
                    for l in 0..<4 { anc[4 * x + l] = anc[4 * parent + l] }
                }
                anc[4 * x + Int(levels[x])] = Int32(x)
                state[x] = 2
                parent = x
            }
        }
        for v in 0..<n where levels[v] < 0 {
            let loc = firstTarget(v, locatedInType)
            guard loc >= 0 else { continue }
            locations[v] = Int32(loc)
            for l in 0..<4 { anc[4 * v + l] = anc[4 * loc + l] }
        }
        self.ancestors = anc
        self.levels = levels
        self.locations = locations
    }

    /// The region containing `node` at `level` (the node itself for a region of that level).
    /// - Complexity: O(1).
    public func region(of node: NodeID, at level: RegionLevel) -> NodeID? {
        let i = 4 * node.index + level.rawValue
        guard node.index < levels.count, ancestors[i] >= 0 else { return nil }
        return NodeID(UInt32(ancestors[i]))
    }

    /// The level of a region node; nil for any other node.
    /// - Complexity: O(1).
    public func level(of node: NodeID) -> RegionLevel? {
        guard node.index < levels.count else { return nil }
        return RegionLevel(rawValue: Int(levels[node.index]))
    }

    /// The region a non-region node is LOCATED_IN (first such relationship), if any.
    /// - Complexity: O(1).
    public func location(of node: NodeID) -> NodeID? {
        guard node.index < locations.count, locations[node.index] >= 0 else { return nil }
        return NodeID(UInt32(locations[node.index]))
    }

    /// `region(of:at:)` as a raw index, -1 for none (for dense loops).
    @inlinable func regionIndex(_ v: Int, _ level: RegionLevel) -> Int { Int(ancestors[4 * v + level.rawValue]) }
}
