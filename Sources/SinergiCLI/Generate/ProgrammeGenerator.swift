// The entry point of synthetic registry generation: `sinergi generate --scale … --seed …`.
//
// Draws a national ProgrammePlan over the real regions, picks the node set of the scale
// (GenerationScope) and emits the graph (RegistryEmitter). docs/generator.md describes
// the model, the key scheme and the figures.

import SinergiGraph

/// A deterministic generator of synthetic TPBIS registries on Indonesia's real regions.
///
/// The same regions, scale, seed, province and parameters always give the same graph:
/// same nodes and relationships with the same keys, labels and properties, added in the
/// same order. Region nodes and their `PART_OF` relationships are exactly those of
/// `graphs/regions.jsonl`; every other node and relationship is marked `synthetic: true`.
///
/// ```swift
/// let regions = try RegionTable(directory: "graphs/regions-id")
/// let graph = try ProgrammeGenerator.generate(scale: .province, seed: 42, regions: regions, province: "kepri")
/// graph.node(forKey: "kepri/dinas-perpustakaan")  // the provincial library office
/// ```
public enum ProgrammeGenerator {
    /// How much of the country a generated registry holds.
    public enum Scale: String, CaseIterable, Sendable {
        /// One province at national detail (default `defaultProvince`), plus the national stakeholders.
        case province
        /// Only the programme's stakeholders and the regions they lie in: a few thousand nodes.
        case program
        /// The whole country: every region with its stakeholders, about 257k nodes and 550k relationships.
        case national
    }

    /// The province of the `province` scale when none is given.
    public static let defaultProvince = "Kepulauan Riau"

    /// Generates a registry.
    ///
    /// - Parameters:
    ///   - scale: how much of the country to emit (see `Scale`).
    ///   - seed: fixes every random choice; the same seed gives the same graph.
    ///   - regions: the region table (`RegionTable(directory:)` on `graphs/regions-id`).
    ///   - province: for `.province` only: a name (`Kepulauan Riau`, any case), a slug
    ///     (`kepri`), an ISO code (`ID-KR`) or an id (`10`); nil means `defaultProvince`.
    ///   - parameters: the programme's shape; `ProgrammeParameters.tpbis` by default.
    /// - Throws: `GeneratorError.unknownProvince`, `.ambiguousProvince`,
    ///   `.provinceNeedsProvinceScale`, `.infeasible`, or `.graph` (a bug).
    /// - Complexity: O(P + R + D + V) for the region counts (plus O(Q·p) for Q replicators
    ///   in p provinces), whatever the scale: the plan is always drawn for the whole country.
    public static func generate(
        scale: Scale, seed: UInt64, regions: RegionTable, province: String? = nil,
        parameters: ProgrammeParameters = .tpbis
    ) throws(GeneratorError) -> PropertyGraph {
        let scope: (ProgrammePlan) -> GenerationScope
        switch scale {
        case .national:
            if let province { throw .provinceNeedsProvinceScale(province) }
            scope = { _ in .national(regions) }
        case .program:
            if let province { throw .provinceNeedsProvinceScale(province) }
            scope = { .programme($0, regions) }
        case .province:
            let p = try provincePosition(matching: province ?? defaultProvince, in: regions)
            scope = { _ in .province(p, regions) }
        }
        let plan = try ProgrammePlan(regions: regions, parameters: parameters, seed: seed)
        var emitter = RegistryEmitter(regions: regions, plan: plan, scope: scope(plan))
        do {
            try emitter.emit()
        } catch {
            throw .graph(error)
        }
        return emitter.graph
    }

    /// The position in `regions.provinces` of the province that `text` names: its name
    /// (any case), its slug in keys (`kepri`), its ISO code (`ID-KR`) or its id (`10`),
    /// tried in that order.
    ///
    /// - Throws: `GeneratorError.unknownProvince`, or `.ambiguousProvince` when several
    ///   provinces match at the first kind that matches (`ID-JB`).
    /// - Complexity: O(P) for P provinces.
    public static func provincePosition(matching text: String, in regions: RegionTable) throws(GeneratorError)
        -> Int
    {
        let wanted = text.trimmingWhitespace().lowercased()
        let slugs = GeneratorKeys.provinceSlugs(for: regions.provinces)
        let tests: [(Int) -> Bool] = [
            { regions.provinces[$0].name.lowercased() == wanted },
            { slugs[$0] == wanted },
            { regions.provinces[$0].isoCode.lowercased() == wanted },
            { String(regions.provinces[$0].id) == wanted },
        ]
        for test in tests {
            let found = regions.provinces.indices.filter(test)
            if found.count == 1 { return found[0] }
            if found.count > 1 { throw .ambiguousProvince(text, candidates: found.map { regions.provinces[$0].name }) }
        }
        throw .unknownProvince(text)
    }

    /// The slug each province has in stakeholder keys (`kepri`, `sumut`, …), by position.
    /// - Complexity: O(P).
    public static func provinceSlugs(in regions: RegionTable) -> [String] {
        GeneratorKeys.provinceSlugs(for: regions.provinces)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
