// Finding the node a person means on the command line or in a spreadsheet: its key, or a
// stakeholder's (or event's) name, optionally within a region — "Bappeda Kabupaten Karo",
// "Dinas Perpustakaan" in "Bintan" — with the nearest keys and names on a miss.
import SinergiGraph
import SinergiText

/// Keys and names of one graph, looked up as people type them.
///
/// ```swift
/// let nodes = NodeLookup(graph)
/// nodes.find("kepri/bintan/bapeda")              // .missing(suggestions: ["kepri/bintan/bappeda"])
/// nodes.find("Dinas Perpustakaan Kabupaten Bintan")  // .found(…)
/// ```
public struct NodeLookup: Sendable {
    /// What a look-up found.
    public enum Outcome: Equatable, Sendable {
        /// The one node meant.
        case found(NodeID)
        /// Several nodes have that name: the caller must say which (a key, or a region).
        case ambiguous([NodeID])
        /// None: the nearest keys or names, best first (possibly none).
        case missing(suggestions: [String])
    }

    /// The graph.
    public let graph: PropertyGraph
    /// Nodes by folded name (stakeholders, events and people: nodes that are not regions).
    private var byName: [String: [NodeID]] = [:]
    /// The labels whose nodes are found by name.
    public let labels: [String]

    /// Indexes the names of the nodes carrying any of `labels`.
    /// - Complexity: O(N · n) for N such nodes with names of length n.
    public init(
        _ graph: PropertyGraph,
        labels: [String] = [TPBISSchema.Label.stakeholder, TPBISSchema.Label.event, TPBISSchema.Label.person]
    ) {
        self.graph = graph
        self.labels = labels
        var seen: Set<NodeID> = []
        for label in labels {
            for id in graph.nodes(withLabel: label) where seen.insert(id).inserted {
                guard let name = graph.property(TPBISSchema.Property.name, of: id).stringValue else { continue }
                byName[NameSuggestions.fold(name), default: []].append(id)
            }
        }
    }

    /// The node whose key is `text`, else the one node whose name is `text` (folded: case,
    /// spaces and punctuation do not matter); with `kind`, only nodes with that label; with
    /// `region`, only nodes located in it (directly or in a region below it).
    ///
    /// - Complexity: O(1) on average for a hit; O(N · L²) to suggest on a miss.
    public func find(_ text: String, kind: String? = nil, region: NodeID? = nil, regions: RegionLookup? = nil)
        -> Outcome
    {
        if let id = graph.node(forKey: text), kind.map({ graph.hasLabel(id, $0) }) ?? true {
            return .found(id)
        }
        var hits = (byName[NameSuggestions.fold(text)] ?? []).filter { id in
            kind.map { graph.hasLabel(id, $0) } ?? true
        }
        if let region, let regions {
            hits = hits.filter { located($0, in: region, regions: regions) }
        }
        hits.sort()
        if hits.count == 1 { return .found(hits[0]) }
        if hits.count > 1 { return .ambiguous(hits) }
        return .missing(suggestions: suggestions(for: text, kind: kind))
    }

    /// True when `node` is LOCATED_IN `region` or in a region below it.
    public func located(_ node: NodeID, in region: NodeID, regions: RegionLookup) -> Bool {
        for r in graph.outgoing(of: node) where graph.type(of: r) == TPBISSchema.Relationship.locatedIn {
            if regions.isInside(graph.end(of: r), region) { return true }
        }
        return false
    }

    /// The nearest keys and names to `text`.
    ///
    /// - Complexity: O(N · L²) for N candidate keys and names of length L.
    public func suggestions(for text: String, kind: String? = nil, limit: Int = 3) -> [String] {
        var candidates: [String] = []
        for label in kind.map({ [$0] }) ?? labels {
            for id in graph.nodes(withLabel: label) {
                candidates.append(graph.key(of: id))
                if let name = graph.property(TPBISSchema.Property.name, of: id).stringValue { candidates.append(name) }
            }
        }
        if kind == nil {
            // A key of any node (a region key typed with a slip).
            if candidates.count < 50_000 {
                for id in graph.nodes where !labels.contains(where: { graph.hasLabel(id, $0) }) {
                    candidates.append(graph.key(of: id))
                }
            }
        }
        return NameSuggestions.nearest(to: text, among: candidates, limit: limit)
    }

    /// `name (key)` for each node: how an ambiguous name is explained.
    public func describe(_ ids: [NodeID]) -> [String] {
        ids.map { id in
            let name = graph.property(TPBISSchema.Property.name, of: id).stringValue ?? graph.key(of: id)
            return "\(name) (\(graph.key(of: id)))"
        }
    }
}
