// Finding the Region node a person means by a name: "Sumut", "Kab. Deli Serdang", "Deli
// Serdang" within "Sumatera Utara", or a region key — with the nearest names on a miss and
// every candidate when a name is ambiguous ("Bandung": the regency or the city).
import SinergiGraph
import SinergiText

/// Region names of one graph, indexed once, looked up as people write them (`RegionNames`).
///
/// ```swift
/// let regions = RegionLookup(graph)
/// regions.find("Kepri", level: "Province")                          // .found(province/10)
/// regions.find("Deli Serdang", level: "Regency", within: sumut)      // .found(regency/…)
/// regions.find("Bandung", level: "Regency")                          // .ambiguous([…, …])
/// ```
public struct RegionLookup: Sendable {
    /// What a look-up found.
    public enum Outcome: Equatable, Sendable {
        /// The one region meant.
        case found(NodeID)
        /// Several regions have that name: the caller must say which (a key, or the region above).
        case ambiguous([NodeID])
        /// None: the nearest names, best first (possibly none).
        case missing(suggestions: [String])
    }

    /// The graph the regions are in.
    public let graph: PropertyGraph
    /// Region nodes per level label, with their parsed names.
    private var byLevel: [String: [(id: NodeID, name: String, parsed: RegionNames.Parsed)]] = [:]
    /// Region nodes by the compact form of their name (every level), for O(1) candidates.
    private var byCompact: [String: [NodeID]] = [:]
    /// The parsed name of every region node.
    private var parsedName: [NodeID: RegionNames.Parsed] = [:]

    /// Indexes the Region nodes of `graph` (those with a `name`).
    /// - Complexity: O(R · n) for R regions with names of length n.
    public init(_ graph: PropertyGraph) {
        self.graph = graph
        for level in TPBISSchema.regionLevels {
            var entries: [(id: NodeID, name: String, parsed: RegionNames.Parsed)] = []
            for id in graph.nodes(withLabel: level) {
                guard let name = graph.property(TPBISSchema.Property.name, of: id).stringValue else { continue }
                var parsed = RegionNames.parse(name)
                if parsed.level == nil, level == TPBISSchema.Label.province { parsed.level = RegionNames.provinceLevel }
                entries.append((id, name, parsed))
                byCompact[parsed.compact, default: []].append(id)
                parsedName[id] = parsed
            }
            byLevel[level] = entries
        }
    }

    /// True when the graph has no Region node with a name.
    public var isEmpty: Bool { byCompact.isEmpty }

    /// The level label of a region node (`Province`, …), or nil.
    public func level(of id: NodeID) -> String? {
        TPBISSchema.regionLevels.first { graph.hasLabel(id, $0) }
    }

    /// The region named `text` at one of `levels` (label names, top first; all levels when
    /// empty), inside `within` when given (a region above, followed through PART_OF). A key of
    /// a region node is taken as it is.
    ///
    /// - Complexity: O(1) on average for a hit, O(R · L²) to suggest names on a miss.
    public func find(_ text: String, levels: [String] = [], within: NodeID? = nil) -> Outcome {
        let wanted = levels.isEmpty ? TPBISSchema.regionLevels : levels
        if let id = graph.node(forKey: text), wanted.contains(where: { graph.hasLabel(id, $0) }) {
            return .found(id)
        }
        let typed = RegionNames.parse(text)
        var hits: [NodeID] = []
        for id in byCompact[typed.compact] ?? [] where wanted.contains(where: { graph.hasLabel(id, $0) }) {
            guard let parsed = parsedName[id], RegionNames.matches(typed, parsed) else { continue }
            if let within, !isInside(id, within) { continue }
            hits.append(id)
        }
        if hits.count == 1 { return .found(hits[0]) }
        if hits.count > 1 { return .ambiguous(hits.sorted()) }
        var names: [String] = []
        for level in wanted {
            for entry in byLevel[level] ?? [] where within.map({ isInside(entry.id, $0) }) ?? true {
                names.append(entry.name)
            }
        }
        return .missing(suggestions: RegionNames.suggestions(for: text, among: names))
    }

    /// Convenience: one level.
    public func find(_ text: String, level: String, within: NodeID? = nil) -> Outcome {
        find(text, levels: [level], within: within)
    }

    /// True when `region` is `ancestor` or lies below it through PART_OF.
    ///
    /// - Complexity: O(depth · out-degree).
    public func isInside(_ region: NodeID, _ ancestor: NodeID) -> Bool {
        var current: NodeID? = region
        var steps = 0
        while let c = current, steps < 8 {
            if c == ancestor { return true }
            current = graph.outgoing(of: c).first { graph.type(of: $0) == TPBISSchema.Relationship.partOf }.map {
                graph.end(of: $0)
            }
            steps += 1
        }
        return false
    }

    /// `name (key)` for each region, with the region above: how an ambiguous name is explained.
    public func describe(_ ids: [NodeID]) -> [String] {
        ids.map { id in
            let name = graph.property(TPBISSchema.Property.name, of: id).stringValue ?? graph.key(of: id)
            let parent = graph.outgoing(of: id).first { graph.type(of: $0) == TPBISSchema.Relationship.partOf }.map {
                graph.property(TPBISSchema.Property.name, of: graph.end(of: $0)).stringValue ?? ""
            }
            return parent.map { "\(name), \($0) (\(graph.key(of: id)))" } ?? "\(name) (\(graph.key(of: id)))"
        }
    }
}
