// Undoing a transaction: what it did (from the replay), whether later work depends on it, and the
// reversal applied to the current graph as a new transaction.
import SinergiGraph

/// A later transaction that changed what an undone transaction did, with those changes.
public struct UndoDependent: Sendable {
    /// The later transaction.
    public var transaction: JournalTransaction
    /// Its changes that touch what the undone transaction did.
    public var changes: [RegistryChange]
}

/// What undoing one transaction means: its changes, and the later transactions that depend on them.
///
/// The undo depends on the registry now, not on every later transaction that once touched
/// the same entities: it can be done when every entity the transaction changed is still as the
/// transaction left it, no relationship was added since at a node the transaction added (the
/// undo removes that node), and the nodes the relationships it re-creates need are there.
/// Otherwise the later transactions that made it otherwise are its dependents (each with its
/// changes to those entities), and undo is refused. A later change undone since (by hand or by
/// `undo`) no longer stands in the way.
public struct UndoPlan: Sendable {
    /// The transaction to undo.
    public var transaction: JournalTransaction
    /// What it changed: each entity's state before it and after it.
    public var changes: RegistryDiff
    /// The later transactions that depend on it (empty: the undo can be done).
    public var dependents: [UndoDependent]

    /// The undo's own changes: each entity from its state after the transaction back to before.
    /// - Complexity: O(size of the changes).
    public var reversal: RegistryDiff {
        RegistryDiff(
            changes: changes.changes.compactMap {
                RegistryChange.between($0.after, $0.before, entity: $0.entity, key: $0.key)
            })
    }

    /// Reverses the transaction on `graph` (the registry now): re-creates what it removed with
    /// its keys, labels and properties, restores what it changed, removes what it created.
    /// - Throws: `HistoryError.undoChangedMeanwhile` when an entity is no longer as the
    ///   transaction left it (a writer committed after the plan was made); `graph` may then be
    ///   partly changed and must be discarded.
    /// - Complexity: O(size of the changes + degree of the nodes it removes).
    public func apply(to graph: inout PropertyGraph, path: String) throws {
        let number = transaction.number
        func meanwhile(_ key: String) -> HistoryError { .undoChangedMeanwhile(path: path, tx: number, key: key) }
        for c in changes.changes {
            let now =
                EntityState.of(c.entity, c.key, in: graph)
            guard now == c.after else { throw meanwhile(c.key) }
        }
        let relationships = changes.changes.filter { $0.entity == .relationship }
        let nodes = changes.changes.filter { $0.entity == .node }
        // Relationships it added or reshaped go first, so the nodes it added have none left.
        for c in relationships where c.before == nil || c.shapeChanged {
            if let id = graph.relationship(forKey: c.key) { try graph.removeRelationship(id) }
        }
        for c in nodes {
            switch (c.before, graph.node(forKey: c.key)) {
            case (nil, let id?):
                guard graph.outgoing(of: id).isEmpty, graph.incoming(of: id).isEmpty else { throw meanwhile(c.key) }
                try graph.removeNode(id)
            case (let before?, nil):
                _ = try graph.addNode(key: c.key, labels: before.labels, properties: before.properties)
            case (let before?, let id?):
                for label in graph.labels(of: id) where !before.labels.contains(label) {
                    _ = try graph.removeLabel(label, from: id)
                }
                for label in before.labels { _ = try graph.addLabel(label, to: id) }
                try graph.setProperties(before.properties, on: id)
            case (nil, nil): break
            }
        }
        for c in relationships {
            guard let before = c.before else { continue }
            if let id = graph.relationship(forKey: c.key) {
                try graph.setProperties(before.properties, on: id)
                continue
            }
            guard let start = before.start.flatMap({ graph.node(forKey: $0) }),
                let end = before.end.flatMap({ graph.node(forKey: $0) }), let type = before.type
            else { throw meanwhile(c.key) }
            _ = try graph.addRelationship(
                key: c.key, type: type, from: start, to: end, properties: before.properties)
        }
    }
}

