// Hand-checked test graphs shared by the algorithm and procedure tests: a builder by node
// key and the small TPBIS example network whose answers the tests work out by hand.
import SinergiGraph

/// Builds a `PropertyGraph` by node key, for hand-checked test graphs.
public struct GraphBuilder {
    public var graph = PropertyGraph()

    public init() {}

    public mutating func node(_ key: String, _ labels: [String] = [], _ properties: [String: Value] = [:]) throws {
        try graph.addNode(key: key, labels: labels, properties: properties)
    }

    public mutating func link(_ type: String, _ from: String, _ to: String, _ properties: [String: Value] = [:]) throws
    {
        guard let a = graph.node(forKey: from), let b = graph.node(forKey: to) else {
            throw GraphError.unknownNode(from + "/" + to)
        }
        try graph.addRelationship(type: type, from: a, to: b, properties: properties)
    }

    /// Nodes "0" … "n-1" (so `NodeID(i)` is node i) and `LINK` relationships.
    public static func numbered(_ n: Int, _ edges: [(Int, Int)], type: String = "LINK") throws -> GraphBuilder {
        var b = GraphBuilder()
        for i in 0..<n { try b.node(String(i)) }
        for (u, v) in edges { try b.link(type, String(u), String(v)) }
        return b
    }

    public func id(_ key: String) -> NodeID { graph.node(forKey: key) ?? NodeID(UInt32.max) }

    public func ids(_ keys: [String]) -> [NodeID] { keys.map(id) }

    public var snapshot: GraphSnapshot { GraphSnapshot(graph) }
}

/// A small TPBIS network with hand-checked answers:
///
/// - Kepri (province/1) with Bintan (regency/1, complete synergy) and Karimun
///   (regency/2: no DPMPD, not connected to the programme); Jambi (province/2) with
///   Batanghari (regency/3: all three offices, only Bappeda–DPMPD partnered).
/// - PARTNERS_WITH: perpusnas–kepri, kepri–bintan library office, the Bintan triangle,
///   bintan library office–desa1–desa2; karimun office–karimun bappeda, karimun
///   office–desa3; jambi–batanghari office; batanghari bappeda–dpmpd. desa4 has none.
/// - REPLICATED_FROM: desa2→desa1 (since 2022-05-01), desa3→desa2 (cohort 2023),
///   desa4→desa1 (node cohort 2024).
public enum TPBISExample {
    public static func build() throws -> GraphBuilder {
        var b = GraphBuilder()
        try b.node("province/1", ["Region", "Province"], ["name": "Kepulauan Riau"])
        try b.node("province/2", ["Region", "Province"], ["name": "Jambi"])
        try b.node("regency/1", ["Region", "Regency"], ["name": "Bintan"])
        try b.node("regency/2", ["Region", "Regency"], ["name": "Karimun"])
        try b.node("regency/3", ["Region", "Regency"], ["name": "Batanghari"])
        try b.node("district/1", ["Region", "District"])
        try b.node("district/2", ["Region", "District"])
        try b.node("district/3", ["Region", "District"])
        for v in 1...5 { try b.node("village/\(v)", ["Region", "Village"]) }
        try b.link("PART_OF", "regency/1", "province/1")
        try b.link("PART_OF", "regency/2", "province/1")
        try b.link("PART_OF", "regency/3", "province/2")
        try b.link("PART_OF", "district/1", "regency/1")
        try b.link("PART_OF", "district/2", "regency/2")
        try b.link("PART_OF", "district/3", "regency/3")
        try b.link("PART_OF", "village/1", "district/1")
        try b.link("PART_OF", "village/2", "district/1")
        try b.link("PART_OF", "village/3", "district/2")
        try b.link("PART_OF", "village/4", "district/3")
        try b.link("PART_OF", "village/5", "district/3")

        func stakeholder(_ key: String, _ kind: String, _ place: String?, _ props: [String: Value] = [:]) throws {
            try b.node(key, ["Stakeholder", kind], props)
            if let place { try b.link("LOCATED_IN", key, place) }
        }
        try stakeholder("perpusnas", "Perpusnas", nil, ["name": "Perpustakaan Nasional"])
        try stakeholder("kepri/dinas-perpustakaan", "ProvincialLibraryOffice", "province/1")
        try stakeholder("jambi/dinas-perpustakaan", "ProvincialLibraryOffice", "province/2")
        try stakeholder("bintan/dinas-perpustakaan", "RegencyLibraryOffice", "regency/1")
        try stakeholder("bintan/bappeda", "Bappeda", "regency/1")
        try stakeholder("bintan/dpmpd", "DPMPD", "regency/1")
        try stakeholder("karimun/dinas-perpustakaan", "RegencyLibraryOffice", "regency/2")
        try stakeholder("karimun/bappeda", "Bappeda", "regency/2")
        try stakeholder("batanghari/dinas-perpustakaan", "RegencyLibraryOffice", "regency/3")
        try stakeholder("batanghari/bappeda", "Bappeda", "regency/3")
        try stakeholder("batanghari/dpmpd", "DPMPD", "regency/3")
        try stakeholder("desa1/perpustakaan", "VillageLibrary", "village/1", ["roleModel": true])
        try stakeholder("desa2/perpustakaan", "VillageLibrary", "village/2")
        try stakeholder("desa3/perpustakaan", "VillageLibrary", "village/3")
        try stakeholder("desa4/perpustakaan", "VillageLibrary", "village/4", ["cohort": 2024])

        let p = "PARTNERS_WITH"
        try b.link(p, "perpusnas", "kepri/dinas-perpustakaan")
        try b.link(p, "kepri/dinas-perpustakaan", "bintan/dinas-perpustakaan")
        try b.link(p, "bintan/dinas-perpustakaan", "bintan/bappeda")
        try b.link(p, "bintan/dinas-perpustakaan", "bintan/dpmpd")
        try b.link(p, "bintan/dpmpd", "bintan/bappeda")
        try b.link(p, "bintan/dinas-perpustakaan", "desa1/perpustakaan")
        try b.link(p, "desa1/perpustakaan", "desa2/perpustakaan")
        try b.link(p, "karimun/dinas-perpustakaan", "karimun/bappeda")
        try b.link(p, "desa3/perpustakaan", "karimun/dinas-perpustakaan")
        try b.link(p, "jambi/dinas-perpustakaan", "batanghari/dinas-perpustakaan")
        try b.link(p, "batanghari/bappeda", "batanghari/dpmpd")

        let r = "REPLICATED_FROM"
        try b.link(r, "desa2/perpustakaan", "desa1/perpustakaan", ["since": .date(CypherDate(daysSinceEpoch: 19113))])
        try b.link(r, "desa3/perpustakaan", "desa2/perpustakaan", ["cohort": 2023])
        try b.link(r, "desa4/perpustakaan", "desa1/perpustakaan")
        return b
    }
}
