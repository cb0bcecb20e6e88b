// What an import has read and checked but not yet added: nodes and relationships
// with the file and line they came from, and the one way they are added to a graph
// (shared by the admin-import CSV and GraphML readers).

import SinergiGraph

/// A node read from an import file.
struct PendingNode {
    /// The node's key; nil: a key is generated.
    var key: String?
    var labels: [String]
    var properties: [String: Value]
    var file: String
    var line: Int
}

/// A relationship read from an import file, its ends named by node key.
struct PendingRelationship {
    /// The relationship's key; nil: a key is generated.
    var key: String?
    var type: String
    var start: String
    var end: String
    var properties: [String: Value]
    var file: String
    var line: Int
}

/// Checked nodes and relationships, ready to be added.
struct PendingImport {
    var nodes: [PendingNode] = []
    var relationships: [PendingRelationship] = []

    /// Adds everything to a copy of `base`: entities with given keys first, so a generated
    /// key never takes a key that a later line names. Relationships whose ends are missing
    /// are skipped (the readers report those while checking).
    /// - Throws: `ImportFailure` with a `FILE:LINE` diagnostic for every entity the graph
    ///   refused; `base` is untouched either way.
    /// - Complexity: O(entities + total property size).
    func apply(to base: PropertyGraph) throws(ImportFailure) -> (
        graph: PropertyGraph, createdNodes: [NodeID], createdRelationships: [RelationshipID]
    ) {
        var graph = base
        var createdNodes: [NodeID] = []
        var createdRelationships: [RelationshipID] = []
        var failures: [ImportDiagnostic] = []
        for keyed in [true, false] {
            for n in nodes where (n.key != nil) == keyed {
                do {
                    createdNodes.append(try graph.addNode(key: n.key, labels: n.labels, properties: n.properties))
                } catch {
                    failures.append(ImportDiagnostic(file: n.file, line: n.line, message: error.description))
                }
            }
        }
        for keyed in [true, false] {
            for r in relationships where (r.key != nil) == keyed {
                guard let s = graph.node(forKey: r.start), let e = graph.node(forKey: r.end) else { continue }
                do {
                    createdRelationships.append(
                        try graph.addRelationship(key: r.key, type: r.type, from: s, to: e, properties: r.properties))
                } catch {
                    failures.append(ImportDiagnostic(file: r.file, line: r.line, message: error.description))
                }
            }
        }
        guard failures.isEmpty else { throw ImportFailure(diagnostics: failures) }
        return (graph, createdNodes.sorted(), createdRelationships.sorted())
    }
}
