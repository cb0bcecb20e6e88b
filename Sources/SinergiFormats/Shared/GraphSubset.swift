// The part of a graph an exporter should write: chosen nodes and relationships.

import SinergiGraph

/// A subset of a graph to export or draw.
///
/// With `relationships == nil`, every relationship whose two ends are in `nodes` is
/// included. With explicit relationships, their end nodes are added to the node set.
/// Ids that are not live in the graph are ignored.
///
/// ```swift
/// let subset = GraphSubset(nodes: [a, b, c])              // a, b, c and the relationships among them
/// let path = GraphSubset(nodes: [], relationships: [r1])  // r1 and its two ends
/// ```
public struct GraphSubset: Hashable, Sendable {
    /// The nodes to include.
    public var nodes: Set<NodeID>
    /// The relationships to include, or nil for "all among `nodes`".
    public var relationships: Set<RelationshipID>?

    /// Creates a subset.
    public init(nodes: Set<NodeID>, relationships: Set<RelationshipID>? = nil) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// Every live node and relationship of `graph`.
    /// - Complexity: O(n + r).
    public static func all(of graph: PropertyGraph) -> GraphSubset {
        GraphSubset(nodes: Set(graph.nodes), relationships: Set(graph.relationships))
    }

    /// The live node ids and relationship ids this subset names in `graph`, each sorted.
    /// - Complexity: O(n + r + k log k) for k chosen entities.
    public func resolved(in graph: PropertyGraph) -> (nodes: [NodeID], relationships: [RelationshipID]) {
        var nodeSet = Set(nodes.filter { graph.contains($0) })
        var rels: [RelationshipID]
        if let relationships {
            rels = relationships.filter { graph.contains($0) }
            for r in rels {
                nodeSet.insert(graph.start(of: r))
                nodeSet.insert(graph.end(of: r))
            }
        } else {
            rels = graph.relationships.filter {
                nodeSet.contains(graph.start(of: $0)) && nodeSet.contains(graph.end(of: $0))
            }
        }
        return (nodeSet.sorted(), rels.sorted())
    }
}
