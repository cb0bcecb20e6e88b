// Which nodes a diagram leaves out: by level (national, province, regency, district, village)
// and by kind (any label). Used by the DOT diagram, the HTML map and the brief.

import SinergiGraph

/// The administrative level a node works at.
public enum DiagramLevel: String, CaseIterable, Hashable, Sendable, Comparable {
    case national, province, regency, district, village

    /// The level a `level` property value names: the English words the registry uses and the
    /// Indonesian ones (`nasional`, `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa`,
    /// `kelurahan`), any case; nil for anything else.
    /// - Complexity: O(n) in the length of the text.
    public init?(word: String) {
        switch word.lowercased() {
        case "national", "nasional": self = .national
        case "province", "provinsi": self = .province
        case "regency", "city", "kabupaten", "kota", "kabupaten/kota": self = .regency
        case "district", "kecamatan": self = .district
        case "village", "desa", "kelurahan", "desa/kelurahan": self = .village
        default: return nil
        }
    }

    public static func < (a: DiagramLevel, b: DiagramLevel) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }

    /// The level of a region label, nil for other labels.
    static func ofRegion(label: String) -> DiagramLevel? {
        switch label {
        case "Province": return .province
        case "Regency": return .regency
        case "District": return .district
        case "Village": return .village
        default: return nil
        }
    }

    /// The level a stakeholder kind works at when nothing else says.
    static let kindLevels: [String: DiagramLevel] = [
        "Perpusnas": .national, "Bappenas": .national, "Kemendes": .national,
        "ProvincialLibraryOffice": .province, "SynergyTeam": .province, "Facilitator": .province,
        "MasterTrainer": .province, "RegencyLibraryOffice": .regency, "VillageLibrary": .village,
        "VillageGovernment": .village,
    ]
}

/// Leaves nodes out of a diagram by level and by kind.
///
/// ```swift
/// var filter = DiagramFilter()
/// filter.levels = [.national, .province, .regency]   // leave out village-level nodes
/// filter.leftOutKinds = ["Event"]
/// let (part, leftOut) = filter.apply(to: subset, in: graph)
/// ```
public struct DiagramFilter: Hashable, Sendable {
    /// The levels to draw (nil: every level). Nodes whose level is unknown are always drawn.
    public var levels: Set<DiagramLevel>?
    /// The kinds (labels) to draw (nil: every kind): a node is drawn when one of its labels is here.
    public var kinds: Set<String>?
    /// Levels to leave out.
    public var leftOutLevels: Set<DiagramLevel> = []
    /// Kinds (labels) to leave out: a node with one of these labels is not drawn.
    public var leftOutKinds: Set<String> = []

    /// A filter that keeps everything.
    public init() {}

    /// True when the filter keeps everything.
    public var keepsEverything: Bool {
        levels == nil && kinds == nil && leftOutLevels.isEmpty && leftOutKinds.isEmpty
    }

    /// The level of a node: its `level` property when it names one, else the level of the
    /// region it is (a region node) or is `LOCATED_IN`, else its kind's usual level, else nil.
    /// - Complexity: O(l + d) for l labels and d outgoing relationships.
    public static func level(of id: NodeID, in graph: PropertyGraph) -> DiagramLevel? {
        if case .string(let word) = graph.property("level", of: id), let level = DiagramLevel(word: word) {
            return level
        }
        let labels = graph.labels(of: id)
        if let own = labels.compactMap(DiagramLevel.ofRegion(label:)).max() { return own }
        var located: DiagramLevel?
        for r in graph.outgoing(of: id) where graph.type(of: r) == "LOCATED_IN" {
            let end = graph.end(of: r)
            for label in graph.labels(of: end) {
                guard let l = DiagramLevel.ofRegion(label: label) else { continue }
                if located.map({ l > $0 }) ?? true { located = l }
            }
        }
        if let located { return located }
        return labels.compactMap { DiagramLevel.kindLevels[$0] }.min()
    }

    /// True when the node is drawn.
    /// - Complexity: O(l + d) for l labels and d outgoing relationships.
    public func keeps(_ id: NodeID, in graph: PropertyGraph) -> Bool {
        let labels = graph.labels(of: id)
        if labels.contains(where: leftOutKinds.contains) { return false }
        if let kinds, !labels.contains(where: kinds.contains) { return false }
        guard levels != nil || !leftOutLevels.isEmpty else { return true }
        guard let level = Self.level(of: id, in: graph) else { return true }
        if leftOutLevels.contains(level) { return false }
        if let levels, !levels.contains(level) { return false }
        return true
    }

    /// What was left out, per kind.
    public struct LeftOut: Hashable, Sendable {
        /// How many nodes were left out, by kind (`DOTStyle.kind(of:)`), sorted by kind.
        public var byKind: [(kind: String, count: Int)]
        /// How many nodes in all.
        public var count: Int { byKind.reduce(0) { $0 + $1.count } }

        public static func == (a: LeftOut, b: LeftOut) -> Bool {
            a.byKind.elementsEqual(b.byKind) { $0.kind == $1.kind && $0.count == $1.count }
        }

        public func hash(into hasher: inout Hasher) {
            for entry in byKind {
                hasher.combine(entry.kind)
                hasher.combine(entry.count)
            }
        }
    }

    /// The part of `subset` this filter keeps (relationships to left-out nodes go too) and
    /// what it left out.
    /// - Complexity: O((n + r) · (l + d)) over the subset's nodes and relationships.
    public func apply(to subset: GraphSubset, in graph: PropertyGraph) -> (subset: GraphSubset, leftOut: LeftOut) {
        guard !keepsEverything else { return (subset, LeftOut(byKind: [])) }
        let resolved = subset.resolved(in: graph)
        var kept: Set<NodeID> = []
        var dropped: [String: Int] = [:]
        for n in resolved.nodes {
            if keeps(n, in: graph) {
                kept.insert(n)
            } else {
                dropped[DOTStyle.kind(of: graph.labels(of: n)) ?? "", default: 0] += 1
            }
        }
        let relationships = resolved.relationships.filter {
            kept.contains(graph.start(of: $0)) && kept.contains(graph.end(of: $0))
        }
        let leftOut = LeftOut(byKind: dropped.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return (GraphSubset(nodes: kept, relationships: Set(relationships)), leftOut)
    }
}
