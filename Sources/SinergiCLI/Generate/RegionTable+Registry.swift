// The regions of a RegionTable as registry nodes: the graph `sinergi init` writes, with the
// keys, properties and PART_OF relationships of graphs/regions.jsonl.
import SinergiGraph
import SinergiRegionData

extension RegionTable {
    /// The regions bundled into the program (`BundledRegions`).
    ///
    /// - Throws: `RegionTableError` only if the bundled texts were damaged at build time.
    /// - Complexity: O(b + n log n) for b bytes and n rows.
    public static func bundled() throws(RegionTableError) -> RegionTable {
        try RegionTable(
            provincesCSV: BundledRegions.provincesCSV, regenciesCSV: BundledRegions.regenciesCSV,
            districtsCSV: BundledRegions.districtsCSV, villagesCSV: BundledRegions.villagesCSV,
            directory: "graphs/regions-id")
    }

    /// The region levels, from the top.
    public enum Depth: String, CaseIterable, Sendable {
        case province, regency, district, village
    }

    /// A graph of the regions of the provinces at `provincePositions` (all when nil), down to
    /// `depth`: provinces, regencies, districts and villages by id, then `PART_OF` from every
    /// child to its parent, exactly as `graphs/regions.jsonl` has them.
    ///
    /// - Complexity: O(P + R + D + V) of the regions included.
    public func registryGraph(provinces provincePositions: Set<Int>? = nil, depth: Depth = .village) throws(GraphError)
        -> PropertyGraph
    {
        var graph = PropertyGraph()
        let keep = { (p: Int) in provincePositions?.contains(p) ?? true }
        let level = Depth.allCases.firstIndex(of: depth) ?? 3
        var provinceNode: [Int: NodeID] = [:]
        var regencyNode: [Int: NodeID] = [:]
        var districtNode: [Int: NodeID] = [:]
        var villageNode: [Int: NodeID] = [:]
        for (i, p) in provinces.enumerated() where keep(i) {
            provinceNode[i] = try graph.addNode(
                key: GeneratorKeys.province(p.id), labels: ["Region", "Province"],
                properties: ["name": .string(p.name), "code": .string(p.isoCode), "regionId": .int(Int64(p.id))])
        }
        if level >= 1 {
            for (i, r) in regencies.enumerated() where provinceNode[r.province] != nil {
                regencyNode[i] = try graph.addNode(
                    key: GeneratorKeys.regency(r.id), labels: ["Region", "Regency"],
                    properties: [
                        "name": .string(r.name), "capital": .string(r.capital), "bsniCode": .string(r.bsniCode),
                        "kind": .string(r.kind), "regionId": .int(Int64(r.id)),
                    ])
            }
        }
        if level >= 2 {
            for (i, d) in districts.enumerated() where regencyNode[d.regency] != nil {
                districtNode[i] = try graph.addNode(
                    key: GeneratorKeys.district(d.id), labels: ["Region", "District"],
                    properties: ["name": .string(d.name), "regionId": .int(Int64(d.id))])
            }
        }
        if level >= 3 {
            for (i, v) in villages.enumerated() where districtNode[v.district] != nil {
                villageNode[i] = try graph.addNode(
                    key: GeneratorKeys.village(v.id), labels: ["Region", "Village"],
                    properties: [
                        "name": .string(v.name), "postalCode": .string(v.postalCode), "regionId": .int(Int64(v.id)),
                    ])
            }
        }
        func partOf(_ child: NodeID?, _ parent: NodeID?) throws(GraphError) {
            guard let child, let parent else { return }
            try graph.addRelationship(
                key: GeneratorKeys.partOf(graph.key(of: child)), type: "PART_OF", from: child, to: parent)
        }
        for (i, r) in regencies.enumerated() { try partOf(regencyNode[i], provinceNode[r.province]) }
        for (i, d) in districts.enumerated() { try partOf(districtNode[i], regencyNode[d.regency]) }
        for (i, v) in villages.enumerated() { try partOf(villageNode[i], districtNode[v.district]) }
        return graph
    }
}
