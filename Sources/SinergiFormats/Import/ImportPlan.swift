// What an import will do, decided before anything is written: every row's action (create,
// replace, skip) with what it matched, the resolved ends of every relationship, the region
// every node is placed in. Applying a plan is the only way imported rows reach a graph.
import SinergiGraph
import SinergiSchema
import SinergiText

/// A node an imported relationship ends at: one of the registry's, or a row of the batch.
public enum PlannedNode: Hashable, Sendable {
    case existing(NodeID)
    case row(Int)
}

/// One thing an import does.
public struct ImportAction: Sendable {
    /// What happens: created, replaced, skipped (it exists; `--on-conflict skip`), or matched
    /// (it exists, and the row means it: an attendance sheet's known person).
    public enum Kind: String, Sendable { case create, replace, skip, match }
    /// To what: a node row, a relationship row, or the LOCATED_IN of a node row.
    public enum Subject: Sendable, Equatable {
        case node(Int)
        case relationship(Int)
        case location(Int)
    }
    public var kind: Kind
    public var subject: Subject
    /// The key of the entity replaced or skipped, when it exists already.
    public var existing: String?
    /// Where the row is.
    public var place: ImportPlace
}

/// A checked import, ready to apply; or the reasons it cannot be.
public struct ImportPlan: Sendable {
    /// The rows, with labels completed, values converted and references resolved.
    public var batch: ImportBatch
    /// One action per row (and per location), in file order.
    public var actions: [ImportAction] = []
    /// Every problem; a plan with problems cannot be applied.
    public var diagnostics: [ImportDiagnostic] = []
    /// For node rows: the existing node replaced or skipped (nil: created).
    var nodeTargets: [NodeID?] = []
    /// For node rows: the region to place the node in (LOCATED_IN), when the row names one.
    var locations: [NodeID?] = []
    /// For relationship rows: both ends.
    var ends: [(start: PlannedNode, end: PlannedNode)] = []
    /// For relationship rows: the existing relationship replaced or skipped.
    var relationshipTargets: [RelationshipID?] = []

    /// What the plan does, counted.
    public struct Counts: Equatable, Sendable {
        /// Nodes and relationships (locations included) created.
        public var createdNodes = 0, createdRelationships = 0
        /// Rows that replace, skip or match an entity that exists.
        public var replaced = 0, skipped = 0, matched = 0

        /// Nothing counted yet.
        public init() {}
    }

    /// How many nodes and relationships are created, and rows replaced, skipped and matched.
    public var counts: Counts {
        var c = Counts()
        for a in actions {
            switch (a.kind, a.subject) {
            case (.create, .node): c.createdNodes += 1
            case (.create, _): c.createdRelationships += 1
            case (.replace, .location): break
            case (.replace, _): c.replaced += 1
            case (.skip, _): c.skipped += 1
            case (.match, _): c.matched += 1
            }
        }
        return c
    }
}

/// What applying a plan did.
public struct ImportOutcome: Sendable {
    /// The graph with the import applied.
    public var graph: PropertyGraph
    /// The plan that was applied.
    public var plan: ImportPlan
    /// The key each node row ended at (created, replaced or skipped).
    public var nodeKeys: [String]
    /// The key each relationship row ended at.
    public var relationshipKeys: [String]
    /// The nodes created, in id order.
    public var createdNodes: [NodeID]
    /// The relationships created, in id order (locations included).
    public var createdRelationships: [RelationshipID]
}

