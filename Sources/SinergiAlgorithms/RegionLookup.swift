// Finding a region a person named: by its key, or by its name written any way (case,
// diacritics, punctuation), with the nearest names when none matches. Every `--province`
// option and `province` configuration key resolves through here.
import SinergiGraph
import SinergiText

/// Region nodes by the name a person typed.
///
/// ```swift
/// RegionLookup.find("kepulauan riau", level: .province, in: graph)   // the Province node
/// RegionLookup.suggestions(for: "Sumatera Utar", level: .province, in: graph)  // ["Sumatera Utara"]
/// ```
public enum RegionLookup {
    /// The region of `level` whose key is `text`, or whose `name` folds to the same words
    /// (`NameSuggestions.fold`); nil when there is none. The smallest id wins among equals.
    /// - Complexity: O(R · L) for R regions of that level with names of length L.
    public static func find(_ text: String, level: RegionLevel, in graph: PropertyGraph) -> NodeID? {
        if let id = graph.node(forKey: text), graph.hasLabel(id, level.label) { return id }
        let wanted = NameSuggestions.fold(text)
        guard !wanted.isEmpty else { return nil }
        for r in graph.nodes(withLabel: level.label) {
            if let name = graph.property("name", of: r).stringValue, NameSuggestions.fold(name) == wanted { return r }
        }
        return nil
    }

    /// Up to three region names of `level` nearest to `text`, best first.
    /// - Complexity: O(R · L²).
    public static func suggestions(for text: String, level: RegionLevel, in graph: PropertyGraph) -> [String] {
        let names = graph.nodes(withLabel: level.label).compactMap { graph.property("name", of: $0).stringValue }
        return NameSuggestions.nearest(to: text, among: names)
    }

    /// True when `node` lies in `province` (always true without one).
    /// - Complexity: O(1).
    public static func within(_ node: NodeID, province: NodeID?, hierarchy: RegionHierarchy) -> Bool {
        guard let province else { return true }
        return hierarchy.region(of: node, at: .province) == province
    }
}
