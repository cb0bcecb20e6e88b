// Finding a region a person named: by its key, or by its name written the ways officials
// write it (case, diacritics, punctuation, "Sumatera" for "Sumatra", "Kab." for
// "Kabupaten", "Kepri" for "Kepulauan Riau" — `RegionNames`), with the nearest names when
// none matches. Every `--province` option and `province` configuration key resolves
// through here.
import SinergiGraph
import SinergiText

/// Region nodes by the name a person typed.
///
/// ```swift
/// RegionLookup.find("Sumatera Utara", level: .province, in: graph)  // the Province "Sumatra Utara"
/// RegionLookup.suggestions(for: "Sumatera Utar", level: .province, in: graph)  // ["Sumatra Utara"]
/// ```
public enum RegionLookup {
    /// The region of `level` whose key is `text`, or the one region whose `name` means the typed
    /// name (`RegionNames.matches`); nil when there is none, and when several match (the
    /// caller's suggestions then list them: "Bandung" is a regency and a city).
    /// - Complexity: O(R · L) for R regions of that level with names of length L.
    public static func find(_ text: String, level: RegionLevel, in graph: PropertyGraph) -> NodeID? {
        if let id = graph.node(forKey: text), graph.hasLabel(id, level.label) { return id }
        let typed = RegionNames.parse(text)
        guard !typed.compact.isEmpty else { return nil }
        var hit: NodeID?
        for r in graph.nodes(withLabel: level.label) {
            guard let name = graph.property("name", of: r).stringValue else { continue }
            var candidate = RegionNames.parse(name)
            if candidate.level == nil, level == .province { candidate.level = RegionNames.provinceLevel }
            guard RegionNames.matches(typed, candidate) else { continue }
            if hit != nil { return nil }
            hit = r
        }
        return hit
    }

    /// Up to three region names of `level` nearest to `text`, best first.
    /// - Complexity: O(R · L²).
    public static func suggestions(for text: String, level: RegionLevel, in graph: PropertyGraph) -> [String] {
        let names = graph.nodes(withLabel: level.label).compactMap { graph.property("name", of: $0).stringValue }
        return RegionNames.suggestions(for: text, among: names)
    }

    /// True when `node` lies in `province` (always true without one).
    /// - Complexity: O(1).
    public static func within(_ node: NodeID, province: NodeID?, hierarchy: RegionHierarchy) -> Bool {
        guard let province else { return true }
        return hierarchy.region(of: node, at: .province) == province
    }
}
