// A synthetic national-scale TPBIS registry (about 257k nodes and 550k relationships) for
// benchmarks and scale tests: the real region counts, offices at every level, a library
// and a government in every village, partnerships and replication drawn from a seed.
import SinergiGraph

/// Builds synthetic TPBIS graphs shaped like the national registry.
///
/// ```swift
/// let g = try NationalTPBISGraph.make(seed: 1)            // full national scale
/// let small = try NationalTPBISGraph.make(seed: 1, scale: 0.01)
/// ```
public enum NationalTPBISGraph {
    /// A graph with 34 provinces and `scale` × (514 regencies, 7,097 districts, 82,503
    /// villages). Keys follow docs/architecture.md (`province/<n>`, `village/<n>`, …).
    ///
    /// Relationships: PART_OF up the region tree; LOCATED_IN from every stakeholder;
    /// PARTNERS_WITH village library–government (all), village library–regency library
    /// office (70%), village government–regency DPMPD (60%), the regency triangle (60% per
    /// pair), regency–provincial library office (all), provincial office–Perpusnas (90%),
    /// random village-library pairs (half of the libraries); MENTORS from the regency
    /// library office to 60% of its village libraries; REPLICATED_FROM from 12% of the village
    /// libraries to a role model in the same province.
    /// - Complexity: O(N + E).
    public static func make(seed: UInt64, scale: Double = 1) throws(GraphError) -> PropertyGraph {
        var rng = SupportRandom(seed: seed)
        let provinces = 34
        let regencies = max(provinces, Int(514 * scale))
        let districts = max(regencies, Int(7_097 * scale))
        let villages = max(districts, Int(82_503 * scale))
        var g = PropertyGraph()
        g.reserveCapacity(nodes: villages * 3 + districts + regencies * 4 + 200, relationships: villages * 7)
        var province: [NodeID] = []
        var regency: [NodeID] = []
        var district: [NodeID] = []
        var village: [NodeID] = []
        for i in 0..<provinces {
            province.append(try g.addNode(key: "province/\(i + 1)", labels: ["Region", "Province"]))
        }
        for i in 0..<regencies {
            let r = try g.addNode(key: "regency/\(i + 1)", labels: ["Region", "Regency"])
            regency.append(r)
            try g.addRelationship(type: "PART_OF", from: r, to: province[i % provinces])
        }
        for i in 0..<districts {
            let d = try g.addNode(key: "district/\(i + 1)", labels: ["Region", "District"])
            district.append(d)
            try g.addRelationship(type: "PART_OF", from: d, to: regency[i % regencies])
        }
        for i in 0..<villages {
            let v = try g.addNode(key: "village/\(i + 1)", labels: ["Region", "Village"])
            village.append(v)
            try g.addRelationship(type: "PART_OF", from: v, to: district[i % districts])
        }
        func stakeholder(_ key: String, _ kind: String, _ place: NodeID?) throws(GraphError) -> NodeID {
            let s = try g.addNode(key: key, labels: ["Stakeholder", kind], properties: ["name": .string(key)])
            if let place { try g.addRelationship(type: "LOCATED_IN", from: s, to: place) }
            return s
        }
        func partner(_ a: NodeID, _ b: NodeID) throws(GraphError) {
            try g.addRelationship(type: "PARTNERS_WITH", from: a, to: b)
        }
        let perpusnas = try stakeholder("perpusnas", "Perpusnas", nil)
        let bappenas = try stakeholder("bappenas", "Bappenas", nil)
        let kemendes = try stakeholder("kemendes", "Kemendes", nil)
        try partner(perpusnas, bappenas)
        try partner(perpusnas, kemendes)
        var provincialOffice: [NodeID] = []
        for (i, p) in province.enumerated() {
            let office = try stakeholder("province/\(i + 1)/dinas-perpustakaan", "ProvincialLibraryOffice", p)
            let bappeda = try stakeholder("province/\(i + 1)/bappeda", "Bappeda", p)
            let dpmpd = try stakeholder("province/\(i + 1)/dpmpd", "DPMPD", p)
            provincialOffice.append(office)
            if rng.chance(0.9) { try partner(perpusnas, office) }
            try partner(office, bappeda)
            if rng.chance(0.5) { try partner(office, dpmpd) }
        }
        var regencyOffice: [NodeID] = []
        var regencyDPMPD: [NodeID] = []
        for (i, r) in regency.enumerated() {
            let office = try stakeholder("regency/\(i + 1)/dinas-perpustakaan", "RegencyLibraryOffice", r)
            let bappeda = try stakeholder("regency/\(i + 1)/bappeda", "Bappeda", r)
            let dpmpd = try stakeholder("regency/\(i + 1)/dpmpd", "DPMPD", r)
            regencyOffice.append(office)
            regencyDPMPD.append(dpmpd)
            try partner(provincialOffice[i % provinces], office)
            if rng.chance(0.6) { try partner(office, bappeda) }
            if rng.chance(0.6) { try partner(office, dpmpd) }
            if rng.chance(0.6) { try partner(bappeda, dpmpd) }
        }
        var libraries: [NodeID] = []
        for (i, v) in village.enumerated() {
            let r = (i % districts) % regencies
            let library = try stakeholder("village/\(i + 1)/perpustakaan", "VillageLibrary", v)
            let government = try stakeholder("village/\(i + 1)/pemerintah-desa", "VillageGovernment", v)
            libraries.append(library)
            try partner(library, government)
            if rng.chance(0.7) { try partner(library, regencyOffice[r]) }
            if rng.chance(0.6) { try partner(government, regencyDPMPD[r]) }
            if rng.chance(0.6) { try g.addRelationship(type: "MENTORS", from: regencyOffice[r], to: library) }
        }
        // village libraries of one regency are i ≡ r (mod regencies) among the first `districts`
        // residues; pick partners and role models among villages sharing the district residue
        for i in 0..<libraries.count {
            if rng.chance(0.5) {
                let j = (i + districts * (1 + rng.below(8))) % libraries.count
                if j != i { try partner(libraries[i], libraries[j]) }
            }
            if rng.chance(0.12) {
                let j = (i + districts * regencies * (1 + rng.below(3))) % libraries.count
                if j != i {
                    let year = Int64(2019 + rng.below(5))
                    try g.addRelationship(
                        type: "REPLICATED_FROM", from: libraries[i], to: libraries[j],
                        properties: ["cohort": .int(year)])
                }
            }
        }
        g.resetChanges()
        return g
    }
}

/// The draws the national test graph makes (SinergiGraph's SplitMix64).
typealias SupportRandom = SplitMix64

extension SplitMix64 {
    mutating func chance(_ p: Double) -> Bool { nextDouble() < p }

    /// `next() % n` (slightly biased; kept so the test graph stays the same).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