extension RegistryHistory {
    /// What undoing transaction `number` means, found in one replay of the journal.
    /// - Throws: `HistoryError` when there is no such transaction, or it is the snapshot's
    ///   (a creation or a compaction, which folded the history before it); `RegistryError`
    ///   for a damaged file.
    /// - Complexity: O(size of the file) for the replay, plus the size of each later
    ///   transaction's changes.
    public func undoPlan(of number: Int64) throws -> UndoPlan {
        let last = journal.lastTransaction
        guard let transaction = journal.transaction(number) else {
            throw HistoryError.noSuchTransaction(path: path, number: number, last: last)
        }
        if transaction.compacted {
            throw HistoryError.undoSnapshot(
                path: path, tx: number, created: number == 1 && transaction.records.isEmpty)
        }
        var replay = try self.replay()
        while let next = replay.next, next.number < number { _ = try replay.applyNext() }
        guard let step = try replay.step(context: { _, _, _ in () }) else {
            throw HistoryError.noSuchTransaction(path: path, number: number, last: last)
        }
        let changes = step.changes
        let nodes = Set(changes.changes.filter { $0.entity == .node }.map(\.key))
        let relationships = Set(changes.changes.filter { $0.entity == .relationship }.map(\.key))
        // Nodes the undo would remove, and nodes the relationships it re-creates need.
        let added = Set(changes.changes.filter { $0.entity == .node && $0.before == nil }.map(\.key))
        var needed = Set<String>()
        for c in changes.changes where c.entity == .relationship && (c.after == nil || c.shapeChanged) {
            if let b = c.before { needed.formUnion([b.start, b.end].compactMap { $0 }) }
        }
        var candidates: [UndoDependent] = []
        while let later = try replay.step(context: { _, _, _ in () }) {
            let touching = later.changes.changes.filter { c in
                if c.entity == .node {
                    return nodes.contains(c.key) || (c.kind == .removed && needed.contains(c.key))
                }
                if relationships.contains(c.key) { return true }
                let ends = [c.before?.start, c.before?.end, c.after?.start, c.after?.end].compactMap { $0 }
                return ends.contains { added.contains($0) }
            }
            if !touching.isEmpty { candidates.append(UndoDependent(transaction: later.transaction, changes: touching)) }
        }
        // What stands in the way now: entities no longer as the transaction left them, relationships
        // at the nodes it added, and missing nodes that relationships it re-creates need.
        let graph = replay.graph
        var blockedNodes = Set<String>()
        var blockedRelationships = Set<String>()
        for c in changes.changes {
            let now =
                EntityState.of(c.entity, c.key, in: graph)
            guard now != c.after else { continue }
            if c.entity == .node { blockedNodes.insert(c.key) } else { blockedRelationships.insert(c.key) }
        }
        for key in added {
            guard let id = graph.node(forKey: key) else { continue }
            for r in graph.outgoing(of: id) + graph.incoming(of: id) where !relationships.contains(graph.key(of: r)) {
                blockedRelationships.insert(graph.key(of: r))
            }
        }
        for key in needed where graph.node(forKey: key) == nil && !nodes.contains(key) { blockedNodes.insert(key) }
        let dependents = candidates.compactMap { candidate -> UndoDependent? in
            let standing = candidate.changes.filter {
                $0.entity == .node ? blockedNodes.contains($0.key) : blockedRelationships.contains($0.key)
            }
            return standing.isEmpty ? nil : UndoDependent(transaction: candidate.transaction, changes: standing)
        }
        return UndoPlan(transaction: transaction, changes: changes, dependents: dependents)
    }
}

extension Registry {
    /// Undoes transaction `number` as a new transaction, signed with `signature`, when no later
    /// transaction depends on it (see `undo(_:)` with a plan).
    /// - Returns: the plan, and the commit (nil when the plan has dependents, which the caller
    ///   reports, or the transaction changed nothing: nothing was written).
    /// - Complexity: O(size of the file).
    public func undo(_ number: Int64) throws -> (plan: UndoPlan, commit: CommitSummary?) {
        let plan = try history().undoPlan(of: number)
        guard plan.dependents.isEmpty, !plan.changes.isEmpty else { return (plan, nil) }
        return (plan, try undo(plan).commit)
    }

    /// Applies `plan` (made from this registry's history, without dependents) to the registry
    /// as it is under its lock, as one transaction: `apply` checks that every entity is still as
    /// the undone transaction left it, so a writer who committed in between is never overwritten.
    /// - Returns: the graph after the undo, and the commit.
    /// - Complexity: O(size of the file).
    public func undo(_ plan: UndoPlan) throws -> (after: PropertyGraph, commit: CommitSummary) {
        let done = try transaction { graph -> PropertyGraph in
            try plan.apply(to: &graph, path: path)
            return graph
        }
        return (done.value, done.commit)
    }
}