extension ImportPlan {
    /// Applies the plan to a copy of `base`: node rows with keys first, so a generated key
    /// never takes a key a later row names; then keyless rows, locations and relationships.
    ///
    /// - Throws: `ImportFailure` with the plan's diagnostics, or one per entity the graph
    ///   refused; `base` is untouched either way.
    /// - Complexity: O(rows + total property size).
    public func apply(to base: PropertyGraph) throws(ImportFailure) -> ImportOutcome {
        guard diagnostics.isEmpty else { throw ImportFailure(diagnostics: diagnostics) }
        var graph = base
        graph.reserveCapacity(
            nodes: base.nodeCapacity + batch.nodes.count,
            relationships: base.relationshipCapacity + batch.relationships.count + batch.nodes.count)
        var failures: [ImportDiagnostic] = []
        func fail(_ place: ImportPlace, _ error: GraphError) {
            failures.append(ImportDiagnostic(file: place.file, line: place.line, message: error.message))
        }
        var ids = [NodeID?](repeating: nil, count: batch.nodes.count)
        var createdNodes: [NodeID] = []
        var createdRelationships: [RelationshipID] = []
        let nodeActions = Dictionary(
            actions.compactMap { a -> (Int, ImportAction)? in
                if case .node(let i) = a.subject { return (i, a) }
                return nil
            }, uniquingKeysWith: { a, _ in a })
        for keyed in [true, false] {
            for (i, n) in batch.nodes.enumerated() where (n.key != nil) == keyed {
                guard let action = nodeActions[i] else { continue }
                do throws(GraphError) {
                    switch action.kind {
                    case .create:
                        let id = try graph.addNode(key: n.key, labels: n.labels, properties: n.properties)
                        ids[i] = id
                        createdNodes.append(id)
                    case .replace:
                        guard let existing = nodeTargets[i] else { continue }
                        for old in graph.labels(of: existing) where !n.labels.contains(old) {
                            try graph.removeLabel(old, from: existing)
                        }
                        for l in n.labels { try graph.addLabel(l, to: existing) }
                        try graph.setProperties(n.properties, on: existing)
                        ids[i] = existing
                    case .skip, .match:
                        ids[i] = nodeTargets[i]
                    }
                } catch {
                    fail(n.place, error)
                }
            }
        }
        for (i, region) in locations.enumerated() {
            guard let region, let node = ids[i], let action = nodeActions[i],
                action.kind == .create || action.kind == .replace
            else { continue }
            let locatedIn = TPBISSchema.Relationship.locatedIn
            let current = graph.outgoing(of: node).filter { graph.type(of: $0) == locatedIn }
            if current.contains(where: { graph.end(of: $0) == region }) { continue }
            do throws(GraphError) {
                if action.kind == .replace { for r in current { try graph.removeRelationship(r) } }
                createdRelationships.append(try graph.addRelationship(type: locatedIn, from: node, to: region))
            } catch {
                fail(batch.nodes[i].place, error)
            }
        }
        func resolve(_ p: PlannedNode) -> NodeID? {
            switch p {
            case .existing(let id): return id
            case .row(let i): return ids[i]
            }
        }
        var relationshipKeys = [String](repeating: "", count: batch.relationships.count)
        let relationshipActions = Dictionary(
            actions.compactMap { a -> (Int, ImportAction)? in
                if case .relationship(let i) = a.subject { return (i, a) }
                return nil
            }, uniquingKeysWith: { a, _ in a })
        for keyed in [true, false] {
            for (i, r) in batch.relationships.enumerated() where (r.key != nil) == keyed {
                guard let action = relationshipActions[i], let s = resolve(ends[i].start), let e = resolve(ends[i].end)
                else { continue }
                var r = r
                if let (property, j) = r.endKeyProperty, j < ends.count, let target = resolve(ends[j].end) {
                    r.properties[property] = .string(graph.key(of: target))
                }
                do throws(GraphError) {
                    switch action.kind {
                    case .create:
                        let id = try graph.addRelationship(
                            key: r.key, type: r.type, from: s, to: e, properties: r.properties)
                        createdRelationships.append(id)
                        relationshipKeys[i] = graph.key(of: id)
                    case .replace:
                        guard let existing = relationshipTargets[i] else { continue }
                        let key = graph.key(of: existing)
                        if graph.start(of: existing) == s && graph.end(of: existing) == e
                            && graph.type(of: existing) == r.type
                        {
                            try graph.setProperties(r.properties, on: existing)
                        } else {
                            try graph.removeRelationship(existing)
                            try graph.addRelationship(key: key, type: r.type, from: s, to: e, properties: r.properties)
                        }
                        relationshipKeys[i] = key
                    case .skip, .match:
                        relationshipKeys[i] = relationshipTargets[i].map { graph.key(of: $0) } ?? ""
                    }
                } catch {
                    fail(r.place, error)
                }
            }
        }
        guard failures.isEmpty else { throw ImportFailure(diagnostics: failures) }
        return ImportOutcome(
            graph: graph, plan: self, nodeKeys: ids.map { $0.map { graph.key(of: $0) } ?? "" },
            relationshipKeys: relationshipKeys, createdNodes: createdNodes.sorted(),
            createdRelationships: createdRelationships.sorted())
    }
}
