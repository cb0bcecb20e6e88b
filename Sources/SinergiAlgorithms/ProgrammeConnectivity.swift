// Which stakeholders are connected to the programme: shared by `Unconnected` and
// `RecommendedPartnerships`.
import SinergiGraph

/// The components of the stakeholder network and which of them reach a programme root.
///
/// A stakeholder is connected when its component (relationships undirected) holds a
/// national root (Perpusnas) or the provincial library office of its own province.
struct ProgrammeConnectivity {
    let hierarchy: RegionHierarchy
    let mask: [Bool]
    let components: Components
    /// Components holding a national root.
    var national: [Bool]
    /// For each province node id, the components holding one of its provincial roots.
    var provincial: [[Int32]]
    /// Components holding any root, national or provincial.
    var anyRoot: [Bool]
    /// True when the graph has at least one root.
    var hasRoots: Bool

    /// The default stakeholder relationship filter: every type except `locatedIn`/`partOf`.
    static func filter(_ snapshot: GraphSnapshot, types: [String]?, excluding: [String]) -> TypeFilter {
        if let types { return snapshot.typeFilter(types) }
        let names = snapshot.graph.typeNames.filter { !excluding.contains($0) }
        return snapshot.typeFilter(names)
    }

    init(
        _ snapshot: GraphSnapshot, types: [String]?, stakeholderLabel: String?, nationalRootLabel: String,
        provincialRootLabel: String, hierarchy: RegionHierarchy?
    ) {
        let h = hierarchy ?? RegionHierarchy(snapshot)
        var mask = snapshot.liveMask(label: stakeholderLabel)
        if stakeholderLabel == nil {
            for v in mask.indices where h.level(of: NodeID(v)) != nil { mask[v] = false }
        }
        for v in snapshot.graph.nodes(withLabel: nationalRootLabel) where v.index < mask.count { mask[v.index] = true }
        for v in snapshot.graph.nodes(withLabel: provincialRootLabel) where v.index < mask.count {
            mask[v.index] = true
        }
        let filter = Self.filter(snapshot, types: types, excluding: ["LOCATED_IN", "PART_OF"])
        let comps = Components.weakly(snapshot, filter: filter, mask: mask)
        var national = [Bool](repeating: false, count: comps.count)
        var provincial = [[Int32]](repeating: [], count: snapshot.nodeCapacity)
        var anyRoot = [Bool](repeating: false, count: comps.count)
        for v in snapshot.graph.nodes(withLabel: nationalRootLabel) {
            guard let c = comps.component(of: v) else { continue }
            national[c] = true
            anyRoot[c] = true
        }
        for v in snapshot.graph.nodes(withLabel: provincialRootLabel) {
            guard let c = comps.component(of: v), let p = h.region(of: v, at: .province) else { continue }
            provincial[p.index].append(Int32(c))
            anyRoot[c] = true
        }
        self.hierarchy = h
        self.mask = mask
        self.components = comps
        self.national = national
        self.provincial = provincial
        self.anyRoot = anyRoot
        self.hasRoots = anyRoot.contains(true)
    }

    /// True when stakeholder `v` (an included node) reaches a root of its own.
    func isConnected(_ v: Int) -> Bool {
        let c = components.componentOf[v]
        guard c >= 0 else { return false }
        if national[Int(c)] { return true }
        let p = hierarchy.regionIndex(v, .province)
        return p >= 0 && provincial[p].contains(c)
    }

    /// True when component `c` holds any root (national or provincial).
    func holdsRoot(_ c: Int) -> Bool { anyRoot[c] }
}
