// Which stakeholders are connected to the programme: shared by `Unconnected` and
// `RecommendedPartnerships`, on the definition of `StakeholderNetwork`.
import SinergiGraph

/// The components of the network and which of them reach a programme root.
///
/// Components are taken over the stakeholders only (relationships undirected, `types` or the
/// stakeholder network): a chain must run through stakeholders, as `ShortestPath` and `Reach`
/// with `nodeLabel: "Stakeholder"` walk it. A stakeholder is connected when its component
/// holds a national root (Perpusnas) or the provincial library office of its own province.
struct ProgrammeConnectivity {
    let hierarchy: RegionHierarchy
    /// The stakeholders: nodes counted in regions and in groups (the roots included).
    let mask: [Bool]
    let components: Components
    /// Stakeholders in each component.
    let stakeholderCounts: [Int]
    /// Components holding a national root.
    var national: [Bool]
    /// For each province node id, the components holding one of its provincial roots.
    var provincial: [[Int32]]
    /// Components holding any root, national or provincial.
    var anyRoot: [Bool]
    /// True when the graph has at least one root.
    var hasRoots: Bool

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
        let filter = snapshot.typeFilter(types ?? StakeholderNetwork.types(snapshot.graph))
        let comps = Components.weakly(snapshot, filter: filter, mask: mask)
        var counts = [Int](repeating: 0, count: comps.count)
        for v in mask.indices where mask[v] {
            let c = comps.componentOf[v]
            if c >= 0 { counts[Int(c)] += 1 }
        }
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
        self.stakeholderCounts = counts
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
